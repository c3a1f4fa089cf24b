/**
 * The evaluation's records as the Word builders want them (shared/documents/evaluation.ts): one
 * member's 评议意见表, a branch's 汇总表 and the report upwards (R-EVAL-REPORT). A grade is passed
 * on only when the template allows grades (R-EVAL-NOGRADE): under the 2005 template no paper
 * carries one, whatever a record holds.
 */
import type { EvaluationReportModel, MemberOpinionModel, MemberOpinionSummaryModel, ProposedMember } from '../documents/evaluation';
import type { Member } from '../members/types';
import { formatChineseDate } from '../util/dates';
import { fallsShort } from './rules';
import type { ReportDraft } from './report';
import { GRADE_LABEL, PROPOSAL_LABEL, type Evaluation } from './types';

export type DocumentMember = Pick<Member, 'name' | 'gender' | 'birth' | 'joinedParty' | 'post'>;

const trimEnd = (s: string) => s.trim().replace(/[。；;，,]+$/u, '');

/** 整改要求和期限: the requirement, the deadline and who helps, for a member who falls short. */
export function requirementText(e: Pick<Evaluation, 'fulfils' | 'qualified' | 'requirement' | 'deadline' | 'helperName'>): string | undefined {
  if (!fallsShort(e)) return undefined;
  const parts = [trimEnd(e.requirement ?? '')];
  if (e.deadline) parts.push(`限${formatChineseDate(e.deadline)}前改进`);
  if (e.helperName) parts.push(`由${e.helperName}同志帮助`);
  return `${parts.filter(Boolean).join('；')}。`;
}

const gradeOf = (e: Pick<Evaluation, 'grade'>, allowGrades: boolean) => (allowGrades && e.grade ? { grade: GRADE_LABEL[e.grade] } : {});

export function memberOpinionModel(s: { member: DocumentMember; branchName: string; evaluation: Evaluation; allowGrades: boolean }): MemberOpinionModel {
  const { member: m, evaluation: e } = s;
  const requirements = requirementText(e);
  return {
    branchName: s.branchName,
    memberName: m.name,
    ...(m.gender ? { gender: m.gender } : {}),
    ...(m.birth ? { birth: m.birth } : {}),
    ...(m.joinedParty ? { joinedParty: m.joinedParty } : {}),
    ...(m.post ? { post: m.post } : {}),
    peerOpinion: e.peerOpinion ?? '',
    massOpinion: e.massOpinion ?? '',
    branchOpinion: e.opinion,
    fulfilsObligations: e.fulfils,
    meetsConditions: e.qualified,
    ...(requirements ? { requirements } : {}),
    ...gradeOf(e, s.allowGrades),
    signature: { name: s.branchName, date: e.decidedOn },
  };
}

/** The branch's members in the order given; members not yet evaluated are left out. */
export function memberOpinionSummaryModel(s: {
  branchName: string;
  rows: readonly { member: DocumentMember; evaluation?: Evaluation }[];
  allowGrades: boolean;
  date: string;
}): MemberOpinionSummaryModel {
  return {
    branchName: s.branchName,
    rows: s.rows.flatMap(({ member, evaluation: e }) => {
      if (!e) return [];
      const note = [requirementText(e), e.proposal ? `拟定为${PROPOSAL_LABEL[e.proposal]}` : ''].filter(Boolean).join('');
      return [{ name: member.name, fulfilsObligations: e.fulfils, meetsConditions: e.qualified, opinion: e.opinion, ...(note ? { note } : {}), ...gradeOf(e, s.allowGrades) }];
    }),
    signature: { name: s.branchName, date: s.date },
  };
}

export interface ReportSource {
  issuer: string;
  report: ReportDraft;
  /** The proposed members, in the order of the report. */
  proposed: readonly { member: DocumentMember; branchName: string; evaluation: Evaluation }[];
}

export function evaluationReportModel(s: ReportSource): EvaluationReportModel {
  const members: ProposedMember[] = s.proposed.flatMap(({ member: m, branchName, evaluation: e }) =>
    e.proposal
      ? [
          {
            name: m.name,
            ...(m.gender ? { gender: m.gender } : {}),
            ...(m.birth ? { birth: m.birth } : {}),
            ...(m.joinedParty ? { joinedParty: m.joinedParty } : {}),
            post: m.post ? `${branchName}党员，${m.post}` : `${branchName}党员`,
            proposal: e.proposal,
            facts: e.facts ?? '',
            help: [e.help ?? '', requirementText(e) ?? ''].filter(Boolean).join('\n'),
            branchOpinion: e.opinion,
          },
        ]
      : [],
  );
  return {
    issuer: s.issuer,
    recipients: s.report.recipients,
    intro: s.report.intro,
    members,
    ...(s.report.supervisorReview ? { supervisorReview: s.report.supervisorReview } : {}),
    date: s.report.date,
  };
}
