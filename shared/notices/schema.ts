/**
 * 两个通报: each branch informs the masses of its meeting and evaluation (R-NOTICE-BRANCH); the
 * party organisation informs cadres and masses of the leadership meeting (R-NOTICE-LEADERSHIP).
 * Pre-filled from the meetings, the evaluation and the ledger, then edited; given on a day.
 */
import { z } from 'zod';
import { defineTable } from '../data/table';
import { id, isoDate, lines, text, bounded, TEXT_LIMITS as L, timestamp } from '../data/fields';
import { NOTICE_KINDS, NOTICE_WAYS } from './types';

export const noticeRecord = z
  .strictObject({
    id,
    unitId: id,
    kind: z.enum(NOTICE_KINDS),
    /** The branch of a branch notice. */
    branchId: id.optional(),
    /** The meeting it reports on. */
    meetingId: id.optional(),
    title: bounded(L.planTitle * 2).optional(),
    recipients: bounded(L.orgName).optional(),
    /** 署名: the branch committee or the party organisation that issues it. */
    issuer: bounded(L.orgName).optional(),
    /** 会议召开情况 / 基本情况 */
    facts: text,
    /** 查摆的主要问题 (for a branch: members' understanding of their problems) */
    problems: text,
    /** 整改措施 */
    measures: text,
    /** 今后努力方向 (branch notice) */
    direction: text.optional(),
    /** 民主评议结果 (branch notice; no grades: R-EVAL-NOGRADE) */
    results: text.optional(),
    closing: lines(L.planDescription).optional(),
    /** The notice's date. */
    date: isoDate,
    /** Given to the masses on this day, this way. */
    givenOn: isoDate.optional(),
    way: z.enum(NOTICE_WAYS).optional(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .refine((n) => (n.kind === 'branch') === (n.branchId !== undefined), { message: '支部通报要选定党支部，班子通报不属于某个支部', path: ['branchId'] })
  .refine((n) => (n.givenOn === undefined) === (n.way === undefined), { message: '通报日期和通报方式要一起填写', path: ['way'] });

export const noticesTable = defineTable({
  name: 'notices',
  owner: 'notices',
  label: '通报',
  stores: { 4: 'id, unitId, [unitId+kind], [unitId+branchId]' },
  record: noticeRecord,
  key: 'id',
  refs: { branchId: 'branches', meetingId: 'specialMeetings' },
  auditEntity: 'notice',
});
