import { useMemo, useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { FileWordOutlined, SendOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { defaultReportDraft, unreported, type ReportDraft } from '@shared/evaluation/report';
import { PROPOSAL_LABEL, type Evaluation } from '@shared/evaluation/types';
import type { Member } from '@shared/members/types';
import { formatChineseDate } from '@shared/util/dates';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { saveEvaluationReport, sendEvaluationReport } from '../../db/repos/evaluation';
import type { EvaluationData } from './useEvaluation';

interface Values {
  recipients: string;
  intro: string;
  supervisorReview?: string;
  date: Dayjs;
  sentOn?: Dayjs;
}

interface Row {
  member: Member;
  evaluation: Evaluation;
  branch: string;
  sent: boolean;
}

/** R-EVAL-REPORT: the proposed members, the report's text with the 督导组's review, export and 报送. */
export function ReportCard({ data, onExport }: { data: EvaluationData; onExport(d: ReportDraft): unknown }) {
  const { db } = useApp();
  const { unit, today, writeCtx } = useUnit();
  const run = useAction();
  const [form] = Form.useForm<Values>();
  const [sending, setSending] = useState(false);
  const report = data.report;

  const rows = useMemo<Row[]>(() => {
    const proposed = data.party.flatMap((member) => {
      const evaluation = data.evaluations.get(member.id);
      return evaluation?.proposal ? [{ member, evaluation, memberId: member.id }] : [];
    });
    const waiting = new Set(unreported(proposed, report).map((p) => p.memberId));
    return proposed.map((p) => ({ ...p, branch: p.member.branchId ? (data.branchName.get(p.member.branchId) ?? '') : '', sent: !waiting.has(p.member.id) }));
  }, [data, report]);
  const waiting = rows.filter((r) => !r.sent);
  const evaluated = data.party.filter((m) => data.evaluations.has(m.id)).length;

  const base = report ?? defaultReportDraft(unit.orgName, today());
  const initial: Values = {
    recipients: base.recipients,
    intro: base.intro,
    supervisorReview: base.supervisorReview ?? '',
    date: dayjs(base.date),
    sentOn: dayjs(today()),
  };
  const draftOf = (v: Values): ReportDraft => ({
    recipients: v.recipients ?? '',
    intro: v.intro ?? '',
    supervisorReview: v.supervisorReview ?? '',
    date: v.date ? v.date.format('YYYY-MM-DD') : '',
  });

  const save = async () => {
    const v = form.getFieldsValue(true) as Values;
    await run(() => saveEvaluationReport(db, unit.id, draftOf(v), writeCtx()), '报告已保存');
  };
  const send = async () => {
    const v = form.getFieldsValue(true) as Values;
    setSending(true);
    await run(() => sendEvaluationReport(db, unit.id, { ...draftOf(v), sentOn: v.sentOn ? v.sentOn.format('YYYY-MM-DD') : '' }, writeCtx()), '已记为报送');
    setSending(false);
  };

  let status;
  if (rows.length === 0) {
    status = (
      <Alert
        type={evaluated === data.party.length && data.party.length > 0 ? 'success' : 'info'}
        showIcon
        title={evaluated === data.party.length && data.party.length > 0 ? '无拟上报党员，不需要上报。' : '目前没有拟上报的党员。全部党员评议完以后，再看是否有需要上报的。'}
      />
    );
  } else if (waiting.length > 0) {
    status = (
      <Alert
        type="warning"
        showIcon
        title={
          report?.sentOn
            ? `${waiting.map((r) => r.member.name).join('、')}是报告送出后拟定的，还要补报。`
            : `拟上报 ${rows.length} 人，报告还没有报送。请督导组把关、填写审核意见后报送。`
        }
      />
    );
  } else {
    status = <Alert type="success" showIcon title={`已于${formatChineseDate(report!.sentOn!)}报送，拟上报 ${rows.length} 人。`} />;
  }

  return (
    <Card title="上报组织部和活动办公室" data-testid="evaluation-report" style={{ marginTop: 24 }}>
      <Typography.Paragraph type="secondary">
        拟定为不履行党员义务、不符合党员条件的党员，要及时报告市委组织部和市先进性教育活动办公室，由督导组帮助把关。
      </Typography.Paragraph>
      <div data-testid="report-status" style={{ marginBottom: 12 }}>
        {status}
      </div>
      {rows.length > 0 && (
        <Table<Row>
          size="small"
          rowKey={(r) => r.member.id}
          pagination={false}
          style={{ marginBottom: 16 }}
          dataSource={rows}
          columns={[
            { title: '姓名', render: (_, r) => r.member.name },
            { title: '所在支部', dataIndex: 'branch' },
            { title: '拟定类别', render: (_, r) => PROPOSAL_LABEL[r.evaluation.proposal!] },
            { title: '主要表现', render: (_, r) => r.evaluation.facts },
            { title: '报送情况', render: (_, r) => (r.sent ? <Tag color="green">已报送</Tag> : <Tag color="orange">未报送</Tag>) },
          ]}
        />
      )}
      {(rows.length > 0 || report) && (
        <Form form={form} layout="vertical" initialValues={initial} style={{ maxWidth: 820 }}>
          <Form.Item name="recipients" label="主送" rules={[{ required: true, whitespace: true, message: '请填写主送单位' }]}>
            <Input maxLength={80} />
          </Form.Item>
          <Form.Item name="intro" label="报告开头">
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
          <Form.Item name="supervisorReview" label="督导组审核意见" extra="报送前请督导组把关，把审核意见写在这里。">
            <Input.TextArea rows={2} maxLength={500} showCount />
          </Form.Item>
          <Space size={24} wrap align="end">
            <Form.Item name="date" label="报告日期">
              <DatePicker format="YYYY年M月D日" allowClear={false} style={{ width: 170 }} />
            </Form.Item>
            <Form.Item name="sentOn" label="报送日期">
              <DatePicker format="YYYY年M月D日" allowClear={false} style={{ width: 170 }} />
            </Form.Item>
          </Space>
          <Space wrap>
            <Button onClick={() => void save()} data-testid="save-report">
              保存报告
            </Button>
            <Button icon={<FileWordOutlined />} onClick={() => void onExport(draftOf(form.getFieldsValue(true) as Values))} data-testid="export-report">
              导出报告（Word）
            </Button>
            <Button type={waiting.length > 0 ? 'primary' : 'default'} icon={<SendOutlined />} loading={sending} disabled={rows.length === 0} onClick={() => void send()} data-testid="send-report">
              {report?.sentOn ? '重新记为报送' : '记为已报送'}
            </Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}
