/**
 * Fingerprints (shared/data/tally.ts): per unit, how many records a table holds and the sum of
 * their content hashes, kept with every write. Two reads of a unit's fingerprint are equal exactly
 * when its records are (but for a 2^-31 chance), so a derived view computed from them (the talks'
 * overview, renderer/db/repos/talkModel.ts; the home page's heavier facts, renderer/db/memo.ts)
 * can be kept in memory and trusted until it changes, in any window.
 */
import { contentHash, type TallySpec } from './tally';

/** The tally's name of a table's fingerprint. */
export const fingerprintName = (table: string) => `fp.${table}`;

export const fingerprintSpec = (table: string): TallySpec<{ unitId: string }> => ({
  table,
  name: fingerprintName(table),
  counters: () => ['n'],
  sums: (r) => ({ sig: contentHash(r) }),
});

/** A fingerprint's counters as one string (`n:sig`). */
export const fingerprintOf = (counts: Readonly<Record<string, number>>) => `${counts.n ?? 0}:${counts.sig ?? 0}`;
