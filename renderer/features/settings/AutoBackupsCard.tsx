import { useState } from 'react';
import { App, Card, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { AUTO_BACKUP_REASON_LABEL, AUTO_BACKUPS_KEPT } from '@shared/backup/auto';
import type { UnitBackup } from '@shared/backup/format';
import { useNavigate } from 'react-router-dom';
import dayjs from 'dayjs';
import { useApp } from '../../app/context';
import { SimpleList, SimpleListItem } from '../../app/SimpleList';
import { useUnit } from '../../app/unitContext';
import { listAutoBackups, readAutoBackup } from '../../db/repos/autoBackups';
import { RestoreBackupModal } from '../units/RestoreBackupModal';

/** The automatic backups this PC keeps of the unit: when and why, each restorable with a preview. */
export function AutoBackupsCard() {
  const { db } = useApp();
  const { unit, actor } = useUnit();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const list = useLiveQuery(() => listAutoBackups(db, unit.id), [db, unit.id]);
  const [open, setOpen] = useState<{ backup: UnitBackup; source: string } | null>(null);
  return (
    <Card title="本机自动备份" style={{ marginBottom: 16 }} data-testid="auto-backups">
      <Typography.Paragraph type="secondary">
        导入名册、覆盖恢复和程序升级前，以及每天第一次打开本单位时，程序会自动在这台电脑上保存一份备份，保留最近 {AUTO_BACKUPS_KEPT} 份。
        自动备份不能代替存到U盘的备份。
      </Typography.Paragraph>
      <SimpleList
        size="small"
        bordered
        emptyText="还没有自动备份"
        items={list ?? []}
        rowKey={(b) => b.id}
        renderItem={(b) => (
          <SimpleListItem
            actions={
              <a
                onClick={async () => {
                  const r = await readAutoBackup(db, b.id);
                  if (!r.ok) void message.error(r.error.join('；'));
                  else setOpen({ backup: r.value, source: `${AUTO_BACKUP_REASON_LABEL[b.reason]}的自动备份，${dayjs(b.at).format('YYYY年M月D日 HH:mm')}` });
                }}
              >
                查看并恢复
              </a>
            }
          >
            {`${dayjs(b.at).format('YYYY年M月D日 HH:mm')}，${AUTO_BACKUP_REASON_LABEL[b.reason]}，${b.people} 人`}
          </SimpleListItem>
        )}
      />
      <RestoreBackupModal
        backup={open?.backup ?? null}
        source={open?.source}
        actor={actor}
        onClose={() => setOpen(null)}
        onRestored={(id) => navigate(`/u/${id}/home`)}
      />
    </Card>
  );
}
