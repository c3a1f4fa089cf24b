/**
 * Roster bench (`npm run bench -- roster`): does a unit of 2,000 people stay smooth?
 *
 * A generated 10-branch roster, as a secretary's Excel sheet reads (title row, string cells,
 * 出生年月 like "1965.03", a total row), goes through what the app does with it: the import
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
import { loadSnapshot } from '../../renderer/db/repos/snapshot';
import { createUnit } from '../../renderer/db/repos/units';
import { computeDashboard } from '../../shared/campaign/dashboard';
import { defaultTemplate } from '../../shared/campaign/defaultTemplate';
import { buildRosterPreview, type RosterPreview } from '../../shared/members/import';
import type { CampaignSnapshot } from '../../shared/campaign/snapshot';
import type { Member } from '../../shared/members/types';

const SIZES = [200, 2000] as const;
const REPEAT = Number(process.env.BENCH_REPEAT ?? 9);
const TODAY = '2026-09-02';
const ctx = { actor: '张书记', now: `${TODAY}T09:00:00.000Z` };
const template = defaultTemplate();

export const BENCH_BRANCHES = [
  ...['一', '二', '三', '四', '五', '六', '七', '八', '九'].map((n) => `机关第${n}党支部`),
  '离退休党支部',
];
const HEADER = ['序号', '姓名', '性别', '出生年月', '入党时间', '所在支部', '职务', '身份', '角色', '分管', '外出地点', '联系电话', '年老体弱', '备注'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰海燕文斌宇浩凯鹏辉俊峰晓东亮林';
const POSTS = ['科员', '副主任科员', '主任科员', '科长', '副科长', '办事员', '会计', '出纳', '档案员', '调研员'];

/** Deterministic, so every run measures the same sheet. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The cells of a roster sheet of `n` people in 10 branches: a unit head and team members with
 * 分管, a secretary per branch, a retired branch (some frail), some away, a few 群众.
 */
export function rosterTable(n: number): string[][] {
  const rnd = random(n);
  const pick = (s: string) => s[Math.floor(rnd() * s.length)];
  const pad = (m: number) => String(m).padStart(2, '0');
  const rows: string[][] = [['某市财政局机关党委党员花名册（2026年8月）'], [], HEADER];
  for (let i = 0; i < n; i++) {
    const b = Math.floor((i * BENCH_BRANCHES.length) / n);
    const firstOfBranch = Math.floor(((i - 1) * BENCH_BRANCHES.length) / n) !== b || i === 0;
    const retired = b === BENCH_BRANCHES.length - 1;
    const name = pick(SURNAMES) + pick(GIVEN) + (rnd() < 0.6 ? pick(GIVEN) : '');
    const born = retired ? 1930 + Math.floor(rnd() * 35) : 1960 + Math.floor(rnd() * 40);
    const joined = Math.min(born + 19 + Math.floor(rnd() * 15), 2025);
    const masses = !retired && !firstOfBranch && i % 50 === 7;
    const away = !retired && !masses && i % 37 === 5;
    let post = retired ? '退休干部' : POSTS[Math.floor(rnd() * POSTS.length)];
    let roles = '';
    let oversees = '';
    if (i === 0) [post, roles] = ['局长', '单位主要负责同志、党员领导干部'];
    else if (b === 0 && i <= 5) {
      [post, roles] = ['副局长', '班子成员、党员领导干部'];
      oversees = `${BENCH_BRANCHES[2 * i - 1]}、${BENCH_BRANCHES[2 * i]}`;
    } else if (firstOfBranch) post = `${BENCH_BRANCHES[b]}书记`;
    rows.push([
      String(i + 1),
      name,
      rnd() < 0.55 ? '男' : '女',
      `${born}.${pad(1 + Math.floor(rnd() * 12))}`,
      masses ? '' : `${joined}.${pad(1 + Math.floor(rnd() * 12))}`,
      masses ? '' : BENCH_BRANCHES[b],
      post,
      masses ? '群众' : '中共党员',
      roles,
      oversees,
      away ? '广东省深圳市' : '',
      `1380${String(1_000_000 + i * 7919).slice(-7)}`,
      retired && born < 1940 ? '是' : '',
      i % 97 === 3 ? '2024年转入' : '',
    ]);
  }
  rows.push(['合计', `${n}人`], ['填表人：张某某', '', '', '', '', '', '审核人：李某某']);
  return rows;
}

// --- timing -----------------------------------------------------------------------------------

/** One operation to time: `warm` runs it until the JIT has settled, `sample` returns ms. */
interface Sampler {
  warm(): Promise<void>;
  sample(): Promise<number>;
}

/** A synchronous call, looped when shorter than ~20 ms so the clock can see it. */
function looped(fn: () => unknown): Sampler {
  let loops = 1;
  return {
    async warm() {
      const t0 = performance.now();
      let calls = 0;
      while (calls < 2 || performance.now() - t0 < 250) {
        fn();
        calls++;
      }
      loops = Math.max(1, Math.ceil(20 / Math.max((performance.now() - t0) / calls, 0.001)));
    },
    async sample() {
      const t0 = performance.now();
      for (let k = 0; k < loops; k++) fn();
      return (performance.now() - t0) / loops;
    },
  };
}

/** An asynchronous run that times its own part (setup such as a fresh database excluded). */
function timed(run: () => Promise<number>): Sampler {
  return { warm: async () => void (await run()), sample: run };
}

async function stopwatch(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Medians of each sampler, sampled in turn so that a busy machine weighs on all of them alike. */
async function interleaved(samplers: Sampler[]): Promise<number[]> {
  for (const s of samplers) await s.warm();
  const samples = samplers.map((): number[] => []);
  for (let r = 0; r < REPEAT; r++) {
    for (const [i, s] of samplers.entries()) samples[i].push(await s.sample());
  }
  return samples.map(median);
}

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
  snapshot: CampaignSnapshot;
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
  const snapshot = await loadSnapshot(db, unitId, template);
  if (snapshot.members.length !== n) throw new Error(`imported ${snapshot.members.length} of ${n}`);
  return { table, preview, db, unitId, snapshot };
}

// RosterPage: one keystroke of search over name/post/phone, then a click on the 姓名 header.
const search = (members: Member[], q: string) =>
  members.filter((m) => m.name.includes(q) || (m.post ?? '').includes(q) || (m.phone ?? '').includes(q));
const collator = new Intl.Collator('zh-CN');

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
    ours: (s) => looped(() => buildRosterPreview(s.table, { existing: s.snapshot.members, branches: s.snapshot.branches, now: TODAY })),
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
            const records = s.snapshot.members.map((m) => ({ ...m, unitId }));
            return stopwatch(() => db.transaction('rw', db.members, () => db.members.bulkAdd(records)));
          }),
        ),
    },
  },
  {
    op: 'loadSnapshot (every page reads it)',
    budget: 100,
    ours: (s) => timed(() => stopwatch(() => loadSnapshot(s.db, s.unitId, template))),
    floor: { name: 'Dexie toArray', sampler: (s) => timed(() => stopwatch(() => s.db.members.toArray())) },
  },
  { op: 'computeDashboard (home page)', budget: 100, ours: (s) => looped(() => computeDashboard(s.snapshot, TODAY)) },
  { op: 'roster search, one keystroke', budget: 100, ours: (s) => looped(() => search(s.snapshot.members, '王')) },
  {
    op: "sort by name, localeCompare('zh-CN')",
    budget: 100,
    ours: (s) => looped(() => [...s.snapshot.members].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))),
    floor: { name: 'Intl.Collator', sampler: (s) => looped(() => [...s.snapshot.members].sort((a, b) => collator.compare(a.name, b.name))) },
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
      ? `VERDICT: smooth at ${large} people — every interactive operation < 100 ms, preview < 1 s, import < 2 s`
      : `VERDICT: not smooth at ${large} people — ${slow.length} operation(s) over budget (SLOW lines above)`,
  );
}
