import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, Modal, Popconfirm, Radio, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { TEXT_LIMITS as L } from '@shared/data/fields';
import { samePair } from '@shared/opinions/backupRules';
import { namesLine, type FeedbackDuty } from '@shared/opinions/feedback';
import { FEEDBACK_WAY_LABEL, FEEDBACK_WAYS, type Feedback, type FeedbackWay } from '@shared/opinions/types';
import { formatChineseDate } from '@shared/util/dates';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { deleteFeedback, saveFeedback } from '../../db/repos/opinions';
import { useFeedbackData, type Talk } from './useOpinions';

interface Values {
  fromId: string;
  date: Dayjs;
  way: FeedbackWay;
  talkId?: string;
  note?: string;
}

type Editing = { duty: FeedbackDuty; feedback?: Feedback };
const TALK_STATE: Record<string, string> = { planned: '已安排', done: '已谈', cancelled: '已取消' };

/** R-OPIN-FEEDBACK: each team member and party member, who feeds back to them, and whether it was done. */
export function FeedbackCard() {
  const { db } = useApp();
  const { unit, writeCtx, today } = useUnit();
  const run = useAction();
  const data = useFeedbackData(unit.id);
  const [filter, setFilter] = useState<'missing' | 'all'>('missing');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [form] = Form.useForm<Values>();
  const fromId = Form.useWatch('fromId', form);
  const way = Form.useWatch('way', form);

  const names = useMemo(() => new Map((data?.people ?? []).map((p) => [p.id, p.name])), [data]);
  const branchName = useMemo(() => new Map((data?.branches ?? []).map((b) => [b.id, b.name])), [data]);
  const byReceiver = useMemo(() => {
    const m = new Map<string, Feedback[]>();
    for (const f of data?.feedbacks ?? []) m.set(f.toId, [...(m.get(f.toId) ?? []), f]);
    return m;
  }, [data]);

  useEffect(() => {
    if (!editing) return;
    form.resetFields();
    const f = editing.feedback;
    form.setFieldsValue(
      f
        ? { fromId: f.fromId, date: dayjs(f.date), way: f.way, talkId: f.talkId, note: f.note }
        : { fromId: editing.duty.giverIds[0], date: dayjs(today()), way: 'talk' },
    );
  }, [editing, form, today]);

  if (!data) return null;
  const duties = data.plan.duties;
  const missing = duties.filter((d) => !byReceiver.has(d.receiverId));
  const shown = filter === 'missing' ? missing : duties;
  const branchOf = new Map(data.people.map((p) => [p.id, p.branchId]));

  const talksFor = (duty: FeedbackDuty, giver?: string): Talk[] =>
    giver ? data.talks.filter((t) => t.status !== 'cancelled' && samePair(t, { fromId: giver, toId: duty.receiverId })) : [];

  const submit = async () => {
    if (!editing) return;
    const v = await form.validateFields();
    const r = await run(
      () =>
        saveFeedback(
          db,
          unit.id,
          {
            fromId: v.fromId,
            toId: editing.duty.receiverId,
            date: v.date.format('YYYY-MM-DD'),
            way: v.way,
            ...(v.way === 'talk' && v.talkId ? { talkId: v.talkId } : {}),
            ...(v.note ? { note: v.note } : {}),
          },
          { ...writeCtx(), id: editing.feedback?.id },
        ),
      '已记录反馈',
    );
    if (r) setEditing(null);
  };

  const columns: ColumnsType<FeedbackDuty> = [
    { title: '姓名', dataIndex: 'receiverName', width: 100 },
    {
      title: '身份',
      key: 'as',
      width: 200,
      render: (_, d) => (d.as === 'team' ? '班子成员' : `党员 · ${branchName.get(branchOf.get(d.receiverId) ?? '') ?? ''}`),
    },
    {
      title: '由谁反馈',
      key: 'givers',
      width: 150,
      render: (_, d) =>
        d.giverIds.length > 0 ? d.giverIds.map((id) => names.get(id)).join('、') : <Tag color="red">{d.as === 'team' ? '未设定主要负责同志' : '未设定支部书记'}</Tag>,
    },
    {
      title: '反馈情况',
      key: 'done',
      render: (_, d) => {
        const list = byReceiver.get(d.receiverId) ?? [];
        if (list.length === 0) return <Tag color="red">还没有反馈</Tag>;
        return (
          <Space orientation="vertical" size={2}>
            {list.map((f) => (
              <Space key={f.id} size={8} wrap>
                <Tag color="green">已反馈</Tag>
                <span>
                  {formatChineseDate(f.date)}，{names.get(f.fromId) ?? ''}
                  {FEEDBACK_WAY_LABEL[f.way]}
                  {f.note ? `：${f.note}` : ''}
                </span>
                <a onClick={() => setEditing({ duty: d, feedback: f })}>修改</a>
                <Popconfirm title="删除这条反馈记录？" okText="删除" cancelText="取消" onConfirm={() => run(() => deleteFeedback(db, unit.id, f.id, writeCtx()), '已删除')}>
                  <a style={{ color: '#cf1322' }}>删除</a>
                </Popconfirm>
              </Space>
            ))}
          </Space>
        );
      },
    },
    {
      title: '操作',
      key: 'ops',
      width: 100,
      render: (_, d) =>
        byReceiver.has(d.receiverId) ? null : (
          <Button size="small" disabled={d.giverIds.length === 0} onClick={() => setEditing({ duty: d })}>
            记录反馈
          </Button>
        ),
    },
  ];

  const talkOptions = editing ? talksFor(editing.duty, fromId) : [];
  return (
    <div data-testid="feedback">
      {(missing.length > 0 || data.plan.problems.length > 0) && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={missing.length > 0 ? `${missing.length} 人还没有反馈意见：${namesLine(missing.map((d) => d.receiverName), missing.length, 8)}` : '名册还缺少角色设定'}
          description={data.plan.problems.length > 0 ? `${data.plan.problems.join('；')}。请在党员名册中设定“单位主要负责同志”“支部书记”角色。` : undefined}
        />
      )}
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Typography.Text type="secondary">
          主要负责同志向班子成员反馈，支部书记向本支部党员反馈，可以在谈心时一并反馈。共 {duties.length} 人，已反馈 {duties.length - missing.length} 人。
        </Typography.Text>
        <Segmented
          value={filter}
          onChange={(v) => setFilter(v as 'missing' | 'all')}
          options={[
            { value: 'missing', label: `还没反馈（${missing.length}）` },
            { value: 'all', label: `全部（${duties.length}）` },
          ]}
        />
      </Space>
      <Table
        rowKey="receiverId"
        size="middle"
        columns={columns}
        dataSource={shown}
        pagination={{ defaultPageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: filter === 'missing' && duties.length > 0 ? '都已反馈' : '名册中还没有需要反馈的班子成员和党员' }}
      />
      <Modal
        open={editing !== null}
        title={editing ? `向${editing.duty.receiverName}反馈意见` : ''}
        okText="保存"
        cancelText="取消"
        onOk={() => void submit()}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="fromId" label="反馈人" rules={[{ required: true, message: '请选定反馈人' }]}>
            <Select options={(editing?.duty.giverIds ?? []).map((id) => ({ value: id, label: names.get(id) }))} aria-label="反馈人" />
          </Form.Item>
          <Form.Item name="date" label="反馈日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker format="YYYY年M月D日" disabledDate={(d) => d.format('YYYY-MM-DD') > today()} />
          </Form.Item>
          <Form.Item name="way" label="反馈方式" rules={[{ required: true }]}>
            <Radio.Group optionType="button" options={FEEDBACK_WAYS.map((w) => ({ value: w, label: FEEDBACK_WAY_LABEL[w] }))} />
          </Form.Item>
          {way === 'talk' && (
            <Form.Item name="talkId" label="在哪次谈心时（可不选）">
              <Select
                allowClear
                placeholder={talkOptions.length > 0 ? '选择谈心记录' : '这两人之间还没有谈心记录'}
                options={talkOptions.map((t) => ({ value: t.id, label: `${t.doneOn ?? t.date ?? '未定日期'} ${TALK_STATE[t.status] ?? ''}` }))}
              />
            </Form.Item>
          )}
          <Form.Item name="note" label="备注">
            <Input.TextArea rows={2} maxLength={L.note} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
