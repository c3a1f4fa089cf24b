/**
 * A unit's records of one table kept in memory between reads (the talks for their overview, the
 * 边议边改 ledger's items), read again only where this window wrote since (./journal.ts) and
 * checked against the table's fingerprint (shared/data/fingerprint.ts), which every window's writes
 * change; when the journal cannot tell, or the check fails, the unit's records are read whole.
 * Copies on change: what was given out before stays as it was.
 */
import type { IndexableType, Table } from 'dexie';
import { contentHash } from '@shared/data/tally';
import type { Journal } from './journal';

export interface Keyed {
  id: string;
  unitId: string;
}

export interface Kept<T extends Keyed> {
  /** The fingerprint read with them (`n:sig`). */
  key: string;
  byId: Map<string, T>;
  /** In id order, as the unitId index gives them. */
  sorted: T[];
  n: number;
  sig: number;
  /** The journal's position when read. */
  position: number;
}

/** One record changed: as it was, and as it is (undefined: absent). */
export interface Change<T> {
  id: string;
  before?: T;
  now?: T;
}

/** Where `id` is, or would go, in a list in id order. */
function slot(list: readonly Keyed[], id: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].id < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A copy of `list` (in id order) without the record `id`, or with `r` in its place. */
export function putSorted<T extends Pick<Keyed, 'id'>>(list: readonly T[] | undefined, id: string, r: T | undefined): T[] {
  const out = list ? list.slice() : [];
  const at = slot(out as unknown as Keyed[], id);
  const here = out[at]?.id === id;
  if (r) out.splice(at, here ? 1 : 0, r);
  else if (here) out.splice(at, 1);
  return out;
}

const byId = (a: Keyed, b: Keyed) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The unit's records now: `old` patched with the records written since, or all of them read again
 * (`changes` null). Must run in a read transaction over `table` that read `key`.
 */
export async function readKept<T extends Keyed>(
  table: Table<T, IndexableType>,
  unitId: string,
  old: Kept<T> | undefined,
  journal: Journal,
  position: number,
  key: string,
): Promise<{ kept: Kept<T>; changes: Change<T>[] | null }> {
  const written = old ? journal.since(old.position) : null;
  if (old && written) {
    const ids = [...written];
    // Always a request, even for none: a promise settled without one would lose the transaction.
    const rows = await table.bulkGet(ids);
    const map = new Map(old.byId);
    let sorted = old.sorted;
    let { n, sig } = old;
    const changes: Change<T>[] = [];
    ids.forEach((id, i) => {
      const before = map.get(id);
      const found = rows[i];
      const now = found && found.unitId === unitId ? found : undefined;
      if (!before && !now) return;
      if (before) {
        map.delete(id);
        n -= 1;
        sig -= contentHash(before);
      }
      if (now) {
        map.set(id, now);
        n += 1;
        sig += contentHash(now);
      }
      sorted = putSorted(sorted, id, now);
      changes.push({ id, before, now });
    });
    if (`${n}:${sig}` === key) return { kept: { key, byId: map, sorted, n, sig, position }, changes };
  }
  const sorted = await table.where('unitId').equals(unitId).toArray();
  sorted.sort(byId);
  return {
    kept: { key, byId: new Map(sorted.map((r) => [r.id, r])), sorted, n: sorted.length, sig: sorted.reduce((x, r) => x + contentHash(r), 0), position },
    changes: null,
  };
}

/**
 * What a view keeps per database and unit, for the last `units` units read (the 督导组's
 * workspace opens many, one after another): `entry` gives a unit's, made fresh when new, and
 * marks it the most recent; `forget` drops a database's (the bench's first reads in a session).
 */
export function unitCache<E>(make: () => E, units = 4): { entry(db: object, unitId: string): E; forget(db: object): void } {
  const cache = new WeakMap<object, Map<string, E>>();
  return {
    entry(db, unitId) {
      let byUnit = cache.get(db);
      if (!byUnit) cache.set(db, (byUnit = new Map()));
      let e = byUnit.get(unitId);
      if (e !== undefined) byUnit.delete(unitId);
      else e = make();
      byUnit.set(unitId, e);
      while (byUnit.size > units) byUnit.delete(byUnit.keys().next().value!);
      return e;
    },
    forget(db) {
      cache.delete(db);
    },
  };
}
