/**
 * A unit's own campaign records: its schedule, acceptances (验收), look-back (回头看) and
 * checklist ticks, its stage work plan (工作方案) and threshold changes. Dates are ISO
 * `YYYY-MM-DD`; timestamps are ISO date-times. The record types derive from ./schema.ts.
 */
import type { z } from 'zod';
import type {
  acceptanceRecord,
  meetingRecord,
  planActionRecord,
  planReviewRecord,
  planTextsSchema,
  scheduleRecord,
  thresholdChangeRecord,
  thresholdOverrideRecord,
  tickRecord,
} from './schema';

/** Per-unit schedule of one stage (R-STAGE-SCHEDULE). */
export type StageSchedule = z.infer<typeof scheduleRecord>;
/** 督导组 acceptance (验收) of a stage (R-STAGE-LOOKBACK, R-STAGE-ACCEPT). */
export type Acceptance = z.infer<typeof acceptanceRecord>;
/** A checklist item ticked by hand (items without a computed measure). */
export type ChecklistTick = z.infer<typeof tickRecord>;
/** One action of a unit's stage work plan (R-STAGE-PLAN). */
export type PlanAction = z.infer<typeof planActionRecord>;
export type PlanReview = z.infer<typeof planReviewRecord>;
/** The prose parts of the 工作方案: 指导思想, 目标任务, 组织领导 and 工作要求. */
export type PlanTexts = z.infer<typeof planTextsSchema>;
/** A meeting record (转段动员会 so far, R-STAGE-MOBILISE). */
export type Meeting = z.infer<typeof meetingRecord>;
/** 门限覆盖: a threshold value a unit changed. */
export type ThresholdOverride = z.infer<typeof thresholdOverrideRecord>;
/** A change of a city-set threshold, kept for the record. */
export type ThresholdChange = z.infer<typeof thresholdChangeRecord>;

export const PLAN_REVIEW_STATES = ['draft', 'submitted', 'returned', 'approved'] as const;
/** 草稿 → 已报督导组 → 退回修改 ↺ / 督导组把关通过 */
export type PlanReviewState = (typeof PLAN_REVIEW_STATES)[number];
export const PLAN_REVIEW_LABEL: Record<PlanReviewState, string> = {
  draft: '草稿',
  submitted: '已报督导组审核',
  returned: '退回修改',
  approved: '督导组把关通过',
};
export type PlanReviewEvent = 'submit' | 'return' | 'approve' | 'edit';

export const MEETING_KINDS = ['mobilise', 'democraticLife', 'orgLife'] as const;
/** 转段动员会 / 专题民主生活会 / 专题组织生活会 */
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABEL: Record<MeetingKind, string> = {
  mobilise: '转段动员会',
  democraticLife: '专题民主生活会',
  orgLife: '专题组织生活会',
};

