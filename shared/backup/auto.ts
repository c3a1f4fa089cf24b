/**
 * Automatic backups (自动备份): the app keeps the last few backups of each unit on this PC,
 * taken before anything replaces data (a roster import, a restore over the unit, a database
 * upgrade) and once a day when the unit is opened, each restorable with a preview. They live in
 * a local table outside the unit's records: a unit backup never contains them.
 */
import { z } from 'zod';
import { defineTable } from '../data/table';
import { bounded, id, TEXT_LIMITS as L, timestamp } from '../data/fields';

export const AUTO_BACKUP_REASONS = ['beforeImport', 'beforeRestore', 'beforeMigration', 'daily'] as const;
export type AutoBackupReason = (typeof AUTO_BACKUP_REASONS)[number];
export const AUTO_BACKUP_REASON_LABEL: Record<AutoBackupReason, string> = {
  beforeImport: '导入名册前',
  beforeRestore: '恢复备份前',
  beforeMigration: '程序升级数据前',
  daily: '每日自动',
};

/** How many automatic backups of one unit are kept; the oldest go first. */
export const AUTO_BACKUPS_KEPT = 10;

const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: '应为文件内容' });

export const autoBackupRecord = z.strictObject({
  id,
  unitId: id,
  unitName: bounded(L.unitName),
  reason: z.enum(AUTO_BACKUP_REASONS),
  at: timestamp,
  /** People in the unit at the time, for the list. */
  people: z.number().int().min(0),
  /** The backup file's bytes, gzipped. */
  gzip: bytes,
});
export type AutoBackup = z.infer<typeof autoBackupRecord>;

export const autoBackupsTable = defineTable({
  name: 'autoBackups',
  owner: 'backup',
  label: '自动备份',
  stores: { 2: 'id, unitId, [unitId+at]' },
  record: autoBackupRecord,
  key: 'id',
});

/** The ids to delete so that only the newest `keep` remain. */
export function autoBackupsToPrune(list: readonly Pick<AutoBackup, 'id' | 'at'>[], keep = AUTO_BACKUPS_KEPT): string[] {
  return [...list]
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .slice(keep)
    .map((x) => x.id);
}
