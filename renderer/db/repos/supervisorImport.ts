/**
 * Importing the units' bundles into the 督导组's workspace (R-SUPERVISE).
 *
 *   previewBundles   reads and checks every file (readBundle: signature, parts, the app's own
 *                    rules), and says what importing it would do; writes nothing.
 *   applyBundles     writes, one transaction per bundle: a new unit is added; a newer bundle of
 *                    a unit replaces its records whole (the bundle it replaces is kept); the same
 *                    bundle again or an older one changes nothing; a known unit's bundle with
 *                    another key is held until the supervisor decides (acceptHeldKey / discardHeld).
 *
 * Each transaction decides again against what the database holds then, so a preview that went
 * stale (another window imported meanwhile) never merges anything.
 */
import Dexie from 'dexie';
import { readBundle, type ReadBundle } from '@shared/bundle/format';
import { toBase64 } from '@shared/bundle/keys';
import { UNIT_TABLE_DEFS } from '@shared/data/registry';
import { classifyBatch, compareExportedAt, formatExportedAt, type Candidate, type HeldState, type PreviewStatus } from '@shared/supervisor/classify';
import type { BundleRole, SupervisorImport } from '@shared/supervisor/schema';
import { UserError } from '@shared/util/result';
import { tableOf } from '../db';
import { allowUnitWrites, supervisorTables, type SupervisorDb } from '../supervisorDb';
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
    }
    onProgress?.(index + 1, files.length);
    await breathe();
  }
  const decisions = classifyBatch(
    readable.map((x) => x.candidate),
    await heldState(db),
  );
  decisions.forEach((d, i) => Object.assign(readable[i].row, d));
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

const DUPLICATE_IDS = '数据包中的记录编号与本机已导入的另一个单位的记录相同，两个单位的数据会混在一起，未导入';

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
  const publicKey = toBase64(b.publicKey);
  const m = b.manifest;
  await db.supervisorBundles.put({
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
  });
  await db.supervisorImports.put({
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
  });
  await db.supervisorSummaries.put(await computeUnitSummary(db, unitId, summaryDay(b.backup.unit, m.exportedAt)));
}

const rwTables = (db: SupervisorDb) => [db.units, ...db.unitTables(), ...supervisorTables(db)];

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
          : { fileName: file.name, status: 'imported', note: '新单位，已导入', unitName };
    }
  });
}

/**
 * Imports the files of a preview: the ones it would write (new, newer, held), newest-of-unit
 * first so a held file is judged against the unit it belongs to. Each file is read and checked
 * again (what is written is what was checked), then written in its own transaction; a file that
 * fails is reported and leaves the database as it was.
 */
export async function applyBundles(db: SupervisorDb, files: readonly BundleFile[], preview: readonly PreviewRow[], opts: ApplyOptions): Promise<ApplyOutcome[]> {
  const order = (s: PreviewStatus) => (s === 'new' || s === 'newer' ? 0 : s === 'keyMismatch' ? 1 : 2);
  const rows = [...preview].sort((a, b) => order(a.status) - order(b.status) || a.index - b.index);
  const out: ApplyOutcome[] = [];
  // The next file is read and checked while this one's transaction is written (in the browser the
  // database works in another process meanwhile); at most two files are held read at once.
  let ahead: { i: number; read: ReturnType<typeof readBundle> } | undefined;
  const readAhead = (i: number) => {
    ahead = i < rows.length && order(rows[i].status) < 2 ? { i, read: readBundle(files[rows[i].index].data) } : undefined;
  };
  for (const [i, row] of rows.entries()) {
    const file = files[row.index];
    if (order(row.status) === 2) {
      const status: ApplyStatus = row.status === 'refused' ? 'refused' : row.status === 'same' ? 'same' : 'older';
      out.push({ fileName: row.fileName, status, note: row.note, unitName: row.unit?.name });
    } else {
      const reading = ahead?.i === i ? ahead.read : readBundle(file.data);
      const r = await reading;
      readAhead(i + 1);
      if (!r.ok) out.push({ fileName: file.name, status: 'refused', note: r.error.join('；') });
      else {
        try {
          out.push(await applyBundle(db, r.value, file, opts.now));
        } catch (e) {
          out.push({ fileName: file.name, status: 'refused', note: e instanceof UserError ? e.message : `导入时出错，数据保持原样：${e instanceof Error ? e.message : String(e)}`, unitName: r.value.backup.unit.name });
        }
      }
    }
    opts.onProgress?.(i + 1, rows.length);
    await breathe();
  }
  return out;
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
