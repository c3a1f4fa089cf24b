/**
 * Keeps the tallies (shared/data/tally.ts) in step with the records: a Dexie DBCore middleware
 * that, in the same IndexedDB transaction as each write to a counted table, reads the records the
 * write replaces or deletes, and adds the difference to the unit's tally rows. Every write path
 * goes through it (the pages' repositories, imports, restores, deleting a unit), so no caller can
 * forget a tally. Every read-write transaction on a counted table also takes the tallies table.
 *
 * Not in a database upgrade (its tables may not all exist yet at that step): the last upgrade
 * that touches counted records rebuilds every tally (`rebuildTallies`, ./migrations.ts).
 */
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreTable, type DBCoreTransaction, type Middleware, type Transaction } from 'dexie';
import { applyDelta, contentHash, countAll, countInto, distinctId, emptyDelta, setRange, tallyId, valueOfId, type AnyTallySpec, type TallyRow } from '@shared/data/tally';
import { analysisTallySpec } from '@shared/analysis/tally';
import { fingerprintName, fingerprintOf, fingerprintSpec } from '@shared/data/fingerprint';
import { feedbackTallySpec } from '@shared/opinions/feedbackTally';
import { memberTallySpec } from '@shared/members/tally';
import { opinionTallySpec } from '@shared/opinions/tally';

export const TALLIES = 'tallies';

/** The tables whose fingerprints (shared/data/fingerprint.ts) the tallies keep. */
export const FINGERPRINTED = [
  'members',
  'offices',
  'branches',
  'talks',
  'specialMeetings',
  'meetingAttendance',
  'meetingTurns',
  'evaluations',
  'evaluationReports',
  'fixItems',
  'opinions',
  'analyses',
  'feedbacks',
  'lastYearOpinions',
  'studySessions',
] as const;

/** Every tally the database keeps. */
export const TALLY_SPECS: readonly AnyTallySpec[] = [
  opinionTallySpec,
  memberTallySpec,
  analysisTallySpec,
  feedbackTallySpec,
  // What views kept in memory are computed from (./repos/talkModel.ts, ./memo.ts).
  ...FINGERPRINTED.map(fingerprintSpec),
] as unknown as AnyTallySpec[];

/**
 * The row that tells which specs (and versions) the tallies were counted by; not a unit's. When a
 * release adds a tally or changes what one counts, opening the database counts them all again.
 */
export const SIGNATURE_ID = '~specs';
export const tallySignature = (specs: readonly AnyTallySpec[] = TALLY_SPECS) =>
  `specs-${contentHash(specs.map((s) => `${s.table}:${s.name}@${s.version ?? 1}`).join(','))}`;

const idbOf = (trans: DBCoreTransaction) => trans as unknown as IDBTransaction;

/** The records a write replaces or removes, one per operation (undefined where none). */
async function before(table: DBCoreTable, req: DBCoreMutateRequest): Promise<unknown[]> {
  switch (req.type) {
    case 'add':
      return [];
    case 'put': {
      const keys = req.keys ?? req.values.map((v) => table.schema.primaryKey.extractKey!(v));
      const stored = await table.getMany({ trans: req.trans, keys });
      // A key put twice in one call replaces, the second time, what the first put there.
      const seen = new Map<string, number>();
      return stored.map((old, i) => {
        const k = JSON.stringify(keys[i]);
        const j = seen.get(k);
        seen.set(k, i);
        return j === undefined ? old : req.values[j];
      });
    }
    case 'delete':
      return table.getMany({ trans: req.trans, keys: req.keys });
    case 'deleteRange': {
      const res = await table.query({ trans: req.trans, values: true, query: { index: table.schema.primaryKey, range: req.range } });
      return res.result;
    }
  }
}

export function tallyMiddleware(specs: readonly AnyTallySpec[] = TALLY_SPECS): Middleware<DBCore> {
  const byTable = new Map<string, AnyTallySpec[]>();
  for (const s of specs) byTable.set(s.table, [...(byTable.get(s.table) ?? []), s]);
  return {
    stack: 'dbcore',
    name: 'Tallies',
    // Below Dexie's hooks (level 2, which need Dexie's zone across awaits) and above its
    // observability (level 0), so that live queries see the tally rows written here.
    level: 1,
    create: (down) => {
      const hasTallies = down.schema.tables.some((t) => t.name === TALLIES);
      return {
        ...down,
        transaction: (stores, mode, options) =>
          down.transaction(
            hasTallies && mode === 'readwrite' && !stores.includes(TALLIES) && stores.some((s) => byTable.has(s)) ? [...stores, TALLIES] : stores,
            mode,
            options,
          ),
        table: (name) => {
          const table = down.table(name);
          const mine = byTable.get(name);
          if (!mine || !hasTallies) return table;
          return {
            ...table,
            mutate: async (req) => {
              const idb = idbOf(req.trans);
              // An upgrade rebuilds the tallies afterwards; a transaction without the store cannot write them.
              if (idb.mode === 'versionchange' || !idb.objectStoreNames?.contains(TALLIES)) return table.mutate(req);
              // Awaited as Dexie's promise: the calls below need Dexie's zone (the transaction), which
              // an await of a native promise would lose.
              const old = await Dexie.Promise.resolve(before(table, req));
              const res = await table.mutate(req);
              const ok = (_: unknown, i: number) => !res.failures[i];
              const removed = (req.type === 'deleteRange' ? old : old.filter(ok)).filter((r) => r !== undefined);
              const added = req.type === 'add' || req.type === 'put' ? req.values.filter(ok) : [];
              if (removed.length === 0 && added.length === 0) return res;
              const delta = emptyDelta();
              for (const spec of mine) {
                countInto(spec, removed, -1, delta);
                countInto(spec, added, 1, delta);
              }
              const tallies = down.table(TALLIES);
              const ids = [...delta.rows.keys(), ...delta.values.keys()];
              const rows = (await tallies.getMany({ trans: req.trans, keys: ids })) as (TallyRow | undefined)[];
              const current = new Map(rows.flatMap((r) => (r ? [[r.id, r] as const] : [])));
              const { put, remove } = applyDelta(delta, current);
              if (put.length > 0) await tallies.mutate({ type: 'put', trans: req.trans, values: put, keys: put.map((r) => r.id) });
              if (remove.length > 0) await tallies.mutate({ type: 'delete', trans: req.trans, keys: remove });
              return res;
            },
          };
        },
      };
    },
  };
}

/** Every tally counted again from the records (in an upgrade transaction, or a read-write one over them). */
export async function rebuildTallies(tx: Pick<Transaction, 'table'>, specs: readonly AnyTallySpec[] = TALLY_SPECS): Promise<void> {
  await tx.table(TALLIES).clear();
  for (const spec of specs) {
    const rows = countAll(spec, await tx.table(spec.table).toArray());
    if (rows.length > 0) await tx.table(TALLIES).bulkPut(rows);
  }
  await tx.table(TALLIES).put({ id: SIGNATURE_ID, unitId: SIGNATURE_ID, name: tallySignature(specs), counts: {} });
}

/**
 * When the database opens: if its tallies were counted by other specs than this program's (an
 * older release, or none), count them all again, in one transaction with the records.
 */
export async function ensureTallies(db: Dexie, specs: readonly AnyTallySpec[] = TALLY_SPECS): Promise<void> {
  if (!db.tables.some((t) => t.name === TALLIES)) return;
  const signature = tallySignature(specs);
  const current = (await db.table(TALLIES).get(SIGNATURE_ID)) as TallyRow | undefined;
  if (current?.name === signature) return;
  const tables = [TALLIES, ...new Set(specs.map((s) => s.table))].filter((t) => db.tables.some((x) => x.name === t));
  await db.transaction('rw', tables, async (tx) => {
    const again = (await tx.table(TALLIES).get(SIGNATURE_ID)) as TallyRow | undefined;
    if (again?.name !== signature) await rebuildTallies(tx, specs);
  });
}

/** A unit's tally counters (empty when nothing is counted). */
export async function readCounts(db: Dexie, unitId: string, name: string): Promise<Record<string, number>> {
  return ((await db.table(TALLIES).get(tallyId(unitId, name))) as TallyRow | undefined)?.counts ?? {};
}

/** The first `limit` values of a set, in the order of their ids (for ids: the records' key order). */
export async function readSet(db: Dexie, unitId: string, name: string, counter: string, limit = Infinity): Promise<string[]> {
  const [lo, hi] = setRange(unitId, name, counter);
  let q = db.table(TALLIES).where(':id').between(lo, hi);
  if (Number.isFinite(limit)) q = q.limit(limit);
  return ((await q.primaryKeys()) as string[]).map((id) => valueOfId(unitId, name, counter, id));
}

/**
 * Which of `values` are in a set. Always through a Dexie request, even for none: inside a
 * transaction, awaiting a promise that settles without one loses Dexie's zone, and the
 * transaction commits under the caller (PrematureCommitError in the browser).
 */
export function inSet(db: Dexie, unitId: string, name: string, counter: string, values: readonly string[]): Promise<Set<string>> {
  return db
    .table(TALLIES)
    .bulkGet(values.map((v) => distinctId(unitId, name, counter, v)))
    .then((rows) => new Set(values.filter((_, i) => rows[i] !== undefined)));
}

/** The fingerprints of a unit's records in `tables` (which must be FINGERPRINTED), as one string. */
export async function readFingerprints(db: Dexie, unitId: string, tables: readonly (typeof FINGERPRINTED)[number][]): Promise<string> {
  const rows = (await db.table(TALLIES).bulkGet(tables.map((t) => tallyId(unitId, fingerprintName(t))))) as (TallyRow | undefined)[];
  return rows.map((r) => fingerprintOf(r?.counts ?? {})).join('|');
}
