/** The roster pages' live data: the unit's people, branches and offices, read again when any of them changes. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Branch, Member, Office } from '@shared/members/types';
import { useApp } from '../../app/context';
import { listBranches, listMembers } from '../../db/repos/members';
import { listOffices } from '../../db/repos/offices';

export interface RosterData {
  members: Member[];
  branches: Branch[];
  /** 内设科室 and 二级单位, in their order. */
  offices: Office[];
}

export function useRoster(unitId: string): RosterData | undefined {
  const { db } = useApp();
  return useLiveQuery(
    () =>
      db.transaction('r', [db.members, db.branches, db.offices], async () => {
        const [members, branches, offices] = await Promise.all([
          listMembers(db, unitId),
          listBranches(db, unitId),
          listOffices(db, unitId),
        ]);
        return { members, branches, offices };
      }),
    [db, unitId],
  );
}

/** Select options for offices; a 二级单位 says so. */
export function officeOptions(offices: readonly Office[]): { value: string; label: string }[] {
  return offices.map((o) => ({ value: o.id, label: o.kind === 'subUnit' ? `${o.name}（二级单位）` : o.name }));
}
