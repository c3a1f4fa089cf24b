/**
 * A unit's own campaign records: its schedule, acceptances (验收), look-back (回头看) and
 * checklist ticks, its stage work plan (工作方案) and threshold changes. Dates are ISO
 * `YYYY-MM-DD`; timestamps are ISO date-times.
 */

/** Per-unit schedule of one stage (R-STAGE-SCHEDULE). */
export interface StageSchedule {
  unitId: string;
  stageId: string;
  start: string;
  due: string;
  /** Extended due date (时间服从质量), with the reason. */
  extendedDue?: string;
  extensionReason?: string;
}

/** 督导组 acceptance (验收) of a stage (R-STAGE-LOOKBACK, R-STAGE-ACCEPT). */
export interface Acceptance {
  id: string;
  unitId: string;
  stageId: string;
  /** 督导组 member who accepted. */
  supervisor: string;
  date: string;
  opinion: string;
  /** 验收合格; a failed check is recorded too, and keeps the next stage locked. */
  passed: boolean;
  recordedAt: string;
}

/** A checklist item ticked by hand (items without a computed measure). */
export interface ChecklistTick {
  unitId: string;
  itemId: string;
  done: boolean;
  by: string;
  at: string;
  note?: string;
}

/** One action of a unit's stage work plan (R-STAGE-PLAN). */
export interface PlanAction {
  id: string;
  unitId: string;
  stageId: string;
  /** Set for 规定动作 copied from the template: locked, cannot be removed. */
  templateActionId?: string;
  mandatory: boolean;
  title: string;
  description: string;
  due: string;
  order: number;
}

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

export interface PlanReview {
  unitId: string;
  stageId: string;
  state: PlanReviewState;
  history: { state: PlanReviewState; at: string; by: string; note?: string }[];
  /** The plan's prose, written by the unit; absent until first saved (defaults are offered). */
  texts?: PlanTexts;
}

/** The prose parts of the 工作方案: 指导思想, 目标任务, 组织领导 and 工作要求. */
export interface PlanTexts {
  intro: string;
  guidingIdeology: string;
  goals: string;
  leadership: string;
  /** 领导小组: 组长, 副组长, 成员 … */
  leadingGroup: { role: string; names: string }[];
  requirements: string;
}

export const MEETING_KINDS = ['mobilise', 'democraticLife', 'orgLife'] as const;
/** 转段动员会 / 专题民主生活会 / 专题组织生活会 */
export type MeetingKind = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABEL: Record<MeetingKind, string> = {
  mobilise: '转段动员会',
  democraticLife: '专题民主生活会',
  orgLife: '专题组织生活会',
};

/** A meeting record; issue-2 uses only the mobilisation meeting (R-STAGE-MOBILISE). */
export interface Meeting {
  id: string;
  unitId: string;
  kind: MeetingKind;
  /** Branch for 专题组织生活会. */
  branchId?: string;
  date: string;
  place: string;
  host: string;
  /** Who gave the mobilisation speech (主要负责同志). */
  speaker?: string;
  /** 骨干培训 done at the meeting. */
  keyStaffTrained?: boolean;
  /** 督导组 / 上级党组织 people present. */
  supervisorsPresent: string[];
  notes?: string;
  createdAt: string;
  updatedAt: string;
}

/** A change of a city-set threshold, kept for the record. */
export interface ThresholdChange {
  id: string;
  unitId: string;
  key: string;
  from: number;
  to: number;
  reason: string;
  by: string;
  at: string;
}
