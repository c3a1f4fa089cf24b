/**
 * What a backup's notices must also satisfy beyond their declaration (schema.ts checks each
 * alone; the registry's refs check the ids exist): one notice per branch and one for the
 * leadership, as the page keeps them, and a notice's meeting is the meeting it reports on (the
 * branch's own 专题组织生活会, or the 专题民主生活会). The order of the steps (meeting held, every
 * member evaluated) is checked when a notice is given, not here: a member who joins the branch
 * afterwards must not make the unit's backup unreadable. To be wired into shared/backup/rules.ts.
 */
import type { SpecialMeeting } from '../meetings/types';
import type { Notice } from './types';

export function noticeBackupProblems(r: { notices: readonly Notice[]; specialMeetings: readonly SpecialMeeting[] }): string[] {
  const out: string[] = [];
  const meetings = new Map(r.specialMeetings.map((m) => [m.id, m]));
  const seen = new Map<string, number>();
  r.notices.forEach((n, i) => {
    const at = `records.notices[${i}]`;
    const key = n.kind === 'branch' ? `branch:${n.branchId}` : 'leadership';
    const twin = seen.get(key);
    if (twin !== undefined) out.push(`${at}: ${n.kind === 'branch' ? '同一支部' : '领导班子'}的通报重复（与第 ${twin + 1} 条相同）`);
    else seen.set(key, i);
    const m = n.meetingId ? meetings.get(n.meetingId) : undefined;
    if (m && (n.kind === 'branch' ? m.kind !== 'orgLife' || m.branchId !== n.branchId : m.kind !== 'democraticLife')) {
      out.push(`${at}.meetingId: 通报所对应的会议不是${n.kind === 'branch' ? '本支部的专题组织生活会' : '领导班子专题民主生活会'}`);
    }
  });
  return out;
}
