import { useCallback } from 'react';
import { App } from 'antd';
import { backupFileName, decodeBackup, encodeBackup, type UnitBackup } from '@shared/backup/format';
import { UserError } from '@shared/util/result';
import { bridge } from '../../bridge';
import { APP_VERSION } from '../../version';
import { nowIso, today, useApp } from '../../app/context';
import { useAction } from '../../app/useAction';
import { deleteUnitWithBackup, exportUnitBackup, restoreUnitBackup } from '../../db/repos/backup';

const JSON_FILTER = [{ name: '评议通单位备份', extensions: ['json'] }];

/** Lets the user save a backup; true only when it was really written. */
async function saveBackup(backup: UnitBackup, label = ''): Promise<boolean> {
  const r = await bridge.filesSave({
    suggestedName: backupFileName(backup, today()).replace(/\.json$/, `${label}.json`),
    filters: JSON_FILTER,
    data: encodeBackup(backup),
  });
  return r.saved;
}

/**
 * Backup, restore and delete. Nothing is replaced or deleted unless a backup of the current data
 * has been saved first, and the write refuses if the data changed in between.
 */
export function useBackupActions() {
  const { db, shell } = useApp();
  const { message, modal } = App.useApp();
  const run = useAction();

  // A browser cannot tell whether a download was kept; before deleting or replacing, ask.
  const backupKept = useCallback(
    async (backup: UnitBackup, label: string): Promise<boolean> => {
      if (!(await saveBackup(backup, label))) return false;
      if (shell === 'electron') return true;
      return modal.confirm({
        title: '备份文件保存好了吗？',
        content: '请在浏览器的下载记录中确认备份文件已经保存到电脑上，再继续。',
        okText: '已保存，继续',
        cancelText: '没有，取消',
      });
    },
    [shell, modal],
  );

  const exportBackup = useCallback(
    (unitId: string) =>
      run(async () => {
        const saved = await saveBackup(await exportUnitBackup(db, unitId, APP_VERSION, nowIso()));
        if (saved) void message.success('备份已保存。请把备份文件另存到U盘等其他地方。');
        return saved;
      }),
    [db, run, message],
  );

  const pickBackup = useCallback(
    () =>
      run(async () => {
        const { files } = await bridge.filesOpen({ filters: JSON_FILTER, multiple: false });
        if (!files[0]) return undefined;
        const r = decodeBackup(files[0].data);
        if (!r.ok) throw new UserError(`无法恢复：${r.error.join('；')}`);
        return r.value;
      }),
    [run],
  );

  const restore = useCallback(
    (backup: UnitBackup, mode: 'asNew' | 'replace', actor: string) =>
      run(async () => {
        const existing = await db.units.get(backup.unit.id);
        let expectedCurrent: UnitBackup | undefined;
        if (mode === 'replace' && existing) {
          expectedCurrent = await exportUnitBackup(db, existing.id, APP_VERSION, nowIso());
          if (!(await backupKept(expectedCurrent, '-覆盖前'))) {
            throw new UserError('没有保存当前数据的备份，已取消恢复，数据没有改动。');
          }
        }
        const r = await restoreUnitBackup(db, backup, { actor, now: nowIso(), mode, appVersion: APP_VERSION, expectedCurrent });
        void message.success(`已恢复单位：${r.unit.name}`);
        return r.unit;
      }),
    [db, run, message, backupKept],
  );

  const deleteUnit = useCallback(
    (unitId: string) =>
      run(async () => {
        const expected = await exportUnitBackup(db, unitId, APP_VERSION, nowIso());
        if (!(await backupKept(expected, '-删除前'))) {
          throw new UserError('没有保存备份，已取消删除，数据没有改动。');
        }
        await deleteUnitWithBackup(db, unitId, APP_VERSION, nowIso(), { expected });
        void message.success('单位已删除，删除前的备份已保存。');
        return true;
      }),
    [db, run, message, backupKept],
  );

  return { exportBackup, pickBackup, restore, deleteUnit };
}
