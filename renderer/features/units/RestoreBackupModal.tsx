import { useState } from 'react';
import { Modal, Radio, Space, Typography } from 'antd';
import type { UnitBackup } from '@shared/backup/format';
import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../app/context';
import { useBackupActions } from './backupActions';

/**
 * What a backup holds (unit, people, date) before anything is written, and the choice to restore
 * it as a new unit or over the same unit (which first saves the current data).
 */
export function RestoreBackupModal(props: {
  backup: UnitBackup | null;
  /** Shown under the summary, e.g. where the backup comes from. */
  source?: string;
  actor: string;
  onClose(): void;
  onRestored(unitId: string): void;
}) {
  const { backup } = props;
  const { db } = useApp();
  const { restore } = useBackupActions();
  const [mode, setMode] = useState<'asNew' | 'replace'>('asNew');
  // undefined while loading, null when this PC has no such unit.
  const existing = useLiveQuery(async () => (backup ? ((await db.units.get(backup.unit.id)) ?? null) : null), [db, backup]);
  const loading = backup !== null && existing === undefined;
  const party = backup?.records.members.filter((m) => m.kind === 'party').length ?? 0;
  return (
    <Modal
      open={backup !== null}
      title="从备份恢复单位"
      okText="恢复"
      cancelText="取消"
      okButtonProps={{ disabled: loading }}
      onCancel={props.onClose}
      afterOpenChange={(open) => open && setMode('asNew')}
      onOk={async () => {
        if (!backup || loading) return;
        const unit = await restore(backup, existing ? mode : 'replace', props.actor);
        if (unit) {
          props.onClose();
          props.onRestored(unit.id);
        }
      }}
    >
      {backup && (
        <Space orientation="vertical">
          <Typography.Text data-testid="restore-summary">
            {backup.unit.orgName}（{backup.unit.year}年度），党员 {party} 人、共 {backup.records.members.length} 人，备份于{' '}
            {backup.exportedAt.slice(0, 10)}。
          </Typography.Text>
          {props.source && <Typography.Text type="secondary">{props.source}</Typography.Text>}
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
  );
}
