/**
 * R-STAGE-PLAN: the unit's 分析评议阶段工作方案. 规定动作 come from the template exactly (locked:
 * not removed, renamed or simplified); 自选动作 fit the unit and carry real content (no 花架子).
 * The plan is checked (把关) by the 督导组: a transition table (shared/util/transitions.ts).
 */
import { formatChineseDate, isValidIsoDate, templateDate } from '../util/dates';
import { gate, pass, type Gate, type Reason, type Result } from '../util/result';
import { defineTransitions } from '../util/transitions';
import { scheduleFor } from './lookup';
import { effectiveDue } from './schedule';
import type { CampaignSnapshot } from './snapshot';
import type { CampaignTemplate } from './template';
import {
  PLAN_REVIEW_LABEL,
  type PlanAction,
  type PlanReviewEvent,
  type PlanReviewState,
  type StageSchedule,
} from './types';

const RULE = 'R-STAGE-PLAN';

export function initialPlanActions(
  template: CampaignTemplate,
  unitId: string,
  stageId: string,
  year: number,
  makeId: () => string,
): PlanAction[] {
  return template.planActions
    .filter((a) => a.stageId === stageId)
    .map((a, order) => ({
      id: makeId(),
      unitId,
      stageId,
      templateActionId: a.id,
      mandatory: true,
      title: a.title,
      description: a.description,
      due: templateDate(year, a.due),
      order,
    }));
}

export function canRemovePlanAction(a: PlanAction): Gate {
  if (!a.mandatory && !a.templateActionId) return pass;
  return gate([{ rule: RULE, message: '规定动作不能删除或简化', subjects: [a.title] }]);
}

/** One action: a title, a real date inside the stage's schedule. */
export function validatePlanAction(a: PlanAction, schedule: StageSchedule): Gate {
  const reasons: Reason[] = [];
  const name = a.title.trim() || '未命名动作';
  if (!a.title.trim()) reasons.push({ rule: RULE, message: '工作方案中的动作须有名称' });
  if (!isValidIsoDate(a.due)) {
    reasons.push({ rule: RULE, message: `“${name}”须写明完成日期`, subjects: [name] });
  } else {
    const due = effectiveDue(schedule);
    if (a.due < schedule.start || a.due > due) {
      reasons.push({
        rule: RULE,
        message: `“${name}”的日期${formatChineseDate(a.due)}不在本阶段时间安排内（${formatChineseDate(schedule.start)}至${formatChineseDate(due)}）`,
        subjects: [name],
      });
    }
  }
  return gate(reasons);
}

function mandatoryReasons(s: CampaignSnapshot, stageId: string, own: PlanAction[]): Reason[] {
  const reasons: Reason[] = [];
  for (const t of s.template.planActions.filter((x) => x.stageId === stageId)) {
    const a = own.find((x) => x.templateActionId === t.id);
    if (!a) {
      reasons.push({ rule: RULE, message: `缺少规定动作“${t.title}”，规定动作不能省略`, subjects: [t.title] });
      continue;
    }
    if (!a.mandatory) reasons.push({ rule: RULE, message: `“${t.title}”是规定动作，不能改为自选动作`, subjects: [t.title] });
    if (a.title.trim() !== t.title) {
      reasons.push({ rule: RULE, message: `规定动作“${t.title}”不能改名或走样（现为“${a.title}”）`, subjects: [t.title] });
    }
    if (t.description.trim() && !a.description.trim()) {
      reasons.push({ rule: RULE, message: `规定动作“${t.title}”的内容不能删减，不能简化程序`, subjects: [t.title] });
    }
  }
  return reasons;
}

function optionalReasons(own: PlanAction[]): Reason[] {
  return own
    .filter((a) => !a.templateActionId && !a.mandatory && a.title.trim() && !a.description.trim())
    .map((a) => ({
      rule: RULE,
      message: `自选动作“${a.title}”须写明具体做法，切实可行，不搞花架子`,
      subjects: [a.title],
    }));
}

/** The whole plan of a stage, as the 督导组 would check it before approval. */
export function validatePlan(s: CampaignSnapshot, stageId: string): Gate {
  const own = s.planActions.filter((a) => a.stageId === stageId && a.unitId === s.unit.id);
  if (own.length === 0) return gate([{ rule: RULE, message: '尚未制定工作方案' }]);
  const schedule = scheduleFor(s, stageId);
  const each = own.flatMap((a) => {
    const g = validatePlanAction(a, schedule);
    return g.ok ? [] : g.reasons;
  });
  return gate([...mandatoryReasons(s, stageId, own), ...optionalReasons(own), ...each]);
}

/**
 * Review transitions. Editing a submitted or approved plan takes it back to 草稿: the 督导组
 * checked the old text, so the new one must be submitted again.
 */
export const PLAN_REVIEW_TRANSITIONS: Record<PlanReviewState, Partial<Record<PlanReviewEvent, PlanReviewState>>> = {
  draft: { submit: 'submitted', edit: 'draft' },
  submitted: { approve: 'approved', return: 'returned', edit: 'draft' },
  returned: { submit: 'submitted', edit: 'returned' },
  approved: { edit: 'draft' },
};

const PLAN_REVIEW = defineTransitions<PlanReviewState, PlanReviewEvent>({
  rule: RULE,
  noun: '工作方案',
  labels: PLAN_REVIEW_LABEL,
  eventLabels: {
    submit: '报督导组审核',
    return: '退回修改',
    approve: '把关通过',
    edit: '修改',
  },
  table: PLAN_REVIEW_TRANSITIONS,
});

export function nextPlanReview(state: PlanReviewState, event: PlanReviewEvent): Result<PlanReviewState, Reason> {
  const next = PLAN_REVIEW.next(state, event);
  return next.ok ? next : { ok: false, error: next.reasons[0] };
}

/** Whether editing in `state` sends an approved or submitted plan back to 草稿 (warn the user). */
export function editResetsReview(state: PlanReviewState): boolean {
  return (state === 'approved' || state === 'submitted') && PLAN_REVIEW_TRANSITIONS[state].edit === 'draft';
}

/** A review event on the unit's plan: submitting also needs a valid plan. */
export function applyPlanReviewEvent(
  s: CampaignSnapshot,
  stageId: string,
  event: PlanReviewEvent,
): Result<PlanReviewState, Reason[]> {
  const review = s.planReviews.find((r) => r.stageId === stageId && r.unitId === s.unit.id);
  const next = PLAN_REVIEW.next(review?.state ?? 'draft', event);
  if (!next.ok) return { ok: false, error: next.reasons };
  if (event === 'submit') {
    const g = validatePlan(s, stageId);
    if (!g.ok) return { ok: false, error: g.reasons };
  }
  return next;
}
