import { useState } from 'react';
import { Button, Card, Input, Modal, Space, Typography } from 'antd';
import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useUnit } from '../../app/unitContext';
import { useBackupActions } from '../units/backupActions';
import { RestoreBackupButton } from '../units/RestoreBackupButton';

/** Backup to a file (USB stick), restore, and delete the unit — deleting saves a backup first. */
export function DataCard() {
  const { unit, actor } = useUnit();
  const { exportBackup, deleteUnit } = useBackupActions();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  return (
    <Card title="数据备份" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">
        数据只保存在这台电脑上。建议每完成一个环节就导出一次备份，存到U盘。换电脑时在新电脑上“从备份恢复”。
      </Typography.Paragraph>
      <Space wrap>
        <Button type="primary" icon={<SaveOutlined />} onClick={() => void exportBackup(unit.id)}>
          导出备份
        </Button>
        <RestoreBackupButton actor={actor} onRestored={(id) => navigate(`/u/${id}/home`)} />
        <Button danger icon={<DeleteOutlined />} onClick={() => setConfirming(true)}>
          删除本单位
        </Button>
      </Space>
      <Modal
        open={confirming}
        title={`删除“${unit.name}”`}
        okText="保存备份并删除"
        okButtonProps={{ danger: true, disabled: typed.trim() !== unit.name }}
        cancelText="取消"
        onCancel={() => setConfirming(false)}
        onOk={async () => {
          const ok = await deleteUnit(unit.id);
          if (ok) {
            setConfirming(false);
            navigate('/', { replace: true });
          }
        }}
      >
        <Typography.Paragraph>
          将删除本单位的名册、方案、验收等全部数据。删除前会先请您保存一份备份，没有保存备份就不会删除。
        </Typography.Paragraph>
        <Typography.Paragraph>请输入单位名称“{unit.name}”确认：</Typography.Paragraph>
        <Input value={typed} onChange={(e) => setTyped(e.target.value)} aria-label="输入单位名称确认删除" />
      </Modal>
    </Card>
  );
}
