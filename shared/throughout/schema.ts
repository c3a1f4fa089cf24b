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
    measure: lines(L.opinion).refine((v) => v.trim().length > 0, { message: '整改措施不能为空' }),
    /** 责任人 when a member of the roster; `ownerName` keeps the name (shown when the member is gone). */
    ownerId: id.optional(),
    /** 责任人's name as written (a member's name when `ownerId` is set). */
    ownerName: required(L.personName),
    deadline: isoDate,
    status: z.enum(FIX_STATUSES),
    doneOn: isoDate.optional(),
    result: lines(L.opinion).optional(),
    /** Entry order: the last tie-break of the ledger's order (shared/throughout/ledger.ts). */
    order: finite,
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .refine((f) => f.status !== 'done' || f.doneOn !== undefined, { message: '已完成的要写明完成日期', path: ['doneOn'] })
  .refine((f) => f.status !== 'done' || (f.result ?? '').trim().length > 0, { message: '已完成的要写明整改结果', path: ['result'] })
  .refine((f) => f.status === 'done' || f.doneOn === undefined, { message: '正在整改的事项不应有完成日期', path: ['doneOn'] })
  .refine((f) => new Set(f.opinionIds).size === f.opinionIds.length, { message: '同一条意见重复关联', path: ['opinionIds'] });

export const studySessionRecord = z
  .strictObject({
    id,
    unitId: id,
    date: isoDate,
    topics: z.array(z.enum(STUDY_TOPICS)).min(1).max(STUDY_TOPICS.length),
    content: lines(L.planDescription),
    /** Who attended (members). */
    attendeeIds: z.array(id).max(5000),
    /**
     * Absent members who made it up (补学), and when: `makeUpDates[i]` is the date of
     * `makeUpIds[i]`. Two flat lists, not a list of objects, so that the member ids are declared
     * references (checked and remapped by backups like every other).
     */
    makeUpIds: z.array(id).max(5000),
    makeUpDates: z.array(isoDate).max(5000),
    place: bounded(L.meetingPlace).optional(),
    host: required(L.personName).optional(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .refine((s) => s.makeUpIds.length === s.makeUpDates.length, { message: '补学人员和补学日期不对应', path: ['makeUpDates'] })
  .refine((s) => new Set(s.topics).size === s.topics.length, { message: '学习内容重复', path: ['topics'] })
  .refine((s) => new Set([...s.attendeeIds, ...s.makeUpIds]).size === s.attendeeIds.length + s.makeUpIds.length, {
    message: '同一人不能重复列入参加或补学',
    path: ['makeUpIds'],
  })
  .refine((s) => s.makeUpDates.every((d) => d >= s.date), { message: '补学日期不能早于学习日期', path: ['makeUpDates'] });

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
  refs: { attendeeIds: 'members', makeUpIds: 'members' },
  auditEntity: 'study',
});
