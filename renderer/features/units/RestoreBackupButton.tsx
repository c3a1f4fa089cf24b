import { useState } from 'react';
import { Button, Modal, Radio, Space, Typography } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import type { UnitBackup } from '@shared/backup/format';
import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../app/context';
import { useBackupActions } from './backupActions';

/** Picks a backup file, shows what is in it, and restores it as a new unit or over the same unit. */
export function RestoreBackupButton({ actor, onRestored }: { actor: string; onRestored(unitId: string): void }) {
  const { db } = useApp();
  const { pickBackup, restore } = useBackupActions();
  const [backup, setBackup] = useState<UnitBackup | null>(null);
  const [mode, setMode] = useState<'asNew' | 'replace'>('asNew');
  // undefined while loading, null when this PC has no such unit.
  const existing = useLiveQuery(async () => (backup ? ((await db.units.get(backup.unit.id)) ?? null) : null), [db, backup]);
  const loading = backup !== null && existing === undefined;

  const party = backup?.records.members.filter((m) => m.kind === 'party').length ?? 0;
  return (
    <>
      <Button
        icon={<CloudUploadOutlined />}
        onClick={async () => {
          const b = await pickBackup();
          if (b) {
            setMode('asNew');
            setBackup(b);
          }
        }}
      >
        从备份恢复
      </Button>
      <Modal
        open={backup !== null}
        title="从备份恢复单位"
        okText="恢复"
        cancelText="取消"
        okButtonProps={{ disabled: loading }}
        onCancel={() => setBackup(null)}
        onOk={async () => {
          if (!backup) return;
          if (loading) return;
          const unit = await restore(backup, existing ? mode : 'replace', actor);
          if (unit) {
            setBackup(null);
            onRestored(unit.id);
          }
        }}
      >
        {backup && (
          <Space orientation="vertical">
            <Typography.Text>
              {backup.unit.orgName}（{backup.unit.year}年度），党员 {party} 人、共 {backup.records.members.length} 人，备份于{' '}
              {backup.exportedAt.slice(0, 10)}。
            </Typography.Text>
            {existing ? (
              <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)}>
                <Space orientation="vertical">
                  <Radio value="asNew">作为一个新单位恢复（现有数据不动）</Radio>
                  <Radio value="replace">覆盖本机上的“{existing.name}”（覆盖前会先保存现有数据的备份）</Radio>
                </Space>
              </Radio.Group>
            ) : loading ? null : (
              <Typography.Text type="secondary">本机没有这个单位，将按备份原样恢复。</Typography.Text>
            )}
          </Space>
        )}
      </Modal>
    </>
  );
}
