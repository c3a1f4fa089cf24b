/**
 * Automatic backups (shared/backup/auto.ts): taken before anything replaces a unit's data and
 * once a day, kept ten per unit, listed with dates, read back as ordinary backup files.
 */
import { gunzipSync, gzipSync } from 'fflate';
import { autoBackupsToPrune, type AutoBackup, type AutoBackupReason } from '@shared/backup/auto';
import { decodeBackup, encodeBackup, type UnitBackup } from '@shared/backup/format';
import type { Result } from '@shared/util/result';
import type { PytDb } from '../db';

/** Stores `backup` as an automatic backup and prunes the oldest; call inside a transaction with `db.autoBackups`, or alone. */
export async function storeAutoBackup(db: PytDb, backup: UnitBackup, reason: AutoBackupReason, at: string): Promise<AutoBackup> {
  const record: AutoBackup = {
    id: crypto.randomUUID(),
    unitId: backup.unit.id,
    unitName: backup.unit.name,
    reason,
    at,
    people: backup.records.members.length,
    gzip: gzipSync(encodeBackup(backup), { level: 6 }),
  };
  await db.autoBackups.add(record);
  const all = await db.autoBackups.where('unitId').equals(backup.unit.id).toArray();
  const prune = autoBackupsToPrune(all);
  if (prune.length > 0) await db.autoBackups.bulkDelete(prune);
  return record;
}

/** The list without the file bytes: newest first, all units or one. */
export async function listAutoBackups(db: PytDb, unitId?: string): Promise<Omit<AutoBackup, 'gzip'>[]> {
  const rows = unitId === undefined ? await db.autoBackups.toArray() : await db.autoBackups.where('unitId').equals(unitId).toArray();
  return rows.map(({ gzip: _g, ...meta }) => meta).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** The backup an automatic backup holds, checked like a file brought in from a USB stick. */
export async function readAutoBackup(db: PytDb, id: string): Promise<Result<UnitBackup, string[]>> {
  const row = await db.autoBackups.get(id);
  if (!row) return { ok: false, error: ['这份自动备份已不存在'] };
  let bytes: Uint8Array;
  try {
    bytes = gunzipSync(row.gzip);
  } catch {
    return { ok: false, error: ['这份自动备份已损坏'] };
  }
  return decodeBackup(bytes);
}
