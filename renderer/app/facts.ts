/**
 * Each feature's facts loader, by feature id: the small reads (index counts, and the names still
 * missing) its checklist measures need. The home page runs them all in one live query.
 */
import type { UnitFacts } from '@shared/campaign/measure';
import { ANALYSIS_FEATURE } from '@shared/analysis/measures';
import { ROSTER_FEATURE } from '@shared/members/measures';
import { OPINIONS_FEATURE } from '@shared/opinions/measures';
import { TALKS_FEATURE } from '@shared/talks/measures';
import { THROUGHOUT_FEATURE } from '@shared/throughout/measures';
import type { PytDb } from '../db/db';
import { loadAnalysisFacts } from '../features/analysis/facts';
import { loadOpinionFacts } from '../features/opinions/facts';
import { loadRosterFacts } from '../features/roster/facts';
import { loadTalkFacts } from '../features/talks/facts';
import { loadThroughoutFacts } from '../features/throughout/facts';

export type FactsLoader = (db: PytDb, unitId: string) => Promise<unknown>;

export const FACT_LOADERS: Readonly<Record<string, FactsLoader>> = {
  [ROSTER_FEATURE]: loadRosterFacts,
  [OPINIONS_FEATURE]: loadOpinionFacts,
  [TALKS_FEATURE]: loadTalkFacts,
  [ANALYSIS_FEATURE]: loadAnalysisFacts,
  [THROUGHOUT_FEATURE]: loadThroughoutFacts,
};

/** Every feature's facts for the home page, by feature id, read in parallel. */
export async function loadUnitFacts(db: PytDb, unitId: string): Promise<UnitFacts> {
  const entries = Object.entries(FACT_LOADERS);
  const values = await Promise.all(entries.map(([, load]) => load(db, unitId)));
  return Object.fromEntries(entries.map(([id], i) => [id, values[i]]));
}
