/**
 * The home page (首页): where the unit stands, what is locked and why, each step of the focus
 * stage (分析评议) with its checklist, the next three things to do and what is overdue.
 */
import { diffDays, formatChineseMonthDay } from '../util/dates';
import type { Reason } from '../util/result';
import { itemState, lookbackStates, STAGES_FEATURE, type ChecklistItemState } from './checklist';
import type { UnitFacts } from './measure';
import { canEnterStage, currentStageId } from './gates';
import { findStage, latestAcceptance, previousStage, scheduleFor } from './lookup';
import { mobilisationStatus, type MobilisationStatus } from './mobilise';
import { effectiveDue, stageTiming } from './schedule';
import type { CampaignSnapshot } from './snapshot';
import { thresholdValue } from './thresholds';
import type { Acceptance, StageSchedule } from './types';

export interface Progress {
  done: number;
  total: number;
}

export interface StageStatus {
  id: string;
  title: string;
  schedule: StageSchedule;
  /** Effective due date (the extension when there is one). */
  due: string;
  daysLeft: number;
  overdue: boolean;
  extended: boolean;
  locked: boolean;
  /** Why the stage is locked (empty when open). */
  reasons: Reason[];
  acceptance?: Acceptance;
}

export interface DashboardStep {
  id: string;
  title: string;
  rules: string[];
  items: ChecklistItemState[];
  progress: Progress;
}

export interface NextAction {
  /** Checklist item id, or `acceptance:<stageId>` for the request to the 督导组. */
  id: string;
  title: string;
  /** Short Chinese action text for the home page, e.g. "9月4日前：召开转段动员会". */
  text: string;
  due?: string;
  overdue: boolean;
  rule?: string;
  /** The feature whose page handles it. */
  feature?: string;
}

export interface LookbackState {
  stageId: string;
  title: string;
  items: ChecklistItemState[];
  progress: Progress;
  acceptance?: Acceptance;
  /** About how many days the 回头看 should take (threshold `lookbackDays`). */
  days?: number;
}

export interface Dashboard {
  now: string;
  current: StageStatus;
  focus: StageStatus;
  stages: StageStatus[];
  locked: { id: string; title: string; reasons: Reason[] }[];
  steps: DashboardStep[];
  progress: Progress;
  next: NextAction[];
  /** Undone items past their due date, earliest first. */
  overdue: ChecklistItemState[];
  mobilisation: MobilisationStatus;
  /** The 回头看 list of the stage before the focus stage, while the focus stage is locked. */
  lookback: LookbackState | null;
}

function countDone(items: { done: boolean }[]): Progress {
  return { done: items.filter((i) => i.done).length, total: items.length };
}

function stageStatus(s: CampaignSnapshot, stageId: string, now: string): StageStatus {
  const stage = findStage(s.template, stageId)!;
  const schedule = scheduleFor(s, stageId);
  const g = canEnterStage(s, stageId, now);
  return {
    id: stage.id,
    title: stage.title,
    schedule,
    due: effectiveDue(schedule),
    ...stageTiming(schedule, now),
    locked: !g.ok,
    reasons: g.ok ? [] : g.reasons,
    acceptance: latestAcceptance(s, stageId),
  };
}

function actionText(title: string, due: string | undefined, now: string): string {
  if (!due) return title;
  const late = diffDays(now, due);
  if (late > 0) return `已逾期 ${late} 天：${title}`;
  return `${formatChineseMonthDay(due)}前：${title}`;
}

function toNext(i: ChecklistItemState, now: string): NextAction {
  return { id: i.id, title: i.title, text: actionText(i.title, i.due, now), due: i.due, overdue: i.overdue, rule: i.rule, feature: i.feature };
}

/** Undone items by due date (undated last), then template order; stable sort keeps the latter. */
function byDue(a: { due?: string }, b: { due?: string }): number {
  if (a.due === b.due) return 0;
  if (a.due === undefined) return 1;
  if (b.due === undefined) return -1;
  return a.due < b.due ? -1 : 1;
}

function lookbackState(s: CampaignSnapshot, facts: UnitFacts, focus: StageStatus, now: string): LookbackState | null {
  const prev = previousStage(s.template, focus.id);
  if (!focus.locked || !prev) return null;
  const items = lookbackStates(s, facts, prev.id, now);
  const days = s.template.thresholds.lookbackDays ? thresholdValue(s.template, s.thresholdOverrides, 'lookbackDays') : undefined;
  return { stageId: prev.id, title: prev.title, items, progress: countDone(items), acceptance: latestAcceptance(s, prev.id), days };
}

function acceptanceRequest(lb: LookbackState, s: CampaignSnapshot, now: string): NextAction | null {
  if (lb.items.some((i) => !i.done)) return null;
  const due = effectiveDue(scheduleFor(s, lb.stageId));
  const title = `提请督导组验收${lb.title}`;
  return {
    id: `acceptance:${lb.stageId}`,
    title,
    text: actionText(title, due, now),
    due,
    overdue: due < now,
    rule: 'R-STAGE-LOOKBACK',
    feature: STAGES_FEATURE,
  };
}

export const NEXT_COUNT = 3;

/** `facts`: each feature's small facts (./measure.ts), as the home page's live query read them. */
export function computeDashboard(s: CampaignSnapshot, facts: UnitFacts, now: string): Dashboard {
  const stages = s.template.stages.map((st) => stageStatus(s, st.id, now));
  const current = stages.find((st) => st.id === currentStageId(s, now))!;
  const focus = stages.find((st) => st.id === s.template.focusStageId)!;
  const focusStage = findStage(s.template, focus.id)!;
  const steps: DashboardStep[] = focusStage.steps.map((step) => {
    const items = step.items.map((item) => itemState(s, facts, focus.id, step.id, item, now));
    return { id: step.id, title: step.title, rules: step.rules, items, progress: countDone(items) };
  });
  const focusItems = steps.flatMap((st) => st.items);
  const lookback = lookbackState(s, facts, focus, now);
  const candidates = [...(lookback?.items ?? []), ...focusItems].filter((i) => !i.done);
  const next = [...candidates].sort(byDue).map((i) => toNext(i, now));
  const request = lookback ? acceptanceRequest(lookback, s, now) : null;
  if (request) {
    next.push(request);
    next.sort(byDue);
  }
  return {
    now,
    current,
    focus,
    stages,
    locked: stages.filter((st) => st.locked).map((st) => ({ id: st.id, title: st.title, reasons: st.reasons })),
    steps,
    progress: countDone(focusItems),
    next: next.slice(0, NEXT_COUNT),
    overdue: candidates.filter((i) => i.overdue).sort(byDue),
    mobilisation: mobilisationStatus(s, now),
    lookback,
  };
}
