/** Live roster queries other features use: the branches, and the unit's leaders. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Branch, Member } from '@shared/members/types';
import { useApp } from '../../app/context';
import type { PytDb } from '../../db/db';
import { listBranches } from '../../db/repos/members';

export { listBranches };

/** People with the unitHead or teamMember role (the multi-entry `roles` index: a handful of rows). */
export async function listLeaders(db: PytDb, unitId: string): Promise<Member[]> {
  const rows = await db.members.where('roles').anyOf(['unitHead', 'teamMember']).distinct().toArray();
  return rows.filter((m) => m.unitId === unitId);
}

export function useBranches(unitId: string): Branch[] | undefined {
  const { db } = useApp();
  return useLiveQuery(() => listBranches(db, unitId), [db, unitId]);
}

export function useLeaders(unitId: string): Member[] | undefined {
  const { db } = useApp();
  return useLiveQuery(() => listLeaders(db, unitId), [db, unitId]);
}
