/** 贯穿始终: the 边议边改 ledger (R-FIX-NOW) and the study log (R-STUDY). */
import { z } from 'zod';
import { bounded, finite, id, isoDate, lines, required, TEXT_LIMITS as L, timestamp } from '../data/fields';
import { defineTable } from '../data/table';
import { FIX_STATUSES, STUDY_TOPICS } from './types';

export const fixItemRecord = z
  .strictObject({
    id,
    unitId: id,
    /** The opinions it answers (what the masses raised); empty for an item entered freely. */
    opinionIds: z.array(id).max(500),
    problem: lines(L.opinion).refine((v) => v.trim().length > 0, { message: '存在问题不能为空' }),
    measure: lines(L.opinion),
    /** 责任人: a member when known, else a name. */
    ownerId: id.optional(),
    ownerName: bounded(L.personName).optional(),
    deadline: isoDate,
    status: z.enum(FIX_STATUSES),
    doneOn: isoDate.optional(),
    result: lines(L.opinion).optional(),
    order: finite,
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .refine((f) => f.status !== 'done' || f.doneOn !== undefined, { message: '已完成的要写明完成日期', path: ['doneOn'] });

export const studySessionRecord = z.strictObject({
  id,
  unitId: id,
  date: isoDate,
  topics: z.array(z.enum(STUDY_TOPICS)).min(1).max(STUDY_TOPICS.length),
  content: lines(L.planDescription),
  /** Who attended (members). */
  attendeeIds: z.array(id).max(5000),
  /** Absent members who made it up, and when. */
  makeUps: z.array(z.strictObject({ memberId: id, date: isoDate })).max(5000),
  place: bounded(L.meetingPlace).optional(),
  host: required(L.personName).optional(),
  createdAt: timestamp,
});

export const fixItemsTable = defineTable({
  name: 'fixItems',
  owner: 'throughout',
  label: '整改事项',
  stores: { 3: 'id, unitId, [unitId+status], [unitId+deadline]' },
  record: fixItemRecord,
  key: 'id',
  refs: { opinionIds: 'opinions', ownerId: 'members' },
  auditEntity: 'fixItem',
});

export const studySessionsTable = defineTable({
  name: 'studySessions',
  owner: 'throughout',
  label: '学习记录',
  stores: { 3: 'id, unitId, [unitId+date]' },
  record: studySessionRecord,
  key: 'id',
  refs: { attendeeIds: 'members' },
  auditEntity: 'study',
});
