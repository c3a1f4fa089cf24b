/**
 * The bundle fuzz's importer: the supervisor's workspace (renderer/db/supervisorDb.ts) over
 * fake-indexeddb, holding the base unit imported once from the base bundle, and the import
 * exactly as the import page runs it when the supervisor picks a file and confirms
 * (previewBundles, then applyBundles). Between cases the workspace goes back to its base state.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { buildUnitBackup, parseUnitBackup, sameBackupContent, type UnitBackup } from '../../shared/backup/format';
import type { Table } from 'dexie';
import { exportUnitBackup } from '../../renderer/db/repos/backup';
import { applyBundles, previewBundles, type ApplyStatus, type BundleFile } from '../../renderer/db/repos/supervisorImport';
import { allowUnitWrites, openSupervisorDb, type SupervisorDb } from '../../renderer/db/supervisorDb';
import type { BundleImporter } from './bundleFuzz';

export const FUZZ_NOW = '2026-12-01T09:00:00.000+08:00';

const bytesHash = (b: Uint8Array) => bytesToHex(sha256(b));

/** A hash per table of the database: every row in primary-key order, file bytes by their SHA-256. */
export async function tableHashes(db: SupervisorDb): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) {
    const rows = await t.toArray();
    out[t.name] = bytesHash(utf8ToBytes(JSON.stringify(rows, (_k, v: unknown) => (v instanceof Uint8Array ? `bytes:${bytesHash(v)}` : v))));
  }
  return out;
}

/** One hash over every table. */
export const contentHashOf = (hashes: Record<string, string>) => bytesHash(utf8ToBytes(JSON.stringify(Object.entries(hashes))));

export interface ImportOutcome {
  status: ApplyStatus;
  /** The Chinese line the import page shows for the file. */
  reasons: string[];
  /** The unit the file is of, when it could be read. */
  unitId?: string;
}

/**
 * Tables an import never writes: the units' automatic backups and the supervisor's own work (its
 * marks, acceptances, profile). It writes the unit's records, what the database derives from them
 * (tallies), and the supervisor's import, kept bundles and summary of the unit.
 */
const NEVER_WRITTEN = new Set(['autoBackups', 'supervisorMarks', 'supervisorAcceptances', 'supervisorProfile']);

export interface SupervisorImporter extends BundleImporter {
  importBundle(bytes: Uint8Array): Promise<ImportOutcome>;
  contentHash(): Promise<string>;
  /** Back to the base state (the tables given, or all). */
  reset(tables?: readonly string[]): Promise<void>;
  close(): Promise<void>;
  baseUnitId: string;
}

const normal = (b: UnitBackup) => buildUnitBackup({ unit: b.unit, records: b.records as unknown as Parameters<typeof buildUnitBackup>[0]['records'], appVersion: '', exportedAt: '' });

export async function openSupervisorImporter(base: Uint8Array, baseBackup: UnitBackup): Promise<SupervisorImporter> {
  const db = await openSupervisorDb(`bundle-fuzz-${Date.now()}-${Math.random()}`, { indexedDB, IDBKeyRange });
  const importBundle = async (bytes: Uint8Array): Promise<ImportOutcome> => {
    const files: BundleFile[] = [{ name: '单位数据包.pytb', data: bytes }];
    const rows = await previewBundles(db, files);
    const [outcome] = await applyBundles(db, files, rows, { now: FUZZ_NOW });
    return { status: outcome.status, reasons: [outcome.note], unitId: rows[0]?.unit?.id };
  };
  const first = await importBundle(base);
  if (first.status !== 'imported') throw new Error(`the base bundle does not import: ${first.reasons.join('; ')}`);
  const baseUnitId = baseBackup.unit.id;
  const snapshot = new Map<string, unknown[]>();
  for (const t of db.tables) snapshot.set(t.name, await t.toArray());
  const baseBundleId = bytesHash(base);
  const exportUnit = async (unitId: string) => ((await db.units.get(unitId)) ? exportUnitBackup(db, unitId, 'fuzz', FUZZ_NOW) : undefined);
  const baseUnitStill = async (): Promise<string[]> => {
    const now = await exportUnit(baseUnitId);
    if (!now || !sameBackupContent(normal(now), normal(baseBackup))) return ['基础单位的数据被改动'];
    const imp = await db.supervisorImports.get(baseUnitId);
    return imp?.bundleId === baseBundleId ? [] : ['基础单位的导入记录被改动'];
  };

  return {
    baseUnitId,
    importBundle,
    tableHashes: () => tableHashes(db),
    contentHash: async () => contentHashOf(await tableHashes(db)),
    async checkHeld(bytes, changed) {
      const out: string[] = [];
      const beyond = changed.filter((t) => t !== 'supervisorBundles');
      if (beyond.length > 0) out.push(`held, yet wrote ${beyond.join(', ')}`);
      const kept = await db.supervisorBundles.toArray();
      const held = kept.filter((k) => k.role === 'held');
      if (kept.length !== snapshot.get('supervisorBundles')!.length + 1 || held.length !== 1) out.push(`held: ${kept.length} bundles kept, ${held.length} held`);
      else if (held[0].unitId !== baseUnitId || bytesHash(held[0].bytes) !== bytesHash(bytes)) out.push('held: the kept file is not the one imported');
      out.push(...(await baseUnitStill()));
      return out;
    },
    async checkAccepted(status, bytes, data, changed) {
      const out: string[] = [];
      const beyond = changed.filter((t) => NEVER_WRITTEN.has(t));
      if (beyond.length > 0) out.push(`accepted, and wrote ${beyond.join(', ')}`);
      const unitId = data.unit.id;
      const held = await exportUnit(unitId);
      if (!held) return [...out, 'accepted, yet the unit is not there'];
      if (!sameBackupContent(normal(held), normal(data))) out.push('the unit as written is not the bundle’s data');
      const again = parseUnitBackup(JSON.parse(JSON.stringify(held)));
      if (!again.ok) out.push(`the unit as written breaks the backup rules: ${again.error.slice(0, 2).join('；')}`);
      const imp = await db.supervisorImports.get(unitId);
      if (imp?.bundleId !== bytesHash(bytes)) out.push('the unit’s import record is not this bundle');
      if (!(await db.supervisorSummaries.get(unitId))) out.push('no summary for the unit');
      const roles = (await db.supervisorBundles.where('unitId').equals(unitId).toArray()).map((k) => `${k.role}:${k.bundleId === baseBundleId ? 'base' : k.bundleId === bytesHash(bytes) ? 'this' : 'other'}`);
      const want = status === 'replaced' ? ['current:this', 'previous:base'] : ['current:this'];
      if (roles.sort().join() !== want.join()) out.push(`bundles kept for the unit: ${roles.join(', ')}`);
      if (unitId !== baseUnitId) out.push(...(await baseUnitStill()));
      return out;
    },
    async reset(tables) {
      // The unit's records first, then the rest: what the database derives from the records
      // (tallies, kept in step as they are written) ends as it was.
      const records = new Set(['units', ...db.unitTables().map((t) => t.name)]);
      const names = [...(tables ?? db.tables.map((t) => t.name))].sort((a, b) => Number(!records.has(a)) - Number(!records.has(b)));
      const list: Table[] = names.map((n) => db.table(n));
      await db.transaction('rw', list, async () => {
        allowUnitWrites();
        for (const t of list) {
          await t.clear();
          await t.bulkAdd(snapshot.get(t.name)!);
        }
      });
    },
    close: () => db.delete(),
  };
}
