/**
 * R-STAGE-SCHEDULE: each unit has its own stage dates, defaulting to the template; time yields
 * to quality (a due date may be extended with a reason); a late transition shifts later dates.
 */
import { addDays, diffDays, formatChineseDate, isValidIsoDate } from '../util/dates';
import { gate, type Gate, type Reason } from '../util/result';
import { defaultSchedule, stageIndex } from './lookup';
import type { CampaignTemplate } from './template';
import type { StageSchedule } from './types';

const RULE = 'R-STAGE-SCHEDULE';

export function defaultSchedules(template: CampaignTemplate, unitId: string, year: number): StageSchedule[] {
  return template.stages.map((st) => defaultSchedule(st, unitId, year));
}

/** The due date in force: the extension when there is one. */
export function effectiveDue(s: StageSchedule): string {
  return s.extendedDue ?? s.due;
}

export interface StageTiming {
  /** Days until the effective due date; negative once past. */
  daysLeft: number;
  overdue: boolean;
  extended: boolean;
}

export function stageTiming(schedule: StageSchedule, now: string): StageTiming {
  const due = effectiveDue(schedule);
  return { daysLeft: diffDays(due, now), overdue: now > due, extended: schedule.extendedDue !== undefined };
}

export function validateExtension(schedule: StageSchedule, newDue: string, reason: string): Gate {
  const reasons: Reason[] = [];
  const current = effectiveDue(schedule);
  if (!isValidIsoDate(newDue)) reasons.push({ rule: RULE, message: '请填写正确的延长后截止日期' });
  else if (newDue <= current) {
    reasons.push({ rule: RULE, message: `延长后的截止日期应晚于现在的截止日期（${formatChineseDate(current)}）` });
  }
  if (!reason?.trim()) reasons.push({ rule: RULE, message: '延长时间须写明理由（时间服从任务和质量）' });
  return gate(reasons);
}

/** The schedule with its due date extended (call after validateExtension). */
export function extendSchedule(schedule: StageSchedule, newDue: string, reason: string): StageSchedule {
  return { ...schedule, extendedDue: newDue, extensionReason: reason.trim() };
}

function shift(x: StageSchedule, days: number): StageSchedule {
  return {
    ...x,
    start: addDays(x.start, days),
    due: addDays(x.due, days),
    ...(x.extendedDue ? { extendedDue: addDays(x.extendedDue, days) } : {}),
  };
}

/**
 * A unit that entered `stageId` late (on `actualStart`) shifts that stage and every later one
 * by the delay, keeping their durations. An earlier start changes nothing.
 */
export function shiftForLateTransition(
  schedules: StageSchedule[],
  stageId: string,
  actualStart: string,
): StageSchedule[] {
  const target = schedules.find((x) => x.stageId === stageId);
  if (!target) return schedules;
  const delay = diffDays(actualStart, target.start);
  if (delay <= 0) return schedules;
  return schedules.map((x) => (x === target || x.start > target.start ? shift(x, delay) : x));
}

/**
 * An edited schedule of one stage: real dates, start not after due, and stages kept in order —
 * not starting before the previous stage starts, not ending after the next one ends.
 */
export function validateScheduleEdit(
  template: CampaignTemplate,
  schedules: StageSchedule[],
  edited: StageSchedule,
): Gate {
  const reasons: Reason[] = [];
  const r = (message: string) => reasons.push({ rule: RULE, message });
  const idx = stageIndex(template, edited.stageId);
  if (idx < 0) return gate([{ rule: RULE, message: `模板中没有阶段 ${edited.stageId}` }]);
  const title = template.stages[idx].title;
  if (!isValidIsoDate(edited.start)) r(`请填写正确的${title}开始日期`);
  if (!isValidIsoDate(edited.due)) r(`请填写正确的${title}截止日期`);
  if (edited.extendedDue !== undefined && !isValidIsoDate(edited.extendedDue)) r(`请填写正确的${title}延长日期`);
  if (reasons.length > 0) return gate(reasons);
  if (edited.start > edited.due) r(`${title}的开始日期不能晚于截止日期`);
  if (edited.extendedDue !== undefined && edited.extendedDue <= edited.due) r(`${title}的延长日期应晚于原截止日期`);
  if (edited.extendedDue !== undefined && !edited.extensionReason?.trim()) r(`${title}延长时间须写明理由`);
  const other = (i: number) => schedules.find((x) => x.stageId === template.stages[i]?.id);
  const prev = other(idx - 1);
  if (prev && edited.start < prev.start) {
    r(`${title}的开始日期不能早于${template.stages[idx - 1].title}的开始日期（${formatChineseDate(prev.start)}）`);
  }
  const next = other(idx + 1);
  if (next && effectiveDue(edited) > effectiveDue(next)) {
    r(`${title}的截止日期不能晚于${template.stages[idx + 1].title}的截止日期（${formatChineseDate(effectiveDue(next))}）`);
  }
  return gate(reasons);
}
