/**
 * When a notice may be given (R-NOTICE-BRANCH, R-NOTICE-LEADERSHIP): a branch's after its
 * 专题组织生活会 is held and every party member of the branch has the branch's evaluation (the
 * notice reports the evaluation's results); the leadership's after its 专题民主生活会 is held.
 * Never before the meeting's day nor after today, and not with a section left empty.
 */
import { formatChineseDate, isValidIsoDate } from '../util/dates';
import { gate, type Gate, type Reason } from '../util/result';
import type { NoticeKind } from './types';

/** How many names a refusal spells out before “等 N 人”. */
export const NAME_CAP = 10;

export interface NoticeMeetingState {
  status: 'planned' | 'held';
  date: string;
}

export interface NoticeOrderFacts {
  kind: NoticeKind;
  /** The branch's name (branch notice). */
  branchName?: string;
  /** The meeting the notice reports on, if planned or held. */
  meeting?: NoticeMeetingState;
  /** Party members of the branch with no evaluation yet, by name (branch notice). */
  unevaluated?: readonly string[];
}

/** The sections a given notice must not leave empty. */
export interface NoticeTexts {
  facts: string;
  problems: string;
  measures: string;
  direction?: string;
  results?: string;
}

const RULE: Record<NoticeKind, string> = { branch: 'R-NOTICE-BRANCH', leadership: 'R-NOTICE-LEADERSHIP' };

/** ['张三', '李四', …] → the first `cap` names, the last of them followed by “等 N 人”. */
export function capNames(names: readonly string[], cap = NAME_CAP): string[] {
  if (names.length <= cap) return [...names];
  const shown = names.slice(0, cap);
  return [...shown.slice(0, -1), `${shown.at(-1)}等 ${names.length} 人`];
}

/** Whether the meeting and the evaluation allow the notice at all (the order of the steps). */
export function noticeOrderReasons(f: NoticeOrderFacts): Reason[] {
  const rule = RULE[f.kind];
  const meetingName = f.kind === 'branch' ? `${f.branchName ?? '本支部'}的专题组织生活会` : '领导班子专题民主生活会';
  const out: Reason[] = [];
  if (!f.meeting) out.push({ rule, message: `${meetingName}还没有安排，召开以后才能通报` });
  else if (f.meeting.status !== 'held') out.push({ rule, message: `${meetingName}还没有召开（计划${formatChineseDate(f.meeting.date)}），召开以后才能通报` });
  if (f.kind === 'branch' && f.unevaluated && f.unevaluated.length > 0) {
    out.push({ rule, message: `${f.unevaluated.length} 名党员还没有评议意见，评议完成后才能通报`, subjects: capNames(f.unevaluated) });
  }
  return out;
}

const SECTION_LABEL: Record<NoticeKind, [keyof NoticeTexts, string][]> = {
  branch: [
    ['facts', '专题组织生活会召开情况'],
    ['problems', '党员查摆的主要问题'],
    ['direction', '今后努力方向'],
    ['results', '民主评议党员结果'],
  ],
  leadership: [
    ['facts', '专题民主生活会基本情况'],
    ['problems', '查摆出的主要问题'],
    ['measures', '整改措施'],
  ],
};

/** Recording a notice as given on `givenOn`: the order, the day, and no empty section. */
export function giveNoticeGate(f: NoticeOrderFacts, texts: NoticeTexts, givenOn: string, today: string): Gate {
  const rule = RULE[f.kind];
  const reasons = noticeOrderReasons(f);
  if (!isValidIsoDate(givenOn)) reasons.push({ rule, message: '请填写通报日期' });
  else {
    if (givenOn > today) reasons.push({ rule, message: '通报日期不能晚于今天' });
    if (f.meeting?.status === 'held' && givenOn < f.meeting.date) {
      reasons.push({ rule, message: `通报日期不能早于会议召开的日期（${formatChineseDate(f.meeting.date)}）` });
    }
  }
  const empty = SECTION_LABEL[f.kind].filter(([k]) => !(texts[k] ?? '').trim()).map(([, label]) => label);
  if (empty.length > 0) reasons.push({ rule, message: '通报内容还没有写完，请填写', subjects: empty });
  return gate(reasons);
}
