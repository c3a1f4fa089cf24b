/**
 * 党员评议: the branch's opinion on each party member (R-EVAL-OPINION, R-EVAL-FIVE,
 * R-EVAL-NOGRADE), written only after the member's branch has held its 专题组织生活会, and the
 * report upwards of those proposed (R-EVAL-REPORT). Each user action is one transaction with its
 * audit entry; bad input is refused with a Chinese message and writes nothing.
 */
import Dexie from 'dexie';
import { cleanReportDraft, reportDraftReasons, reportSendReasons, type ReportDraft } from '@shared/evaluation/report';
import { cleanEvaluationDraft, evaluationGate, fallsShort, meetingOrderReasons, type EvaluationDraft } from '@shared/evaluation/rules';
import { evaluationRecord, evaluationReportRecord } from '@shared/evaluation/schema';
import { GRADE_LABEL, PROPOSAL_LABEL, type Evaluation, type EvaluationReport } from '@shared/evaluation/types';
import type { Member } from '@shared/members/types';
import { nameList } from '@shared/talks/people';
import { formatChineseDate } from '@shared/util/dates';
import { UserError } from '@shared/util/result';
import type { PytDb } from '../db';
import { writeUnit } from '../write';
import type { CampaignContext } from './context';
import { failGate, failIf } from './errors';

export type EvaluationContext = Pick<CampaignContext, 'actor' | 'now' | 'today' | 'template'>;

export async function listEvaluations(db: PytDb, unitId: string): Promise<Evaluation[]> {
  return db.evaluations.where('unitId').equals(unitId).toArray();
}

export async function evaluationOf(db: PytDb, unitId: string, memberId: string): Promise<Evaluation | undefined> {
  return db.evaluations.where('[unitId+memberId]').equals([unitId, memberId]).first();
}

/** The unit's one report, if it has been written. */
export async function evaluationReportOf(db: PytDb, unitId: string): Promise<EvaluationReport | undefined> {
  return db.evaluationReports.where('unitId').equals(unitId).first();
}

function parsed<T>(result: { success: true; data: T } | { success: false; error: { issues: { message: string }[] } }, lead: string): T {
  if (!result.success) throw new UserError(`${lead}：${[...new Set(result.error.issues.map((i) => i.message))].join('；')}`);
  return result.data;
}

async function partyMember(db: PytDb, unitId: string, id: string): Promise<Member> {
  const m = await db.members.get(id);
  if (!m || m.unitId !== unitId) throw new UserError('这名党员不在本单位名册中，可能已被删除');
  if (m.kind !== 'party') throw new UserError(`${m.name}不是党员，党员评议只评议党员`);
  return m;
}

function verdict(e: Pick<Evaluation, 'fulfils' | 'qualified'>): string {
  return `${e.fulfils ? '履行党员义务' : '没有履行党员义务'}，${e.qualified ? '符合党员条件' : '不符合党员条件'}`;
}

/**
 * 评议: records (or corrects) the branch's opinion on one party member. Refused before the
 * branch's 专题组织生活会 is held, and when a rule of the evaluation is not met (the reasons are
 * listed). A grade is refused while the template forbids grades (R-EVAL-NOGRADE).
 */
export async function saveEvaluation(db: PytDb, unitId: string, input: EvaluationDraft, ctx: EvaluationContext): Promise<Evaluation> {
  const d = cleanEvaluationDraft(input);
  failGate(evaluationGate(d, { allowGrades: ctx.template.allowGrades, today: ctx.today }));
  return writeUnit(db, unitId, ctx, ['members', 'branches', 'specialMeetings', 'evaluations'], async (w) => {
    const member = await partyMember(db, unitId, d.memberId);
    const branch = member.branchId ? await db.branches.get(member.branchId) : undefined;
    const meetings = branch ? await db.specialMeetings.where('[unitId+branchId]').equals([unitId, branch.id]).toArray() : [];
    failIf(meetingOrderReasons(branch?.name, meetings, d.decidedOn).map((r) => r.message));
    let helperName = d.helperName;
    if (d.helperId) {
      const helper = await db.members.get(d.helperId);
      if (!helper || helper.unitId !== unitId) throw new UserError('所选帮助人不在本单位名册中');
      helperName = helper.name;
    }
    if (fallsShort(d) && d.helperId === member.id) throw new UserError('帮助人不能是这名党员本人');
    const old = await evaluationOf(db, unitId, member.id);
    const short = fallsShort(d);
    const record = parsed(
      evaluationRecord.safeParse({
        id: old?.id ?? crypto.randomUUID(),
        unitId,
        memberId: member.id,
        fulfils: d.fulfils,
        qualified: d.qualified,
        ...(d.peerOpinion ? { peerOpinion: d.peerOpinion } : {}),
        ...(d.massOpinion ? { massOpinion: d.massOpinion } : {}),
        opinion: d.opinion,
        distinctions: short ? d.distinctions : {},
        ...(short ? { requirement: d.requirement, deadline: d.deadline, helperName, ...(d.helperId ? { helperId: d.helperId } : {}) } : {}),
        ...(short && d.proposal ? { proposal: d.proposal, facts: d.facts, help: d.help } : {}),
        ...(d.grade !== undefined && ctx.template.allowGrades ? { grade: d.grade } : {}),
        decidedOn: d.decidedOn,
        createdAt: old?.createdAt ?? ctx.now,
        updatedAt: ctx.now,
      }),
      '评议意见不能保存',
    );
    await db.evaluations.put(record);
    const extra = [
      short ? `限${formatChineseDate(record.deadline!)}前改进，帮助人${record.helperName}` : '',
      record.proposal ? `拟定为${PROPOSAL_LABEL[record.proposal]}` : '',
      record.grade ? `格次${GRADE_LABEL[record.grade]}` : '',
    ].filter(Boolean);
    w.audit({
      action: old ? 'evaluation.update' : 'evaluation.add',
      entity: 'evaluation',
      entityId: record.id,
      summary: `${old ? '修改评议意见' : '评议'} ${member.name}：${verdict(record)}${extra.map((x) => `，${x}`).join('')}`,
    });
    return record;
  });
}

/** 撤销评议意见 (entered for the wrong person, say); not for a member the sent report carried. */
export async function deleteEvaluation(db: PytDb, unitId: string, memberId: string, ctx: EvaluationContext): Promise<void> {
  await writeUnit(db, unitId, ctx, ['members', 'evaluations', 'evaluationReports'], async (w) => {
    const e = await evaluationOf(db, unitId, memberId);
    if (!e) throw new UserError('这名党员还没有评议意见');
    const member = await db.members.get(memberId);
    const report = await evaluationReportOf(db, unitId);
    if (report?.sentOn && report.memberIds.includes(memberId)) {
      throw new UserError(`${member?.name ?? '这名党员'}已在${formatChineseDate(report.sentOn)}上报，评议意见不能撤销，可以修改`);
    }
    await db.evaluations.delete(e.id);
    w.audit({ action: 'evaluation.delete', entity: 'evaluation', entityId: e.id, summary: `撤销 ${member?.name ?? '（已删除的人员）'} 的评议意见` });
  });
}

/** The unit's proposed members (R-EVAL-REPORT) with their records, read through the [unitId+proposal] index. */
async function proposedOf(db: PytDb, unitId: string): Promise<{ evaluation: Evaluation; member: Member }[]> {
  const proposed = await db.evaluations.where('[unitId+proposal]').between([unitId, Dexie.minKey], [unitId, Dexie.maxKey]).toArray();
  const members = await db.members.bulkGet(proposed.map((e) => e.memberId));
  return proposed.flatMap((evaluation, i) => {
    const member = members[i];
    return member && member.unitId === unitId && member.kind === 'party' ? [{ evaluation, member }] : [];
  });
}

function reportRecord(old: EvaluationReport | undefined, unitId: string, d: ReportDraft, ctx: EvaluationContext, sent?: { sentOn: string; memberIds: string[] }): EvaluationReport {
  return parsed(
    evaluationReportRecord.safeParse({
      id: old?.id ?? crypto.randomUUID(),
      unitId,
      recipients: d.recipients,
      intro: d.intro,
      ...(d.supervisorReview ? { supervisorReview: d.supervisorReview } : {}),
      date: d.date,
      ...(sent ? sent : old?.sentOn ? { sentOn: old.sentOn, memberIds: old.memberIds } : { memberIds: [] }),
      createdAt: old?.createdAt ?? ctx.now,
      updatedAt: ctx.now,
    }),
    '报告不能保存',
  );
}

/** Saves the report's text (主送, opening, 督导组审核意见, date); whether and when it was sent stays. */
export async function saveEvaluationReport(db: PytDb, unitId: string, input: ReportDraft, ctx: EvaluationContext): Promise<EvaluationReport> {
  const d = cleanReportDraft(input);
  failIf(reportDraftReasons(d).map((r) => r.message));
  return writeUnit(db, unitId, ctx, ['evaluationReports'], async (w) => {
    const old = await evaluationReportOf(db, unitId);
    const report = reportRecord(old, unitId, d, ctx);
    await db.evaluationReports.put(report);
    w.audit({ action: 'evaluationReport.save', entity: 'evaluationReport', entityId: report.id, summary: `保存拟上报党员情况报告（主送${d.recipients}）` });
    return report;
  });
}

/**
 * 报送 (R-EVAL-REPORT): saves the report's text and records that it went to the 组织部 and the
 * campaign office on `sentOn`, carrying every member proposed now. Refused with nobody proposed,
 * without the 督导组's review, or addressed elsewhere.
 */
export async function sendEvaluationReport(db: PytDb, unitId: string, input: ReportDraft & { sentOn: string }, ctx: EvaluationContext): Promise<EvaluationReport> {
  const d = cleanReportDraft(input);
  const sentOn = (input.sentOn ?? '').trim();
  return writeUnit(db, unitId, ctx, ['members', 'evaluations', 'evaluationReports'], async (w) => {
    const proposed = await proposedOf(db, unitId);
    failIf(reportSendReasons(d, proposed.map((p) => ({ name: p.member.name })), sentOn, ctx.today).map((r) => r.message));
    const old = await evaluationReportOf(db, unitId);
    const report = reportRecord(old, unitId, d, ctx, { sentOn, memberIds: proposed.map((p) => p.member.id) });
    await db.evaluationReports.put(report);
    w.audit({
      action: 'evaluationReport.send',
      entity: 'evaluationReport',
      entityId: report.id,
      summary: `${formatChineseDate(sentOn)}向${d.recipients}报送拟上报党员情况报告，共 ${proposed.length} 人：${nameList(proposed.map((p) => p.member.name))}`,
    });
    return report;
  });
}
