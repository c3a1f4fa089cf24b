/**
 * What a backup's special meetings must hold to be written, beyond each record's own schema —
 * what the repository (renderer/db/repos/specialMeetings.ts) never lets happen: one 专题民主生活会
 * per unit and one 专题组织生活会 per branch; one attendance line and one turn per member and
 * meeting, for the meeting's own people; turns only in a held meeting; a member minuted as
 * presenting in person or orally was present. For shared/backup/rules.ts to call.
 */
import type { Member } from '../members/types';
import { excerpt } from '../util/excerpt';
import { inScope } from './scope';
import type { MeetingAttendance, MeetingTurn, SpecialMeeting } from './types';

export interface MeetingRecordsOfBackup {
  members: readonly Member[];
  specialMeetings: readonly SpecialMeeting[];
  meetingAttendance: readonly MeetingAttendance[];
  meetingTurns: readonly MeetingTurn[];
}

export function meetingBackupProblems(r: MeetingRecordsOfBackup): string[] {
  const out: string[] = [];
  const members = new Map(r.members.map((m) => [m.id, m]));
  const meetings = new Map(r.specialMeetings.map((m) => [m.id, m]));
  const seenTarget = new Set<string>();
  r.specialMeetings.forEach((m, i) => {
    const key = m.kind === 'democraticLife' ? 'democraticLife' : `orgLife|${m.branchId}`;
    if (seenTarget.has(key)) out.push(`records.specialMeetings[${i}]: ${m.kind === 'democraticLife' ? '领导班子专题民主生活会' : '同一个支部的专题组织生活会'}不止一次`);
    seenTarget.add(key);
  });
  const who = (id: string) => excerpt(members.get(id)?.name ?? id, 10);
  const belongs = (table: string, i: number, x: { meetingId: string; memberId: string }): SpecialMeeting | undefined => {
    const m = meetings.get(x.meetingId);
    const p = members.get(x.memberId);
    if (m && p && !inScope(m, p)) out.push(`records.${table}[${i}].memberId: ${who(x.memberId)}不是这次会议的应到人员`);
    return m;
  };
  const present = new Set<string>();
  const seenAttendance = new Set<string>();
  r.meetingAttendance.forEach((a, i) => {
    const key = `${a.meetingId}|${a.memberId}`;
    if (seenAttendance.has(key)) out.push(`records.meetingAttendance[${i}]: ${who(a.memberId)}的到会情况登记了两次`);
    seenAttendance.add(key);
    belongs('meetingAttendance', i, a);
    if (a.present) present.add(key);
  });
  const seenTurn = new Set<string>();
  r.meetingTurns.forEach((t, i) => {
    const key = `${t.meetingId}|${t.memberId}`;
    if (seenTurn.has(key)) out.push(`records.meetingTurns[${i}]: ${who(t.memberId)}的发言记录了两次`);
    seenTurn.add(key);
    const m = belongs('meetingTurns', i, t);
    if (m && m.status !== 'held') out.push(`records.meetingTurns[${i}].meetingId: 会议还没有召开，不应有发言记录`);
    if ((t.presentation === 'inPerson' || t.presentation === 'oral') && !present.has(key)) {
      out.push(`records.meetingTurns[${i}].presentation: ${who(t.memberId)}没有登记到会，不能记为到会或口头作党性分析`);
    }
  });
  return out;
}
