/** Live roster queries other features use: the branches, and the unit's leaders. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Branch, Member } from '@shared/members/types';
import { useApp } from '../../app/context';
import type { PytDb } from '../../db/db';
import { listBranches } from '../../db/repos/members';

export { listBranches };

/**
 * People with the unitHead or teamMember role, team members first, then by id (the order of the
 * multi-entry `roles` index). Read from the unit's own people: the index holds every unit's role
 * holders, hundreds of units' in the 督导组's workspace.
 */
export async function listLeaders(db: PytDb, unitId: string): Promise<Member[]> {
  const rank = (m: Member) => (m.roles.includes('teamMember') ? 0 : m.roles.includes('unitHead') ? 1 : 2);
  const rows = await db.members.where('unitId').equals(unitId).toArray();
  return rows.filter((m) => rank(m) < 2).sort((a, b) => rank(a) - rank(b));
}

export function useBranches(unitId: string): Branch[] | undefined {
  const { db } = useApp();
  return useLiveQuery(() => listBranches(db, unitId), [db, unitId]);
}

export function useLeaders(unitId: string): Member[] | undefined {
  const { db } = useApp();
  return useLiveQuery(() => listLeaders(db, unitId), [db, unitId]);
}
