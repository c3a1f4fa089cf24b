/**
 * 党员评议 (R-EVAL-OPINION, R-EVAL-FIVE, R-EVAL-NOGRADE, R-EVAL-REPORT): the branch's clear opinion
 * on each member, and the report of those proposed as not fulfilling the obligations or not
 * meeting the conditions.
 */
import { z } from 'zod';
import { defineTable } from '../data/table';
import { bounded, id, isoDate, lines, required, TEXT_LIMITS as L, timestamp } from '../data/fields';
import { DISTINCTIONS, GRADES, PROPOSALS, SIDES } from './types';

export const evaluationRecord = z
  .strictObject({
    id,
    unitId: id,
    memberId: id,
    /** 是否履行党员义务 */
    fulfils: z.boolean(),
    /** 是否符合党员条件 */
    qualified: z.boolean(),
    /** 党员互评意见 / 群众评议意见 (summaries). */
    peerOpinion: lines(L.opinion).optional(),
    massOpinion: lines(L.opinion).optional(),
    /** 支部评议意见: the branch's clear opinion. */
    opinion: lines(L.opinion).refine((v) => v.trim().length > 0, { message: '支部评议意见不能为空' }),
    /**
     * How the branch answered each of the five distinctions and the two that run through them
     * (R-EVAL-FIVE), for a member who falls short; empty for one who does not.
     */
    distinctions: z.partialRecord(z.enum(DISTINCTIONS), z.enum(SIDES)),
    /** For a member who falls short (R-EVAL-OPINION): 明确要求, 限期, 帮助人. */
    requirement: lines(L.opinion).optional(),
    deadline: isoDate.optional(),
    helperId: id.optional(),
    helperName: bounded(L.personName).optional(),
    /** Proposed to the 组织部 and the 活动办公室 (R-EVAL-REPORT): what, the facts, the help given. */
    proposal: z.enum(PROPOSALS).optional(),
    facts: lines(L.opinion).optional(),
    help: lines(L.opinion).optional(),
    /** 格次, only under a template that allows grades (R-EVAL-NOGRADE forbids them in 2005). */
    grade: z.enum(GRADES).optional(),
    decidedOn: isoDate,
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .refine((e) => (e.fulfils && e.qualified) || ((e.requirement ?? '').trim().length > 0 && e.deadline !== undefined && (e.helperName ?? '').trim().length > 0), {
    message: '对不履行党员义务或不符合党员条件的党员，要写明整改要求、期限和帮助人',
    path: ['requirement'],
  })
  .refine((e) => e.proposal === undefined || !(e.fulfils && e.qualified), { message: '履行党员义务、符合党员条件的党员不能拟定上报', path: ['proposal'] })
  .refine((e) => e.proposal !== 'notQualified' || !e.qualified, { message: '拟定为不符合党员条件的，评议意见应为“不符合党员条件”', path: ['proposal'] })
  .refine((e) => e.proposal !== 'notFulfilling' || !e.fulfils, { message: '拟定为不履行党员义务的，评议意见应为“不履行党员义务”', path: ['proposal'] })
  .refine((e) => (e.helperId === undefined) || e.helperName !== undefined, { message: '帮助人要有姓名', path: ['helperName'] });

/** The report (R-EVAL-REPORT) to the 组织部 and the 活动办公室; one per unit, sent again when someone is proposed later. */
export const evaluationReportRecord = z
  .strictObject({
    id,
    unitId: id,
    /** 主送 */
    recipients: required(L.orgName),
    intro: lines(L.planDescription),
    /** 督导组审核意见 */
    supervisorReview: lines(L.opinion).optional(),
    date: isoDate,
    /** The day it was sent. */
    sentOn: isoDate.optional(),
    /** The members it reported when it was sent (a member proposed later still has to be reported). */
    memberIds: z.array(id).max(5000),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .refine((r) => r.sentOn === undefined || (r.supervisorReview ?? '').trim().length > 0, { message: '报送前要有督导组审核意见', path: ['supervisorReview'] })
  .refine((r) => r.sentOn !== undefined || r.memberIds.length === 0, { message: '没有报送的报告不应记有上报的党员', path: ['memberIds'] });

export const evaluationsTable = defineTable({
  name: 'evaluations',
  owner: 'evaluation',
  label: '评议意见',
  // [unitId+proposal] holds only the proposed (a record without a proposal is not in it): the checklist reads them alone.
  stores: { 4: 'id, unitId, [unitId+memberId], [unitId+proposal]' },
  record: evaluationRecord,
  key: 'id',
  refs: { memberId: 'members', helperId: 'members' },
  auditEntity: 'evaluation',
});

export const evaluationReportsTable = defineTable({
  name: 'evaluationReports',
  owner: 'evaluation',
  label: '评议上报',
  stores: { 4: 'id, unitId' },
  record: evaluationReportRecord,
  key: 'id',
  refs: { memberIds: 'members' },
  auditEntity: 'evaluationReport',
});
