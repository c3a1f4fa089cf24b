/**
 * Reads what a notice's first draft is written from (R-NOTICE-BRANCH, R-NOTICE-LEADERSHIP): the
 * meeting with its attendance and minutes, the branch's evaluations, the 边议边改 ledger.
 * Read once when the form opens (or the secretary asks to fill it again), not live.
 */
import { prefillBranchNotice, prefillLeadershipNotice, type NoticeSections } from '@shared/notices/prefill';
import type { NoticeKind } from '@shared/notices/types';
import type { PytDb } from '../../db/db';
import { meetingOf } from '../../db/repos/notices';

export async function loadNoticePrefill(db: PytDb, unit: { id: string; orgName: string }, kind: NoticeKind, branchId?: string): Promise<NoticeSections> {
  const unitId = unit.id;
  return db.transaction('r', [db.specialMeetings, db.meetingAttendance, db.meetingTurns, db.members, db.evaluations, db.fixItems, db.branches], async () => {
    const meeting = await meetingOf(db, unitId, kind, branchId);
    const [attendance, turns, fixItems] = await Promise.all([
      meeting ? db.meetingAttendance.where('[unitId+meetingId]').equals([unitId, meeting.id]).toArray() : [],
      meeting ? db.meetingTurns.where('[unitId+meetingId]').equals([unitId, meeting.id]).toArray() : [],
      db.fixItems.where('unitId').equals(unitId).toArray(),
    ]);
    const people = await db.members.bulkGet([...new Set([...attendance.map((a) => a.memberId), ...turns.map((t) => t.memberId)])]);
    const names = new Map(people.filter((m) => m !== undefined && m.unitId === unitId).map((m) => [m!.id, m!.name]));
    const records = { meeting, attendance, turns };
    if (kind === 'leadership') return prefillLeadershipNotice({ orgName: unit.orgName, records, names, fixItems });
    const [branch, inBranch, evaluations] = await Promise.all([
      branchId ? db.branches.get(branchId) : undefined,
      branchId ? db.members.where('[unitId+branchId]').equals([unitId, branchId]).toArray() : [],
      db.evaluations.where('unitId').equals(unitId).toArray(),
    ]);
    const party = new Set(inBranch.filter((m) => m.kind === 'party').map((m) => m.id));
    const everyone = new Set(inBranch.map((m) => m.id));
    return prefillBranchNotice({
      branchName: branch?.name ?? '',
      records,
      names,
      partyCount: party.size,
      evaluations: evaluations.filter((e) => party.has(e.memberId)),
      fixItems: fixItems.filter((i) => i.ownerId !== undefined && everyone.has(i.ownerId)),
    });
  });
}
