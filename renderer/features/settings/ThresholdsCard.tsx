import { useState } from 'react';
import { Card, Form, Input, InputNumber, Modal, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { effectiveThresholds, formatThreshold } from '@shared/campaign/thresholds';
import { useApp } from '../../app/context';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCampaign, useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { SimpleList, SimpleListItem } from '../../app/SimpleList';
import { changeThreshold } from '../../db/repos/campaign';

/** City-set thresholds (satisfaction 70 %, attendance ratio …): editable per unit, each change recorded. */
export function ThresholdsCard() {
  const { db } = useApp();
  const { unit, template, writeCtx } = useUnit();
  const snapshot = useCampaign();
  const changes = useLiveQuery(() => db.thresholdChanges.where('unitId').equals(unit.id).reverse().sortBy('at'), [db, unit.id]);
  const run = useAction();
  const [editing, setEditing] = useState<string | null>(null);
  const [form] = Form.useForm<{ value: number; reason: string }>();
  if (!snapshot) return null;
  const values = effectiveThresholds(template, snapshot.thresholdOverrides);
  const t = editing ? template.thresholds[editing] : undefined;
  const asPercent = t?.unit === 'ratio';
  const addon = asPercent ? '%' : t?.unit === 'days' ? '天' : undefined;

  const submit = async () => {
    const v = await form.validateFields();
    if (!editing) return;
    const value = asPercent ? v.value / 100 : v.value;
    const ok = await run(() => changeThreshold(db, unit.id, editing, value, v.reason, writeCtx()), '已修改，修改记录已保存');
    if (ok !== undefined) setEditing(null);
  };

  return (
    <Card title="市委规定的标准" style={{ marginBottom: 16 }}>
      <SimpleList
        size="small"
        items={Object.entries(template.thresholds)}
        rowKey={([key]) => key}
        renderItem={([key, th]) => (
          <SimpleListItem
            actions={th.citySet ? <a onClick={() => { setEditing(key); form.setFieldsValue({ value: th.unit === 'ratio' ? Math.round(values[key].value * 100) : values[key].value, reason: '' }); }}>修改</a> : undefined}
          >
            <span>
              {th.label}：<b>{formatThreshold(th, values[key].value)}</b>
              {snapshot.thresholdOverrides[key] !== undefined && (
                <Typography.Text type="secondary">（默认 {formatThreshold(th, th.value)}）</Typography.Text>
              )}
            </span>
          </SimpleListItem>
        )}
      />
      {changes && changes.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          修改记录：
          {changes
            .map((c) => {
              const th = template.thresholds[c.key];
              return `${dayjs(c.at).format('M月D日')} ${c.by} 将“${th?.label ?? c.key}”由 ${th ? formatThreshold(th, c.from) : c.from} 改为 ${th ? formatThreshold(th, c.to) : c.to}（${c.reason}）`;
            })
            .join('；')}
        </Typography.Paragraph>
      )}
      <Modal open={editing !== null} title={`修改：${t?.label ?? ''}`} okText="保存" cancelText="取消" onCancel={() => setEditing(null)} onOk={() => void submit()} destroyOnHidden>
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item label={asPercent ? '数值（%）' : '数值'} htmlFor="threshold-value" required>
            {/* The unit sits after the number, as antd 6 wants it: Space.Compact instead of addonAfter. */}
            <Space.Compact>
              <Form.Item name="value" noStyle rules={[{ required: true, message: '请填写数值' }]}>
                <InputNumber id="threshold-value" min={t ? (asPercent ? t.min * 100 : t.min) : undefined} max={t ? (asPercent ? t.max * 100 : t.max) : undefined} />
              </Form.Item>
              {addon && <Space.Addon>{addon}</Space.Addon>}
            </Space.Compact>
          </Form.Item>
          <Form.Item name="reason" label="修改依据（如市委文件）" rules={[{ required: true, whitespace: true, message: '请写明修改依据' }]}>
            <Input.TextArea rows={2} maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
