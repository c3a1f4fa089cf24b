/** The campaign's own records and tables: schedules, acceptances, ticks, the work plan, meetings, thresholds. */
import { z } from 'zod';
import { defineTable } from '../data/table';
import { bounded, finite, id, isoDate, lines, text, TEXT_LIMITS as L, timestamp } from '../data/fields';
import { MEETING_KINDS, PLAN_REVIEW_STATES } from './types';

export const scheduleRecord = z.strictObject({
  unitId: id,
  stageId: id,
  start: isoDate,
  due: isoDate,
  /** Extended due date (时间服从质量), with the reason. */
  extendedDue: isoDate.optional(),
  extensionReason: lines(L.reason).optional(),
});

export const acceptanceRecord = z.strictObject({
  id,
  unitId: id,
  stageId: id,
  /** 督导组 member who accepted. */
  supervisor: bounded(L.supervisor),
  date: isoDate,
  opinion: lines(L.opinion),
  /** 验收合格; a failed check is recorded too, and keeps the next stage locked. */
  passed: z.boolean(),
  recordedAt: timestamp,
});

export const tickRecord = z.strictObject({
  unitId: id,
  itemId: id,
  done: z.boolean(),
  by: bounded(L.actor),
  at: timestamp,
  note: lines(L.note).optional(),
});

export const planActionRecord = z.strictObject({
  id,
  unitId: id,
  stageId: id,
  /** Set for 规定动作 copied from the template: locked, cannot be removed. */
  templateActionId: id.optional(),
  mandatory: z.boolean(),
  title: bounded(L.planTitle),
  description: lines(L.planDescription),
  due: isoDate,
  order: finite,
});

const planReviewState = z.enum(PLAN_REVIEW_STATES);
export const planTextsSchema = z.strictObject({
  intro: text,
  guidingIdeology: text,
  goals: text,
  leadership: text,
  /** 领导小组: 组长, 副组长, 成员 … */
  leadingGroup: z.array(z.strictObject({ role: bounded(20), names: bounded(300) })).max(50),
  requirements: text,
});
const planReviewStep = z.strictObject({ state: planReviewState, at: timestamp, by: bounded(L.actor), note: lines(L.opinion).optional() });

export const planReviewRecord = z.strictObject({
  unitId: id,
  stageId: id,
  state: planReviewState,
  history: z.array(planReviewStep).max(1000),
  /** The plan's prose, written by the unit; absent until first saved (defaults are offered). */
  texts: planTextsSchema.optional(),
});

export const meetingRecord = z.strictObject({
  id,
  unitId: id,
  kind: z.enum(MEETING_KINDS),
  /** Branch for 专题组织生活会. */
  branchId: id.optional(),
  date: isoDate,
  place: bounded(L.meetingPlace),
  host: bounded(L.personName),
  /** Who gave the mobilisation speech (主要负责同志). */
  speaker: bounded(L.personName).optional(),
  /** 骨干培训 done at the meeting. */
  keyStaffTrained: z.boolean().optional(),
  /** 督导组 / 上级党组织 people present. */
  supervisorsPresent: z.array(bounded(L.personName)).max(50),
  notes: lines(L.meetingNotes).optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** A threshold value a unit changed (the template default applies otherwise). */
export const thresholdOverrideRecord = z.strictObject({ unitId: id, key: id, value: finite });

export const thresholdChangeRecord = z.strictObject({
  id,
  unitId: id,
  key: id,
  from: finite,
  to: finite,
  reason: lines(L.reason),
  by: bounded(L.actor),
  at: timestamp,
});

export const schedulesTable = defineTable({
  name: 'schedules',
  owner: 'stages',
  label: '阶段安排',
  stores: { 1: '[unitId+stageId], unitId' },
  record: scheduleRecord,
  key: ['stageId'],
  auditEntity: 'schedule',
});

export const acceptancesTable = defineTable({
  name: 'acceptances',
  owner: 'stages',
  label: '验收记录',
  stores: { 1: 'id, unitId, [unitId+stageId]' },
  record: acceptanceRecord,
  key: 'id',
  auditEntity: 'acceptance',
});

export const ticksTable = defineTable({
  name: 'ticks',
  owner: 'home',
  label: '清单项',
  stores: { 1: '[unitId+itemId], unitId' },
  record: tickRecord,
  key: ['itemId'],
  auditEntity: 'tick',
});

export const planActionsTable = defineTable({
  name: 'planActions',
  owner: 'plan',
  label: '工作方案事项',
  stores: { 1: 'id, unitId, [unitId+stageId]' },
  record: planActionRecord,
  key: 'id',
  auditEntity: 'planAction',
});

export const planReviewsTable = defineTable({
  name: 'planReviews',
  owner: 'plan',
  label: '工作方案审核阶段',
  stores: { 1: '[unitId+stageId], unitId' },
  record: planReviewRecord,
  key: ['stageId'],
  auditEntity: 'planReview',
});

export const meetingsTable = defineTable({
  name: 'meetings',
  owner: 'mobilise',
  label: '会议',
  stores: { 1: 'id, unitId, [unitId+kind]' },
  record: meetingRecord,
  key: 'id',
  refs: { branchId: 'branches' },
  auditEntity: 'meeting',
});

export const thresholdOverridesTable = defineTable({
  name: 'thresholdOverrides',
  owner: 'settings',
  label: '门限',
  stores: { 1: '[unitId+key], unitId' },
  record: thresholdOverrideRecord,
  key: ['key'],
  auditEntity: 'threshold',
});

export const thresholdChangesTable = defineTable({
  name: 'thresholdChanges',
  owner: 'settings',
  label: '门限调整记录',
  stores: { 1: 'id, unitId' },
  record: thresholdChangeRecord,
  key: 'id',
});
