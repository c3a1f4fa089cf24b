/**
 * Small lookups shared by the campaign rules: a unit's schedule of a stage (falling back to the
 * template default), the late-transition shift of a stage, item due dates, latest records.
 */
import { addDays, diffDays, templateDate } from '../util/dates';
import type { CampaignSnapshot } from './snapshot';
import type { CampaignTemplate, StageTemplate } from './template';
import type { Acceptance, ChecklistTick, StageSchedule } from './types';

export function findStage(t: CampaignTemplate, stageId: string): StageTemplate | undefined {
  return t.stages.find((st) => st.id === stageId);
}

export function stageIndex(t: CampaignTemplate, stageId: string): number {
  return t.stages.findIndex((st) => st.id === stageId);
}

/** The stage before `stageId`, whose acceptance opens it. */
export function previousStage(t: CampaignTemplate, stageId: string): StageTemplate | undefined {
  const i = stageIndex(t, stageId);
  return i > 0 ? t.stages[i - 1] : undefined;
}

export function defaultSchedule(stage: StageTemplate, unitId: string, year: number): StageSchedule {
  return {
    unitId,
    stageId: stage.id,
    start: templateDate(year, stage.defaultStart),
    due: templateDate(year, stage.defaultDue),
  };
}

/** The unit's schedule of a stage; the template default when none is stored yet. */
export function scheduleFor(s: CampaignSnapshot, stageId: string): StageSchedule {
  const own = s.schedules.find((x) => x.stageId === stageId && x.unitId === s.unit.id);
  if (own) return own;
  const stage = findStage(s.template, stageId);
  if (!stage) throw new RangeError(`Unknown stage: ${stageId}`);
  return defaultSchedule(stage, s.unit.id, s.unit.year);
}

/**
 * Days the unit's stage start lies after the template default (R-STAGE-SCHEDULE: units that
 * transitioned late shift their dates). Never negative: an earlier start moves no deadline.
 */
export function stageShift(s: CampaignSnapshot, stageId: string): number {
  const stage = findStage(s.template, stageId);
  if (!stage) return 0;
  const own = scheduleFor(s, stageId);
  return Math.max(0, diffDays(own.start, templateDate(s.unit.year, stage.defaultStart)));
}

/** A template `MM-DD` of a stage as the unit's own date, shifted with the stage. */
export function stageDate(s: CampaignSnapshot, stageId: string, monthDay: string): string {
  return addDays(templateDate(s.unit.year, monthDay), stageShift(s, stageId));
}

function byDateThenRecorded(a: Acceptance, b: Acceptance): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0;
}

/** The latest acceptance of a stage decides (a later pass overrides an earlier failure). */
export function latestAcceptance(s: CampaignSnapshot, stageId: string): Acceptance | undefined {
  const list = s.acceptances.filter((a) => a.stageId === stageId && a.unitId === s.unit.id);
  return list.sort(byDateThenRecorded).at(-1);
}

export function latestTick(s: CampaignSnapshot, itemId: string): ChecklistTick | undefined {
  const list = s.ticks.filter((t) => t.itemId === itemId && t.unitId === s.unit.id);
  return list.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).at(-1);
}
