import { useEffect, useState } from 'react';
import { Button, Form, Input, Modal, Popconfirm, Radio, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { TEXT_LIMITS as L } from '@shared/data/fields';
import { LAST_YEAR_STATUS_LABEL, LAST_YEAR_STATUSES, type LastYearOpinion, type LastYearStatus } from '@shared/opinions/types';
import type { LastYearDraft } from '@shared/opinions/validate';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { deleteLastYearOpinion, saveLastYearOpinion } from '../../db/repos/opinions';
import { useLastYearOpinions } from './useOpinions';

const STATUS_COLOR: Record<LastYearStatus, string> = { fixed: 'green', partial: 'gold', notFixed: 'red' };

/** R-OPIN-LASTYEAR (可): the opinions the masses raised at last year's 民主生活会, and which were fixed. */
export function LastYearCard() {
  const { db } = useApp();
  const { unit, writeCtx } = useUnit();
  const run = useAction();
  const rows = useLastYearOpinions(unit.id);
  const [editing, setEditing] = useState<LastYearOpinion | 'new' | null>(null);
  const [form] = Form.useForm<LastYearDraft>();

  useEffect(() => {
    if (editing === null) return;
    form.resetFields();
    form.setFieldsValue(editing === 'new' ? { text: '', status: 'fixed', note: '' } : editing);
  }, [editing, form]);

  const submit = async () => {
    const v = await form.validateFields();
    const id = editing && editing !== 'new' ? editing.id : undefined;
    const r = await run(() => saveLastYearOpinion(db, unit.id, { text: v.text, status: v.status, ...(v.note ? { note: v.note } : {}) }, { ...writeCtx(), id }), '已保存');
    if (r) setEditing(null);
  };

  const columns: ColumnsType<LastYearOpinion> = [
    { title: '去年群众提的意见', dataIndex: 'text' },
    {
      title: '整改情况',
      dataIndex: 'status',
      width: 110,
      render: (s: LastYearStatus) => <Tag color={STATUS_COLOR[s]}>{LAST_YEAR_STATUS_LABEL[s]}</Tag>,
    },
    { title: '说明', dataIndex: 'note', width: 280 },
    {
      title: '操作',
      key: 'ops',
      width: 110,
      render: (_, o) => (
        <Space>
          <a onClick={() => setEditing(o)}>修改</a>
          <Popconfirm title="删除这条意见？" okText="删除" cancelText="取消" onConfirm={() => run(() => deleteLastYearOpinion(db, unit.id, o.id, writeCtx()), '已删除')}>
            <a style={{ color: '#cf1322' }}>删除</a>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="last-year">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Text type="secondary">
          可以对照去年专题民主生活会上群众提的意见，逐条看看哪些改了、哪些没改（此项为“可”做的事项）。
        </Typography.Text>
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          添加去年的意见
        </Button>
      </Space>
      <Table rowKey="id" size="middle" columns={columns} dataSource={rows ?? []} loading={!rows} pagination={false} locale={{ emptyText: '还没有录入去年民主生活会的意见' }} />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? '添加去年民主生活会的意见' : '修改去年民主生活会的意见'}
        okText="保存"
        cancelText="取消"
        onOk={() => void submit()}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="text" label="去年群众提的意见" rules={[{ required: true, whitespace: true, message: '请填写意见内容' }]}>
            <Input.TextArea rows={3} maxLength={L.opinion} showCount />
          </Form.Item>
          <Form.Item name="status" label="整改情况" rules={[{ required: true }]}>
            <Radio.Group optionType="button" options={LAST_YEAR_STATUSES.map((s) => ({ value: s, label: LAST_YEAR_STATUS_LABEL[s] }))} />
          </Form.Item>
          <Form.Item name="note" label="说明（改了什么、为什么没改完）">
            <Input.TextArea rows={2} maxLength={L.note} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
