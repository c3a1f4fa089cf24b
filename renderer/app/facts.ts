/**
 * Each feature's facts loader, by feature id: the small reads (index counts, and the names still
 * missing) its checklist measures need. The home page runs them all in one live query.
 */
import type { UnitFacts } from '@shared/campaign/measure';
import { ROSTER_FEATURE } from '@shared/members/measures';
import type { PytDb } from '../db/db';
import { loadRosterFacts } from '../features/roster/facts';

export type FactsLoader = (db: PytDb, unitId: string) => Promise<unknown>;

export const FACT_LOADERS: Readonly<Record<string, FactsLoader>> = {
  [ROSTER_FEATURE]: loadRosterFacts,
};

/** Every feature's facts for the home page, by feature id, read in parallel. */
export async function loadUnitFacts(db: PytDb, unitId: string): Promise<UnitFacts> {
  const entries = Object.entries(FACT_LOADERS);
  const values = await Promise.all(entries.map(([, load]) => load(db, unitId)));
  return Object.fromEntries(entries.map(([id], i) => [id, values[i]]));
}
