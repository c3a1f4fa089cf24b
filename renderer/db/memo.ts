/**
 * A value computed from a unit's records, kept in memory and given again while the fingerprints
 * (shared/data/fingerprint.ts) of the tables it reads are unchanged — in any window: the tallies'
 * middleware changes them with every write. For the home page's facts that read a whole roster
 * (the meetings' R-EVAL-COVER names every party member not yet heard, in pinyin order): computed
 * when their records change, not on every open of the page or every save elsewhere.
 *
 * `compute` must read only the tables named (the fingerprints vouch for nothing else); it runs in
 * the same read transaction as the fingerprints, so what it reads is what they describe.
 */
import type { PytDb } from './db';
import { FINGERPRINTED, readFingerprints } from './tallies';

type Fingerprinted = (typeof FINGERPRINTED)[number];

/** Values kept per database: a few per unit, for the last units opened. */
const KEPT = 64;
const memos = new WeakMap<PytDb, Map<string, { key: string; value: unknown }>>();

export function memoByFingerprints<T>(
  name: string,
  tables: readonly Fingerprinted[],
  compute: (db: PytDb, unitId: string) => Promise<T>,
): (db: PytDb, unitId: string) => Promise<T> {
  return (db, unitId) =>
    db.transaction('r', [db.tallies, ...tables.map((t) => db.table(t))], async () => {
      const key = await readFingerprints(db, unitId, tables);
      let kept = memos.get(db);
      if (!kept) memos.set(db, (kept = new Map()));
      const at = `${name}|${unitId}`;
      const hit = kept.get(at);
      if (hit?.key === key) return hit.value as T;
      const value = await compute(db, unitId);
      kept.delete(at);
      kept.set(at, { key, value });
      while (kept.size > KEPT) kept.delete(kept.keys().next().value!);
      return value;
    });
}

/** Forgets every kept value of a database (the bench's first reads in a session). */
export function forgetMemos(db: PytDb): void {
  memos.delete(db);
}
