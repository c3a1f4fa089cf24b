/**
 * Working-records bench (`npm run bench -- records`): do the pages of 征求意见, 谈心, 党性分析材料
 * and 边议边改 stay as quick in a unit of 2,000 members as in one of 200?
 *
 * Two units in the same run, on fake-indexeddb: 200 and 2,000 members in 10 branches, each with
 * 10 opinions a member (dated over four weeks), the talks the roster requires (生成应谈名单), a
 * material for every party member with 3 versions, a ledger item per 20 members. Each line
 * times what the app does, no more and no less:
 *   - open: the live queries the page runs when it opens, and what it computes from them
 *     (征求意见: the first page of the register, the coverage counts (the opinions' tally) and, from
 *     them and the feedback and last year's opinions, the step's checklist; 谈心: the page's first
 *     screen (its counts and the first page of the list), kept in memory and on disk, computed
 *     from the overview kept in memory when the records changed; 党性分析材料: the first page of
 *     the list and its counts (tallies); 边议边改: the ledger tab's data, kept in memory and on disk
 *     (renderer/db/repos/ledgerModel.ts); 首页: the campaign state and every feature's facts);
 *     and apart, each first open in a session: nothing in memory, what the last session left on
 *     disk (renderer/db/memo.ts);
 *   - save + refresh: one record through the page's write, then the page's live queries again
 *     (each reads the table written). The other pages are not mounted, so nothing else re-runs.
 *   - 首页 after a save: the home page has one live query per feature's facts loader
 *     (features/home/useUnitFacts.ts), and Dexie re-runs only those that read what a write
 *     changed. The bench records (a DBCore middleware) the tables the save writes and the tables
 *     each loader reads (for the tallies table, the rows), and times the save plus the loaders
 *     that read what was written: the bound of what liveQuery re-runs.
 * Target: the 2,000-member unit ≤ 2× the 200-member one (printed as a ratio). Then the batch export
 * of BENCH_BATCH (2,000) materials into one .zip, with its progress counted.
 * Env: BENCH_SMALL / BENCH_BIG (members), BENCH_REPEAT (samples per line), BENCH_BATCH.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { defaultTemplate } from '../../shared/campaign/defaultTemplate';
import type { Branch, Member } from '../../shared/members/types';
import type { Opinion } from '../../shared/opinions/types';
import type { Analysis, AnalysisVersion } from '../../shared/analysis/types';
import type { DBCore, DBCoreKeyRange, Middleware } from 'dexie';
import { FACT_LOADERS, loadUnitFacts } from '../../renderer/app/facts';
import { reviewerIndex } from '../../shared/analysis/reviewer';
import { presenceOfTally } from '../../shared/opinions/coverage';
import { loadSnapshot } from '../../renderer/db/repos/snapshot';
import { loadOpinionSideFacts } from '../../renderer/features/opinions/facts';
import { PytDb } from '../../renderer/db/db';
import { pageOpinions, readOpinionTally, saveOpinion } from '../../renderer/db/repos/opinions';
import { forgetLedgers, readLedgerHead } from '../../renderer/db/repos/ledgerModel';
import { generateTalks, planTalk } from '../../renderer/db/repos/talks';
import { forgetTalkModels, readTalkModel } from '../../renderer/db/repos/talkModel';
import { flushViews, forgetMemos } from '../../renderer/db/memo';
import { readTalksHead } from '../../renderer/features/talks/facts';
import { readAnalysisCountsKept, readAnalysisFirstPage } from '../../renderer/features/analysis/facts';
import { saveAnalysisText } from '../../renderer/db/repos/analysis';
import { stateCounts } from '../../renderer/db/repos/analysisTally';
import { ANALYSIS_STATES } from '../../shared/analysis/types';
import { saveFixItem } from '../../renderer/db/repos/throughout';
import { createUnit } from '../../renderer/db/repos/units';
import { buildSelfAnalysisBatch } from '../../shared/documents';
import { selfAnalysisExample } from '../fixtures/documents/selfAnalysis';
import { benchRoster } from './benchRoster';
import { interleaved, stopwatch, timed } from './timing';

const template = defaultTemplate();
const TODAY = '2005-09-13';
const NOW = `${TODAY}T09:00:00.000+08:00`;
const ctx = { actor: '孙丽萍', now: NOW, template, today: TODAY };
const BRANCHES = 10;
const SMALL = Number(process.env.BENCH_SMALL ?? 200);
const BIG = Number(process.env.BENCH_BIG ?? 2000);
const BATCH = Number(process.env.BENCH_BATCH ?? 2000);

interface BenchUnit {
  db: PytDb;
  unitId: string;
  members: Member[];
}

let dbCount = 0;
const pad = (n: number) => String(n).padStart(2, '0');

const TARGETS = ['organisation', 'leadership', 'member'] as const;
const CATEGORIES = ['ideals', 'work', 'style'] as const;
const CHANNELS = ['talk', 'box', 'form', 'forum', 'hotline'] as const;
const SOURCES = ['party', 'masses', 'client'] as const;

export async function makeUnit(n: number): Promise<BenchUnit> {
  const db = new PytDb(`bench-records-${dbCount++}`, { indexedDB, IDBKeyRange });
  db.use(tableRecorder);
  await db.open();
  const unit = await createUnit(db, { name: `某市财政局${n}`, orgName: '中共某市财政局机关委员会', parentOrg: '', year: 2005, contact: '孙丽萍' }, ctx);
  const unitId = unit.id;
  const branches: Branch[] = Array.from({ length: BRANCHES }, (_, i) => ({ id: `b-${i}`, unitId, name: `第${i + 1}党支部`, order: i }));
  const members = benchRoster(unitId, n, branches, NOW);
  const party = members.filter((m) => m.kind === 'party');
  await db.branches.bulkAdd(branches);
  await db.members.bulkAdd(members);
  const opinions: Opinion[] = Array.from({ length: n * 10 }, (_, i) => {
    const target = TARGETS[i % 3];
    const date = `2005-08-${pad(15 + (i % 17))}`;
    return {
      id: `o-${i}`,
      unitId,
      text: `第${i + 1}条意见：工作作风要进一步改进，服务企业要更主动。`,
      channel: CHANNELS[i % CHANNELS.length],
      source: SOURCES[i % SOURCES.length],
      target,
      ...(target === 'member' ? { targetMemberId: party[i % party.length].id } : {}),
      category: CATEGORIES[i % 3],
      // Four weeks of collecting, up to the day before the bench's today.
      date,
      anonymous: true,
      fromStage1: i % 7 === 0,
      // Entered one by one on the day given, a few seconds apart.
      createdAt: `${date}T${pad(8 + (Math.floor(i / 3600) % 12))}:${pad(Math.floor(i / 60) % 60)}:${pad(i % 60)}.000+08:00`,
    };
  });
  await db.opinions.bulkAdd(opinions);
  await generateTalks(db, unitId, ctx);
  const analyses: Analysis[] = party.map((m, i) => ({
    id: `a-${i}`,
    unitId,
    memberId: m.id,
    mode: 'self',
    // Drafts: the bench saves text into one, which a submitted material refuses.
    state: 'draft',
    version: 3,
    createdAt: NOW,
    updatedAt: NOW,
  }));
  await db.analyses.bulkAdd(analyses);
  const versions: AnalysisVersion[] = analyses.flatMap((a) =>
    [1, 2, 3].map((v) => ({
      id: `${a.id}-v${v}`,
      unitId,
      analysisId: a.id,
      version: v,
      problems: selfAnalysisExample.problems,
      roots: selfAnalysisExample.roots,
      measures: selfAnalysisExample.measures,
      by: '孙丽萍',
      savedAt: NOW,
    })),
  );
  await db.analysisVersions.bulkAdd(versions);
  for (let i = 0; i < n / 20; i++) {
    await saveFixItem(db, unitId, { opinionIds: [`o-${i}`], problem: `问题${i}`, measure: '立即整改', ownerName: '张建国', deadline: '2005-09-30' }, ctx);
  }
  return { db, unitId, members };
}

/**
 * What is read and written while `recording` is set (a DBCore middleware on each bench database):
 * the tables, and for the tallies table (which every save writes and several loaders read, row
 * by row) the keys and key ranges, as Dexie's live queries track them.
 */
interface Recorded {
  reads: Set<string>;
  writes: Set<string>;
  tallyReads: { keys: unknown[]; ranges: DBCoreKeyRange[] };
  tallyWrites: { keys: unknown[]; ranges: DBCoreKeyRange[] };
}
let recording: Recorded | null = null;
const tableRecorder: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'benchTables',
  // Below the tallies' middleware (level 1), so that the tally rows a write updates count as
  // written, as Dexie's live queries (level 0) see them.
  level: 0,
  create: (down) => ({
    ...down,
    table: (name) => {
      const t = down.table(name);
      const tally = name === 'tallies';
      const read = (keys: unknown[] = [], range?: DBCoreKeyRange) => {
        if (!recording) return;
        recording.reads.add(name);
        if (tally) {
          recording.tallyReads.keys.push(...keys);
          if (range) recording.tallyReads.ranges.push(range);
        }
      };
      return {
        ...t,
        get: (req) => (read([req.key]), t.get(req)),
        getMany: (req) => (read(req.keys), t.getMany(req)),
        query: (req) => (read([], req.query.range), t.query(req)),
        openCursor: (req) => (read([], req.query.range), t.openCursor(req)),
        count: (req) => (read([], req.query.range), t.count(req)),
        mutate: (req) => {
          if (recording) {
            recording.writes.add(name);
            if (tally) {
              if (req.type === 'deleteRange') recording.tallyWrites.ranges.push(req.range);
              else if (req.type === 'delete') recording.tallyWrites.keys.push(...req.keys);
              else recording.tallyWrites.keys.push(...(req.keys ?? req.values.map((v) => t.schema.primaryKey.extractKey!(v))));
            }
          }
          return t.mutate(req);
        },
      };
    },
  }),
};

async function record(fn: () => Promise<unknown>): Promise<Recorded> {
  recording = { reads: new Set(), writes: new Set(), tallyReads: { keys: [], ranges: [] }, tallyWrites: { keys: [], ranges: [] } };
  try {
    await fn();
    return recording;
  } finally {
    recording = null;
  }
}

const cmp = (a: unknown, b: unknown) => indexedDB.cmp(a, b);
function inRange(key: unknown, r: DBCoreKeyRange): boolean {
  if (r.type === 4) return false;
  if (r.type === 3) return true;
  const lo = r.lower === undefined ? -1 : cmp(key, r.lower);
  const hi = r.upper === undefined ? -1 : cmp(key, r.upper);
  return (r.lower === undefined || lo > 0 || (lo === 0 && !r.lowerOpen)) && (r.upper === undefined || hi < 0 || (hi === 0 && !r.upperOpen));
}

/** Whether a write touches what a read read: the same table, and for the tallies the same rows. */
function touches(w: Recorded, r: Recorded): boolean {
  for (const t of r.reads) {
    if (!w.writes.has(t)) continue;
    if (t !== 'tallies') return true;
    // Ranges written (a unit deleted) are taken as touching every tally read.
    if (w.tallyWrites.ranges.length > 0) return true;
    for (const k of w.tallyWrites.keys) {
      if (r.tallyReads.keys.some((x) => cmp(x, k) === 0) || r.tallyReads.ranges.some((range) => inRange(k, range))) return true;
    }
  }
  return false;
}

/**
 * Which facts loaders the home page re-runs after `save`: those that read a table the save writes
 * (for the tallies, a row it writes). Dexie's liveQuery re-runs a query when a write touches a
 * key or range it read, so this is the bound of what the app re-runs (the same or more).
 */
async function rerunLoaders(u: BenchUnit, save: (u: BenchUnit) => Promise<unknown>): Promise<string[]> {
  const written = await record(() => save(u));
  const touched: string[] = [];
  for (const [id, load] of Object.entries(FACT_LOADERS)) {
    const read = await record(() => load(u.db, u.unitId));
    if (touches(written, read)) touched.push(id);
  }
  return touched;
}

export async function runRecordsBench(): Promise<void> {
  let t0 = performance.now();
  const small = await makeUnit(SMALL);
  const big = await makeUnit(BIG);
  console.log(
    `Units of ${SMALL} and ${BIG} members (10 opinions a member, the required talks, a material with 3 versions per party member); ` +
      `set up in ${((performance.now() - t0) / 1000).toFixed(1)} s; median ms; fake-indexeddb`,
  );
  const talkCount = async (u: BenchUnit) => u.db.talks.where('unitId').equals(u.unitId).count();
  console.log(`talks generated: ${await talkCount(small)} and ${await talkCount(big)}`);
  let k = 0;
  const PAGE = { offset: 0, limit: 50 };
  const opinionsOpen = (u: BenchUnit) =>
    Promise.all([
      pageOpinions(u.db, u.unitId, {}, { ...PAGE, order: 'newest' }),
      readOpinionTally(u.db, u.unitId).then(presenceOfTally),
      loadOpinionSideFacts(u.db, u.unitId),
    ]);
  // useTalksHead: the page's first screen (the counts and the first page of the list), kept in
  // memory and on disk (renderer/db/memo.ts), computed from the overview kept in memory
  // (renderer/db/repos/talkModel.ts) when the records changed. The first read in a session: below.
  const talksOpen = (u: BenchUnit) => readTalksHead(u.db, u.unitId);
  // A new session: nothing in memory, what the last one left on disk.
  const forgetAll = (u: BenchUnit) => {
    forgetTalkModels(u.db);
    forgetLedgers(u.db);
    forgetMemos(u.db);
  };
  /** The same read as the first of a session. */
  const firstIn =
    (read: (u: BenchUnit) => Promise<unknown>) =>
    (u: BenchUnit): Promise<unknown> => {
      forgetAll(u);
      return read(u);
    };
  // useAnalysisList as the page opens (the first page, kept in memory and on disk: readAnalysisFirstPage; reviewers of its rows) and useAnalysisSummary (unfiltered: the tallies).
  const analysisOpen = async (u: BenchUnit) => {
    const [page] = await Promise.all([
      readAnalysisFirstPage(u.db, u.unitId),
      readAnalysisCountsKept(u.db, u.unitId).then((c) => stateCounts(c, ANALYSIS_STATES)),
    ]);
    const reviewerOf = reviewerIndex({ people: page.people, offices: page.offices });
    return page.rows.map((r) => reviewerOf(r.member));
  };
  // useLedgerHead: the ledger tab's first screen, which the 边议边改 page opens on (kept in memory and on disk, ledgerModel.ts).
  const throughoutOpen = (u: BenchUnit) => readLedgerHead(u.db, u.unitId);
  const homeOpen = (u: BenchUnit) => Promise.all([loadSnapshot(u.db, u.unitId, template), loadUnitFacts(u.db, u.unitId)]);

  const saveOpinionOf = (u: BenchUnit) =>
    saveOpinion(u.db, u.unitId, { text: `新意见${k++}`, channel: 'box', source: 'masses', target: 'organisation', category: 'style', date: TODAY, anonymous: true, fromStage1: false }, ctx);
  const planOneTalk = async (u: BenchUnit) => {
    const t = (await u.db.talks.where('[unitId+status]').equals([u.unitId, 'planned']).first())!;
    return planTalk(u.db, u.unitId, t.id, { date: TODAY, time: `${String(8 + (k++ % 10)).padStart(2, '0')}:00`, minutes: 30, place: '会议室', topic: '交流思想' }, ctx);
  };
  const saveMaterial = (u: BenchUnit) =>
    saveAnalysisText(u.db, u.unitId, u.members.find((m, i) => i >= 15 && m.kind === 'party')!.id, { problems: `问题${k++}`, roots: '根源', measures: '措施' }, ctx);
  const saveFix = (u: BenchUnit) =>
    saveFixItem(u.db, u.unitId, { opinionIds: [], problem: `问题${k++}`, measure: '整改', ownerName: '张建国', deadline: '2005-09-30' }, ctx);

  const pages: [string, (u: BenchUnit) => Promise<unknown>, (u: BenchUnit) => Promise<unknown>][] = [
    ['征求意见', opinionsOpen, saveOpinionOf],
    ['谈心谈话', talksOpen, planOneTalk],
    ['党性分析材料', analysisOpen, saveMaterial],
    ['边议边改', throughoutOpen, saveFix],
  ];
  /** The medians of a read in the small unit and in the big one, interleaved. */
  const both = async (read: (u: BenchUnit) => Promise<unknown>): Promise<[number, number]> => {
    const [a, b] = await interleaved([timed(() => stopwatch(() => read(small))), timed(() => stopwatch(() => read(big)))]);
    return [a, b];
  };
  const verdicts: string[] = [];
  const report = (what: string, a: number, b: number) => {
    const r = b / a;
    console.log(`${what.padEnd(26)} ${SMALL}: ${a.toFixed(2).padStart(8)}  ${BIG}: ${b.toFixed(2).padStart(8)}  ×${r.toFixed(2)}  (target ≤ 2)`);
    verdicts.push(r <= 2 ? `ok: ${what} ×${r.toFixed(2)}` : `OVER: ${what} ×${r.toFixed(2)}`);
  };
  try {
    for (const [name, open, save] of pages) {
      report(`${name} open`, ...(await both(open)));
      const saveAndRefresh = (u: BenchUnit) => timed(() => stopwatch(async () => { await save(u); await open(u); }));
      const [ss, sb] = await interleaved([saveAndRefresh(small), saveAndRefresh(big)]);
      report(`${name} save + refresh`, ss, sb);
    }
    // The first read of a unit in a session: what the last session left on disk (the views).
    for (const u of [small, big]) {
      await Promise.all([talksOpen(u), throughoutOpen(u), analysisOpen(u), homeOpen(u)]);
      await flushViews(u.db);
    }
    report('谈心谈话 open, first in session', ...(await both(firstIn(talksOpen))));
    report('边议边改 open, first in session', ...(await both(firstIn(throughoutOpen))));
    report('党性分析材料 open, first in session', ...(await both(firstIn(analysisOpen))));
    // Not a page's open: the whole talks overview, read when the page is first asked for more than
    // its first screen in a session (a dialog, a filter, page 2; R-TALK-PAIRS is a rule about everyone). Told, not judged.
    const [es, eb] = await both(firstIn((u) => readTalkModel(u.db, u.unitId)));
    console.log(`${'  谈心谈话 everything, first'.padEnd(26)} ${SMALL}: ${es.toFixed(2).padStart(8)}  ${BIG}: ${eb.toFixed(2).padStart(8)}  ×${(eb / es).toFixed(2)}  (once a session, when more than the first screen is asked for)`);
    report('首页 open', ...(await both(homeOpen)));
    report('首页 open, first in session', ...(await both(firstIn(homeOpen))));
    // Where the home page's time goes: each feature's facts loader alone.
    for (const [id, load] of Object.entries(FACT_LOADERS)) {
      const [ls, lb] = await both((u) => load(u.db, u.unitId));
      const [fs1, fb1] = await both(firstIn((u) => load(u.db, u.unitId)));
      console.log(
        `  首页 loader ${id.padEnd(12)} ${SMALL}: ${ls.toFixed(2).padStart(8)}  ${BIG}: ${lb.toFixed(2).padStart(8)}  ×${(lb / ls).toFixed(2)};  first in session ${fs1.toFixed(2)} → ${fb1.toFixed(2)} ×${(fb1 / fs1).toFixed(2)}`,
      );
    }
    {
      const [ss, sb] = await interleaved([timed(() => stopwatch(() => loadSnapshot(small.db, small.unitId, template))), timed(() => stopwatch(() => loadSnapshot(big.db, big.unitId, template)))]);
      console.log(`  首页 campaign state     ${SMALL}: ${ss.toFixed(2).padStart(8)}  ${BIG}: ${sb.toFixed(2).padStart(8)}  ×${(sb / ss).toFixed(2)}`);
    }
    for (const [name, , save] of pages) {
      const touched = await rerunLoaders(big, save);
      const again = (u: BenchUnit) => Promise.all(touched.map((id) => FACT_LOADERS[id](u.db, u.unitId)));
      const [as, ab] = await interleaved([
        timed(() => stopwatch(async () => { await save(small); await again(small); })),
        timed(() => stopwatch(async () => { await save(big); await again(big); })),
      ]);
      console.log(`  after a save on ${name}, the home page re-runs: ${touched.join(', ') || '(none)'}`);
      report(`首页 after ${name} save`, as, ab);
    }
  } finally {
    await small.db.delete();
    await big.db.delete();
  }

  const models = Array.from({ length: BATCH }, (_, i) => ({ ...selfAnalysisExample, memberName: `成员${i}` }));
  let progress = 0;
  t0 = performance.now();
  const zip = await buildSelfAnalysisBatch(models, { onProgress: () => progress++ });
  const batch = performance.now() - t0;
  console.log(`batch export of ${BATCH} materials: ${(batch / 1000).toFixed(1)} s, ${(zip.length / 1024 / 1024).toFixed(1)} MiB, progress told ${progress} times`);
  const over = verdicts.filter((v) => v.startsWith('OVER'));
  console.log(over.length === 0 ? `VERDICT: every page as quick at ${BIG} as at ${SMALL} (${verdicts.join('; ')})` : `VERDICT: ${over.join('; ')}`);
}
