/**
 * The talks' facts for their checklist measures (shared/talks/measures.ts). Deciding who must
 * talk with whom needs the roster, so this reads the unit's people, offices, branches and talks
 * through their `unitId` indexes (O(people + talks)) and keeps only counts and a few names.
 */
import { talkFacts, type TalkFacts } from '@shared/talks/facts';
import type { PytDb } from '../../db/db';

export async function loadTalkFacts(db: PytDb, unitId: string): Promise<TalkFacts> {
  const [members, offices, branches, talks] = await Promise.all([
    db.members.where('unitId').equals(unitId).toArray(),
    db.offices.where('unitId').equals(unitId).toArray(),
    db.branches.where('unitId').equals(unitId).toArray(),
    db.talks.where('unitId').equals(unitId).toArray(),
  ]);
  return talkFacts(members, offices, branches, talks);
}
