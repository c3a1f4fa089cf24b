import type { Unit } from '../units/types';
import type { CampaignTemplate } from './template';
import type { Acceptance, ChecklistTick, Meeting, PlanAction, PlanReview, StageSchedule } from './types';

/**
 * The campaign's own state for one unit: its few stage, plan and meeting records (tens, whatever
 * the size of the unit), read by one live query over the `unitId` indexes of those tables.
 * Rules are pure functions of it and `now` (an ISO date `YYYY-MM-DD`). What other features know
 * (the roster, opinions, talks …) reaches the checklist as their small facts (./measure.ts).
 */
export interface CampaignSnapshot {
  unit: Unit;
  template: CampaignTemplate;
  schedules: StageSchedule[];
  acceptances: Acceptance[];
  ticks: ChecklistTick[];
  planActions: PlanAction[];
  planReviews: PlanReview[];
  meetings: Meeting[];
  /** Threshold values the unit changed, by template threshold key. */
  thresholdOverrides: Record<string, number>;
}
