/**
 * A value computed from a unit's records, kept in memory and given again while the fingerprints
 * (shared/data/fingerprint.ts) of the tables it reads are unchanged — in any window: the tallies'
 * middleware changes them with every write. For the home page's facts that read a whole roster
 * (the meetings' R-EVAL-COVER names every party member not yet heard, in pinyin order): computed
 * when their records change, not on every open of the page or every save elsewhere.
 *
 * Kept on disk too (the views table, shared/data/views.ts), keyed by this build, the memo's
 * version and the fingerprints: the first read of a unit in a session (the app just started)
 * reads one row instead of computing from the whole roster. A row whose key differs from the
 * fingerprints read now is never given: the value is computed again and the row replaced.
 *
 * `compute` must read only the tables named (the fingerprints vouch for nothing else); it runs in
 * the same read transaction as the fingerprints, so what it reads is what they describe. A value
 * kept on disk must be plain data (structured-cloneable, no functions or class instances).
 */
import Dexie, { type Transaction } from 'dexie';
import { viewId, type ViewRow } from '@shared/data/views';
import { BUILD_ID } from '../version';
import type { PytDb } from './db';
import { FINGERPRINTED, readFingerprints } from './tallies';

export type Fingerprinted = (typeof FINGERPRINTED)[number];

/** Values kept per database: a few per unit, for the last units opened. */
const KEPT = 64;
const memos = new WeakMap<PytDb, Map<string, { key: string; value: unknown }>>();
/** Rows being written, per database (`flushViews`). */
const writing = new WeakMap<PytDb, Set<Promise<void>>>();

export interface MemoOptions {
  /** Kept on disk as well, under this version: raise it when what `compute` gives changes shape or meaning. */
  persist?: number;
}

/**
 * Writes a view's row after the read that computed it: outside its transaction (a live query's
 * is read-only and may not start a write), best effort (a cache: a row not written is computed
 * again next time).
 */
function keepOnDisk(db: PytDb, row: ViewRow): void {
  let pending = writing.get(db);
  if (!pending) writing.set(db, (pending = new Set()));
  const done: Promise<void> = new Promise<void>((resolve) => {
    setTimeout(() => {
      // Not on a database closed meanwhile (another window's upgrade, a deletion): Dexie would open it again.
      if (!db.isOpen()) return resolve();
      Dexie.ignoreTransaction(() => db.views.put(row))
        .catch(() => undefined)
        .finally(resolve);
    }, 0);
  }).then(() => {
    pending.delete(done);
  });
  pending.add(done);
}

/**
 * A views row, read in the running transaction below Dexie's tables, so that a live query reading
 * it is not subscribed to it: the row is written after each computation, and a subscription would
 * run every page's query once more for nothing. (A Dexie promise over the request keeps Dexie's
 * zone, and the pending request the transaction.)
 */
function readUnobserved(id: string): Promise<ViewRow | undefined> {
  const tx = Dexie.currentTransaction as (Transaction & { idbtrans: IDBTransaction }) | null;
  if (!tx) throw new Error('readUnobserved outside a transaction');
  return new Dexie.Promise<ViewRow | undefined>((resolve, reject) => {
    const req = tx.idbtrans.objectStore('views').get(id);
    req.onsuccess = () => resolve(req.result as ViewRow | undefined);
    req.onerror = () => reject(req.error ?? new Error('views read failed'));
  });
}

/** Waits for the views rows being written (the bench's and the tests' "next session"). */
export async function flushViews(db: PytDb): Promise<void> {
  const pending = writing.get(db);
  while (pending && pending.size > 0) await Promise.all([...pending]);
}

export function memoByFingerprints<T>(
  name: string,
  tables: readonly Fingerprinted[],
  compute: (db: PytDb, unitId: string) => Promise<T>,
  options: MemoOptions = {},
): (db: PytDb, unitId: string) => Promise<T> {
  const onDisk = options.persist !== undefined;
  return (db, unitId) =>
    db.transaction('r', [db.tallies, ...(onDisk ? [db.views] : []), ...tables.map((t) => db.table(t))], async () => {
      const fingerprints = await readFingerprints(db, unitId, tables);
      const key = onDisk ? `${BUILD_ID}|${options.persist}|${fingerprints}` : fingerprints;
      let kept = memos.get(db);
      if (!kept) memos.set(db, (kept = new Map()));
      const at = `${name}|${unitId}`;
      const hit = kept.get(at);
      if (hit?.key === key) return hit.value as T;
      let value: T;
      const row = onDisk ? await readUnobserved(viewId(unitId, name)) : undefined;
      if (row?.key === key) value = row.value as T;
      else {
        value = await compute(db, unitId);
        if (onDisk) keepOnDisk(db, { id: viewId(unitId, name), unitId, name, key, value });
      }
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

/** As the next session finds this database: the rows being written written, nothing kept in memory (the tests). */
export async function nextSession(db: PytDb): Promise<void> {
  await flushViews(db);
  forgetMemos(db);
}
