/**
 * The rules of one member's evaluation (党员评议), each a small function returning reasons:
 * R-EVAL-OPINION (a clear opinion, and for a member who falls short a requirement, a deadline and
 * a helper), R-EVAL-FIVE (the five distinctions gone through one by one before a member is said
 * to fall short, and a serious side found before he or she is proposed upwards), R-EVAL-NOGRADE
 * (no grade while the template forbids grades), R-EVAL-REPORT (a proposal states the facts and
 * the help given), and the order: after the member's branch has held its 专题组织生活会.
 */
import { TEXT_LIMITS as L } from '../data/fields';
import { formatChineseDate, isValidIsoDate } from '../util/dates';
import { gate, type Gate, type Reason } from '../util/result';
import { cleanLine, cleanMultiline } from '../util/text';
import {
  DISTINCTION_TITLE,
  DISTINCTIONS,
  FIVE_DISTINCTIONS,
  PROPOSAL_LABEL,
  SIDES,
  type Distinction,
  type Distinctions,
  type Grade,
  type Proposal,
} from './types';

/** What the branch writes for one member, cleaned (see cleanEvaluationDraft). */
export interface EvaluationDraft {
  memberId: string;
  /** 是否履行党员义务 */
  fulfils: boolean;
  /** 是否符合党员条件 */
  qualified: boolean;
  peerOpinion: string;
  massOpinion: string;
  opinion: string;
  distinctions: Distinctions;
  requirement: string;
  deadline?: string;
  helperId?: string;
  helperName: string;
  proposal?: Proposal;
  facts: string;
  help: string;
  grade?: Grade;
  /** 评议日期 */
  decidedOn: string;
}

/** A member who does not fulfil the obligations or does not meet the conditions. */
export const fallsShort = (d: Pick<EvaluationDraft, 'fulfils' | 'qualified'>) => !d.fulfils || !d.qualified;

/**
 * Text cleaned as stored; for a member who falls short nothing is dropped, for one who does not
 * the fields that only concern a shortfall (distinctions, requirement, helper, proposal) are.
 */
export function cleanEvaluationDraft(d: EvaluationDraft): EvaluationDraft {
  const base: EvaluationDraft = {
    memberId: d.memberId,
    fulfils: d.fulfils === true,
    qualified: d.qualified === true,
    peerOpinion: cleanMultiline(d.peerOpinion ?? ''),
    massOpinion: cleanMultiline(d.massOpinion ?? ''),
    opinion: cleanMultiline(d.opinion ?? ''),
    distinctions: {},
    requirement: '',
    helperName: '',
    facts: '',
    help: '',
    decidedOn: (d.decidedOn ?? '').trim(),
    ...(d.grade !== undefined ? { grade: d.grade } : {}),
  };
  if (!fallsShort(base)) return base;
  return {
    ...base,
    distinctions: { ...d.distinctions },
    requirement: cleanMultiline(d.requirement ?? ''),
    ...(d.deadline ? { deadline: d.deadline.trim() } : {}),
    ...(d.helperId ? { helperId: d.helperId } : {}),
    helperName: cleanLine(d.helperName ?? ''),
    ...(d.proposal ? { proposal: d.proposal, facts: cleanMultiline(d.facts ?? ''), help: cleanMultiline(d.help ?? '') } : {}),
  };
}

const r = (rule: string, message: string, subjects?: string[]): Reason => ({ rule, message, ...(subjects ? { subjects } : {}) });
const tooLong = (v: string, max: number) => v.length > max;

/** R-EVAL-OPINION: a clear opinion on the member; for a shortfall, what is required, by when, and who helps. */
export function opinionReasons(d: EvaluationDraft, today: string): Reason[] {
  const out: Reason[] = [];
  const rule = 'R-EVAL-OPINION';
  if (!isValidIsoDate(d.decidedOn)) out.push(r(rule, '请选择评议日期'));
  else if (d.decidedOn > today) out.push(r(rule, '评议日期不能晚于今天'));
  if (!d.opinion) out.push(r(rule, '请填写支部评议意见'));
  for (const [v, label] of [
    [d.opinion, '支部评议意见'],
    [d.peerOpinion, '党员互评意见'],
    [d.massOpinion, '群众评议意见'],
    [d.requirement, '整改要求'],
    [d.facts, '主要表现'],
    [d.help, '教育帮助情况'],
  ] as const) {
    if (tooLong(v, L.opinion)) out.push(r(rule, `${label}不能超过 ${L.opinion} 个字`));
  }
  if (!fallsShort(d)) return out;
  if (!d.requirement) out.push(r(rule, '请写明对这名党员的明确要求'));
  if (!d.deadline || !isValidIsoDate(d.deadline)) out.push(r(rule, '请选择改进期限'));
  else if (isValidIsoDate(d.decidedOn) && d.deadline <= d.decidedOn) out.push(r(rule, '改进期限要在评议日期之后'));
  // A helper chosen from the roster is named by the repository from the roster.
  if (!d.helperName && !d.helperId) out.push(r(rule, '请指定帮助这名党员的同志'));
  else if (tooLong(d.helperName, L.personName)) out.push(r(rule, `帮助人姓名不能超过 ${L.personName} 个字`));
  return out;
}

const THROUGHOUT: readonly Distinction[] = DISTINCTIONS.filter((x) => !(FIVE_DISTINCTIONS as readonly Distinction[]).includes(x));

/**
 * R-EVAL-FIVE. Before a member is said to fall short, the branch goes through each of the five
 * distinctions (and the two that run through them) and records which side the case is on; a
 * member is proposed upwards only when at least one of the five is on the serious side and the
 * cause is his or her own and lasting (主观原因, 一贯表现): otherwise education and help, not a report.
 */
export function fiveReasons(d: EvaluationDraft): Reason[] {
  const rule = 'R-EVAL-FIVE';
  const given = Object.entries(d.distinctions) as [string, string][];
  if (!fallsShort(d)) {
    return given.length > 0 ? [r(rule, '履行党员义务、符合党员条件的党员，不需要对照“五个区别开来”')] : [];
  }
  const out: Reason[] = [];
  const bad = given.filter(([k, v]) => !(DISTINCTIONS as readonly string[]).includes(k) || !(SIDES as readonly string[]).includes(v));
  if (bad.length > 0) out.push(r(rule, '“五个区别开来”的选项无效'));
  const open = DISTINCTIONS.filter((k) => {
    const v = d.distinctions[k];
    return v === undefined || (v === 'na' && THROUGHOUT.includes(k));
  });
  if (open.length > 0) {
    out.push(r(rule, '认定党员没有履行义务或不符合条件之前，要对照“五个区别开来”逐条作出判断，还有这几条没有判断', open.map((k) => DISTINCTION_TITLE[k])));
    return out;
  }
  if (!d.proposal) return out;
  const proposal = PROPOSAL_LABEL[d.proposal];
  if (!FIVE_DISTINCTIONS.some((k) => d.distinctions[k] === 'serious')) {
    out.push(r(rule, `“五个区别开来”每一条都不属于后一种情况，应当教育帮助，不能拟定为${proposal}`));
  }
  if (d.distinctions.causes !== 'serious') out.push(r(rule, `问题主要是客观原因造成的，不能拟定为${proposal}`));
  if (d.distinctions.pattern !== 'serious') out.push(r(rule, `一时一事的问题，不能拟定为${proposal}`));
  return out;
}

/** R-EVAL-NOGRADE: a grade only under a template that allows grades. */
export function gradeReasons(d: Pick<EvaluationDraft, 'grade'>, allowGrades: boolean): Reason[] {
  if (d.grade === undefined || allowGrades) return [];
  return [r('R-EVAL-NOGRADE', '本次活动不确定党员格次，评议意见中不能填写格次')];
}

/** R-EVAL-REPORT: what is proposed matches the opinion, with the facts and the help given, for the report. */
export function proposalReasons(d: EvaluationDraft): Reason[] {
  if (!d.proposal) return [];
  const rule = 'R-EVAL-REPORT';
  const out: Reason[] = [];
  if (!fallsShort(d)) out.push(r(rule, '履行党员义务、符合党员条件的党员不能拟定上报'));
  else if (d.proposal === 'notFulfilling' && d.fulfils) out.push(r(rule, '拟定为“不履行党员义务”的，评议意见应为没有履行党员义务'));
  else if (d.proposal === 'notQualified' && d.qualified) out.push(r(rule, '拟定为“不符合党员条件”的，评议意见应为不符合党员条件'));
  if (!d.facts) out.push(r(rule, '拟定上报的，要写明这名党员的主要表现'));
  if (!d.help) out.push(r(rule, '拟定上报的，要写明支部对他（她）做过的教育帮助'));
  return out;
}

/** Every rule of one evaluation. */
export function evaluationGate(d: EvaluationDraft, o: { allowGrades: boolean; today: string }): Gate {
  return gate([...opinionReasons(d, o.today), ...fiveReasons(d), ...gradeReasons(d, o.allowGrades), ...proposalReasons(d)]);
}

/** The meetings of a branch as the order rule reads them. */
export interface BranchMeeting {
  kind: string;
  status: string;
  date: string;
}

/** The day the branch's 专题组织生活会 was held (the earliest, if it met twice), if it was. */
export function heldOn(meetings: readonly BranchMeeting[]): string | undefined {
  return meetings
    .filter((m) => m.kind === 'orgLife' && m.status === 'held')
    .map((m) => m.date)
    .sort()[0];
}

/**
 * The order (DOMAIN 6): a member is evaluated after his or her branch's 专题组织生活会 was held,
 * on or after its day; the branch notice (R-NOTICE-BRANCH) comes after the evaluation.
 */
export function meetingOrderReasons(branchName: string | undefined, meetings: readonly BranchMeeting[], decidedOn: string | undefined): Reason[] {
  const rule = 'R-EVAL-OPINION';
  if (branchName === undefined) return [r(rule, '这名党员还没有分配党支部，请先在党员名册中设置')];
  const held = heldOn(meetings);
  if (held === undefined) {
    const planned = meetings.filter((m) => m.kind === 'orgLife' && m.status !== 'held').map((m) => m.date).sort()[0];
    const when = planned ? `（已安排在${formatChineseDate(planned)}）` : '';
    return [r(rule, `${branchName}的专题组织生活会还没有召开${when}，开过会以后才能评议党员`)];
  }
  if (decidedOn && isValidIsoDate(decidedOn) && decidedOn < held) {
    return [r(rule, `评议日期不能早于${branchName}专题组织生活会召开的日期（${formatChineseDate(held)}）`)];
  }
  return [];
}
