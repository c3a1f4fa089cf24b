/**
 * How the branch meetings went, from their minutes:
 * - R-MEET-CONDUCT: every branch holds its 专题组织生活会, invites non-party people (列席), and
 *   every member present presents his or her analysis and receives the others' criticism
 *   (党员互评), one by one, as the minutes record it.
 * - R-EVAL-COVER (全覆盖): every party member's analysis comes to the branch meeting — in person,
 *   orally (old and weak members), or in writing (members away): none is missing.
 */
import { suggestMode } from '../analysis/mode';
import type { Branch, Member } from '../members/types';
import { namesLine } from './gate';
import { meetingTitle, sortedBranches } from './scope';
import type { MeetingAttendance, MeetingTurn, Presentation, SpecialMeeting } from './types';

type Meeting = Pick<SpecialMeeting, 'id' | 'kind' | 'branchId' | 'status' | 'nonParty'>;
type Turn = Pick<MeetingTurn, 'meetingId' | 'memberId' | 'presentation' | 'criticisms'>;
type Person = Pick<Member, 'id' | 'name' | 'kind' | 'branchId' | 'away' | 'frail' | 'cannotWrite' | 'education' | 'employment'>;

export interface MeetingRecords {
  branches: readonly Branch[];
  /** The unit's party members. */
  party: readonly Person[];
  meetings: readonly Meeting[];
  attendance: readonly Pick<MeetingAttendance, 'meetingId' | 'memberId' | 'present'>[];
  turns: readonly Turn[];
}

/** A turn that brought the member's analysis to the meeting. */
export const presented = (p: Presentation) => p !== 'none';

export interface ConductResult {
  branches: number;
  held: number;
  /** One line per branch that falls short, naming who or what. */
  problems: string[];
}

export function branchConduct(input: MeetingRecords): ConductResult {
  const branchMeeting = new Map(input.meetings.filter((m) => m.kind === 'orgLife').map((m) => [m.branchId, m]));
  const turnOf = new Map(input.turns.map((t) => [`${t.meetingId}|${t.memberId}`, t]));
  const here = new Set(input.attendance.filter((a) => a.present).map((a) => `${a.meetingId}|${a.memberId}`));
  const problems: string[] = [];
  let held = 0;
  for (const b of sortedBranches(input.branches)) {
    const title = meetingTitle({ kind: 'orgLife', branchId: b.id }, b.name);
    const m = branchMeeting.get(b.id);
    if (!m) {
      problems.push(`${title}还没有安排`);
      continue;
    }
    if (m.status !== 'held') {
      problems.push(`${title}还没有召开`);
      continue;
    }
    held += 1;
    const present = input.party.filter((p) => p.branchId === b.id && here.has(`${m.id}|${p.id}`));
    const silent = present.filter((p) => !presented(turnOf.get(`${m.id}|${p.id}`)?.presentation ?? 'none')).map((p) => p.name);
    const uncriticised = present.filter((p) => {
      const t = turnOf.get(`${m.id}|${p.id}`);
      return t !== undefined && presented(t.presentation) && t.criticisms.length === 0;
    });
    const parts: string[] = [];
    if (present.length === 0) parts.push('没有登记到会党员');
    if (silent.length > 0) parts.push(`${silent.length} 名到会党员还没有记录党性分析发言：${namesLine(silent)}`);
    if (uncriticised.length > 0) parts.push(`${uncriticised.length} 名党员没有记录党员互评的批评意见：${namesLine(uncriticised.map((p) => p.name))}`);
    if (m.nonParty.length === 0) parts.push('没有邀请群众列席');
    if (parts.length > 0) problems.push(`${b.name}：${parts.join('；')}`);
  }
  return { branches: input.branches.length, held, problems };
}

/** “（外出）”, “（年老体弱）”: why a member's analysis may come in writing or orally. */
export function coverTag(p: Pick<Person, 'away' | 'frail' | 'cannotWrite' | 'education' | 'employment'>): string {
  if (p.away) return '（外出）';
  if (p.frail) return '（年老体弱）';
  return suggestMode(p).mode === 'dictated' ? '（口述）' : '';
}

export interface CoverResult {
  party: number;
  /** Party members whose analysis has not come to their branch's meeting, tagged. */
  missing: string[];
  /** Of those presented: how. */
  oral: number;
  written: number;
}

export function evaluationCover(input: MeetingRecords): CoverResult {
  const held = new Map(input.meetings.filter((m) => m.kind === 'orgLife' && m.status === 'held').map((m) => [m.branchId, m.id]));
  const turnOf = new Map(input.turns.map((t) => [`${t.meetingId}|${t.memberId}`, t]));
  const r: CoverResult = { party: input.party.length, missing: [], oral: 0, written: 0 };
  for (const p of input.party) {
    const meetingId = p.branchId ? held.get(p.branchId) : undefined;
    const t = meetingId ? turnOf.get(`${meetingId}|${p.id}`) : undefined;
    if (!t || !presented(t.presentation)) r.missing.push(`${p.name}${p.branchId ? coverTag(p) : '（未分配支部）'}`);
    else if (t.presentation === 'oral') r.oral += 1;
    else if (t.presentation === 'written') r.written += 1;
  }
  return r;
}

/** How a member is expected to bring the analysis (R-EVAL-COVER), from the roster's conditions. */
export function suggestedPresentation(p: Pick<Person, 'away' | 'frail' | 'cannotWrite' | 'education' | 'employment'>, present: boolean | undefined): Presentation {
  if (p.away || present === false) return 'written';
  return suggestMode(p).mode === 'dictated' ? 'oral' : 'inPerson';
}
