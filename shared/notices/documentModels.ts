/** The two notices' Word models from their records (R-NOTICE-BRANCH, R-NOTICE-LEADERSHIP). */
import type { BranchNoticeModel, LeadershipNoticeModel } from '../documents/notices';
import type { Notice } from './types';

export const BRANCH_RECIPIENTS = '全体党员和群众';
export const LEADERSHIP_RECIPIENTS = '全体干部职工';

/** Who signs a branch notice unless the secretary writes otherwise: the unit's name and the branch's. */
export function defaultBranchIssuer(unitName: string, branchName: string): string {
  return branchName.includes(unitName) ? branchName : `${unitName}${branchName}`;
}

/** 党员查摆的主要问题和整改措施: the problems as presented, then the measures. */
export function problemsAndMeasures(n: Pick<Notice, 'problems' | 'measures'>): string {
  const measures = n.measures.trim();
  return [n.problems.trim(), measures ? `针对查摆出的问题，制定了以下整改措施：\n${measures}` : ''].filter(Boolean).join('\n');
}

export function branchNoticeModel(n: Notice, fallbackIssuer: string): BranchNoticeModel {
  return {
    issuer: n.issuer?.trim() || fallbackIssuer,
    ...(n.title?.trim() ? { title: n.title.trim() } : {}),
    recipients: n.recipients?.trim() || BRANCH_RECIPIENTS,
    meeting: n.facts.trim(),
    problemsAndMeasures: problemsAndMeasures(n),
    direction: (n.direction ?? '').trim(),
    evaluationResults: (n.results ?? '').trim(),
    ...(n.closing?.trim() ? { closing: n.closing.trim() } : {}),
    date: n.date,
  };
}

export function leadershipNoticeModel(n: Notice, fallbackIssuer: string): LeadershipNoticeModel {
  return {
    issuer: n.issuer?.trim() || fallbackIssuer,
    ...(n.title?.trim() ? { title: n.title.trim() } : {}),
    recipients: n.recipients?.trim() || LEADERSHIP_RECIPIENTS,
    basicFacts: n.facts.trim(),
    problems: n.problems.trim(),
    measures: n.measures.trim(),
    ...(n.closing?.trim() ? { closing: n.closing.trim() } : {}),
    date: n.date,
  };
}
