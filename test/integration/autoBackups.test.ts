/** Automatic backups: before a restore replaces a unit, once a day, ten kept per unit, each restorable. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AUTO_BACKUPS_KEPT } from '@shared/backup/auto';
import { sameBackupContent } from '@shared/backup/format';
import { ensureDailyAutoBackup, exportUnitBackup, restoreUnitBackup, takeAutoBackup } from '../../renderer/db/repos/backup';
import { listAutoBackups, readAutoBackup } from '../../renderer/db/repos/autoBackups';
import { ctx, dbPool, populatedUnit } from '../fixtures/backup/testing';

const pool = dbPool('auto-backups');
afterEach(() => pool.closeAll());
const APP = '0.2.0';

describe('automatic backups', () => {
  it('keeps the newest ten of a unit, each readable as the unit was', async () => {
    const db = await pool.fresh();
    const unitId = await populatedUnit(db);
    for (let i = 0; i < AUTO_BACKUPS_KEPT + 3; i++) {
      await takeAutoBackup(db, unitId, 'beforeImport', APP, `2026-11-${String(10 + i).padStart(2, '0')}T08:00:00.000Z`);
    }
    const list = await listAutoBackups(db, unitId);
    expect(list).toHaveLength(AUTO_BACKUPS_KEPT);
    expect(list[0].at).toBe('2026-11-22T08:00:00.000Z');
    expect(list.at(-1)!.at).toBe('2026-11-13T08:00:00.000Z');
    const read = await readAutoBackup(db, list[0].id);
    expect(read.ok && sameBackupContent(read.value, await exportUnitBackup(db, unitId, APP, ctx.now))).toBe(true);
  });

  it('once a day: a second open the same day takes none', async () => {
    const db = await pool.fresh();
    const unitId = await populatedUnit(db);
    expect(await ensureDailyAutoBackup(db, unitId, APP, '2026-11-27T01:00:00.000Z', '2026-11-27')).toBe(true);
    expect(await ensureDailyAutoBackup(db, unitId, APP, '2026-11-27T09:00:00.000Z', '2026-11-27')).toBe(false);
    expect(await ensureDailyAutoBackup(db, unitId, APP, '2026-11-28T08:00:00.000Z', '2026-11-28')).toBe(true);
    expect((await listAutoBackups(db, unitId)).map((b) => b.reason)).toEqual(['daily', 'daily']);
  });

  it('a restore over the unit keeps what it replaced on this PC, and that backup restores it', async () => {
    const db = await pool.fresh();
    const unitId = await populatedUnit(db);
    const saved = await exportUnitBackup(db, unitId, APP, ctx.now);
    await db.members.where('unitId').equals(unitId).modify({ post: '改过的职务' });
    const current = await exportUnitBackup(db, unitId, APP, ctx.now);
    await restoreUnitBackup(db, saved, { mode: 'replace', actor: '张书记', now: '2026-11-28T08:00:00.000Z', appVersion: APP, expectedCurrent: current });
    const [kept] = await listAutoBackups(db, unitId);
    expect(kept).toMatchObject({ reason: 'beforeRestore', at: '2026-11-28T08:00:00.000Z' });
    const read = await readAutoBackup(db, kept.id);
    expect(read.ok && sameBackupContent(read.value, current)).toBe(true);
    expect(read.ok && read.value.records.members.every((m) => m.post === '改过的职务')).toBe(true);
  });
});
