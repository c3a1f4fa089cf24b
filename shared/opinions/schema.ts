/** The opinion register's records and tables (R-OPIN-*): opinions, last year's opinions, feedback. */
import { z } from 'zod';
import { defineTable } from '../data/table';
import { bounded, id, isoDate, lines, TEXT_LIMITS as L, timestamp } from '../data/fields';
import { FEEDBACK_WAYS, LAST_YEAR_STATUSES, OPINION_CATEGORIES, OPINION_CHANNELS, OPINION_SOURCES, OPINION_TARGETS } from './types';

export const opinionRecord = z
  .strictObject({
    id,
    unitId: id,
    text: lines(L.opinion).refine((v) => v.trim().length > 0, { message: '意见内容不能为空' }),
    channel: z.enum(OPINION_CHANNELS),
    source: z.enum(OPINION_SOURCES),
    target: z.enum(OPINION_TARGETS),
    /** The member the opinion is about, when target is `member`. */
    targetMemberId: id.optional(),
    category: z.enum(OPINION_CATEGORIES),
    date: isoDate,
    /** 匿名: nobody's name is kept. */
    anonymous: z.boolean(),
    /** Who gave it (not kept when anonymous). */
    giver: bounded(L.personName).optional(),
    /** Collected in stage 1 (学习动员) and carried over (R-OPIN-CONTINUE). */
    fromStage1: z.boolean(),
    createdAt: timestamp,
  })
  .refine((o) => (o.target === 'member') === (o.targetMemberId !== undefined), { message: '针对党员个人的意见要选定党员', path: ['targetMemberId'] })
  .refine((o) => !(o.anonymous && o.giver), { message: '匿名意见不记录提意见人', path: ['giver'] });

export const lastYearOpinionRecord = z.strictObject({
  id,
  unitId: id,
  text: lines(L.opinion).refine((v) => v.trim().length > 0, { message: '意见内容不能为空' }),
  status: z.enum(LAST_YEAR_STATUSES),
  note: lines(L.note).optional(),
  createdAt: timestamp,
});

export const feedbackRecord = z.strictObject({
  id,
  unitId: id,
  /** Who fed back (the unit head, a branch secretary). */
  fromId: id,
  /** To whom. */
  toId: id,
  date: isoDate,
  way: z.enum(FEEDBACK_WAYS),
  /** The talk it was given in, when `way` is `talk`. */
  talkId: id.optional(),
  note: lines(L.note).optional(),
  createdAt: timestamp,
});

export const opinionsTable = defineTable({
  name: 'opinions',
  owner: 'opinions',
  label: '意见',
  // [unitId+target+category+source+channel]: the checklist reads the coverage from its distinct keys alone.
  // 4: [unitId+date+createdAt], the ledger's oldest unanswered opinions without reading the register.
  stores: {
    3: 'id, unitId, [unitId+target], [unitId+targetMemberId], [unitId+date], [unitId+target+category+source+channel]',
    4: 'id, unitId, [unitId+target], [unitId+targetMemberId], [unitId+date], [unitId+target+category+source+channel], [unitId+date+createdAt]',
  },
  record: opinionRecord,
  key: 'id',
  refs: { targetMemberId: 'members' },
  auditEntity: 'opinion',
});

export const lastYearOpinionsTable = defineTable({
  name: 'lastYearOpinions',
  owner: 'opinions',
  label: '去年民主生活会意见',
  stores: { 3: 'id, unitId' },
  record: lastYearOpinionRecord,
  key: 'id',
  auditEntity: 'lastYearOpinion',
});

export const feedbacksTable = defineTable({
  name: 'feedbacks',
  owner: 'opinions',
  label: '意见反馈',
  stores: { 3: 'id, unitId, [unitId+toId], [unitId+fromId]' },
  record: feedbackRecord,
  key: 'id',
  refs: { fromId: 'members', toId: 'members', talkId: 'talks' },
  auditEntity: 'feedback',
});
