/**
 * The state of one checklist item: computed from the data when the template names a measure,
 * otherwise the latest hand tick (ChecklistTick).
 */
import { formatChineseDate } from '../util/dates';
import { findStage, latestTick, scheduleFor, stageDate } from './lookup';
import { effectiveDue } from './schedule';
import { MEASURES, type UnitFacts } from './measures';
import type { CampaignSnapshot } from './snapshot';
import type { ChecklistItemTemplate } from './template';

export interface ItemStatus {
  done: boolean;
  /** True when a measure decided, false when a hand tick (or its absence) did. */
  computed: boolean;
  detail: string;
  progress?: { done: number; total: number };
  /** The feature whose page handles the item (from its measure, or the stage's 回头看 list). */
  feature?: string;
}

export interface ChecklistItemState extends ItemStatus {
  id: string;
  stageId: string;
  /** Step id; `lookback` for the 回头看 list of a stage. */
  stepId: string;
  title: string;
  rule?: string;
  mandatory: boolean;
  hint?: string;
  /** The unit's own due date (template date shifted with a late stage start). */
  due?: string;
  overdue: boolean;
}

export function itemStatus(s: CampaignSnapshot, facts: UnitFacts, item: ChecklistItemTemplate, now: string): ItemStatus {
  const measure = item.measure ? MEASURES[item.measure] : undefined;
  if (measure) {
    const r = measure.compute(s, facts, now);
    return { done: r.done, computed: true, detail: r.detail, progress: r.progress, feature: measure.feature };
  }
  const tick = latestTick(s, item.id);
  if (!tick || !tick.done) return { done: false, computed: false, detail: tick ? `${tick.by} 取消了勾选` : '未完成' };
  const when = formatChineseDate(tick.at.slice(0, 10));
  return { done: true, computed: false, detail: `${tick.by} 于${when}确认完成${tick.note ? `：${tick.note}` : ''}` };
}

/**
 * The unit's due date of an item: the template date moved with a late stage start; an item due on
 * the stage's last day (自查, 验收) moves with the stage's own end, extension included.
 */
export function itemDue(s: CampaignSnapshot, stageId: string, item: ChecklistItemTemplate): string | undefined {
  if (!item.due) return undefined;
  if (item.due === findStage(s.template, stageId)?.defaultDue) return effectiveDue(scheduleFor(s, stageId));
  return stageDate(s, stageId, item.due);
}

export function itemState(
  s: CampaignSnapshot,
  facts: UnitFacts,
  stageId: string,
  stepId: string,
  item: ChecklistItemTemplate,
  now: string,
): ChecklistItemState {
  const st = itemStatus(s, facts, item, now);
  const due = itemDue(s, stageId, item);
  return {
    ...st,
    id: item.id,
    stageId,
    stepId,
    title: item.title,
    rule: item.rule,
    mandatory: item.mandatory,
    hint: item.hint,
    due,
    overdue: !st.done && due !== undefined && due < now,
  };
}

/** The 回头看 list of a stage with each item's state; the stages page handles them all. */
export function lookbackStates(s: CampaignSnapshot, facts: UnitFacts, stageId: string, now: string): ChecklistItemState[] {
  const stage = s.template.stages.find((x) => x.id === stageId);
  return (stage?.lookback ?? []).map((item) => ({ feature: STAGES_FEATURE, ...itemState(s, facts, stageId, 'lookback', item, now) }));
}

/** The feature of the stage schedule, 回头看 and acceptances. */
export const STAGES_FEATURE = 'stages';
