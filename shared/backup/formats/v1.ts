/**
 * Backup format 1, FROZEN: the records of a unit backup as the program wrote them at format 1
 * (schema version 1 of the database). Never import live schemas or enums here: a change to a
 * live record must not change what format 1 accepts. Read by shared/backup/format.ts, which
 * then migrates a format-1 file to the current format (./v1ToV2.ts).
 */
import { z } from 'zod';

const PERSON_KINDS = ['party', 'masses', 'client', 'npcDeputy', 'cppccMember'] as const;
const GENDERS = ['男', '女'] as const;
const ROLES = ['unitHead', 'teamMember', 'branchSecretary', 'leaderCadre'] as const;
const EMPLOYMENTS = ['working', 'retired'] as const;
const PLAN_REVIEW_STATES = ['draft', 'submitted', 'returned', 'approved'] as const;
const MEETING_KINDS = ['mobilise', 'democraticLife', 'orgLife'] as const;
const AUDIT_ENTITIES = [
  'unit',
  'branch',
  'member',
  'schedule',
  'acceptance',
  'tick',
  'planAction',
  'planReview',
  'meeting',
  'threshold',
] as const;

const id = z.string().min(1);
const text = z.string();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, { message: '日期应写作 YYYY-MM-DD' });
const yearMonth = z.string().regex(/^\d{4}-\d{2}$/u, { message: '年月应写作 YYYY-MM' });
const timestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T/u, { message: '时间应写作 ISO 格式，如 2005-09-01T08:00:00.000Z' });

const unitSchema = z.strictObject({
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

const branchSchema = z.strictObject({ id, unitId: id, name: z.string().min(1), order: z.number() });

const memberSchema = z.strictObject({
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

const scheduleSchema = z.strictObject({
  unitId: id,
  stageId: id,
  start: isoDate,
  due: isoDate,
  extendedDue: isoDate.optional(),
  extensionReason: text.optional(),
});

const acceptanceSchema = z.strictObject({
  id,
  unitId: id,
  stageId: id,
  supervisor: text,
  date: isoDate,
  opinion: text,
  passed: z.boolean(),
  recordedAt: timestamp,
});

const tickSchema = z.strictObject({
  unitId: id,
  itemId: id,
  done: z.boolean(),
  by: text,
  at: timestamp,
  note: text.optional(),
});

const planActionSchema = z.strictObject({
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

const planReviewSchema = z.strictObject({
  unitId: id,
  stageId: id,
  state: planReviewState,
  history: z.array(planReviewStepSchema),
  texts: planTextsSchema.optional(),
});

const meetingSchema = z.strictObject({
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

const thresholdOverrideSchema = z.strictObject({ unitId: id, key: id, value: z.number() });

const thresholdChangeSchema = z.strictObject({
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
const auditEntrySchema = z.strictObject({
  id,
  unitId: id,
  at: timestamp,
  actor: text,
  action: z.string().min(1),
  entity: z.enum(AUDIT_ENTITIES),
  entityId: text.optional(),
  summary: text,
});

const recordsV1 = z.strictObject({
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


export const unitBackupV1Schema = z.strictObject({
  type: z.literal('pingyitong.unitBackup'),
  formatVersion: z.literal(1),
  appVersion: z.string(),
  exportedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T/u, { message: '时间应写作 ISO 格式' }),
  unit: unitSchema,
  records: recordsV1,
});

export type UnitBackupV1 = z.infer<typeof unitBackupV1Schema>;
