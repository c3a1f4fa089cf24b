/**
 * R-MEET-DUAL (双重组织生活): every 党员领导干部 takes part in the leadership's 专题民主生活会 AND
 * in his or her own branch's 专题组织生活会. A meeting counts once it is held and the leader is
 * recorded present; each leader still missing one is named with what is missing.
 */
import type { Branch, Member } from '../members/types';
import { meetingTitle, partyLeader } from './scope';
import type { MeetingAttendance, SpecialMeeting } from './types';

export interface DualInput {
  members: readonly Pick<Member, 'id' | 'name' | 'kind' | 'roles' | 'branchId'>[];
  branches: readonly Pick<Branch, 'id' | 'name'>[];
  meetings: readonly Pick<SpecialMeeting, 'id' | 'kind' | 'branchId' | 'status'>[];
  attendance: readonly Pick<MeetingAttendance, 'meetingId' | 'memberId' | 'present'>[];
}

export interface DualMiss {
  id: string;
  name: string;
  /** “未参加领导班子专题民主生活会（会议尚未召开）” … one phrase per missing meeting. */
  missing: string[];
}

export interface DualResult {
  /** 党员领导干部 on the roster. */
  leaders: number;
  misses: DualMiss[];
}

export function dualAttendance(input: DualInput): DualResult {
  const branchName = new Map(input.branches.map((b) => [b.id, b.name]));
  const present = new Set(input.attendance.filter((a) => a.present).map((a) => `${a.meetingId}|${a.memberId}`));
  const leadership = input.meetings.find((m) => m.kind === 'democraticLife');
  const ofBranch = new Map(input.meetings.filter((m) => m.kind === 'orgLife').map((m) => [m.branchId, m]));
  const leaders = input.members.filter(partyLeader);
  const at = (id: string, m: DualInput['meetings'][number] | undefined, title: string): string | undefined => {
    if (!m) return `未参加${title}（会议还没有安排）`;
    if (m.status !== 'held') return `未参加${title}（会议尚未召开）`;
    return present.has(`${m.id}|${id}`) ? undefined : `未参加${title}`;
  };
  const misses = leaders.flatMap((l): DualMiss[] => {
    const missing: string[] = [];
    const own = at(l.id, leadership, meetingTitle({ kind: 'democraticLife' }));
    if (own) missing.push(own);
    const name = l.branchId ? branchName.get(l.branchId) : undefined;
    if (!l.branchId || name === undefined) missing.push('没有编入党支部，无法参加所在支部的专题组织生活会');
    else {
      const b = at(l.id, ofBranch.get(l.branchId), meetingTitle({ kind: 'orgLife', branchId: l.branchId }, name));
      if (b) missing.push(b);
    }
    return missing.length > 0 ? [{ id: l.id, name: l.name, missing }] : [];
  });
  return { leaders: leaders.length, misses };
}

/** “陈国强未参加领导班子专题民主生活会（会议尚未召开）”. */
export const dualLine = (m: Pick<DualMiss, 'name' | 'missing'>) => `${m.name}${m.missing.join('，')}`;
