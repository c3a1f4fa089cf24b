import { useState } from 'react';
import { Button, DatePicker, Form, Input, Radio, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { formatChineseDate } from '@shared/util/dates';
import { useApp } from '../../app/context';
import type { CampaignSnapshot } from '@shared/campaign/snapshot';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { SimpleList, SimpleListItem } from '../../app/SimpleList';
import { recordAcceptance } from '../../db/repos/campaign';
import { AcceptanceSource, useReceiptsByAcceptance } from './AcceptanceSource';
import { useImportReceipt } from './useImportReceipt';

interface Values {
  supervisor: string;
  date: Dayjs;
  passed: boolean;
  opinion: string;
}

/** R-STAGE-ACCEPT: the 督导组's acceptance of a stage, which opens the next one. */
export function AcceptanceCard({ snapshot, stageId, nextTitle, lookbackUndone }: { snapshot: CampaignSnapshot; stageId: string; nextTitle: string; lookbackUndone: number }) {
  const { db } = useApp();
  const { unit, writeCtx, today, readOnly } = useUnit();
  const run = useAction();
  const [form] = Form.useForm<Values>();
  const [adding, setAdding] = useState(false);
  const receipts = useReceiptsByAcceptance();
  const importReceipt = useImportReceipt();
  const records = (snapshot?.acceptances ?? [])
    .filter((a) => a.stageId === stageId)
    .sort((a, b) => (a.date === b.date ? b.recordedAt.localeCompare(a.recordedAt) : b.date.localeCompare(a.date)));

  return (
    <div style={{ marginTop: 16 }}>
      <Typography.Title level={5}>督导组验收</Typography.Title>
      {lookbackUndone > 0 && !records.some((a) => a.passed) && (
        <Typography.Paragraph type="warning">
          回头看还有 {lookbackUndone} 项未完成。未达到要求的应先补课，经督导组验收合格后再转入{nextTitle}。
        </Typography.Paragraph>
      )}
      {records.length > 0 && (
        <SimpleList
          size="small"
          bordered
          style={{ marginBottom: 12 }}
          items={records}
          rowKey={(a) => a.id}
          renderItem={(a) => (
            <SimpleListItem>
              <span>
                <Tag color={a.passed ? 'green' : 'red'}>{a.passed ? '验收合格' : '验收不合格'}</Tag>
                {formatChineseDate(a.date)} 督导组 {a.supervisor}：{a.opinion}
              </span>
              {receipts && <AcceptanceSource receipt={receipts.get(a.id)} />}
            </SimpleListItem>
          )}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        督导组给了电子验收回执（.pytr 文件）的，请导入回执，由本机核验督导组的签名：
        <Button size="small" style={{ marginLeft: 8 }} onClick={() => void importReceipt()} disabled={readOnly !== null} data-testid={`import-receipt-${stageId}`}>
          导入验收回执
        </Button>
        <br />
        只有纸质验收意见的，在下面记录（将标明“纸质验收”）。
      </Typography.Paragraph>
      {records[0]?.passed && !adding ? (
        <Button size="small" onClick={() => setAdding(true)}>
          补记一条验收记录
        </Button>
      ) : (
        <Form
          form={form}
          layout="inline"
          initialValues={{ passed: true, date: dayjs(today()) }}
          onFinish={async (v) => {
            const ok = await run(
              () =>
                recordAcceptance(
                  db,
                  unit.id,
                  { stageId, supervisor: v.supervisor, date: v.date.format('YYYY-MM-DD'), passed: v.passed, opinion: v.opinion },
                  writeCtx(),
                ),
              v.passed ? `验收已记录，${nextTitle}已解锁` : '验收结果已记录',
            );
            if (ok !== undefined) {
              form.resetFields(['opinion']);
              setAdding(false);
            }
          }}
          style={{ rowGap: 8 }}
        >
          <Form.Item name="supervisor" label="督导组同志" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
            <Input style={{ width: 120 }} maxLength={20} />
          </Form.Item>
          <Form.Item name="date" label="验收日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker format="YYYY年M月D日" />
          </Form.Item>
          <Form.Item name="passed" label="结论">
            <Radio.Group
              options={[
                { value: true, label: '合格' },
                { value: false, label: '不合格，需补课' },
              ]}
            />
          </Form.Item>
          <Form.Item name="opinion" label="验收意见" rules={[{ required: true, whitespace: true, message: '请填写验收意见' }]}>
            <Input style={{ width: 320 }} maxLength={500} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" data-testid={`record-acceptance-${stageId}`}>
              记录验收
            </Button>
          </Form.Item>
        </Form>
      )}
    </div>
  );
}
