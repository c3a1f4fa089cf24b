/**
 * Unit backups (单位备份): export all of a unit in one read transaction; restore a backup as
 * a new unit or over the unit it came from; delete a unit after taking its backup. Whatever
 * replaces or removes data takes a backup of it first, in the same transaction, and hands it
 * back for the caller to save (shared/backup/format.ts is the file format).
 */
import { parseUnitBackup, buildUnitBackup, sameBackupContent, type UnitBackup } from '@shared/backup/format';
import { remapBackupAsNew, restoredUnitName } from '@shared/backup/remap';
import type { WriteContext } from '@shared/audit/types';
import type { Unit } from '@shared/units/types';
import { UserError } from '@shared/util/result';
import Dexie from 'dexie';
import type { AutoBackupReason } from '@shared/backup/auto';
import { UNIT_TABLE_DEFS } from '@shared/data/registry';
import { storeAutoBackup } from './autoBackups';
import { tableOf, type PytDb } from '../db';
import { appendAudit } from './audit';
import { failIf } from './errors';
import { deleteUnit } from './units';
import { addUnitRecords, readUnitRecords } from './unitRecords';

/** Reads the backup inside the caller's transaction (it must include the unit's tables). */
async function readBackup(db: PytDb, unitId: string, appVersion: string, now: string): Promise<UnitBackup> {
  const { unit, ...records } = await readUnitRecords(db, unitId);
  const backup = buildUnitBackup({
    unit,
    records,
    appVersion,
    exportedAt: now,
  });
  // A backup that would not restore is no backup: say so now, while the data is still here.
  const check = parseUnitBackup(JSON.parse(JSON.stringify(backup)));
  if (!check.ok) failIf(check.error, '本单位的数据未能通过备份校验，未做任何改动（请联系技术支持）：');
  return backup;
}

/** Everything of one unit, read in one transaction. `now` is the ISO date-time of the export. */
export async function exportUnitBackup(db: PytDb, unitId: string, appVersion: string, now: string): Promise<UnitBackup> {
  return db.transaction('r', [db.units, ...db.unitTables()], () => readBackup(db, unitId, appVersion, now));
}

/** Takes an automatic backup of the unit (before an import, once a day …), in one transaction. */
export async function takeAutoBackup(db: PytDb, unitId: string, reason: AutoBackupReason, appVersion: string, now: string): Promise<void> {
  await db.transaction('rw', [db.units, db.autoBackups, ...db.unitTables()], async () => {
    await storeAutoBackup(db, await readBackup(db, unitId, appVersion, now), reason, now);
  });
}

/** Once a day: an automatic backup when the unit's newest one is from an earlier day (`today`, local). */
export async function ensureDailyAutoBackup(db: PytDb, unitId: string, appVersion: string, now: string, today: string): Promise<boolean> {
  const newest = await db.autoBackups.where('[unitId+at]').between([unitId, Dexie.minKey], [unitId, Dexie.maxKey]).last();
  if (newest && newest.at.slice(0, 10) >= today) return false;
  await takeAutoBackup(db, unitId, 'daily', appVersion, now);
  return true;
}

export type RestoreMode = 'asNew' | 'replace';

export interface RestoreOptions extends WriteContext {
  /** `asNew`: a separate unit with fresh ids. `replace`: over the unit with the backup's id. */
  mode: RestoreMode;
  /** This program's version, written into the backup taken before a replace. */
  appVersion: string;
  /**
   * For `replace` over a unit that exists: the backup of its current data the user already
   * saved (required). The restore is refused if the data changed since, so nothing unsaved is
   * overwritten.
   */
  expectedCurrent?: UnitBackup;
  makeId?: () => string;
}

export interface RestoreResult {
  /** The unit as restored (a new id and maybe a new name for `asNew`). */
  unit: Unit;
  /** For `replace` over an existing unit: its data before the restore, for the caller to save. */
  replaced: UnitBackup | null;
}

function checkedBackup(backup: UnitBackup): UnitBackup {
  const r = parseUnitBackup(backup);
  if (!r.ok) {
    failIf(r.error, '备份文件有误，未做任何改动：');
    throw new UserError('备份文件有误');
  }
  return r.value;
}

/** Refuses to restore ids that another unit's records already use (the file would tie two units together). */
async function checkNoForeignIds(db: PytDb, b: UnitBackup): Promise<void> {
  const records = b.records as unknown as Record<string, { id: string }[]>;
  for (const t of UNIT_TABLE_DEFS.filter((x) => x.key === 'id')) {
    const ids = records[t.name].map((x) => x.id);
    const found: ({ unitId: string } | undefined)[] = t.ordered
      ? await tableOf(db, t.name).where('id').anyOf(ids).toArray()
      : await tableOf(db, t.name).bulkGet(ids);
    if (found.some((x) => x !== undefined && x.unitId !== b.unit.id)) {
      throw new UserError(`备份中的${t.label}与本机另一单位的记录编号相同，无法覆盖恢复；请改用“作为新单位恢复”`);
    }
  }
}

async function writeRecords(db: PytDb, b: UnitBackup): Promise<void> {
  // The audit log goes in file order, so the new storage order (seq) is the old one.
  await addUnitRecords(db, b.unit, b.records);
}

/**
 * Restores a backup in one transaction, with an audit entry. Throws a UserError (and writes
 * nothing) for an invalid backup or, in `replace` mode, when `expectedCurrent` is stale.
 */
export async function restoreUnitBackup(db: PytDb, backup: UnitBackup, opts: RestoreOptions): Promise<RestoreResult> {
  const clean = checkedBackup(backup);
  const makeId = opts.makeId ?? (() => crypto.randomUUID());
  return db.transaction('rw', [db.units, db.autoBackups, ...db.unitTables()], async () => {
    let replaced: UnitBackup | null = null;
    let target = clean;
    if (opts.mode === 'replace') {
      if (await db.units.get(clean.unit.id)) {
        replaced = await readBackup(db, clean.unit.id, opts.appVersion, opts.now);
        // The guard lives here, not only in the UI: nothing is replaced that the caller has not saved.
        if (!opts.expectedCurrent) throw new UserError('覆盖恢复前须先保存本单位当前数据的备份，未做任何改动');
        if (!sameBackupContent(opts.expectedCurrent, replaced)) {
          throw new UserError('单位数据在备份后又有改动，为免丢失，未做恢复；请重新备份后再试');
        }
        // Kept on this PC too, whatever became of the file the user saved.
        await storeAutoBackup(db, replaced, 'beforeRestore', opts.now);
        await checkNoForeignIds(db, clean);
        for (const table of db.unitTables()) await table.where('unitId').equals(clean.unit.id).delete();
        await db.units.delete(clean.unit.id);
      } else {
        await checkNoForeignIds(db, clean);
      }
    } else {
      const taken = new Set((await db.units.toArray()).map((u) => u.name));
      target = remapBackupAsNew(clean, { makeId, name: restoredUnitName(clean.unit.name, taken) });
    }
    await writeRecords(db, target);
    const how = opts.mode === 'asNew' ? '作为新单位' : replaced ? '覆盖原有数据' : '按原编号';
    await appendAudit(db, {
      unitId: target.unit.id,
      actor: opts.actor,
      now: opts.now,
      action: 'unit.restore',
      entity: 'unit',
      entityId: target.unit.id,
      summary: `从备份恢复单位 ${target.unit.name}（${how}；备份于 ${clean.exportedAt.slice(0, 10)}，${clean.records.members.length} 人）`,
    });
    return { unit: target.unit, replaced };
  });
}

/**
 * Takes the unit's backup and deletes the unit with all its records, in one transaction, and
 * returns the backup for the caller to save. With `expected` (a backup the user already saved),
 * the deletion is refused if the data changed since.
 */
export async function deleteUnitWithBackup(
  db: PytDb,
  unitId: string,
  appVersion: string,
  now: string,
  opts: { expected?: UnitBackup } = {},
): Promise<UnitBackup> {
  return db.transaction('rw', [db.units, db.views, ...db.unitTables()], async () => {
    const backup = await readBackup(db, unitId, appVersion, now);
    if (opts.expected && !sameBackupContent(opts.expected, backup)) {
      throw new UserError('单位数据在备份后又有改动，为免丢失，未删除；请重新备份后再删除');
    }
    await deleteUnit(db, unitId);
    return backup;
  });
}
