/**
 * Importing the units' bundles into the 督导组's workspace (R-SUPERVISE).
 *
 *   previewBundles   reads and checks every file (readBundle: signature, parts, the app's own
 *                    rules), and says what importing it would do; writes nothing.
 *   applyBundles     writes what the preview read and checked (not read twice: a file whose bytes
 *                    changed since is refused): new units are added a few to a transaction; a
 *                    newer bundle of a unit replaces its records whole in a transaction of its own
 *                    (the bundle it replaces is kept); the same bundle again or an older one
 *                    changes nothing; a known unit's bundle with another key is held until the
 *                    supervisor decides (acceptHeldKey / discardHeld).
 *
 * Each transaction decides again against what the database holds then, so a preview that went
 * stale (another window imported meanwhile) never merges anything.
 */
import Dexie from 'dexie';
import { bundleIdOf, readBundle, type ReadBundle } from '@shared/bundle/format';
import { toBase64 } from '@shared/bundle/keys';
import { UNIT_TABLE_DEFS } from '@shared/data/registry';
import { APPLIED_STATUSES, classifyBatch, compareExportedAt, formatExportedAt, type Candidate, type HeldState, type PreviewStatus } from '@shared/supervisor/classify';
import type { BundleRole, SupervisorBundle, SupervisorImport } from '@shared/supervisor/schema';
import type { UnitSummary } from '@shared/supervisor/summary';
import { UserError, type Result } from '@shared/util/result';
import { tableOf } from '../db';
import { allowUnitWrites, type SupervisorDb } from '../supervisorDb';
import { addUnitRecords } from './unitRecords';
import { computeUnitSummary, summaryDay } from './supervisorSummary';

export interface BundleFile {
  name: string;
  data: Uint8Array;
}

export interface PreviewRow {
  /** The file's place in the batch. */
  index: number;
  fileName: string;
  status: PreviewStatus;
  /** One Chinese line: what importing it does, or why it cannot be imported. */
  note: string;
  unit?: { id: string; name: string; orgName: string; year: number };
  exportedAt?: string;
  appVersion?: string;
  /** Records in the bundle, and its Word documents. */
  records?: number;
  documents?: number;
  fingerprint?: string;
  bundleId?: string;
}

export type Progress = (done: number, total: number) => void;

/**
 * The bundles the preview read and checked, by the row that shows each: applyBundles writes from
 * these instead of reading and checking every file again. Kept only for the rows that would write
 * (new, newer, held), and let go once applied or with the rows (the page drops them).
 */
const previewed = new WeakMap<PreviewRow, ReadBundle>();

/** Lets the page paint its progress bar between two files. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const candidateOf = (r: ReadBundle): Candidate => ({
  unitId: r.manifest.unit.id,
  unitName: r.manifest.unit.name,
  bundleId: r.bundleId,
  publicKey: toBase64(r.publicKey),
  fingerprint: r.fingerprint,
  exportedAt: r.manifest.exportedAt,
});

const recordTotal = (r: ReadBundle) => Object.values(r.manifest.counts).reduce((a, b) => a + b, 0);

/** What the workspace holds: each unit's current import, and every kept bundle's role. */
async function heldState(db: SupervisorDb, unitIds?: readonly string[]): Promise<HeldState> {
  const imports = unitIds ? (await db.supervisorImports.bulkGet([...unitIds])).filter((x): x is SupervisorImport => !!x) : await db.supervisorImports.toArray();
  const kept = new Map<string, BundleRole>();
  for (const role of ['current', 'previous', 'held'] as const) {
    const ids = unitIds
      ? await db.supervisorBundles.where('[unitId+role]').anyOf(unitIds.map((u) => [u, role])).primaryKeys()
      : await db.supervisorBundles.where('role').equals(role).primaryKeys();
    for (const id of ids) kept.set(String(id), role);
  }
  return { current: new Map(imports.map((i) => [i.unitId, i])), kept };
}

/** Reads and checks every file and says what importing it would do. Writes nothing. */
export async function previewBundles(db: SupervisorDb, files: readonly BundleFile[], onProgress?: Progress): Promise<PreviewRow[]> {
  const rows: PreviewRow[] = [];
  const readable: { row: PreviewRow; candidate: Candidate }[] = [];
  for (const [index, f] of files.entries()) {
    const r = await readBundle(f.data);
    if (!r.ok) {
      rows.push({ index, fileName: f.name, status: 'refused', note: r.error.join('；') });
    } else {
      const b = r.value;
      const row: PreviewRow = {
        index,
        fileName: f.name,
        status: 'new',
        note: '',
        unit: { id: b.backup.unit.id, name: b.backup.unit.name, orgName: b.backup.unit.orgName, year: b.backup.unit.year },
        exportedAt: b.manifest.exportedAt,
        appVersion: b.manifest.appVersion,
        records: recordTotal(b),
        documents: b.documents.length,
        fingerprint: b.fingerprint,
        bundleId: b.bundleId,
      };
      rows.push(row);
      readable.push({ row, candidate: candidateOf(b) });
      previewed.set(row, b);
    }
    onProgress?.(index + 1, files.length);
    await breathe();
  }
  const decisions = classifyBatch(
    readable.map((x) => x.candidate),
    await heldState(db),
  );
  decisions.forEach((d, i) => {
    Object.assign(readable[i].row, d);
    if (!APPLIED_STATUSES.includes(d.status)) previewed.delete(readable[i].row);
  });
  return rows;
}

export type ApplyStatus = 'imported' | 'replaced' | 'same' | 'older' | 'held' | 'refused';
export const APPLY_STATUS_LABEL: Record<ApplyStatus, string> = {
  imported: '已导入',
  replaced: '已替换为新数据',
  same: '相同，未改动',
  older: '较旧，已跳过',
  held: '已暂存待定',
  refused: '未导入',
};

export interface ApplyOutcome {
  fileName: string;
  status: ApplyStatus;
  note: string;
  unitName?: string;
}

export interface ApplyOptions {
  /** When the import happens (ISO date-time). */
  now: string;
  onProgress?: Progress;
}

const NEW_UNIT = '新单位，已导入';
const DUPLICATE_IDS = '数据包中的记录编号与本机已导入的另一个单位的记录相同，两个单位的数据会混在一起，未导入';

/** The import's transactions take every table: the units' records, what the database keeps with them (tallies), the supervisor's own. */
const rwTables = (db: SupervisorDb) => db.tables;

/** Writes the unit's records from the bundle, replacing what it held of the unit; inside the caller's transaction. */
async function writeUnitFrom(db: SupervisorDb, b: ReadBundle, fileName: string, bytes: Uint8Array, now: string, current: SupervisorImport | undefined): Promise<void> {
  const unitId = b.backup.unit.id;
  if (current) {
    // The bundle being replaced is kept (the backup taken before the import replaces anything).
    await db.supervisorBundles.where('[unitId+role]').equals([unitId, 'previous']).delete();
    await db.supervisorBundles.update(current.bundleId, { role: 'previous' });
    for (const t of UNIT_TABLE_DEFS) await tableOf(db, t.name).where('unitId').equals(unitId).delete();
    await db.units.delete(unitId);
  }
  try {
    await addUnitRecords(db, b.backup.unit, b.backup.records);
  } catch (e) {
    if (e instanceof Dexie.ConstraintError || (e instanceof Dexie.BulkError && e.failures.some((f) => f.name === 'ConstraintError'))) throw new UserError(DUPLICATE_IDS);
    throw e;
  }
  const kept = keptOf(b, fileName, bytes, now);
  await db.supervisorBundles.put(kept.bundle);
  await db.supervisorImports.put(kept.imported);
  await db.supervisorSummaries.put(await computeUnitSummary(db, unitId, summaryDay(b.backup.unit, b.manifest.exportedAt), b.backup.records));
}

/** What the workspace keeps of a bundle it imports: the file (the unit's current bundle), and the import. */
function keptOf(b: ReadBundle, fileName: string, bytes: Uint8Array, now: string): { bundle: SupervisorBundle; imported: SupervisorImport } {
  const unitId = b.backup.unit.id;
  const publicKey = toBase64(b.publicKey);
  const m = b.manifest;
  return {
    bundle: {
      bundleId: b.bundleId,
      unitId,
      unitName: m.unit.name,
      role: 'current',
      publicKey,
      fingerprint: b.fingerprint,
      exportedAt: m.exportedAt,
      appVersion: m.appVersion,
      fileName: fileName.slice(0, 255),
      keptAt: now,
      bytes,
    },
    imported: {
      unitId,
      unitName: b.backup.unit.name,
      orgName: b.backup.unit.orgName,
      year: b.backup.unit.year,
      bundleId: b.bundleId,
      publicKey,
      fingerprint: b.fingerprint,
      exportedAt: m.exportedAt,
      appVersion: m.appVersion,
      importedAt: now,
      records: recordTotal(b),
      documents: b.documents.length,
    },
  };
}

/** A few new units in one transaction: up to this many, or this many records (the first always). */
const BATCH_UNITS = 20;
const BATCH_RECORDS = 10_000;

/**
 * Adds new units together, in one transaction: each is decided again first, then their records
 * are written table by table, what is kept of each bundle, and each unit's summary. Returns false,
 * having written nothing, when one of them is no longer new or anything fails: the caller then
 * imports them one by one, so that each is written or refused alone, as it would have been.
 */
async function addNewUnits(db: SupervisorDb, batch: readonly { b: ReadBundle; file: BundleFile }[], now: string): Promise<boolean> {
  try {
    return await db.transaction('rw', rwTables(db), async () => {
      allowUnitWrites();
      const held = await heldState(db, batch.map((x) => x.b.backup.unit.id));
      if (batch.some((x) => classifyBatch([candidateOf(x.b)], held)[0].status !== 'new')) return false;
      await db.units.bulkAdd(batch.map((x) => x.b.backup.unit));
      for (const t of UNIT_TABLE_DEFS) {
        const rows = batch.flatMap((x) => x.b.backup.records[t.name] as readonly object[]);
        if (rows.length > 0) await tableOf(db, t.name).bulkAdd(rows);
      }
      const kept = batch.map((x) => keptOf(x.b, x.file.name, x.file.data, now));
      await db.supervisorBundles.bulkPut(kept.map((k) => k.bundle));
      await db.supervisorImports.bulkPut(kept.map((k) => k.imported));
      // One after the other: the reads of several at once, interleaved, cost more than the same reads in turn.
      const summaries: UnitSummary[] = [];
      for (const { b } of batch) summaries.push(await computeUnitSummary(db, b.backup.unit.id, summaryDay(b.backup.unit, b.manifest.exportedAt), b.backup.records));
      await db.supervisorSummaries.bulkPut(summaries);
      return true;
    });
  } catch {
    return false;
  }
}

/** Imports one bundle already read, in one transaction, deciding against what is held now. */
export async function applyBundle(db: SupervisorDb, b: ReadBundle, file: BundleFile, now: string): Promise<ApplyOutcome> {
  const unitName = b.backup.unit.name;
  return db.transaction('rw', rwTables(db), async () => {
    allowUnitWrites();
    const unitId = b.backup.unit.id;
    const [decision] = classifyBatch([candidateOf(b)], await heldState(db, [unitId]));
    const current = await db.supervisorImports.get(unitId);
    switch (decision.status) {
      case 'same':
        return { fileName: file.name, status: 'same', note: decision.note, unitName };
      case 'older':
        return { fileName: file.name, status: 'older', note: decision.note, unitName };
      case 'keyMismatch': {
        const m = b.manifest;
        await db.supervisorBundles.put({
          bundleId: b.bundleId,
          unitId,
          unitName: m.unit.name,
          role: 'held',
          publicKey: toBase64(b.publicKey),
          fingerprint: b.fingerprint,
          exportedAt: m.exportedAt,
          appVersion: m.appVersion,
          fileName: file.name.slice(0, 255),
          keptAt: now,
          bytes: file.data,
        });
        return { fileName: file.name, status: 'held', note: decision.note, unitName };
      }
      default:
        await writeUnitFrom(db, b, file.name, file.data, now, current);
        return current
          ? { fileName: file.name, status: 'replaced', note: `已替换导出于 ${formatExportedAt(current.exportedAt)} 的数据（替换前的数据包已保留）`, unitName }
          : { fileName: file.name, status: 'imported', note: NEW_UNIT, unitName };
    }
  });
}

const CHANGED = '文件在预览之后有改动，与预览时检查的不是同一份，未导入；请重新选择文件';

/**
 * The bundle a preview row stands for, from these bytes: the one the preview read (kept), or read
 * and checked again; refused unless the bytes are those the preview checked (same SHA-256).
 */
async function previewedBundle(row: PreviewRow, file: BundleFile | undefined): Promise<Result<ReadBundle, string[]>> {
  const kept = previewed.get(row);
  previewed.delete(row);
  if (!file) return { ok: false, error: [CHANGED] };
  if (kept) return bundleIdOf(file.data) === kept.bundleId ? { ok: true, value: kept } : { ok: false, error: [CHANGED] };
  const r = await readBundle(file.data);
  return r.ok && r.value.bundleId !== row.bundleId ? { ok: false, error: [CHANGED] } : r;
}

/**
 * Imports the files of a preview: the ones it would write (new, newer, held), newest-of-unit
 * first so a held file is judged against the unit it belongs to. What is written is what the
 * preview checked: the bundle it read, if the file's bytes are still those (else the file is
 * refused). New units are written a few to a transaction; a newer bundle replaces its unit in a
 * transaction of its own, and a held one is kept in its own. A file that fails is reported and
 * leaves the database as it was.
 */
export async function applyBundles(db: SupervisorDb, files: readonly BundleFile[], preview: readonly PreviewRow[], opts: ApplyOptions): Promise<ApplyOutcome[]> {
  const order = (s: PreviewStatus) => (s === 'new' || s === 'newer' ? 0 : s === 'keyMismatch' ? 1 : 2);
  const rows = [...preview].sort((a, b) => order(a.status) - order(b.status) || a.index - b.index);
  const out: ApplyOutcome[] = [];
  const refused = (row: PreviewRow, error: string[]): ApplyOutcome => ({ fileName: row.fileName, status: 'refused', note: error.join('；'), unitName: row.unit?.name });
  let i = 0;
  while (i < rows.length) {
    const row = rows[i];
    if (order(row.status) === 2) {
      const status: ApplyStatus = row.status === 'refused' ? 'refused' : row.status === 'same' ? 'same' : 'older';
      out[i] = { fileName: row.fileName, status, note: row.note, unitName: row.unit?.name };
      i += 1;
    } else if (row.status !== 'new') {
      const r = await previewedBundle(row, files[row.index]);
      out[i] = r.ok ? await applyOne(db, r.value, files[row.index], opts.now) : refused(row, r.error);
      i += 1;
    } else {
      // New units, consecutive in the order: a batch of different units (and bundles).
      const batch: { at: number; b: ReadBundle; file: BundleFile }[] = [];
      const units = new Set<string>();
      let records = 0;
      while (i < rows.length && rows[i].status === 'new' && batch.length < BATCH_UNITS && (batch.length === 0 || records < BATCH_RECORDS) && !units.has(rows[i].unit?.id ?? '')) {
        // The row's unit is its bundle's (the preview read it from the same bytes).
        const r = await previewedBundle(rows[i], files[rows[i].index]);
        if (!r.ok) out[i] = refused(rows[i], r.error);
        else {
          batch.push({ at: i, b: r.value, file: files[rows[i].index] });
          units.add(r.value.backup.unit.id);
          records += recordTotal(r.value);
        }
        i += 1;
      }
      if (batch.length > 1 && (await addNewUnits(db, batch, opts.now))) {
        for (const { at, b, file } of batch) out[at] = { fileName: file.name, status: 'imported', note: NEW_UNIT, unitName: b.backup.unit.name };
      } else {
        for (const { at, b, file } of batch) out[at] = await applyOne(db, b, file, opts.now);
      }
    }
    opts.onProgress?.(i, rows.length);
    await breathe();
  }
  return out;
}

/** applyBundle, with a failure as the file's outcome (refused, the database as it was). */
async function applyOne(db: SupervisorDb, b: ReadBundle, file: BundleFile, now: string): Promise<ApplyOutcome> {
  try {
    return await applyBundle(db, b, file, now);
  } catch (e) {
    return { fileName: file.name, status: 'refused', note: e instanceof UserError ? e.message : `导入时出错，数据保持原样：${e instanceof Error ? e.message : String(e)}`, unitName: b.backup.unit.name };
  }
}

/**
 * The supervisor accepts a held bundle's key (the unit confirmed by phone that it changed PC):
 * the unit's key becomes this one, and its data is replaced when this bundle is newer.
 */
export async function acceptHeldKey(db: SupervisorDb, bundleId: string, now: string): Promise<{ replaced: boolean; note: string }> {
  const held = await db.supervisorBundles.get(bundleId);
  if (!held || held.role !== 'held') throw new UserError('这份暂存的数据包已不存在');
  const r = await readBundle(held.bytes);
  if (!r.ok) throw new UserError(`暂存的数据包无法读取：${r.error.join('；')}`);
  const b = r.value;
  return db.transaction('rw', rwTables(db), async () => {
    allowUnitWrites();
    const current = await db.supervisorImports.get(held.unitId);
    if (!current || compareExportedAt(b.manifest.exportedAt, current.exportedAt) > 0) {
      await db.supervisorBundles.delete(bundleId);
      await writeUnitFrom(db, b, held.fileName, held.bytes, now, current);
      return { replaced: true, note: `已改用新的签名密钥（指纹 ${held.fingerprint}），并导入了这份数据包` };
    }
    await db.supervisorImports.update(held.unitId, { publicKey: held.publicKey, fingerprint: held.fingerprint });
    await db.supervisorBundles.delete(bundleId);
    return { replaced: false, note: `已改用新的签名密钥（指纹 ${held.fingerprint}）；这份数据包不比已导入的新，数据未替换` };
  });
}

/** The supervisor discards a held bundle: the unit keeps its key and its data. */
export async function discardHeld(db: SupervisorDb, bundleId: string): Promise<void> {
  await db.transaction('rw', db.supervisorBundles, async () => {
    const held = await db.supervisorBundles.get(bundleId);
    if (!held || held.role !== 'held') throw new UserError('这份暂存的数据包已不存在');
    await db.supervisorBundles.delete(bundleId);
  });
}
