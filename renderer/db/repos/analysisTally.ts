/**
 * The materials' counts and the checklist's names from the tallies (renderer/db/tallies.ts): the
 * roster's tally gives the party members, the materials' tally the rest. A material whose person
 * is no longer a party member (the roster changed after it was written) does not count: such
 * people are found among the roster's non-party ones, and their materials taken off.
 *
 * Cost: two rows, the non-party people's ids (keys), the first few ids of each named list, and the
 * names of only those. The names of who has not written scan the party members' keys 64 at a time
 * while fewer than five are found, so near the end of the step (a few left among many) it reads
 * them all (keys only).
 */
import type { Analysis, AnalysisState } from '@shared/analysis/types';
import type { AnalysisFacts } from '@shared/analysis/measures';
import { NAMES_SHOWN } from '@shared/analysis/measures';
import { ANALYSIS_SETS, ANALYSIS_TALLY, analysisParts, type AnalysisSet } from '@shared/analysis/tally';
import { analysisFacts, type FactLists, type NamedPerson } from '@shared/analysis/facts';
import { MEMBER_TALLY } from '@shared/members/tally';
import type { PytDb } from '../db';
import { inSet, readCounts, readSet } from '../tallies';

export interface AnalysisCounts {
  /** Party members. */
  party: number;
  /** The materials' counters, party members' only (state.<s>, written, received, … and each set's size). */
  counts: Record<string, number>;
  /** Members whose material does not count (not party members any more). */
  excluded: Set<string>;
}

export async function readAnalysisCounts(db: PytDb, unitId: string): Promise<AnalysisCounts> {
  return db.transaction('r', [db.tallies, db.analyses], async () => {
    const [roster, raw, nonParty] = await Promise.all([
      readCounts(db, unitId, MEMBER_TALLY),
      readCounts(db, unitId, ANALYSIS_TALLY),
      readSet(db, unitId, MEMBER_TALLY, 'nonPartyIds'),
    ]);
    const excluded = await inSet(db, unitId, ANALYSIS_TALLY, 'memberIds', nonParty);
    const counts = { ...raw };
    if (excluded.size > 0) {
      const theirs = await Promise.all([...excluded].map((memberId) => db.analyses.where('[unitId+memberId]').equals([unitId, memberId]).first()));
      for (const a of theirs) {
        if (!a) continue;
        const parts = analysisParts(a);
        for (const c of [...parts.counters, ...parts.sets]) counts[c] = (counts[c] ?? 0) - 1;
      }
    }
    return { party: roster.party ?? 0, counts, excluded };
  });
}

/** Materials per state, and `none`: party members without one. */
export function stateCounts(c: AnalysisCounts, states: readonly AnalysisState[]): Map<AnalysisState | 'none', number> {
  const out = new Map<AnalysisState | 'none', number>([['none', c.party - (c.counts.total ?? 0)]]);
  for (const s of states) if (c.counts[`state.${s}`]) out.set(s, c.counts[`state.${s}`]);
  return out;
}

const CHUNK = 64;

/** The first `n` party members (in key order) whose material is not handed in nor received (some are). */
async function firstNotWritten(db: PytDb, unitId: string, n: number): Promise<string[]> {
  const party = db.members.where('[unitId+kind]').equals([unitId, 'party']);
  const pick = async (ids: string[]) => {
    const written = await inSet(db, unitId, ANALYSIS_TALLY, 'writtenIds', ids);
    return ids.filter((id) => !written.has(id));
  };
  const first = (await party.clone().limit(CHUNK).primaryKeys()) as string[];
  const found = await pick(first);
  if (found.length >= n || first.length < CHUNK) return found.slice(0, n);
  return (await pick((await party.primaryKeys()) as string[])).slice(0, n);
}

/** The checklist's facts of 党性分析材料 (as factLists and analysisFacts give them from the records). */
export async function loadAnalysisFactsFromTallies(db: PytDb, unitId: string): Promise<AnalysisFacts> {
  return db.transaction('r', [db.tallies, db.analyses, db.members], async () => {
    const c = await readAnalysisCounts(db, unitId);
    const n = (k: string) => c.counts[k] ?? 0;
    const written = n('written');
    const lists = await Promise.all(
      ANALYSIS_SETS.map(async (s: AnalysisSet) =>
        (await readSet(db, unitId, ANALYSIS_TALLY, s, NAMES_SHOWN + c.excluded.size)).filter((id) => !c.excluded.has(id)).slice(0, NAMES_SHOWN),
      ),
    );
    // Only awaited when it reads: a promise settled without a request would lose the transaction.
    const notWritten = c.party - written > 0 ? await firstNotWritten(db, unitId, NAMES_SHOWN) : [];
    const ids = [...new Set([...notWritten, ...lists.flat()])];
    const people = new Map<string, NamedPerson>();
    for (const m of ids.length > 0 ? await db.members.bulkGet(ids) : []) if (m) people.set(m.id, { name: m.name, away: m.away !== null });
    // factLists' shape, each list its first ids and analysisFacts' counts set from the tally.
    const set = Object.fromEntries(ANALYSIS_SETS.map((s, i) => [s, lists[i]])) as Record<AnalysisSet, string[]>;
    const l: FactLists = {
      party: c.party,
      notWritten,
      noRecorder: set.noRecorder,
      written,
      dictated: n('dictated'),
      received: n('received'),
      waiting: set.waiting,
      returned: set.returned,
      reviewed: n('reviewed'),
      notPublic: set.notPublic,
      publicNow: set.publicNow,
      final: n('final'),
    };
    const facts = analysisFacts(l, people);
    const counted: Record<'notWritten' | AnalysisSet, number> = {
      notWritten: c.party - written,
      ...(Object.fromEntries(ANALYSIS_SETS.map((s) => [s, n(s)])) as Record<AnalysisSet, number>),
    };
    for (const [k, count] of Object.entries(counted)) facts[k as keyof typeof counted] = { ...facts[k as keyof typeof counted], count };
    return facts;
  });
}

/** The party members' materials (state, mode; no text): what a batch step takes, read when it starts. */
export async function partyAnalyses(db: PytDb, unitId: string): Promise<Analysis[]> {
  return db.transaction('r', [db.tallies, db.analyses, db.members], async () => {
    const [all, nonParty] = await Promise.all([db.analyses.where('unitId').equals(unitId).toArray(), readSet(db, unitId, MEMBER_TALLY, 'nonPartyIds')]);
    const not = new Set(nonParty);
    return all.filter((a) => !not.has(a.memberId));
  });
}
