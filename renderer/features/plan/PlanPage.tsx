import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { LockOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import type { ColumnsType } from 'antd/es/table';
import { validatePlan } from '@shared/campaign/plan';
import type { PlanAction } from '@shared/campaign/types';
import { formatChineseDate } from '@shared/util/dates';
import { useApp } from '../../app/context';
import { useCampaign, useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { removePlanAction, savePlanAction } from '../../db/repos/campaign';
import { PlanReviewBar } from './PlanReviewBar';
import { ExportPlanButton } from './ExportPlanButton';
import { PlanTextsCard } from './PlanTextsCard';

interface Values {
  title: string;
  description: string;
  due: Dayjs;
}

/** R-STAGE-PLAN: 规定动作 locked in from the template, the unit's 自选动作, and the review state. */
export function PlanPage() {
  const { db } = useApp();
  const { unit, writeCtx } = useUnit();
  const snapshot = useCampaign();
  const run = useAction();
  const [editing, setEditing] = useState<PlanAction | 'new' | null>(null);
  const [form] = Form.useForm<Values>();
  if (!snapshot) return null;
  const stageId = snapshot.template.focusStageId;
  const actions = snapshot.planActions.filter((a) => a.stageId === stageId).sort((a, b) => a.due.localeCompare(b.due) || a.order - b.order);
  const check = validatePlan(snapshot, stageId);

  const open = (a: PlanAction | 'new') => {
    setEditing(a);
    form.setFieldsValue(a === 'new' ? { title: '', description: '', due: undefined } : { ...a, due: dayjs(a.due) });
  };
  const submit = async () => {
    const v = await form.validateFields();
    const current = editing && editing !== 'new' ? editing : undefined;
    const ok = await run(
      () =>
        savePlanAction(
          db,
          unit.id,
          { id: current?.id, stageId, title: v.title, description: v.description ?? '', due: v.due.format('YYYY-MM-DD') },
          writeCtx(),
        ),
      '已保存',
    );
    if (ok !== undefined) setEditing(null);
  };

  const columns: ColumnsType<PlanAction> = [
    {
      title: '类别',
      key: 'kind',
      width: 100,
      render: (_, a) => (a.mandatory ? <Tag icon={<LockOutlined />} color="red">规定动作</Tag> : <Tag color="blue">自选动作</Tag>),
    },
    { title: '工作内容', dataIndex: 'title', width: 220 },
    { title: '具体要求', dataIndex: 'description', ellipsis: true },
    { title: '完成时间', dataIndex: 'due', width: 140, render: (d: string) => formatChineseDate(d) },
    {
      title: '操作',
      key: 'ops',
      width: 120,
      render: (_, a) => (
        <Space>
          <a onClick={() => open(a)}>{a.mandatory ? '调整日期' : '编辑'}</a>
          {!a.mandatory && (
            <Popconfirm
              title={`删除“${a.title}”？`}
              okText="删除"
              cancelText="取消"
              onConfirm={() => run(() => removePlanAction(db, unit.id, a.id, writeCtx()), '已删除')}
            >
              <a style={{ color: '#cf1322' }}>删除</a>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];
  const mandatoryEditing = editing && editing !== 'new' && editing.mandatory;

  return (
    <div className="pyt-page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>{snapshot.template.stages.find((s) => s.id === stageId)?.title}工作方案</Typography.Title>
        <ExportPlanButton snapshot={snapshot} />
      </Space>
      <PlanReviewBar snapshot={snapshot} stageId={stageId} planOk={check.ok} />
      {!check.ok && (
        <Alert
          type="warning"
          showIcon
          style={{ margin: '12px 0' }}
          title="方案还不能报送督导组"
          description={check.reasons.map((r) => (
            <div key={r.message}>{r.message}</div>
          ))}
        />
      )}
      <Card
        title="工作安排"
        style={{ marginTop: 12 }}
        extra={
          <Button icon={<PlusOutlined />} onClick={() => open('new')}>
            添加自选动作
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">
          规定动作按市委要求设置，不能删除、不能简化；自选动作要符合本单位实际、切实可行，不搞花架子。
        </Typography.Paragraph>
        <Table<PlanAction> rowKey="id" size="middle" columns={columns} dataSource={actions} pagination={false} />
      </Card>
      <PlanTextsCard snapshot={snapshot} stageId={stageId} />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? '添加自选动作' : mandatoryEditing ? '调整规定动作的完成时间' : '编辑自选动作'}
        onCancel={() => setEditing(null)}
        onOk={() => void submit()}
        okText="保存"
        cancelText="取消"
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="title" label="工作内容" rules={[{ required: true, whitespace: true, message: '请填写工作内容' }]}>
            <Input maxLength={60} disabled={!!mandatoryEditing} />
          </Form.Item>
          <Form.Item name="description" label="具体要求和做法">
            <Input.TextArea rows={4} maxLength={1000} disabled={!!mandatoryEditing} />
          </Form.Item>
          <Form.Item name="due" label="完成时间" rules={[{ required: true, message: '请选择完成时间' }]}>
            <DatePicker format="YYYY年M月D日" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
