/**
 * Tallies: counts over a unit's records kept up to date in the same transaction as every write
 * (renderer/db/tallies.ts, a Dexie middleware), so that a page can show "共 20,000 条意见" and
 * its coverage matrix from one row instead of reading every record. Derived data: a local table,
 * never in a backup or a bundle, rebuilt from the records when the database is upgraded.
 *
 * A spec names, for one table, the counters each record adds one to, and optionally a distinct
 * count (how many different values of a field have at least one record, e.g. how many members
 * opinions are about), kept with one small row per value.
 */
import { z } from 'zod';
import { defineTable } from './table';
import { id } from './fields';

export const tallyRecord = z.strictObject({
  /** `unitId|name` for a tally, `unitId|name|counter|value` for one value of a distinct count. */
  id: z.string().min(1).max(400),
  unitId: id,
  name: z.string().min(1).max(100),
  counts: z.record(z.string(), z.number().int()),
});
export type TallyRow = z.infer<typeof tallyRecord>;

export const talliesTable = defineTable({
  name: 'tallies',
  owner: 'data',
  label: '统计',
  stores: { 4: 'id, unitId' },
  record: tallyRecord,
  key: 'id',
});

export interface TallySpec<R = never> {
  /** The table whose records are counted. */
  table: string;
  /** The tally's name: one row per unit. */
  name: string;
  /** The counters a record adds one to. */
  counters(r: R): readonly string[];
  /** A distinct count: `counter` holds how many values of `valueOf` have at least one record. */
  distinct?: { counter: string; valueOf(r: R): string | undefined };
  /**
   * Named sets: each `[counter, value]` puts the value in the set `counter` (a row per value, so a
   * page can read the first few of a set, or ask whether a value is in it); the counter holds the
   * set's size, as a distinct count does.
   */
  sets?(r: R): readonly (readonly [counter: string, value: string])[];
  /** Weighted counters: each adds its number (not one) for the record, and takes it off again when the record goes. */
  sums?(r: R): Readonly<Record<string, number>>;
  /** Bumped when the counters a record gives change: the tallies are then counted again (renderer/db/tallies.ts). */
  version?: number;
}

/** A spec over any record (the middleware's view; each spec knows its own record type). */
export type AnyTallySpec = TallySpec<never> & {
  counters(r: unknown): readonly string[];
  distinct?: { counter: string; valueOf(r: unknown): string | undefined };
  sets?(r: unknown): readonly (readonly [string, string])[];
  sums?(r: unknown): Readonly<Record<string, number>>;
};

/** The `[counter, value]` pairs a record puts in the spec's distinct count and sets. */
function valuePairs(spec: AnyTallySpec, r: unknown): (readonly [string, string])[] {
  const out: (readonly [string, string])[] = [];
  const value = spec.distinct?.valueOf(r);
  if (spec.distinct && value !== undefined) out.push([spec.distinct.counter, value]);
  if (spec.sets) out.push(...spec.sets(r));
  return out;
}

/**
 * A record's content as a number below 2^31 (FNV-1a over its JSON): summed over a table's records
 * (a `sums` counter), it changes whenever any record does, and comes back when they come back —
 * a fingerprint of the records that costs one record's hash per write. Sums stay exact up to
 * millions of records.
 */
export function contentHash(r: unknown): number {
  const s = JSON.stringify(r) ?? '';
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & 0x7fffffff;
}

export const tallyId = (unitId: string, name: string) => `${unitId}|${name}`;
export const distinctId = (unitId: string, name: string, counter: string, value: string) => `${unitId}|${name}|${counter}|${value}`;
/** Every value row of one set (or distinct count) sorts between these two ids. */
export const setRange = (unitId: string, name: string, counter: string): [string, string] => [`${unitId}|${name}|${counter}|`, `${unitId}|${name}|${counter}|\uffff`];
/** The value a value row's id holds. */
export const valueOfId = (unitId: string, name: string, counter: string, id: string) => id.slice(`${unitId}|${name}|${counter}|`.length);

interface Counted {
  unitId: string;
}

/** Net changes of a write: per tally row, counter → delta; per distinct value row, delta of its n. */
export interface TallyDelta {
  rows: Map<string, { unitId: string; name: string; counts: Record<string, number> }>;
  values: Map<string, { unitId: string; name: string; counter: string; delta: number }>;
}

export function emptyDelta(): TallyDelta {
  return { rows: new Map(), values: new Map() };
}

/** Adds `sign` × each record's counters to `into`. */
export function countInto(spec: AnyTallySpec, records: readonly unknown[], sign: 1 | -1, into: TallyDelta): void {
  for (const r of records) {
    const unitId = (r as Counted | undefined)?.unitId;
    if (typeof unitId !== 'string') continue;
    const key = tallyId(unitId, spec.name);
    let row = into.rows.get(key);
    if (!row) into.rows.set(key, (row = { unitId, name: spec.name, counts: {} }));
    for (const c of spec.counters(r)) row.counts[c] = (row.counts[c] ?? 0) + sign;
    if (spec.sums) for (const [c, w] of Object.entries(spec.sums(r))) row.counts[c] = (row.counts[c] ?? 0) + sign * w;
    for (const [counter, value] of valuePairs(spec, r)) {
      const vk = distinctId(unitId, spec.name, counter, value);
      const v = into.values.get(vk);
      if (v) v.delta += sign;
      else into.values.set(vk, { unitId, name: spec.name, counter, delta: sign });
    }
  }
}

/**
 * The rows to write after a delta, given the rows as they are (by id; missing = none yet):
 * `put` the changed tally and value rows, `remove` the value rows that fell to zero.
 */
export function applyDelta(delta: TallyDelta, current: ReadonlyMap<string, TallyRow>): { put: TallyRow[]; remove: string[] } {
  const rows = new Map<string, TallyRow>();
  const rowOf = (unitId: string, name: string): TallyRow => {
    const key = tallyId(unitId, name);
    let row = rows.get(key);
    if (!row) {
      const had = current.get(key);
      rows.set(key, (row = { id: key, unitId, name, counts: { ...(had?.counts ?? {}) } }));
    }
    return row;
  };
  const put: TallyRow[] = [];
  const remove: string[] = [];
  for (const [key, v] of delta.values) {
    if (v.delta === 0) continue;
    const before = current.get(key)?.counts.n ?? 0;
    const after = before + v.delta;
    if ((before > 0) !== (after > 0)) {
      const row = rowOf(v.unitId, v.name);
      row.counts[v.counter] = (row.counts[v.counter] ?? 0) + (after > 0 ? 1 : -1);
    }
    if (after > 0) put.push({ id: key, unitId: v.unitId, name: v.name, counts: { n: after } });
    else if (before > 0) remove.push(key);
  }
  for (const d of delta.rows.values()) {
    const row = rowOf(d.unitId, d.name);
    for (const [c, n] of Object.entries(d.counts)) if (n !== 0) row.counts[c] = (row.counts[c] ?? 0) + n;
  }
  for (const row of rows.values()) {
    for (const [c, n] of Object.entries(row.counts)) if (n === 0) delete row.counts[c];
    // A unit with nothing counted keeps no row (deleting a unit leaves nothing of it).
    if (Object.keys(row.counts).length > 0) put.push(row);
    else if (current.has(row.id)) remove.push(row.id);
  }
  return { put, remove };
}

/** Every tally row of `records` counted from scratch (the rebuild, and what tests compare with). */
export function countAll(spec: AnyTallySpec, records: readonly unknown[]): TallyRow[] {
  const delta = emptyDelta();
  countInto(spec, records, 1, delta);
  return applyDelta(delta, new Map()).put;
}
