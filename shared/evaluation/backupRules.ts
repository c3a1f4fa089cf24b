/**
 * What a backup's evaluation records must hold to be written, beyond each record's own schema:
 * one opinion per party member, the rules of the form (R-EVAL-OPINION, R-EVAL-FIVE,
 * R-EVAL-REPORT), no grade while the unit's template forbids grades (R-EVAL-NOGRADE), and one
 * report per unit whose sending names whom it carried. For shared/backup/rules.ts to call;
 * messages name the place like the other checks there.
 */
import { excerpt } from '../util/excerpt';
import { fiveReasons, gradeReasons, opinionReasons, proposalReasons, type EvaluationDraft } from './rules';
import type { Evaluation, EvaluationReport } from './types';

export interface EvaluationRecords {
  members: readonly { id: string; kind: string; name: string }[];
  evaluations: readonly Evaluation[];
  evaluationReports: readonly EvaluationReport[];
}

/** A stored record as the form's draft (missing text is empty text). */
export function draftOf(e: Evaluation): EvaluationDraft {
  return {
    ...e,
    peerOpinion: e.peerOpinion ?? '',
    massOpinion: e.massOpinion ?? '',
    requirement: e.requirement ?? '',
    helperName: e.helperName ?? '',
    facts: e.facts ?? '',
    help: e.help ?? '',
  };
}

// A backup has no "today" of its own; the date's own validity is the schema's.
const ANY_DAY = '9999-12-31';

export function evaluationBackupProblems(r: EvaluationRecords, allowGrades: boolean): string[] {
  const out: string[] = [];
  const members = new Map(r.members.map((m) => [m.id, m]));
  const seen = new Set<string>();
  r.evaluations.forEach((e, i) => {
    const at = `records.evaluations[${i}]`;
    const m = members.get(e.memberId);
    const who = m ? excerpt(m.name, 10) : e.memberId;
    if (seen.has(e.memberId)) out.push(`${at}.memberId: ${who}有不止一份评议意见`);
    seen.add(e.memberId);
    if (m && m.kind !== 'party') out.push(`${at}.memberId: ${who}不是党员，不应有评议意见`);
    const d = draftOf(e);
    for (const reason of [...opinionReasons(d, ANY_DAY), ...fiveReasons(d), ...gradeReasons(d, allowGrades), ...proposalReasons(d)]) {
      out.push(`${at}: ${who}：${reason.message}${reason.subjects?.length ? `（${reason.subjects.length} 条）` : ''}`);
    }
  });
  if (r.evaluationReports.length > 1) out.push('records.evaluationReports: 一个单位只应有一份拟上报党员情况报告');
  r.evaluationReports.forEach((rep, i) => {
    const at = `records.evaluationReports[${i}]`;
    if (rep.sentOn && rep.memberIds.length === 0) out.push(`${at}.memberIds: 已报送的报告没有记录上报了哪些党员`);
    if (new Set(rep.memberIds).size !== rep.memberIds.length) out.push(`${at}.memberIds: 上报的党员重复`);
    if (rep.sentOn && rep.sentOn < rep.date) out.push(`${at}.sentOn: 报送日期早于报告日期`);
  });
  return out;
}
