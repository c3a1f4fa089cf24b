/**
 * The facts of the 党员评议 measures from the fewest reads: the ids of the unit's party members,
 * the ids of the members evaluated (index keys, no text), the few proposed records and the
 * report; then the names of only the few people a detail line shows. Pure: the loader reads,
 * this counts.
 */
import { named, type Named } from '../talks/people';
import { unreported } from './report';

/** Names in a one-line detail: at most six, then how many. */
export const NAMES_SHOWN = 6;

export interface EvaluationFacts {
  party: number;
  /** Party members with an opinion. */
  evaluated: number;
  /** Party members with no opinion yet. */
  missing: Named;
  /** Proposed as 不履行党员义务 / 不符合党员条件 (R-EVAL-REPORT). */
  proposed: Named;
  /** Proposed but not in a sent report. */
  unreported: Named;
  /** When the report was (last) sent. */
  sentOn?: string;
}

/** Member ids per list, every one of them (counts), in the order found. */
export interface EvaluationLists {
  party: number;
  evaluated: number;
  missing: string[];
  proposed: string[];
  unreported: string[];
  sentOn?: string;
}

export function evaluationLists(
  partyIds: readonly string[],
  evaluatedIds: readonly string[],
  proposedIds: readonly string[],
  report: { sentOn?: string; memberIds: readonly string[] } | undefined,
): EvaluationLists {
  const done = new Set(evaluatedIds);
  const party = new Set(partyIds);
  const proposed = proposedIds.filter((id) => party.has(id));
  return {
    party: partyIds.length,
    evaluated: partyIds.filter((id) => done.has(id)).length,
    missing: partyIds.filter((id) => !done.has(id)),
    proposed,
    unreported: unreported(proposed.map((memberId) => ({ memberId })), report).map((p) => p.memberId),
    ...(report?.sentOn ? { sentOn: report.sentOn } : {}),
  };
}

/** The ids whose names the detail lines show. */
export function idsToName(l: EvaluationLists): string[] {
  return [...new Set([l.missing, l.proposed, l.unreported].flatMap((ids) => ids.slice(0, NAMES_SHOWN)))];
}

export function evaluationFacts(l: EvaluationLists, names: ReadonlyMap<string, string>): EvaluationFacts {
  const list = (ids: string[]): Named => ({ ...named(ids.slice(0, NAMES_SHOWN).flatMap((id) => names.get(id) ?? []), NAMES_SHOWN), count: ids.length });
  return {
    party: l.party,
    evaluated: l.evaluated,
    missing: list(l.missing),
    proposed: list(l.proposed),
    unreported: list(l.unreported),
    ...(l.sentOn ? { sentOn: l.sentOn } : {}),
  };
}
