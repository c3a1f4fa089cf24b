/**
 * A branch's evaluation results in words, for the branch notice to the masses (R-NOTICE-BRANCH
 * reports them): how many were evaluated, how many fulfil the obligations and meet the
 * conditions, how many fall short and what the branch does about it. Counts only: no grade, no
 * vote, no ranking (R-EVAL-NOGRADE), and no names of those who fall short (a notice to the masses).
 */
import { fallsShort } from './rules';
import type { Evaluation } from './types';

export interface BranchResults {
  /** Party members of the branch. */
  members: number;
  evaluated: number;
  /** Fulfil the obligations and meet the conditions. */
  good: number;
  /** Fall short (educated and helped, with a deadline). */
  short: number;
  /** Of those, proposed upwards (R-EVAL-REPORT). */
  proposed: number;
}

export function branchResults(memberIds: readonly string[], evaluations: readonly Pick<Evaluation, 'memberId' | 'fulfils' | 'qualified' | 'proposal'>[]): BranchResults {
  const mine = new Set(memberIds);
  const ev = evaluations.filter((e) => mine.has(e.memberId));
  const short = ev.filter(fallsShort);
  return { members: memberIds.length, evaluated: ev.length, good: ev.length - short.length, short: short.length, proposed: short.filter((e) => e.proposal).length };
}

/** One paragraph, e.g. “本支部共有党员12名，已全部评议。经评议，11名党员履行党员义务、符合党员条件；…”. */
export function branchResultsText(r: BranchResults): string {
  if (r.members === 0) return '本支部没有党员。';
  const head = r.evaluated === r.members ? `本支部共有党员${r.members}名，已全部评议。` : `本支部共有党员${r.members}名，已评议${r.evaluated}名。`;
  if (r.evaluated === 0) return head;
  const good = r.short === 0 ? `经评议，${r.good}名党员都能够履行党员义务、符合党员条件。` : `经评议，${r.good}名党员能够履行党员义务、符合党员条件；`;
  if (r.short === 0) return head + good;
  const proposed = r.proposed > 0 ? `其中${r.proposed}名拟定为不履行党员义务或不符合党员条件，按规定报告上级党组织。` : '';
  return `${head}${good}${r.short}名党员没有认真履行党员义务，支部已提出明确要求和改进期限，并指定专人帮助。${proposed}`;
}
