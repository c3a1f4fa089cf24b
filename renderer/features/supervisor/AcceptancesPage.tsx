import { useState } from 'react';
import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { RECEIPT_EXTENSION } from '@shared/bundle/receipt';
import type { SupervisorAcceptance } from '@shared/supervisor/schema';
import type { UnitSummary } from '@shared/supervisor/summary';
import { formatChineseDate } from '@shared/util/dates';
import { useAction } from '../../app/useAction';
import { bridge } from '../../bridge';
import { receiptOf } from '../../db/repos/supervisor';
import { AcceptanceDialog } from './AcceptanceDialog';
import { supervisorDb } from './db';
import { useBoard, useIssued } from './useSupervisor';

/** R-STAGE-ACCEPT: the acceptances this 督导组 issued, each with its signed receipt to hand to the unit again. */
export function AcceptancesPage() {
  const issued = useIssued();
  const board = useBoard() ?? [];
  const run = useAction();
  const [unitId, setUnitId] = useState<string | undefined>();
  const [accepting, setAccepting] = useState<UnitSummary | null>(null);

  const saveAgain = (a: SupervisorAcceptance) =>
    run(async () => {
      const r = await receiptOf(supervisorDb, a.id);
      await bridge.filesSave({ suggestedName: r.fileName, filters: [{ name: '验收回执', extensions: [RECEIPT_EXTENSION] }], data: r.bytes });
    });

  const columns: ColumnsType<SupervisorAcceptance> = [
    { title: '单位', dataIndex: 'unitName', width: 180 },
    { title: '阶段', dataIndex: 'stageTitle', width: 130 },
    { title: '结论', key: 'passed', width: 120, render: (_, a) => <Tag color={a.passed ? 'green' : 'red'}>{a.passed ? '合格' : '不合格需补课'}</Tag> },
    { title: '验收意见', dataIndex: 'opinion' },
    { title: '验收日期', key: 'date', width: 130, render: (_, a) => formatChineseDate(a.date) },
    { title: '验收人', dataIndex: 'supervisor', width: 90 },
    { title: '回执编号', key: 'receipt', width: 110, render: (_, a) => <Typography.Text copyable={{ text: a.receiptId }}>{a.receiptId.slice(0, 8)}</Typography.Text> },
    { title: '操作', key: 'actions', width: 120, render: (_, a) => <a onClick={() => void saveAgain(a)}>再次保存回执</a> },
  ];

  return (
    <div className="pyt-page" style={{ maxWidth: 'none' }}>
      <Card
        title="验收与回执"
        extra={
          <Space>
            <Select
              aria-label="验收单位"
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="选择单位"
              style={{ width: 240 }}
              value={unitId}
              onChange={setUnitId}
              options={board.map((r) => ({ value: r.summary.unitId, label: r.summary.unitName }))}
            />
            <Button type="primary" disabled={!unitId} onClick={() => setAccepting(board.find((r) => r.summary.unitId === unitId)?.summary ?? null)}>
              记录验收
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph>
          督导组在这里记录各单位各阶段的验收结论（合格，或不合格需补课），并生成由本机密钥签名的验收回执（.{RECEIPT_EXTENSION}）。把回执交给单位导入后，单位的阶段按验收结论解锁。单位须先导入本督导组的密钥文件（见“督导组密钥”）。
        </Typography.Paragraph>
        <Table<SupervisorAcceptance> size="small" rowKey="id" columns={columns} dataSource={issued ?? []} loading={!issued} pagination={{ pageSize: 50, hideOnSinglePage: true }} data-testid="issued" />
      </Card>
      <AcceptanceDialog summary={accepting} onClose={() => setAccepting(null)} />
    </div>
  );
}
