/**
 * The 党性分析材料 of a unit (R-ANALYSIS-*): one material per member with its state, every
 * version of its text, every review step with its reasons, and the comments of its 公示.
 */
import { z } from 'zod';
import { defineTable } from '../data/table';
import { bounded, finite, id, isoDate, lines, text, TEXT_LIMITS as L, timestamp } from '../data/fields';
import { ANALYSIS_EVENTS, ANALYSIS_MODES, ANALYSIS_STATES, RECEIVED_WAYS, REWRITE_REASONS } from './types';

export const analysisRecord = z
  .strictObject({
    id,
    unitId: id,
    memberId: id,
    mode: z.enum(ANALYSIS_MODES),
    /** 记录人 (a member) when dictated. */
    recorderId: id.optional(),
    state: z.enum(ANALYSIS_STATES),
    /** The number of the newest version (1, 2, …). */
    version: z.number().int().min(1),
    /** 公示 period. */
    publicFrom: isoDate.optional(),
    publicTo: isoDate.optional(),
    /** An away member's material received in writing (R-EVAL-COVER). */
    receivedOn: isoDate.optional(),
    receivedWay: z.enum(RECEIVED_WAYS).optional(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .refine((a) => a.mode !== 'dictated' || a.recorderId === undefined || a.recorderId !== a.memberId, {
    message: '记录人不能是本人',
    path: ['recorderId'],
  })
  .refine((a) => (a.receivedOn === undefined) === (a.receivedWay === undefined), { message: '书面寄回要写明日期和方式', path: ['receivedWay'] });

export const analysisVersionRecord = z.strictObject({
  id,
  unitId: id,
  analysisId: id,
  version: z.number().int().min(1),
  /** 存在的主要问题 */
  problems: text,
  /** 产生问题的根源 */
  roots: text,
  /** 今后努力方向和整改措施 */
  measures: text,
  by: bounded(L.actor),
  savedAt: timestamp,
});

export const analysisStepRecord = z.strictObject({
  id,
  unitId: id,
  analysisId: id,
  event: z.enum(ANALYSIS_EVENTS),
  /** The version the step was about. */
  version: z.number().int().min(1),
  /** R-ANALYSIS-REWRITE reasons of a return. */
  reasons: z.array(z.enum(REWRITE_REASONS)).max(REWRITE_REASONS.length),
  note: lines(L.opinion).optional(),
  /** Who did it (the reviewer, the secretary). */
  by: bounded(L.actor),
  at: timestamp,
  order: finite,
});

export const analysisCommentRecord = z.strictObject({
  id,
  unitId: id,
  analysisId: id,
  /** Who commented (free text: members comment on each other's material). */
  from: bounded(L.personName),
  text: lines(L.opinion).refine((v) => v.trim().length > 0, { message: '意见内容不能为空' }),
  date: isoDate,
  createdAt: timestamp,
});

export const analysesTable = defineTable({
  name: 'analyses',
  owner: 'analysis',
  label: '党性分析材料',
  stores: { 3: 'id, unitId, &[unitId+memberId], [unitId+state]' },
  record: analysisRecord,
  key: 'id',
  refs: { memberId: 'members', recorderId: 'members' },
  auditEntity: 'analysis',
});

export const analysisVersionsTable = defineTable({
  name: 'analysisVersions',
  owner: 'analysis',
  label: '党性分析材料版本',
  stores: { 3: 'id, unitId, [analysisId+version]' },
  record: analysisVersionRecord,
  key: 'id',
  refs: { analysisId: 'analyses' },
});

export const analysisStepsTable = defineTable({
  name: 'analysisSteps',
  owner: 'analysis',
  label: '党性分析材料审阅记录',
  stores: { 3: 'id, unitId, analysisId' },
  record: analysisStepRecord,
  key: 'id',
  refs: { analysisId: 'analyses' },
});

export const analysisCommentsTable = defineTable({
  name: 'analysisComments',
  owner: 'analysis',
  label: '公示意见',
  stores: { 3: 'id, unitId, analysisId' },
  record: analysisCommentRecord,
  key: 'id',
  refs: { analysisId: 'analyses' },
});
