/**
 * Default campaign records for a new unit, from the template: one schedule per stage and
 * the 规定动作 of the focus stage's work plan (R-STAGE-SCHEDULE, R-STAGE-PLAN).
 */
import type { CampaignTemplate } from '@shared/campaign/template';
import type { PlanAction, PlanReview, StageSchedule } from '@shared/campaign/types';

const dateIn = (year: number, monthDay: string) => `${year}-${monthDay}`;

export function defaultSchedulesFor(template: CampaignTemplate, unitId: string, year: number): StageSchedule[] {
  return template.stages.map((s) => ({
    unitId,
    stageId: s.id,
    start: dateIn(year, s.defaultStart),
    due: dateIn(year, s.defaultDue),
  }));
}

export function mandatoryPlanActionsFor(
  template: CampaignTemplate,
  unitId: string,
  stageId: string,
  year: number,
  makeId: () => string,
): PlanAction[] {
  return template.planActions
    .filter((a) => a.stageId === stageId)
    .map((a, i) => ({
      id: makeId(),
      unitId,
      stageId,
      templateActionId: a.id,
      mandatory: true,
      title: a.title,
      description: a.description,
      due: dateIn(year, a.due),
      order: i,
    }));
}

export function draftPlanReview(unitId: string, stageId: string, at: string, by: string): PlanReview {
  return { unitId, stageId, state: 'draft', history: [{ state: 'draft', at, by }] };
}
