import { useEffect, useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, Modal, Popconfirm, Space, Spin, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { BRANCH_RECIPIENTS, LEADERSHIP_RECIPIENTS } from '@shared/notices/documentModels';
import type { NoticeSections } from '@shared/notices/prefill';
import { NOTICE_KIND_LABEL, type NoticeKind } from '@shared/notices/types';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { saveNotice } from '../../db/repos/notices';
import { loadNoticePrefill } from './prefill';
import type { NoticeRow } from './queries';

interface Values extends NoticeSections {
  title: string;
  recipients: string;
  issuer: string;
  date?: Dayjs;
}

const LABELS: Record<NoticeKind, Record<keyof NoticeSections, string>> = {
  branch: {
    facts: '一、专题组织生活会召开情况',
    problems: '二、党员查摆的主要问题',
    measures: '整改措施（和上面的问题同属第二部分）',
    direction: '三、今后努力方向',
    results: '四、民主评议党员结果',
  },
  leadership: {
    facts: '一、专题民主生活会基本情况',
    problems: '二、查摆出的主要问题',
    measures: '三、整改措施',
    direction: '',
    results: '',
  },
};

const HINTS: Record<NoticeKind, Partial<Record<keyof NoticeSections, string>>> = {
  branch: {
    facts: '会议时间、地点、主持人，应到实到，上级和督导组到会情况，怎样开的',
    problems: '每行一名党员：对自己问题的认识',
    measures: '每行一条：针对问题采取的整改措施',
    direction: '支部和党员今后努力的方向',
    results: '只写评议的总体情况和人数，不写等次，不点名',
  },
  leadership: {
    facts: '会议时间、地点、主持人，到会情况，上级和督导组到会指导情况',
    problems: '每行一条：班子和班子成员查摆出的问题',
    measures: '每行一条：整改措施、责任人和时限',
  },
};

/** Edits a notice's text; a new notice opens filled from the meeting, the evaluation and the ledger. */
export function NoticeEditor({ kind, row, onClose }: { kind: NoticeKind; row: NoticeRow; onClose(): void }) {
  const { db } = useApp();
  const { unit, writeCtx, today } = useUnit();
  const run = useAction();
  const [form] = Form.useForm<Values>();
  const [loading, setLoading] = useState(!row.notice);
  const n = row.notice;
  const branchName = row.branch?.name ?? '';

  const refill = async () => {
    setLoading(true);
    try {
      const p = await loadNoticePrefill(db, unit, kind, row.branch?.id);
      form.setFieldsValue(p);
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    // A new notice's form is filled once, when it opens.
    if (n) return;
    let live = true;
    void loadNoticePrefill(db, unit, kind, row.branch?.id)
      .then((p) => {
        if (live) form.setFieldsValue(p);
      })
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = async () => {
    const v = await form.validateFields();
    const ok = await run(
      () =>
        saveNotice(
          db,
          unit.id,
          {
            id: n?.id,
            kind,
            branchId: row.branch?.id,
            title: v.title,
            recipients: v.recipients,
            issuer: v.issuer,
            facts: v.facts ?? '',
            problems: v.problems ?? '',
            measures: v.measures ?? '',
            direction: v.direction,
            results: v.results,
            date: v.date ? v.date.format('YYYY-MM-DD') : '',
          },
          writeCtx(),
        ),
      '通报已保存',
    );
    if (ok !== undefined) onClose();
  };

  const labels = LABELS[kind];
  const hints = HINTS[kind];
  const sections: (keyof NoticeSections)[] = kind === 'branch' ? ['facts', 'problems', 'measures', 'direction', 'results'] : ['facts', 'problems', 'measures'];
  const heading = kind === 'branch' ? `${branchName}${NOTICE_KIND_LABEL.branch}` : NOTICE_KIND_LABEL.leadership;

  return (
    <Modal
      open
      width={860}
      title={`${n ? '修改' : '起草'}：${heading}`}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      cancelText="取消"
      okButtonProps={{ disabled: loading }}
      destroyOnHidden
    >
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Typography.Text type="secondary">内容已按会议记录、评议意见和整改台账填好，请核对修改。</Typography.Text>
        <Popconfirm
          title="按最新的记录重新填写？"
          description="各部分的文字会换成按会议记录、评议意见和整改台账生成的内容。"
          okText="重新填写"
          cancelText="取消"
          onConfirm={() => void refill()}
        >
          <Button icon={<ReloadOutlined />}>按最新记录重新填写</Button>
        </Popconfirm>
      </Space>
      {!row.meeting && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={kind === 'branch' ? '本支部的专题组织生活会还没有安排，会议情况要等会议开过后再填写。' : '领导班子专题民主生活会还没有安排，会议情况要等会议开过后再填写。'} />
      )}
      <Spin spinning={loading}>
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{
            title: n?.title ?? '',
            recipients: n?.recipients ?? (kind === 'branch' ? BRANCH_RECIPIENTS : LEADERSHIP_RECIPIENTS),
            issuer: n?.issuer ?? '',
            facts: n?.facts ?? '',
            problems: n?.problems ?? '',
            measures: n?.measures ?? '',
            direction: n?.direction ?? '',
            results: n?.results ?? '',
            date: dayjs(n?.date ?? today()),
          }}
        >
          <Form.Item name="title" label="标题（不填则用标准标题）">
            <Input maxLength={120} placeholder={kind === 'branch' ? `关于召开专题组织生活会和开展民主评议党员情况的通报` : '关于领导班子专题民主生活会情况的通报'} />
          </Form.Item>
          <Space wrap size={16} style={{ width: '100%' }}>
            <Form.Item name="recipients" label="主送" style={{ minWidth: 260 }}>
              <Input maxLength={80} />
            </Form.Item>
            <Form.Item name="issuer" label="署名（不填则用单位和支部名称）" style={{ minWidth: 320 }}>
              <Input maxLength={80} placeholder={kind === 'branch' ? `${unit.name}${branchName}` : unit.orgName} />
            </Form.Item>
            <Form.Item name="date" label="成文日期" rules={[{ required: true, message: '请选择日期' }]}>
              <DatePicker format="YYYY年M月D日" />
            </Form.Item>
          </Space>
          {sections.map((key) => (
            <Form.Item key={key} name={key} label={labels[key]} extra={hints[key]}>
              <Input.TextArea autoSize={{ minRows: key === 'facts' ? 4 : 3, maxRows: 14 }} maxLength={5000} />
            </Form.Item>
          ))}
        </Form>
      </Spin>
    </Modal>
  );
}
