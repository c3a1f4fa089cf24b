/**
 * zod schemas of the records a unit backup carries, one per stored record type. Strict: a key
 * the type does not know is an error, so a file from a newer program is refused rather than
 * silently cut down. The type checks at the end fail the build when a record type in
 * shared/**\/types.ts gains or loses a field that the schema does not: change both, and bump
 * the backup formatVersion (format.ts) with a migration step.
 */
import { z } from 'zod';
import { AUDIT_ENTITIES, type AuditEntry } from '../audit/types';
import {
  MEETING_KINDS,
  PLAN_REVIEW_STATES,
  type Acceptance,
  type ChecklistTick,
  type Meeting,
  type PlanAction,
  type PlanReview,
  type StageSchedule,
  type ThresholdChange,
} from '../campaign/types';
import { EMPLOYMENTS, GENDERS, PERSON_KINDS, ROLES, type Branch, type Member } from '../members/types';
import type { Unit } from '../units/types';

const id = z.string().min(1);
const text = z.string();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, { message: '日期应写作 YYYY-MM-DD' });
const yearMonth = z.string().regex(/^\d{4}-\d{2}$/u, { message: '年月应写作 YYYY-MM' });
const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T/u, { message: '时间应写作 ISO 格式，如 2005-09-01T08:00:00.000Z' });

export const unitSchema = z.strictObject({
  id,
  name: z.string().min(1),
  orgName: text,
  parentOrg: text,
  year: z.number().int(),
  contact: text,
  phone: text.optional(),
  templateId: id,
  isDemo: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const branchSchema = z.strictObject({ id, unitId: id, name: z.string().min(1), order: z.number() });

export const memberSchema = z.strictObject({
  id,
  unitId: id,
  kind: z.enum(PERSON_KINDS),
  name: z.string().min(1),
  gender: z.enum(GENDERS).optional(),
  birth: yearMonth.optional(),
  joinedParty: yearMonth.optional(),
  branchId: id.optional(),
  post: text.optional(),
  roles: z.array(z.enum(ROLES)),
  oversees: z.array(id),
  employment: z.enum(EMPLOYMENTS),
  frail: z.boolean(),
  cannotWrite: z.boolean(),
  away: z.strictObject({ place: text, contact: text }).nullable(),
  phone: text.optional(),
  note: text.optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const scheduleSchema = z.strictObject({
  unitId: id,
  stageId: id,
  start: isoDate,
  due: isoDate,
  extendedDue: isoDate.optional(),
  extensionReason: text.optional(),
});

export const acceptanceSchema = z.strictObject({
  id,
  unitId: id,
  stageId: id,
  supervisor: text,
  date: isoDate,
  opinion: text,
  passed: z.boolean(),
  recordedAt: timestamp,
});

export const tickSchema = z.strictObject({
  unitId: id,
  itemId: id,
  done: z.boolean(),
  by: text,
  at: timestamp,
  note: text.optional(),
});

export const planActionSchema = z.strictObject({
  id,
  unitId: id,
  stageId: id,
  templateActionId: id.optional(),
  mandatory: z.boolean(),
  title: text,
  description: text,
  due: isoDate,
  order: z.number(),
});

const planReviewState = z.enum(PLAN_REVIEW_STATES);
const planTextsSchema = z.strictObject({
  intro: text,
  guidingIdeology: text,
  goals: text,
  leadership: text,
  leadingGroup: z.array(z.strictObject({ role: text, names: text })),
  requirements: text,
});
const planReviewStepSchema = z.strictObject({ state: planReviewState, at: timestamp, by: text, note: text.optional() });

export const planReviewSchema = z.strictObject({
  unitId: id,
  stageId: id,
  state: planReviewState,
  history: z.array(planReviewStepSchema),
  texts: planTextsSchema.optional(),
});

export const meetingSchema = z.strictObject({
  id,
  unitId: id,
  kind: z.enum(MEETING_KINDS),
  branchId: id.optional(),
  date: isoDate,
  place: text,
  host: text,
  speaker: text.optional(),
  keyStaffTrained: z.boolean().optional(),
  supervisorsPresent: z.array(text),
  notes: text.optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const thresholdOverrideSchema = z.strictObject({ unitId: id, key: id, value: z.number() });

export const thresholdChangeSchema = z.strictObject({
  id,
  unitId: id,
  key: id,
  from: z.number(),
  to: z.number(),
  reason: text,
  by: text,
  at: timestamp,
});

/** An audit entry without `seq`: storage order is the order of the list. */
export const auditEntrySchema = z.strictObject({
  id,
  unitId: id,
  at: timestamp,
  actor: text,
  action: z.string().min(1),
  entity: z.enum(AUDIT_ENTITIES),
  entityId: text.optional(),
  summary: text,
});

export const unitRecordsSchema = z.strictObject({
  branches: z.array(branchSchema),
  members: z.array(memberSchema),
  schedules: z.array(scheduleSchema),
  acceptances: z.array(acceptanceSchema),
  ticks: z.array(tickSchema),
  planActions: z.array(planActionSchema),
  planReviews: z.array(planReviewSchema),
  meetings: z.array(meetingSchema),
  thresholdOverrides: z.array(thresholdOverrideSchema),
  thresholdChanges: z.array(thresholdChangeSchema),
  audit: z.array(auditEntrySchema),
});

/** 门限覆盖: mirrors renderer/db/db.ts `ThresholdOverride`, which shared/ cannot import. */
export type ThresholdOverrideRecord = z.infer<typeof thresholdOverrideSchema>;

/** All records of one unit, by table (the tables of renderer/db/db.ts UNIT_TABLES). */
export interface UnitRecords {
  branches: Branch[];
  members: Member[];
  schedules: StageSchedule[];
  acceptances: Acceptance[];
  ticks: ChecklistTick[];
  planActions: PlanAction[];
  planReviews: PlanReview[];
  meetings: Meeting[];
  thresholdOverrides: ThresholdOverrideRecord[];
  thresholdChanges: ThresholdChange[];
  audit: Omit<AuditEntry, 'seq'>[];
}

// Build-time guard: same keys and mutually assignable, so no field is dropped or invented.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Mirrors<S extends z.ZodType, T> = Same<keyof z.infer<S>, keyof T> extends true ? Same<z.infer<S>, T> : false;
type Assert<T extends true> = T;
export type SchemaMirrorsTypes = [
  Assert<Mirrors<typeof unitSchema, Unit>>,
  Assert<Mirrors<typeof branchSchema, Branch>>,
  Assert<Mirrors<typeof memberSchema, Member>>,
  Assert<Mirrors<typeof scheduleSchema, StageSchedule>>,
  Assert<Mirrors<typeof acceptanceSchema, Acceptance>>,
  Assert<Mirrors<typeof tickSchema, ChecklistTick>>,
  Assert<Mirrors<typeof planActionSchema, PlanAction>>,
  Assert<Mirrors<typeof planReviewSchema, PlanReview>>,
  Assert<Mirrors<typeof planTextsSchema, NonNullable<PlanReview['texts']>>>,
  Assert<Mirrors<typeof planReviewStepSchema, PlanReview['history'][number]>>,
  Assert<Mirrors<typeof meetingSchema, Meeting>>,
  Assert<Mirrors<typeof thresholdChangeSchema, ThresholdChange>>,
  Assert<Mirrors<typeof auditEntrySchema, Omit<AuditEntry, 'seq'>>>,
  Assert<Same<keyof z.infer<typeof unitRecordsSchema>, keyof UnitRecords>>,
];
