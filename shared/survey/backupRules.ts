/**
 * What a backup's 满意度测评 rounds must also satisfy beyond their declaration (schema.ts checks
 * each round alone, the floor it kept never below 70 %): the rounds numbered once each, at most
 * one still counting and that one the latest, a closed round fully counted with the rate its
 * tallies give (a stored rate that says more than the ballots would hide a 补课), and every
 * round after the first saying what its 补课 did. To be wired into shared/backup/rules.ts.
 */
import { roundRates } from './rate';
import { closeProblems } from './rounds';
import type { SurveyRound } from './types';

export function surveyBackupProblems(r: { surveyRounds: readonly SurveyRound[] }): string[] {
  const out: string[] = [];
  const seen = new Map<number, number>();
  const latest = Math.max(0, ...r.surveyRounds.map((x) => x.round));
  r.surveyRounds.forEach((x, i) => {
    const at = `records.surveyRounds[${i}]`;
    const twin = seen.get(x.round);
    if (twin !== undefined) out.push(`${at}.round: 第${x.round}轮测评重复（与第 ${twin + 1} 条相同）`);
    else seen.set(x.round, i);
    if (x.status === 'counting' && x.round !== latest) out.push(`${at}.status: 第${x.round}轮测评还在计票，但已有更晚的第${latest}轮`);
    if (x.round > 1 && !(x.remedy ?? '').trim()) out.push(`${at}.remedy: 第${x.round}轮是补课后的测评，要写明补课情况`);
    if (x.status !== 'closed') return;
    for (const p of closeProblems({ ...x, status: 'counting' })) out.push(`${at}.tallies: ${p}`);
    const deciding = roundRates(x).deciding;
    if (deciding !== undefined && x.rate !== undefined && Math.abs(deciding - x.rate) > 1e-9) {
      out.push(`${at}.rate: 记录的满意率与计票结果不符（按计票应为 ${(deciding * 100).toFixed(1)}%）`);
    }
  });
  return out;
}
