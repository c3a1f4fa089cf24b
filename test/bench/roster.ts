/**
 * Roster bench (`npm run bench -- roster`): does a unit of 2,000 people stay smooth?
 *
 * A generated 10-branch roster (rosterSheet.ts), as a secretary's Excel sheet reads (title row,
 * string cells, 出生年月 like "1965.03", a total row), goes through what the app does with it: the import
 * preview, the import itself, the snapshot every page reads, the home page, and the roster
 * page's search and sort. Each figure is the median of several runs and comes with, from the
 * same run, the same work at 200 people (2000/200 ≈ 10 means linear) and, where there is one,
 * a floor: raw Dexie on the same records, or a bare Intl.Collator sort.
 *
 * The database is fake-indexeddb (pure JS, as in the integration tests): its absolute figures
 * are not Chromium's, so the ratio to the floor is the number to watch there.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { PytDb } from '../../renderer/db/db';
import { importMembers } from '../../renderer/db/repos/members';
import { createUnit } from '../../renderer/db/repos/units';
import { defaultTemplate } from '../../shared/campaign/defaultTemplate';
import { buildRosterPreview, type RosterPreview } from '../../shared/members/import';
import { filterRoster, sortRoster, zhCollator } from '../../shared/members/rosterView';
import type { Branch, Member } from '../../shared/members/types';
import { BENCH_BRANCHES, rosterTable } from './rosterSheet';
import { interleaved, looped, REPEAT, stopwatch, timed, type Sampler } from './timing';

const SIZES = [200, 2000] as const;
const TODAY = '2026-09-02';
const ctx = { actor: '张书记', now: `${TODAY}T09:00:00.000Z` };
const template = defaultTemplate();

// --- the units measured -----------------------------------------------------------------------

let dbCount = 0;
async function openUnit(): Promise<{ db: PytDb; unitId: string }> {
  const db = new PytDb(`bench-roster-${dbCount++}`, { indexedDB, IDBKeyRange });
  await db.open();
  const unit = await createUnit(db, { name: '某市财政局', orgName: '中共某市财政局机关委员会', parentOrg: '', year: 2026, contact: '张书记' }, { ...ctx, template });
  return { db, unitId: unit.id };
}

async function withUnit<T>(fn: (db: PytDb, unitId: string) => Promise<T>): Promise<T> {
  const { db, unitId } = await openUnit();
  try {
    return await fn(db, unitId);
  } finally {
    await db.delete();
  }
}

/** A roster sheet of `n` people and a unit that has imported it. */
interface Sized {
  table: string[][];
  preview: RosterPreview;
  db: PytDb;
  unitId: string;
  members: Member[];
  branches: Branch[];
}

async function prepare(n: number): Promise<Sized> {
  const table = rosterTable(n);
  const preview = buildRosterPreview(table, { existing: [], branches: [], now: TODAY });
  const errors = preview.rows.filter((r) => r.problems.some((x) => x.level === 'error'));
  if (preview.rows.length !== n || errors.length > 0 || preview.newBranchNames.length !== BENCH_BRANCHES.length) {
    throw new Error(`generated roster of ${n} reads wrong: ${preview.rows.length} rows, ${errors.length} with errors, e.g. ${JSON.stringify(errors[0]?.problems)}`);
  }
  const { db, unitId } = await openUnit();
  await importMembers(db, unitId, preview.rows, ctx);
  const members = await db.members.where('unitId').equals(unitId).toArray();
  const branches = await db.branches.where('unitId').equals(unitId).toArray();
  if (members.length !== n) throw new Error(`imported ${members.length} of ${n}`);
  return { table, preview, db, unitId, members, branches };
}

// RosterPage: one keystroke of search over name/post/phone, and its paper order (shared/members/rosterView).
const search = (members: Member[], q: string) => filterRoster(members, { query: q });

interface Op {
  op: string;
  /** ms at 2,000 people a user would not notice (interactive) or would accept (import). */
  budget: number;
  ours(s: Sized): Sampler;
  floor?: { name: string; sampler(s: Sized): Sampler };
}

const OPS: Op[] = [
  {
    op: 'import preview (buildRosterPreview)',
    budget: 1000,
    ours: (s) => looped(() => buildRosterPreview(s.table, { existing: [], branches: [], now: TODAY })),
  },
  {
    op: 'preview against the roster (re-import)',
    budget: 1000,
    ours: (s) => looped(() => buildRosterPreview(s.table, { existing: s.members, branches: s.branches, now: TODAY })),
  },
  {
    op: 'importMembers, one transaction',
    budget: 2000,
    ours: (s) => timed(() => withUnit((db, unitId) => stopwatch(() => importMembers(db, unitId, s.preview.rows, ctx)))),
    floor: {
      name: 'Dexie bulkAdd',
      sampler: (s) =>
        timed(() =>
          withUnit((db, unitId) => {
            const records = s.members.map((m) => ({ ...m, unitId }));
            return stopwatch(() => db.transaction('rw', db.members, () => db.members.bulkAdd(records)));
          }),
        ),
    },
  },
  {
    op: 'roster page read (the unit\'s people)',
    budget: 100,
    ours: (s) => timed(() => stopwatch(() => s.db.members.where('unitId').equals(s.unitId).toArray())),
    floor: { name: 'Dexie toArray', sampler: (s) => timed(() => stopwatch(() => s.db.members.toArray())) },
  },
  { op: 'roster search, one keystroke', budget: 100, ours: (s) => looped(() => search(s.members, '王')) },
  {
    op: 'roster order (branch, party, pinyin)',
    budget: 100,
    ours: (s) => looped(() => sortRoster(s.members, s.branches)),
    floor: { name: 'name sort only', sampler: (s) => looped(() => [...s.members].sort((a, b) => zhCollator.compare(a.name, b.name))) },
  },
];

// --- the report -------------------------------------------------------------------------------

const num = (x: number | undefined, w: number, d = 2) => (x === undefined ? '—' : x.toFixed(d)).padStart(w);
/** Pads text to `w` columns, counting a Chinese character as two. */
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - [...s].reduce((k, c) => k + (c.charCodeAt(0) > 0x2e7f ? 2 : 1), 0)));

/** Measures at 200 and 2,000 people, in turn, and prints the table and the verdict. */
export async function runRosterBench(): Promise<void> {
  const [small, large] = SIZES;
  const s = await prepare(small);
  const l = await prepare(large);
  console.log(`Roster of ${large} people in ${BENCH_BRANCHES.length} branches (baseline ${small}), median of ${REPEAT} runs, ms; DB on fake-indexeddb`);
  const W = 42;
  console.log(`${pad('operation', W)}  @${small}  @${large}  ×scale   floor@${large}  ×floor  budget`);
  const slow: string[] = [];
  try {
    for (const o of OPS) {
      const samplers = [o.ours(s), o.ours(l), ...(o.floor ? [o.floor.sampler(l)] : [])];
      const [a, b, floor] = await interleaved(samplers);
      const scale = b / a;
      const vsFloor = floor === undefined ? undefined : b / floor;
      const note = [scale > 30 ? 'superlinear?' : '', o.floor ? `floor: ${o.floor.name}` : ''].filter(Boolean).join('; ');
      console.log(`${pad(o.op, W)} ${num(a, 6)} ${num(b, 8)} ${num(scale, 6, 1)}  ${num(floor, 10)} ${num(vsFloor, 7, 1)} ${String(o.budget).padStart(7)}  ${note}`.trimEnd());
      if (b > o.budget) slow.push(`SLOW: ${o.op}: ${b.toFixed(0)} ms at ${large} people (budget ${o.budget} ms)`);
    }
  } finally {
    await s.db.delete();
    await l.db.delete();
  }
  for (const line of slow) console.log(line);
  console.log(
    slow.length === 0
      ? `VERDICT: smooth at ${large} people — every interactive operation < 100 ms, preview < 1 s, import < 2 s (logic and database; rendering is not timed here, see test/bench/README.md)`
      : `VERDICT: not smooth at ${large} people — ${slow.length} operation(s) over budget (SLOW lines above)`,
  );
}
