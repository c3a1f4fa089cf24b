/**
 * 满意度测评 (R-SURVEY-70): one record per round. A round's tally per subject counts the valid
 * ballots per answer of the unit's scale, and the invalid ones. Below the floor (70 %, a unit may
 * raise it) the step reopens as 补课 and a new round is required; every round is kept.
 */
import { z } from 'zod';
import { defineTable } from '../data/table';
import { id, isoDate, lines, TEXT_LIMITS as L, timestamp } from '../data/fields';
import { SURVEY_SCALE_OPTIONS, SURVEY_SCALES, SURVEY_STATUSES, SURVEY_SUBJECTS } from './types';

const count = z.number().int().min(0).max(100_000);

export const surveyTallyRecord = z.strictObject({
  subject: z.enum(SURVEY_SUBJECTS),
  /** Valid ballots per answer, in the scale's order (3 or 4 numbers). */
  counts: z.array(count).min(3).max(4),
  invalid: count,
});

export const surveyRoundRecord = z
  .strictObject({
    id,
    unitId: id,
    /** 1 for the first survey; 2, 3 … for each 补课 round. */
    round: z.number().int().min(1).max(20),
    scale: z.enum(SURVEY_SCALES),
    date: isoDate,
    /** 发出 / 收回 ballots. */
    issued: count,
    returned: count,
    tallies: z.array(surveyTallyRecord).min(1).max(SURVEY_SUBJECTS.length),
    status: z.enum(SURVEY_STATUSES),
    /** The floor in force when it closed, and the rate it reached (kept as history). */
    floor: z.number().min(0.7).max(1).optional(),
    rate: z.number().min(0).max(1).optional(),
    closedOn: isoDate.optional(),
    /** What the 补课 did before this round (for rounds after the first). */
    remedy: lines(L.planDescription).optional(),
    note: lines(L.note).optional(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .refine((r) => r.tallies.every((t) => t.counts.length === SURVEY_SCALE_OPTIONS[r.scale].length), { message: '测评结果的档次数和测评等级不一致', path: ['tallies'] })
  .refine((r) => new Set(r.tallies.map((t) => t.subject)).size === r.tallies.length, { message: '测评项目重复', path: ['tallies'] })
  .refine((r) => r.returned <= r.issued, { message: '收回的测评表不能多于发出的', path: ['returned'] })
  .refine((r) => r.tallies.every((t) => t.counts.reduce((a, b) => a + b, 0) + t.invalid <= r.returned), { message: '某一项的票数多于收回的测评表', path: ['tallies'] })
  .refine((r) => (r.status === 'closed') === (r.closedOn !== undefined && r.rate !== undefined && r.floor !== undefined), { message: '完成的测评要有完成日期、满意率和当时的标准', path: ['closedOn'] });

export const surveyRoundsTable = defineTable({
  name: 'surveyRounds',
  owner: 'survey',
  label: '满意度测评',
  stores: { 4: 'id, unitId, [unitId+round]' },
  record: surveyRoundRecord,
  key: 'id',
  auditEntity: 'surveyRound',
});
