import { useState } from 'react';
import { Button, Card, Input, Space, Typography } from 'antd';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';

/** The name written into the audit log as "who". */
export function OperatorCard() {
  const { settings, updateSettings } = useApp();
  const { actor } = useUnit();
  const run = useAction();
  const [name, setName] = useState(settings.operatorName ?? '');
  return (
    <Card title="操作人" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary">每次修改都会记下操作人。现在记为：{actor}</Typography.Paragraph>
      <Space.Compact>
        <Input value={name} onChange={(e) => setName(e.target.value)} placeholder="您的姓名" maxLength={40} style={{ width: 220 }} />
        <Button type="primary" onClick={() => void run(() => updateSettings({ operatorName: name.trim() }), '已保存')}>
          保存
        </Button>
      </Space.Compact>
    </Card>
  );
}
