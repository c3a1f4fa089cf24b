import type { Branch, Member } from '../members/types';
import type { Unit } from '../units/types';
import type { CampaignTemplate } from './template';
import type {
  Acceptance,
  ChecklistTick,
  Meeting,
  PlanAction,
  PlanReview,
  StageSchedule,
  ThresholdChange,
} from './types';

/**
 * Everything the rules need about one unit, read in one go from the database.
 * Rules are pure functions of a snapshot and `now` (an ISO date `YYYY-MM-DD`).
 */
export interface CampaignSnapshot {
  unit: Unit;
  template: CampaignTemplate;
  branches: Branch[];
  members: Member[];
  schedules: StageSchedule[];
  acceptances: Acceptance[];
  ticks: ChecklistTick[];
  planActions: PlanAction[];
  planReviews: PlanReview[];
  meetings: Meeting[];
  /** Threshold values the unit changed, by template threshold key. */
  thresholdOverrides: Record<string, number>;
  thresholdChanges: ThresholdChange[];
}
