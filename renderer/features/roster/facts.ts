/** The roster's facts for its checklist measure (shared/members/measures.ts), from index counts. */
import type { RosterFacts } from '@shared/members/measures';
import type { PytDb } from '../../db/db';

/**
 * One look-up and one small count. Who is not placed in a branch needs no read of its own: storage refuses a party
 * member without an existing branch (saveMember, importMembers), a branch cannot be deleted while
 * anyone is in it, and a backup with a dangling branch is refused. So the only unplaced members
 * are those of a unit that has no branch yet, and then every party member is unplaced.
 */
export async function loadRosterFacts(db: PytDb, unitId: string): Promise<RosterFacts> {
  const [first, branches] = await Promise.all([
    db.members.where('[unitId+kind]').equals([unitId, 'party']).first(),
    db.branches.where('unitId').equals(unitId).count(),
  ]);
  if (first === undefined || branches > 0) return { hasParty: first !== undefined, branches, unplaced: [] };
  const party = await db.members.where('[unitId+kind]').equals([unitId, 'party']).toArray();
  return { hasParty: true, branches, unplaced: party.map((m) => m.name) };
}
