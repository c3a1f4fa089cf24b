import { useState } from 'react';
import { Button, Card, DatePicker, Form, Input, Popconfirm, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Analysis, AnalysisComment } from '@shared/analysis/types';
import { TEXT_LIMITS } from '@shared/data/fields';
import { formatChineseDate } from '@shared/util/dates';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { addAnalysisComment, deleteAnalysisComment } from '../../db/repos/analysis';

interface Values {
  from: string;
  text: string;
  date: Dayjs;
}

/** R-ANALYSIS-PUBLIC: the 公示 period and the comments members made on the material. */
export function PublicCard({ analysis, comments }: { analysis: Analysis; comments: AnalysisComment[] }) {
  const { db } = useApp();
  const { unit, writeCtx, today } = useUnit();
  const run = useAction();
  const [form] = Form.useForm<Values>();
  const [adding, setAdding] = useState(false);
  const open = analysis.state === 'public';

  const add = async () => {
    const v = await form.validateFields();
    setAdding(true);
    const ok = await run(
      () => addAnalysisComment(db, unit.id, analysis.id, { from: v.from, text: v.text, date: v.date.format('YYYY-MM-DD') }, writeCtx()),
      '已登记意见',
    );
    setAdding(false);
    if (ok !== undefined) form.resetFields(['from', 'text']);
  };

  return (
    <Card
      title={`公示（${formatChineseDate(analysis.publicFrom!)}至${formatChineseDate(analysis.publicTo!)}）`}
      size="small"
      style={{ marginBottom: 12 }}
      data-testid="analysis-public"
    >
      <Table<AnalysisComment>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={comments}
        locale={{ emptyText: '还没有收到意见' }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 140, render: (d: string) => formatChineseDate(d) },
          { title: '提意见的人', dataIndex: 'from', width: 120 },
          { title: '意见', dataIndex: 'text' },
          ...(open
            ? [
                {
                  title: '',
                  key: 'ops',
                  width: 70,
                  render: (_: unknown, c: AnalysisComment) => (
                    <Popconfirm title="删除这条意见？" okText="删除" cancelText="取消" onConfirm={() => run(() => deleteAnalysisComment(db, unit.id, c.id, writeCtx()), '已删除')}>
                      <a style={{ color: '#cf1322' }}>删除</a>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      {open && (
        <>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 8 }}>
            登记公示中收到的意见；公示期满后，根据意见修改上面的材料（保存后形成新的一稿），再修改定稿。
          </Typography.Paragraph>
          <Form form={form} layout="inline" initialValues={{ date: dayjs(today()) }} style={{ rowGap: 8 }}>
            <Form.Item name="from" rules={[{ required: true, whitespace: true, message: '请填写提意见的人' }]}>
              <Input placeholder="提意见的人" maxLength={TEXT_LIMITS.personName} style={{ width: 130 }} aria-label="提意见的人" />
            </Form.Item>
            <Form.Item name="text" rules={[{ required: true, whitespace: true, message: '请填写意见内容' }]} style={{ flex: 1, minWidth: 260 }}>
              <Input.TextArea placeholder="意见内容" rows={2} maxLength={TEXT_LIMITS.opinion} aria-label="意见内容" />
            </Form.Item>
            <Form.Item name="date" rules={[{ required: true, message: '请选择日期' }]}>
              <DatePicker format="YYYY年M月D日" aria-label="提意见日期" disabledDate={(d) => d.format('YYYY-MM-DD') > today()} />
            </Form.Item>
            <Form.Item>
              <Button onClick={() => void add()} loading={adding}>
                登记意见
              </Button>
            </Form.Item>
          </Form>
        </>
      )}
    </Card>
  );
}
