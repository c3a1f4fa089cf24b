/**
 * 阶段自查 (R-STAGE-SELFCHECK): one per unit and stage. Each point's assessment (pre-filled from
 * the measured figures, then edited), the figures as they stood, and the day the stage was
 * declared ready for the 督导组's acceptance.
 */
import { z } from 'zod';
import { defineTable } from '../data/table';
import { bounded, id, isoDate, lines, text, TEXT_LIMITS as L, timestamp } from '../data/fields';
import { SELF_CHECK_POINTS } from './points';

const pointTexts = z.strictObject(Object.fromEntries(SELF_CHECK_POINTS.map((p) => [p, text])) as Record<(typeof SELF_CHECK_POINTS)[number], typeof text>);

export const selfCheckRecord = z
  .strictObject({
    id,
    unitId: id,
    stageId: id,
    recipients: bounded(L.orgName).optional(),
    intro: text,
    assessments: pointTexts,
    /** The figures as measured when last saved: `figurePoints[i]` · `figureLabels[i]` = `figureValues[i]`. */
    figurePoints: z.array(z.enum(SELF_CHECK_POINTS)).max(100),
    figureLabels: z.array(bounded(L.reason)).max(100),
    figureValues: z.array(bounded(L.reason)).max(100),
    shortcomings: text.optional(),
    nextSteps: text.optional(),
    date: isoDate,
    /** The day the 自查报告 was exported from this very content (a later change clears it). */
    reportOn: isoDate.optional(),
    /** Declared ready for the 督导组's acceptance on this day (after the report; a change clears it). */
    readyOn: isoDate.optional(),
    note: lines(L.note).optional(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .refine((s) => s.figurePoints.length === s.figureLabels.length && s.figureLabels.length === s.figureValues.length, { message: '自查数据不完整', path: ['figureValues'] })
  .refine((s) => s.readyOn === undefined || s.reportOn !== undefined, { message: '提请验收前要先导出自查报告', path: ['readyOn'] })
  .refine((s) => s.readyOn === undefined || SELF_CHECK_POINTS.every((p) => s.assessments[p].trim().length > 0), {
    message: '六个方面的自查情况都填写后才能提请验收',
    path: ['readyOn'],
  });

export const selfChecksTable = defineTable({
  name: 'selfChecks',
  owner: 'selfcheck',
  label: '阶段自查',
  stores: { 4: 'id, unitId, [unitId+stageId]' },
  record: selfCheckRecord,
  key: 'id',
  auditEntity: 'selfCheck',
});
