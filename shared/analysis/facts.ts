/**
 * The facts of the 党性分析材料 measures from the fewest reads: the ids of the unit's party
 * members and its material records (no text), then the names of only the few people a detail
 * line shows. Pure: the loader reads, this counts.
 */
import { NAMES_SHOWN, type AnalysisFacts, type NameList } from './measures';
import { HANDED_IN_STATES, REVIEWED_STATES } from './review';
import type { Analysis } from './types';

export type FactsAnalysis = Pick<Analysis, 'memberId' | 'state' | 'mode' | 'recorderId' | 'receivedOn'>;

/** Member ids per list, every one of them (counts), in the order found. */
export interface FactLists {
  party: number;
  notWritten: string[];
  noRecorder: string[];
  written: number;
  dictated: number;
  received: number;
  waiting: string[];
  returned: string[];
  reviewed: number;
  notPublic: string[];
  publicNow: string[];
  final: number;
}

export function factLists(partyIds: readonly string[], analyses: readonly FactsAnalysis[]): FactLists {
  const byMember = new Map(analyses.map((a) => [a.memberId, a]));
  const l: FactLists = {
    party: partyIds.length,
    notWritten: [],
    noRecorder: [],
    written: 0,
    dictated: 0,
    received: 0,
    waiting: [],
    returned: [],
    reviewed: 0,
    notPublic: [],
    publicNow: [],
    final: 0,
  };
  for (const id of partyIds) {
    const a = byMember.get(id);
    const handedIn = a !== undefined && HANDED_IN_STATES.includes(a.state);
    if (!a || (!handedIn && !a.receivedOn)) {
      l.notWritten.push(id);
      continue;
    }
    l.written += 1;
    if (a.receivedOn) l.received += 1;
    if (a.mode === 'dictated') {
      l.dictated += 1;
      if (!a.recorderId && handedIn) l.noRecorder.push(id);
    }
    if (a.state === 'submitted') l.waiting.push(id);
    if (a.state === 'returned') l.returned.push(id);
    if (REVIEWED_STATES.includes(a.state)) l.reviewed += 1;
    if (a.state === 'approved') l.notPublic.push(id);
    if (a.state === 'public') l.publicNow.push(id);
    if (a.state === 'final') l.final += 1;
  }
  return l;
}

/** The ids whose names the detail lines show (a handful per list). */
export function idsToName(l: FactLists): string[] {
  const lists = [l.notWritten, l.noRecorder, l.waiting, l.returned, l.notPublic, l.publicNow];
  return [...new Set(lists.flatMap((ids) => ids.slice(0, NAMES_SHOWN)))];
}

export interface NamedPerson {
  name: string;
  away?: boolean;
}

export function analysisFacts(l: FactLists, people: ReadonlyMap<string, NamedPerson>): AnalysisFacts {
  const named = (ids: string[], markAway = false): NameList => ({
    count: ids.length,
    names: ids.slice(0, NAMES_SHOWN).flatMap((id) => {
      const p = people.get(id);
      return p ? [markAway && p.away ? `${p.name}（外出）` : p.name] : [];
    }),
  });
  return {
    party: l.party,
    notWritten: named(l.notWritten, true),
    noRecorder: named(l.noRecorder),
    written: l.written,
    dictated: l.dictated,
    received: l.received,
    waiting: named(l.waiting),
    returned: named(l.returned),
    reviewed: l.reviewed,
    notPublic: named(l.notPublic),
    publicNow: named(l.publicNow),
    final: l.final,
  };
}
