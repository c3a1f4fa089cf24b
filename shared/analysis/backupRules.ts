/**
 * What a backup's 党性分析材料 must hold to be written, beyond each record's own schema: the
 * state a material claims is backed by its history (a material 定稿 without ever being
 * submitted, reviewed or publicised is refused), every version is there, a return names its
 * reasons (R-ANALYSIS-REWRITE), a material belongs to a party member, one per member. For
 * shared/backup/rules.ts to call; messages name the place like the other checks there.
 */
import { excerpt } from '../util/excerpt';
import { HANDED_IN_STATES, REVIEWED_STATES } from './review';
import type { Analysis, AnalysisComment, AnalysisEvent, AnalysisState, AnalysisStep, AnalysisVersion } from './types';

export interface AnalysisRecords {
  members: readonly { id: string; kind: string; name: string }[];
  analyses: readonly Analysis[];
  analysisVersions: readonly AnalysisVersion[];
  analysisSteps: readonly AnalysisStep[];
  analysisComments: readonly AnalysisComment[];
}

/** The step a state cannot be reached without. */
const NEEDS: readonly [readonly AnalysisState[], AnalysisEvent, string][] = [
  [HANDED_IN_STATES, 'submit', '提交'],
  [REVIEWED_STATES, 'approve', '审阅通过'],
  [['public', 'final'], 'publish', '公示'],
  [['final'], 'finalise', '定稿'],
];

export function analysisBackupProblems(r: AnalysisRecords): string[] {
  const out: string[] = [];
  const members = new Map(r.members.map((m) => [m.id, m]));
  const stepsOf = groupBy(r.analysisSteps, (s) => s.analysisId);
  const versionsOf = groupBy(r.analysisVersions, (v) => v.analysisId);
  const byId = new Map(r.analyses.map((a) => [a.id, a]));
  const seenMember = new Set<string>();

  r.analyses.forEach((a, i) => {
    const at = `records.analyses[${i}]`;
    const m = members.get(a.memberId);
    const who = m ? excerpt(m.name, 10) : a.memberId;
    if (seenMember.has(a.memberId)) out.push(`${at}.memberId: ${who}有不止一份党性分析材料`);
    seenMember.add(a.memberId);
    if (m && m.kind !== 'party') out.push(`${at}.memberId: ${who}不是党员，不应有党性分析材料`);
    const recorder = a.recorderId === undefined ? undefined : members.get(a.recorderId);
    if (recorder && recorder.kind !== 'party') out.push(`${at}.recorderId: 记录人${excerpt(recorder.name, 10)}不是党员`);
    if ((a.publicFrom === undefined) !== (a.publicTo === undefined)) out.push(`${at}.publicTo: 公示期要有开始和结束日期`);
    if (a.publicFrom && a.publicTo && a.publicTo < a.publicFrom) out.push(`${at}.publicTo: 公示的结束日期早于开始日期`);
    if ((a.state === 'public' || a.state === 'final') && !a.publicFrom) out.push(`${at}.publicFrom: ${who}的材料处于公示或定稿状态，却没有公示期`);

    const versions = (versionsOf.get(a.id) ?? []).map((v) => v.version).sort((x, y) => x - y);
    const expected = Array.from({ length: a.version }, (_, k) => k + 1);
    if (versions.join(',') !== expected.join(',')) out.push(`${at}.version: ${who}的材料应有第 1 至第 ${a.version} 稿，每稿一份`);

    const steps = stepsOf.get(a.id) ?? [];
    for (const [states, event, label] of NEEDS) {
      if (states.includes(a.state) && !steps.some((s) => s.event === event)) {
        out.push(`${at}.state: ${who}的材料没有${label}的记录，不能处于此状态`);
      }
    }
  });

  r.analysisSteps.forEach((s, i) => {
    const at = `records.analysisSteps[${i}]`;
    if (s.event === 'return' && s.reasons.length === 0) out.push(`${at}.reasons: 退回修改没有写明原因`);
    if (s.event !== 'return' && s.reasons.length > 0) out.push(`${at}.reasons: 只有退回修改才有退回原因`);
    const a = byId.get(s.analysisId);
    if (a && s.version > a.version) out.push(`${at}.version: 审阅记录的稿次超过了材料的最新稿次`);
  });

  r.analysisComments.forEach((c, i) => {
    const a = byId.get(c.analysisId);
    if (!a) return;
    const at = `records.analysisComments[${i}]`;
    if (!a.publicFrom) out.push(`${at}.analysisId: 材料没有公示，不应有公示意见`);
    else if (c.date < a.publicFrom) out.push(`${at}.date: 提意见的日期早于公示开始的日期`);
  });
  return out;
}

function groupBy<T>(list: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    const group = out.get(k);
    if (group) group.push(x);
    else out.set(k, [x]);
  }
  return out;
}
