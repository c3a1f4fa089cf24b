/**
 * The meetings' facts for their checklist measures (shared/meetings/measures.ts): the meetings,
 * their attendance and turns (tens to a few thousand small rows, through `unitId` indexes), the
 * party members ([unitId+kind]) and the branches; kept to statuses, counts and a few names.
 */
import { meetingFacts } from '@shared/meetings/facts';
import type { MeetingFacts } from '@shared/meetings/measures';
import type { PytDb } from '../../db/db';
import { memoByFingerprints } from '../../db/memo';

/** Kept in memory while the meetings, their attendance and turns, the roster and the branches are unchanged (renderer/db/memo.ts). */
export const loadMeetingFacts = memoByFingerprints('meetings', ['specialMeetings', 'meetingAttendance', 'meetingTurns', 'members', 'branches'], readMeetingFacts, { persist: 1 });

async function readMeetingFacts(db: PytDb, unitId: string): Promise<MeetingFacts> {
  const [meetings, attendance, turns, party, branches] = await Promise.all([
    db.specialMeetings.where('unitId').equals(unitId).toArray(),
    db.meetingAttendance.where('unitId').equals(unitId).toArray(),
    db.meetingTurns.where('unitId').equals(unitId).toArray(),
    db.members.where('[unitId+kind]').equals([unitId, 'party']).toArray(),
    db.branches.where('unitId').equals(unitId).toArray(),
  ]);
  return meetingFacts({ meetings, attendance, turns, party, branches });
}
