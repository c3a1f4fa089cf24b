/**
 * The review of a 党性分析材料 as a transition table (shared/util/transitions.ts):
 * 草稿 → 已提交 → 退回修改 ↺ → 审阅通过 → 公示中 → 定稿. What each step needs besides the
 * table — a text to submit and, when dictated, its recorder (R-ANALYSIS-MODE); a reason from
 * R-ANALYSIS-REWRITE for a return; a 公示 period, and its end, before 定稿 (R-ANALYSIS-PUBLIC) —
 * is checked here too, so the repository and the page ask one function.
 */
import { formatChineseDate, isValidIsoDate } from '../util/dates';
import type { Reason } from '../util/result';
import { defineTransitions } from '../util/transitions';
import {
  ANALYSIS_EVENT_LABEL,
  ANALYSIS_STATE_LABEL,
  REWRITE_REASONS,
  type AnalysisEvent,
  type AnalysisMode,
  type AnalysisState,
  type RewriteReason,
} from './types';

/** A review step, or `edit`: a change of the text (never stored as a step; it makes a version). */
export type ReviewEvent = AnalysisEvent | 'edit';

export const ANALYSIS_REVIEW = defineTransitions<AnalysisState, ReviewEvent>({
  rule: 'R-ANALYSIS-REVIEW',
  noun: '党性分析材料',
  labels: ANALYSIS_STATE_LABEL,
  eventLabels: { ...ANALYSIS_EVENT_LABEL, edit: '修改' },
  table: {
    draft: {
      submit: 'submitted',
      edit: 'draft',
      approve: { refuse: '材料还没有提交审阅，不能审阅通过' },
      return: { refuse: '材料还没有提交审阅，不能退回' },
    },
    submitted: {
      return: 'returned',
      approve: 'approved',
      edit: { refuse: '材料已提交审阅：审阅人退回后才能修改' },
    },
    returned: { submit: 'submitted', edit: 'returned' },
    approved: {
      publish: 'public',
      edit: { refuse: '材料已审阅通过：公示后根据大家的意见再修改' },
    },
    public: { finalise: 'final', edit: 'public' },
    final: {
      edit: { refuse: '材料已定稿，不能再修改' },
      return: { refuse: '材料已定稿，不能再退回' },
    },
  },
});

/** The three sections (存在的主要问题 / 产生问题的根源 / 今后努力方向和整改措施). */
export interface AnalysisTexts {
  problems: string;
  roots: string;
  measures: string;
}

export const SECTION_KEYS = ['problems', 'roots', 'measures'] as const satisfies readonly (keyof AnalysisTexts)[];
export const SECTION_LABEL: Record<keyof AnalysisTexts, string> = {
  problems: '存在的主要问题',
  roots: '产生问题的根源',
  measures: '今后努力方向和整改措施',
};

export const isBlank = (t: AnalysisTexts) => SECTION_KEYS.every((k) => t[k].trim() === '');

/** What a step needs besides the state it starts from. */
export interface StepInput {
  mode: AnalysisMode;
  recorderId?: string;
  /** The newest version's text. */
  texts: AnalysisTexts;
  /** R-ANALYSIS-REWRITE reasons, for a return. */
  reasons?: readonly string[];
  publicFrom?: string;
  publicTo?: string;
  /** The unit's today, `YYYY-MM-DD`. */
  today: string;
}

export type StepResult = { ok: true; state: AnalysisState } | { ok: false; reasons: Reason[] };

const refuse = (rule: string, message: string): StepResult => ({ ok: false, reasons: [{ rule, message }] });

/** The state after `event`, or why not: the table first, then what the step itself needs. */
export function applyReviewStep(state: AnalysisState, event: AnalysisEvent, input: StepInput): StepResult {
  const next = ANALYSIS_REVIEW.next(state, event);
  if (!next.ok) return next;
  if (event === 'submit') {
    if (isBlank(input.texts)) return refuse('R-ANALYSIS-MODE', '材料还没有内容，请先把材料录入后再提交');
    if (input.mode === 'dictated' && !input.recorderId) {
      return refuse('R-ANALYSIS-MODE', '口述代记的材料要写明记录人，请先选择记录人');
    }
  }
  if (event === 'return') {
    const reasons = input.reasons ?? [];
    if (reasons.length === 0) return refuse('R-ANALYSIS-REWRITE', '退回修改要选择退回的原因');
    const unknown = reasons.filter((r) => !(REWRITE_REASONS as readonly string[]).includes(r));
    if (unknown.length > 0) return refuse('R-ANALYSIS-REWRITE', `退回原因不在规定的几种之内：${unknown.join('、')}`);
  }
  if (event === 'publish') {
    const { publicFrom: from, publicTo: to } = input;
    if (!from || !to || !isValidIsoDate(from) || !isValidIsoDate(to)) return refuse('R-ANALYSIS-PUBLIC', '请写明公示的起止日期');
    if (to < from) return refuse('R-ANALYSIS-PUBLIC', '公示的结束日期不能早于开始日期');
    if (from > input.today) return refuse('R-ANALYSIS-PUBLIC', `公示开始日期${formatChineseDate(from)}还没到，到那天再登记开始公示`);
  }
  if (event === 'finalise') {
    const to = input.publicTo;
    if (!to) return refuse('R-ANALYSIS-PUBLIC', '材料没有公示期，不能定稿');
    if (input.today < to) return refuse('R-ANALYSIS-PUBLIC', `公示期到${formatChineseDate(to)}，公示期满后再修改定稿`);
  }
  return { ok: true, state: next.value };
}

/** What saving a changed text does in `state`: overwrite the newest version, or start a new one. */
export type EditEffect = { ok: true; newVersion: boolean } | { ok: false; reasons: Reason[] };

/**
 * A version that a reviewer or the 公示 has seen (a step names it) is kept as it was: a change
 * after a return, or the revision after 公示, becomes a new version. A version nobody has seen
 * yet (a draft, or the rewrite in progress) is simply saved over.
 */
export function editEffect(state: AnalysisState, currentVersionSeen: boolean): EditEffect {
  const next = ANALYSIS_REVIEW.next(state, 'edit');
  if (!next.ok) return next;
  return { ok: true, newVersion: currentVersionSeen };
}

export function isRewriteReason(r: string): r is RewriteReason {
  return (REWRITE_REASONS as readonly string[]).includes(r);
}

/** Reached 审阅通过 or later. */
export const REVIEWED_STATES: readonly AnalysisState[] = ['approved', 'public', 'final'];
/** Handed in: 已提交 or later (a returned one was handed in and is being rewritten). */
export const HANDED_IN_STATES: readonly AnalysisState[] = ['submitted', 'returned', 'approved', 'public', 'final'];
