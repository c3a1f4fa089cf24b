import { expect, test, type Locator, type TestInfo } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { rosterTable } from '../bench/rosterSheet';
import { UnitNav, WelcomePage } from './pages/app';
import { closeProfile, killProfile, launchProfile, newProfileDir, removeAllProfileDirs, removeProfileDir, type Profile } from './crash/browser';
import { changedStores, readDbState, type DbState } from './crash/dbState';
import { collectTrace, killPoint, nextStart, settle, traceTransactions, txTiming, type TraceEvent, type TxKind } from './crash/trace';
import { UNIT_TABLES } from '../../shared/data/registry';

/**
 * Crash safety (issue 7, item 7): Chromium is killed with SIGKILL during a roster import of
 * 2,000 people and during a unit backup export, ROUNDS times each, each round on a fresh copy of
 * a profile whose IndexedDB is on disk. After the relaunch the database is all or nothing: the
 * unit as before, or as before plus every imported person with the import's audit entry; after
 * an export every store is exactly as it was.
 *
 * When the kill comes: the setup imports and exports once without a kill and times, from the
 * click, the start and the commit of the transaction (and, for the export, the file handed over).
 * Half the rounds then kill at a moment after the click (one random moment in each slice of
 * click → done × 1.5), so kills land before, inside and after the transaction; the other half
 * wait for the page to report that the transaction started and kill at a random moment within
 * its measured length, so that a good share lands inside it whatever the machine's speed.
 *
 * Each round prints a line and each test a tally (`[crash] …`). CRASH_ROUNDS changes the number
 * of rounds, CRASH_DEBUG=1 prints each step's time, CRASH_BASE_URL serves the app from elsewhere
 * (e.g. a `vite preview` of a private copy of the build, while others rebuild dist/).
 */
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 20);
const N = 2000;
const slow = { timeout: 60_000 };

/** CRASH_DEBUG=1 prints each step's time. */
function stepper(label: string): (what: string) => void {
  let at = Date.now();
  return (what) => {
    if (process.env.CRASH_DEBUG) console.log(`[crash]   ${label} +${String(Date.now() - at).padStart(5)} ms ${what}`);
    at = Date.now();
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------- setup: the sheet, the two starting profiles, the timings ----------

interface Timing {
  /** From the click to the transaction's start and to its commit, in the setup's run. */
  startMs: number;
  commitMs: number;
  /** From the click to the end of the whole action: the commit (import) or the file handed over (export). */
  doneMs: number;
}

interface Setup {
  baseURL: string;
  work: string;
  sheet: string;
  /** The demo unit, its browser closed cleanly: each import round starts from a copy. */
  demoProfile: string;
  /** The demo unit with the 2,000 people, closed cleanly: each export round starts from a copy. */
  bigProfile: string;
  /** The demo unit's id: the rounds open its pages directly. */
  unitId: string;
  /** People the import ticks (names the demo unit already has are left unticked). */
  ticked: number;
  import: Timing;
  export: Timing;
}

let setup: Setup | undefined;

/** The config's (its webServer serves the built renderer); CRASH_BASE_URL points elsewhere, e.g. a copy of the build. */
function baseURLOf(info: TestInfo): string {
  return process.env.CRASH_BASE_URL ?? info.project.use.baseURL ?? 'http://127.0.0.1:4173';
}

/** Opens the app at `url` ('/' goes to the last unit) and lets it settle. */
async function openUnit(p: Profile, url = '/'): Promise<void> {
  await p.page.goto(url);
  await expect(p.page.getByTestId('unit-name')).toBeVisible(slow);
  await settle(p.page); // whatever the app writes on opening a unit is written before a reading
}

/** On the import page: picks the sheet and waits for the preview; returns how many are ticked. */
async function previewImport(p: Profile, sheet: string): Promise<number> {
  const page = p.page;
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('pick-roster').click();
  await (await chooser).setFiles(sheet);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText(`共 ${N} 人：0 行有错误不能导入`, slow);
  return Number(/已勾选 (\d+) 人/.exec(await summary.innerText())?.[1] ?? NaN);
}

/** On 单位与设置: the export button. */
async function exportButton(p: Profile): Promise<Locator> {
  const button = p.page.getByRole('button', { name: '导出备份' });
  await expect(button).toBeVisible();
  return button;
}

/** Waits for the page to report the end of the `kind` transaction begun after the click. */
async function timing(events: TraceEvent[], kind: TxKind, clickedAt: number, doneAt?: number): Promise<Timing> {
  await expect.poll(() => txTiming(events, kind, clickedAt)?.ended, slow).toBe('complete');
  const t = txTiming(events, kind, clickedAt)!;
  return { startMs: t.startMs, commitMs: t.endMs!, doneMs: Math.max(t.endMs!, (doneAt ?? 0) - clickedAt) };
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const baseURL = baseURLOf(test.info());
  const work = newProfileDir('work');
  // The bench's sheet (test/bench/rosterSheet.ts) as CSV, as Excel saves it (with a BOM): each
  // round reads it again and a CSV reads faster; test/e2e/roster2000.spec.ts imports the .xlsx.
  const sheet = path.join(work, '花名册2000人.csv');
  writeFileSync(sheet, `\uFEFF${Papa.unparse(rosterTable(N, { uniqueNames: true, asOfYear: 2005 }))}\r\n`);

  const demoProfile = newProfileDir('demo');
  const demo = await launchProfile(demoProfile, baseURL, traceTransactions);
  await new WelcomePage(demo.page).goto();
  await new WelcomePage(demo.page).openDemo();
  await expect(demo.page.getByTestId('unit-name')).toBeVisible(slow);
  await settle(demo.page);
  await closeProfile(demo);

  // Import and export once without a kill, timing both transactions.
  const bigProfile = newProfileDir('big', demoProfile);
  const big = await launchProfile(bigProfile, baseURL, traceTransactions);
  const events = collectTrace(big.page);
  await openUnit(big);
  const before = await readDbState(big.page);
  await new UnitNav(big.page).go('党员名册');
  await big.page.getByRole('button', { name: '从 Excel 导入' }).click();
  const ticked = await previewImport(big, sheet);
  expect(ticked).toBeGreaterThan(N * 0.9);
  let clickedAt = Date.now();
  await big.page.getByTestId('confirm-import').click();
  const importTiming = await timing(events, 'import', clickedAt);
  await expect(big.page.getByRole('heading', { name: /党员名册/ })).toBeVisible(slow);
  expect((await readDbState(big.page)).members).toBe(before.members + ticked);

  await new UnitNav(big.page).go('单位与设置');
  const button = await exportButton(big);
  const download = big.page.waitForEvent('download').then(() => Date.now());
  clickedAt = Date.now();
  await button.click();
  const exportTiming = await timing(events, 'export', clickedAt, await download);
  await settle(big.page);
  await closeProfile(big);

  setup = { baseURL, work, sheet, demoProfile, bigProfile, unitId: before.unitId, ticked, import: importTiming, export: exportTiming };
  console.log(
    `[crash] setup: the demo unit has ${before.members} people, the import ticks ${ticked} of the sheet's ${N}; ` +
      `from the click, the import's transaction ran ${importTiming.startMs}–${importTiming.commitMs} ms, ` +
      `the export's ${exportTiming.startMs}–${exportTiming.commitMs} ms and its file came at ${exportTiming.doneMs} ms`,
  );
});

test.afterAll(async () => {
  await removeAllProfileDirs();
});

// ---------- one round: click, kill, relaunch, read ----------

/** `click`: `ms` after the click; `aimed`: `ms` after the page reported the transaction's start. */
interface Schedule {
  mode: 'click' | 'aimed';
  ms: number;
}

/**
 * Half the rounds by the clock (over the click → done × 1.5), half aimed (over the transaction's
 * length × 0.9), alternating; each at a random moment in its slice.
 */
function schedules(t: Timing): Schedule[] {
  const clock = Math.ceil(ROUNDS / 2);
  const aimed = ROUNDS - clock;
  const slice = (window: number, n: number, i: number) => Math.round((window * (i + Math.random())) / n);
  return Array.from({ length: ROUNDS }, (_, r) =>
    r % 2 === 0
      ? { mode: 'click' as const, ms: slice(t.doneMs * 1.5, clock, r / 2) }
      : { mode: 'aimed' as const, ms: slice((t.commitMs - t.startMs) * 0.9, aimed, (r - 1) / 2) },
  );
}

interface Kill {
  /** ms from the click to the SIGKILL. */
  afterClick: number;
  /** Where it fell, as the page's trace last reported: before, during or after the transaction. */
  point: 'before' | 'during' | 'after';
  processes: number;
  /** Whether the page had handed the backup file over as a download (exports). */
  saved: boolean;
}

/** Clicks `trigger` and SIGKILLs the browser as `schedule` says. */
async function clickAndKill(p: Profile, events: TraceEvent[], trigger: Locator, kind: TxKind, schedule: Schedule): Promise<Kill> {
  let savedAt = Infinity;
  p.page.on('download', () => (savedAt = Date.now()));
  const started = schedule.mode === 'aimed' ? nextStart(p.page, kind, slow.timeout) : undefined;
  started?.catch(() => undefined); // the kill closes the page under a wait that is not needed any more
  const clickedAt = Date.now();
  // Not awaited: the app's handler runs inside the click (the import checks its 2,000 rows before
  // its transaction begins), and a kill may come before the click returns.
  const clicking = trigger.click().catch(() => undefined);
  const from = started ? await started : clickedAt;
  await sleep(Math.max(0, from + schedule.ms - Date.now()));
  const { at, processes } = await killProfile(p);
  await clicking;
  return { afterClick: at - clickedAt, point: killPoint(events, kind, clickedAt, at), processes, saved: savedAt <= at };
}

/** Relaunches the killed profile, opens the app and reads the database. */
async function afterRelaunch(s: Setup, dir: string, unitId: string, step: (what: string) => void): Promise<DbState> {
  const p = await launchProfile(dir, s.baseURL, traceTransactions);
  step('relaunched');
  await openUnit(p);
  step('app open');
  const state = await readDbState(p.page, unitId);
  step('read');
  await killProfile(p); // the profile is thrown away: no need to wait for a clean close
  return state;
}

/** The unit's records (the stores a backup holds); any other store is this PC's own (e.g. automatic backups). */
const UNIT_DATA = new Set<string>(['units', ...UNIT_TABLES]);

/**
 * What changed between two readings: the unit's stores that differ (judged), and this PC's own
 * stores that differ (reported: e.g. the automatic backup the app takes before an import, in a
 * transaction of its own, is a copy, not part of the unit's data).
 */
function changes(before: DbState, after: DbState): { unit: string[]; local: string[] } {
  const changed = changedStores(before, after);
  return {
    unit: changed.filter((t) => UNIT_DATA.has(t)),
    local: changed.filter((t) => !UNIT_DATA.has(t)).map((t) => `${t} ${before.stores[t]?.count ?? 0} → ${after.stores[t]?.count ?? 0}`),
  };
}

interface Round extends Kill {
  round: number;
  schedule: Schedule;
  outcome: 'nothing' | 'all' | 'unchanged' | 'PARTIAL';
  detail: string;
}

function printRound(what: string, r: Round): void {
  const when = r.schedule.mode === 'click' ? 'by the clock' : `aimed, ${r.schedule.ms} ms into the transaction`;
  console.log(
    `[crash] ${what} ${String(r.round).padStart(2)}: SIGKILL to ${r.processes} processes ${String(r.afterClick).padStart(5)} ms after the click ` +
      `(${when}), ${r.point} the transaction${what === 'export' ? (r.saved ? ', file saved' : ', no file yet') : ''} → ${r.outcome}${r.detail ? `: ${r.detail}` : ''}`,
  );
}

function report(what: string, rounds: Round[], info: TestInfo, started: number): void {
  const tally = (f: (r: Round) => boolean) => rounds.filter(f).length;
  const points = (['before', 'during', 'after'] as const).map((p) => `${tally((r) => r.point === p)} ${p}`).join(', ');
  const range = (xs: number[]) => `${Math.min(...xs)}–${Math.max(...xs)} ms`;
  const outcomes = (['nothing', 'all', 'unchanged', 'PARTIAL'] as const)
    .map((o) => [o, tally((r) => r.outcome === o)] as const)
    .filter(([o, n]) => n > 0 || o === 'PARTIAL')
    .map(([o, n]) => `${n} ${o.toLowerCase()}`)
    .join(', ');
  // A transaction the page saw commit and the disk then lost would still be "nothing": say so.
  const committed = rounds.filter((r) => r.point === 'after');
  const kept = committed.filter((r) => r.outcome !== 'nothing').length;
  console.log(
    `[crash] ${what}: ${rounds.length} kills, ${range(rounds.map((r) => r.afterClick))} after the click (${points} the transaction): ` +
      `${outcomes}` +
      (what === 'import' ? `; of the ${committed.length} kills after the commit, ${kept} kept the import` : '') +
      `; ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  void info.attach(`${what}-rounds.json`, { body: JSON.stringify(rounds, null, 2), contentType: 'application/json' });
}

/** Runs the rounds one after the other (in parallel they only share the CPU), printing each. */
async function runRounds(what: string, list: Schedule[], round: (i: number, schedule: Schedule) => Promise<Round>): Promise<Round[]> {
  const done: Round[] = [];
  for (const [i, schedule] of list.entries()) {
    done.push(await round(i, schedule));
    printRound(what, done[i]);
  }
  return done;
}

// ---------- the tests ----------

test(`killed during a roster import of ${N} people, ${ROUNDS} times: all or nothing each time`, async () => {
  // Generous: a few seconds a round on a quiet 2-CPU machine, many times that when it is busy.
  test.setTimeout(60_000 + ROUNDS * 45_000);
  const s = setup!;
  const started = Date.now();
  const rounds = await runRounds('import', schedules(s.import), async (i, schedule) => {
    const step = stepper(`import ${i + 1}`);
    const dir = newProfileDir('import', s.demoProfile);
    try {
      const p = await launchProfile(dir, s.baseURL, traceTransactions);
      const events = collectTrace(p.page);
      step('launched');
      await openUnit(p, `/#/u/${s.unitId}/roster/import`);
      step('app open');
      const before = await readDbState(p.page, s.unitId);
      const ticked = await previewImport(p, s.sheet);
      step('preview');
      const kill = await clickAndKill(p, events, p.page.getByTestId('confirm-import'), 'import', schedule);
      step(`killed ${kill.afterClick} ms after the click`);
      const after = await afterRelaunch(s, dir, before.unitId, step);

      const c = changes(before, after);
      const nothing = c.unit.length === 0;
      const all =
        ticked > 0 &&
        after.members === before.members + ticked &&
        after.imports === before.imports + 1 &&
        after.importSummaries.at(-1)?.startsWith(`导入花名册 ${ticked} 人`) === true &&
        after.audit === before.audit + 1 &&
        c.unit.every((t) => ['members', 'branches', 'offices', 'audit'].includes(t));
      const partial = !nothing && !all;
      return {
        round: i + 1,
        schedule,
        ...kill,
        outcome: partial ? 'PARTIAL' : nothing ? 'nothing' : 'all',
        detail: [
          ...(partial ? [`people ${before.members} → ${after.members}, audit entries ${before.audit} → ${after.audit}, changed: ${c.unit.join(' ')}`] : []),
          ...(c.local.length > 0 ? [`this PC's own: ${c.local.join(', ')}`] : []),
        ].join('; '),
      };
    } finally {
      await removeProfileDir(dir);
    }
  });
  report('import', rounds, test.info(), started);
  expect(rounds.filter((r) => r.outcome === 'PARTIAL')).toEqual([]);
});

test(`killed during a unit backup export, ${ROUNDS} times: the database is exactly as before`, async () => {
  test.setTimeout(60_000 + ROUNDS * 30_000);
  const s = setup!;
  const started = Date.now();
  const rounds = await runRounds('export', schedules(s.export), async (i, schedule) => {
    const step = stepper(`export ${i + 1}`);
    const dir = newProfileDir('export', s.bigProfile);
    try {
      const p = await launchProfile(dir, s.baseURL, traceTransactions);
      const events = collectTrace(p.page);
      step('launched');
      await openUnit(p, `/#/u/${s.unitId}/settings`);
      const button = await exportButton(p);
      step('app open');
      const before = await readDbState(p.page, s.unitId);
      const kill = await clickAndKill(p, events, button, 'export', schedule);
      step(`killed ${kill.afterClick} ms after the click`);
      const after = await afterRelaunch(s, dir, before.unitId, step);

      const c = changes(before, after);
      const partial = c.unit.length > 0;
      return {
        round: i + 1,
        schedule,
        ...kill,
        outcome: partial ? 'PARTIAL' : 'unchanged',
        detail: [...(c.unit.length > 0 ? [`changed: ${c.unit.join(' ')}`] : []), ...(c.local.length > 0 ? [`this PC's own: ${c.local.join(', ')}`] : [])].join('; '),
      };
    } finally {
      await removeProfileDir(dir);
    }
  });
  report('export', rounds, test.info(), started);
  expect(rounds.filter((r) => r.outcome === 'PARTIAL')).toEqual([]);
});
