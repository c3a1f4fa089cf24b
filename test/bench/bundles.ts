/**
 * Bundles bench (`npm run bench -- bundles`): the 督导组 imports 300 units' bundles.
 *
 * 300 units, each the demo unit under its own name and ids with an audit log (≈ 667 records a
 * unit, ≈ 200,000 in all), exported as signed bundles. In the same run, on fake-indexeddb:
 *   1. import: previewBundles (read and check every file, write nothing), then applyBundles (write
 *      the bundles the preview read, once each file's SHA-256 shows it unchanged: new units a few
 *      to a transaction, with their summaries); against bare Dexie `bulkPut` of the same rows, one
 *      transaction a unit. Target: applyBundles ≤ 1.5× the bulkPut (the preview is reported
 *      beside it).
 *   2. the dashboard over the 300 units (listBoard and the figures the page derives) against
 *      reading their per-unit summaries (one toArray). Target: ≤ 2×.
 * Each import figure is given in wall time and in this process's CPU time: on a machine shared
 * with other work, the wall clock also counts the time others had the CPU.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { AuditEntry } from '../../shared/audit/types';
import { buildUnitBackup, encodeBackup, type UnitBackup } from '../../shared/backup/format';
import { remapBackupAsNew } from '../../shared/backup/remap';
import { buildBundle } from '../../shared/bundle/format';
import { generateKeyPair, signerOf } from '../../shared/bundle/keys';
import { defaultTemplate } from '../../shared/campaign/defaultTemplate';
import { UNIT_TABLE_DEFS, type UnitRecords } from '../../shared/data/registry';
import { buildDemoUnit } from '../../shared/demo/demoUnit';
import { boardTotals, filterRows, satisfactionBands, stageCounts, stepColumns, stepStateCounts } from '../../shared/supervisor/board';
import { PytDb, tableOf } from '../../renderer/db/db';
import { SupervisorDb } from '../../renderer/db/supervisorDb';
import { listBoard } from '../../renderer/db/repos/supervisor';
import { computeUnitSummary, summaryDay } from '../../renderer/db/repos/supervisorSummary';
import { applyBundles, previewBundles, type BundleFile } from '../../renderer/db/repos/supervisorImport';
import { interleaved, stopwatch, timed } from './timing';

const UNITS = Number(process.env.BENCH_UNITS ?? 300);
const AUDIT_PER_UNIT = 274;
const RUNS = Number(process.env.BENCH_BUNDLE_RUNS ?? 1);
const NOW = '2005-09-20T10:00:00.000+08:00';

let dbCount = 0;
const options = { indexedDB, IDBKeyRange };

/** The demo unit with an audit log of its work, the template for every bench unit. */
function baseBackup(): UnitBackup {
  const { unit, ...records } = buildDemoUnit({ template: defaultTemplate(), makeId: () => crypto.randomUUID() });
  const audit: AuditEntry[] = Array.from({ length: AUDIT_PER_UNIT }, (_, i) => {
    const m = records.members[i % records.members.length];
    return {
      id: crypto.randomUUID(),
      unitId: unit.id,
      at: `2005-09-${String(1 + (i % 12)).padStart(2, '0')}T09:${String(i % 60).padStart(2, '0')}:00.000+08:00`,
      actor: '孙丽萍',
      action: 'member.update',
      entity: 'member',
      entityId: m.id,
      summary: `修改人员 ${m.name}`,
    };
  });
  return buildUnitBackup({
    unit,
    records: { ...records, thresholdOverrides: [], thresholdChanges: [], audit } as unknown as Record<keyof UnitRecords, readonly object[]>,
    appVersion: '0.1.0',
    exportedAt: '2005-09-13T17:00:00.000+08:00',
  });
}

async function makeBundles(n: number): Promise<{ files: BundleFile[]; backups: UnitBackup[] }> {
  const base = baseBackup();
  const files: BundleFile[] = [];
  const backups: UnitBackup[] = [];
  for (let i = 0; i < n; i++) {
    const b = remapBackupAsNew(base, { makeId: () => crypto.randomUUID(), name: `第${i + 1}单位` });
    const signer = await signerOf(await generateKeyPair());
    files.push({ name: `第${i + 1}单位.pytb`, data: await buildBundle({ backup: b, backupBytes: encodeBackup(b), appVersion: '0.1.0', exportedAt: b.exportedAt, signer }) });
    backups.push(b);
  }
  return { files, backups };
}

/** Wall and CPU time (user + system, this process) of a run, in ms. */
interface Clock {
  wall: number;
  cpu: number;
}
async function clocked(fn: () => Promise<unknown>): Promise<Clock> {
  const c0 = process.cpuUsage();
  const wall = await stopwatch(fn);
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

/**
 * Bare Dexie: the same rows, bulkPut table by table, one transaction a unit. The rows are kept as
 * JSON text between runs and parsed before the clock starts: each side then holds one parsed copy
 * of the rows while it writes (the import holds the preview's), not the other's as well, whose
 * garbage collection would be timed against it.
 */
async function bulkPutAll(texts: readonly string[]): Promise<Clock> {
  const backups = texts.map((t) => JSON.parse(t) as UnitBackup);
  const db = new PytDb(`bench-bundles-put-${dbCount++}`, options);
  await db.open();
  const ms = await clocked(async () => {
    for (const b of backups) {
      await db.transaction('rw', [db.units, ...db.unitTables()], async () => {
        await db.units.put(b.unit);
        const records = b.records as unknown as Record<string, object[]>;
        for (const t of UNIT_TABLE_DEFS) if (records[t.name].length > 0) await tableOf(db, t.name).bulkPut(records[t.name]);
      });
    }
  });
  await db.delete();
  return ms;
}

async function importAll(files: BundleFile[]): Promise<{ preview: Clock; apply: Clock; db: SupervisorDb }> {
  const db = new SupervisorDb(`bench-bundles-import-${dbCount++}`, options);
  await db.open();
  let rows: Awaited<ReturnType<typeof previewBundles>> = [];
  const preview = await clocked(async () => {
    rows = await previewBundles(db, files);
  });
  if (rows.some((r) => r.status !== 'new')) throw new Error(`preview: ${rows.find((r) => r.status !== 'new')!.note}`);
  let imported = 0;
  const apply = await clocked(async () => {
    imported = (await applyBundles(db, files, rows, { now: NOW })).filter((o) => o.status === 'imported').length;
  });
  if (imported !== files.length) throw new Error(`imported ${imported} of ${files.length}`);
  return { preview, apply, db };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const verdict = (ratio: number, target: number) => (ratio <= target ? 'OK' : 'MISSED');

export async function runBundlesBench(): Promise<void> {
  console.log(`making ${UNITS} bundles …`);
  const t0 = performance.now();
  const made = await makeBundles(UNITS);
  const { files } = made;
  const records = made.backups.reduce((n, b) => n + Object.values(b.records).reduce((m, l) => m + (l as unknown[]).length, 0), 0);
  const texts = made.backups.map((b) => JSON.stringify(b));
  made.backups.length = 0;
  const bytes = files.reduce((n, f) => n + f.data.length, 0);
  console.log(`${UNITS} bundles, ${records.toLocaleString('en')} records, ${(bytes / 1024 / 1024).toFixed(1)} MB, made in ${s(performance.now() - t0)}`);

  // Warm-up on a few units, so neither side carries the JIT's first runs.
  await bulkPutAll(texts.slice(0, 10));
  await (await importAll(files.slice(0, 10))).db.delete();

  let put: Clock = { wall: Infinity, cpu: Infinity };
  let best: { preview: Clock; apply: Clock } | undefined;
  let db: SupervisorDb | undefined;
  for (let r = 0; r < RUNS; r++) {
    const p = await bulkPutAll(texts);
    put = { wall: Math.min(put.wall, p.wall), cpu: Math.min(put.cpu, p.cpu) };
    const run = await importAll(files);
    if (!best || run.apply.wall < best.apply.wall) best = { preview: run.preview, apply: run.apply };
    await db?.delete();
    db = run.db;
  }
  const { preview, apply } = best!;
  const ratio = apply.wall / put.wall;
  const both = (c: Clock) => `${s(c.wall).padStart(7)} (cpu ${s(c.cpu)})`;
  console.log('');
  console.log(`bare Dexie bulkPut of the same rows    ${both(put)}`);
  console.log(`preview (read + check, no writes)      ${both(preview)}`);
  console.log(`applyBundles (write + summaries)       ${both(apply)}   ×${ratio.toFixed(2)} of bulkPut (cpu ×${(apply.cpu / put.cpu).toFixed(2)})   ${verdict(ratio, 1.5)} (target ≤ 1.5×)`);
  console.log(`preview + apply (what the user waits)  ${s(preview.wall + apply.wall).padStart(7)}   ×${((preview.wall + apply.wall) / put.wall).toFixed(2)} of bulkPut`);

  // Where applyBundles' time goes: the summaries (timed apart here, over the imported units), and
  // the writes (the rest).
  const board = db!;
  // The summaries are timed on a sample of units spread over the import order, scaled to all, as
  // the import computes them (the meeting gates from the records it holds).
  const sample = texts.filter((_, i) => i % Math.max(1, Math.floor(texts.length / 20)) === 0).map((t) => JSON.parse(t) as UnitBackup);
  const sampleMs = await stopwatch(async () => {
    for (const b of sample) await board.transaction('r', board.tables, () => computeUnitSummary(board, b.unit.id, summaryDay(b.unit, b.exportedAt), b.records));
  });
  const summariesMs = (sampleMs / sample.length) * texts.length;
  console.log(`  of which: the units' summaries ≈ ${s(summariesMs)}, writing ≈ ${s(Math.max(0, apply.wall - summariesMs))}`);

  // The dashboard over the units just imported.
  const dashboard = async () => {
    const rows = await listBoard(board);
    const summaries = rows.map((r) => r.summary);
    filterRows(rows, {});
    stepColumns(summaries);
    stageCounts(summaries);
    stepStateCounts(summaries);
    satisfactionBands(summaries);
    boardTotals(rows);
  };
  const readSummaries = () => board.supervisorSummaries.toArray();
  // Short reads on a busy machine: each sample the mean of ten calls, sampled in turn (medians).
  const tenTimes = (fn: () => Promise<unknown>) => async () => (await stopwatch(async () => { for (let i = 0; i < 10; i++) await fn(); })) / 10;
  // The import's garbage is collected during the first reads after it: those are not timed.
  for (let i = 0; i < 30; i++) {
    await dashboard();
    await readSummaries();
  }
  const [dash, read] = await interleaved([timed(tenTimes(dashboard)), timed(tenTimes(readSummaries))]);
  const dashRatio = dash / read;
  console.log(`dashboard over ${UNITS} units            ${dash.toFixed(1)} ms   reading their summaries ${read.toFixed(1)} ms   ×${dashRatio.toFixed(2)}   ${verdict(dashRatio, 2)} (target ≤ 2×)`);
  await board.delete();
}
