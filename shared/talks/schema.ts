/** The talks (谈心) of a unit: who with whom, when and where, on what, done or not (R-TALK-*). */
import { z } from 'zod';
import { defineTable } from '../data/table';
import { bounded, id, isoDate, lines, TEXT_LIMITS as L, timestamp } from '../data/fields';
import { TALK_REASONS, TALK_STATUSES } from './types';

/** `HH:mm`, 24 hours. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: '时间格式应为 时:分，如 15:00' });

export const talkRecord = z
  .strictObject({
    id,
    unitId: id,
    /** The two people (member ids); the pair is unordered: A↔B is B↔A. */
    aId: id,
    bId: id,
    /**
     * Why this pair talks, refreshed from the roster by 生成应谈名单 (./pairs.ts); a talk no rule
     * requires pair by pair says 党员之间 or 党员与群众 (empty between two non-party people).
     */
    reasons: z.array(z.enum(TALK_REASONS)).max(TALK_REASONS.length),
    status: z.enum(TALK_STATUSES),
    date: isoDate.optional(),
    /** Start, `HH:mm`. */
    time: clockTime.optional(),
    /** Expected length in minutes (for clashes), default 60. */
    minutes: z.number().int().min(10).max(480).optional(),
    place: bounded(L.meetingPlace).optional(),
    /** 谈话主要内容 prepared beforehand (有准备地谈). */
    topic: lines(L.note).optional(),
    /** A short note of what was said, when done. */
    note: lines(L.meetingNotes).optional(),
    /** The day it was held. */
    doneOn: isoDate.optional(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .refine((t) => t.aId !== t.bId, { message: '谈心要在两个人之间进行', path: ['bId'] })
  .refine((t) => t.status !== 'done' || t.doneOn !== undefined, { message: '已谈的谈心要有日期', path: ['doneOn'] });

export const talksTable = defineTable({
  name: 'talks',
  owner: 'talks',
  label: '谈心',
  stores: { 3: 'id, unitId, [unitId+aId], [unitId+bId], [unitId+date], [unitId+status]' },
  record: talkRecord,
  key: 'id',
  refs: { aId: 'members', bId: 'members' },
  auditEntity: 'talk',
});
