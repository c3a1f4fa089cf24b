/**
 * Who a special meeting is for (应到) and who must lead it (R-MEET-SIX conditions 3–5, R-MEET-DUAL).
 *
 * - A branch's 专题组织生活会: the branch's party members, every one of them. Members away (外出)
 *   or ill still count toward 应到: they may be absent with a reason, and the quorum is a share of
 *   everyone, as the branch's 党员名册 counts them (the city's ratio leaves room for them).
 * - The leadership's 专题民主生活会: the 班子 as the roster marks it — party members who are 单位主要
 *   负责同志, 党组书记, 班子成员 or 党员领导干部 (the same people the talks call 党员领导干部).
 * - It is led by the branch's 支部书记, or by the 党组书记; a unit without a 党组 (no one marked
 *   党组书记) is led by its 单位主要负责同志, and the gate says so.
 */
import type { Branch, Member, Role } from '../members/types';
import { isPartyLeader } from '../talks/pairs';
import { SPECIAL_MEETING_KIND_LABEL, type SpecialMeeting, type SpecialMeetingKind } from './types';

export type ScopeMember = Pick<Member, 'id' | 'name' | 'kind' | 'roles' | 'branchId' | 'away' | 'frail' | 'cannotWrite' | 'education' | 'employment' | 'chronicIll' | 'post'>;

/** What a meeting is about: its kind and, for a branch's, the branch. */
export type MeetingTarget = Pick<SpecialMeeting, 'kind' | 'branchId'>;

/** 党员领导干部: the talks' own test (unit head, 党组书记, 班子成员, 党员领导干部; a party member). */
export const partyLeader = (m: Pick<Member, 'kind' | 'roles'>) => isPartyLeader(m as unknown as Member);

/** The party members a meeting is for (应到), in the order given. */
export function meetingScope<M extends ScopeMember>(target: MeetingTarget, members: readonly M[]): M[] {
  if (target.kind === 'democraticLife') return members.filter(partyLeader);
  return members.filter((m) => m.kind === 'party' && m.branchId === target.branchId);
}

/** Whether one member belongs to a meeting's scope. */
export function inScope(target: MeetingTarget, m: ScopeMember): boolean {
  return meetingScope(target, [m]).length === 1;
}

export interface MeetingLead<M> {
  /** 党组书记 / 单位主要负责同志 / 支部书记 */
  title: string;
  people: M[];
  /** Why the roster names nobody, when `people` is empty. */
  missing?: string;
  /** Said when the lead is not who the rule names first (no 党组书记 marked). */
  note?: string;
}

const withRole = <M extends ScopeMember>(list: readonly M[], role: Role) => list.filter((m) => m.kind === 'party' && m.roles.includes(role));

/** Who must be present (condition 5): the 党组书记 (else the unit head), or the branch's secretary. */
export function meetingLead<M extends ScopeMember>(target: MeetingTarget, scope: readonly M[], branchName = '本支部'): MeetingLead<M> {
  if (target.kind === 'orgLife') {
    const people = withRole(scope, 'branchSecretary');
    return people.length > 0 ? { title: '支部书记', people } : { title: '支部书记', people, missing: `名册中没有标明${branchName}的支部书记` };
  }
  const secretaries = withRole(scope, 'partyGroupSecretary');
  if (secretaries.length > 0) return { title: '党组书记', people: secretaries };
  const heads = withRole(scope, 'unitHead');
  if (heads.length > 0) return { title: '单位主要负责同志', people: heads, note: '名册中没有标明党组书记，由单位主要负责同志主持' };
  return { title: '党组书记', people: [], missing: '名册中没有标明党组书记或单位主要负责同志' };
}

/** “第二党支部” or “领导班子”: how a gate's reasons name the meeting's people. */
export function scopeWord(kind: SpecialMeetingKind, branchName?: string): string {
  return kind === 'democraticLife' ? '领导班子' : (branchName ?? '本支部');
}

/** “名党员” / “名成员” (of the 领导班子). */
export function memberWord(kind: SpecialMeetingKind): string {
  return kind === 'democraticLife' ? '名成员' : '名党员';
}

/** The meeting's name: “领导班子专题民主生活会”, “机关第一党支部专题组织生活会”. */
export function meetingTitle(target: MeetingTarget, branchName?: string): string {
  return target.kind === 'democraticLife' ? SPECIAL_MEETING_KIND_LABEL.democraticLife : `${branchName ?? ''}${SPECIAL_MEETING_KIND_LABEL.orgLife}`;
}

/** Branches in their order (the roster's), for lists. */
export function sortedBranches(branches: readonly Branch[]): Branch[] {
  return [...branches].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN'));
}
