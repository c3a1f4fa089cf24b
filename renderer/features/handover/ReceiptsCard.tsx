import { Button, Card, Table, Tag, Typography } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { findStage } from '@shared/campaign/lookup';
import type { Acceptance } from '@shared/campaign/types';
import { formatChineseDate } from '@shared/util/dates';
import { useCampaign, useUnit } from '../../app/unitContext';
import { AcceptanceSource, useReceiptsByAcceptance } from '../stages/AcceptanceSource';
import { useImportReceipt } from '../stages/useImportReceipt';

/** 验收回执: import the 督导组's signed receipt; every acceptance of the unit with where it came from. */
export function ReceiptsCard() {
  const snapshot = useCampaign();
  const { readOnly } = useUnit();
  const receipts = useReceiptsByAcceptance();
  const importReceipt = useImportReceipt();
  const acceptances = [...(snapshot?.acceptances ?? [])].sort((a, b) => b.date.localeCompare(a.date) || b.recordedAt.localeCompare(a.recordedAt));
  return (
    <Card
      title="验收回执"
      style={{ marginBottom: 16 }}
      extra={
        !readOnly && (
          <Button type="primary" icon={<ImportOutlined />} onClick={() => void importReceipt()} data-testid="import-receipt">
            导入验收回执
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">
        督导组验收后会给一份电子验收回执（.pytr 文件）。导入时本机核对督导组的签名和本单位名称，核对无误才记录验收结果，验收合格的下一阶段随即解锁。
      </Typography.Paragraph>
      <Table<Acceptance>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={acceptances}
        data-testid="acceptances"
        locale={{ emptyText: '还没有验收记录' }}
        columns={[
          { title: '阶段', dataIndex: 'stageId', width: 120, render: (id: string) => (snapshot && findStage(snapshot.template, id)?.title) ?? id },
          { title: '结论', dataIndex: 'passed', width: 120, render: (p: boolean) => <Tag color={p ? 'green' : 'red'}>{p ? '验收合格' : '不合格，需补课'}</Tag> },
          { title: '日期', dataIndex: 'date', width: 130, render: (d: string) => formatChineseDate(d) },
          { title: '督导组同志', dataIndex: 'supervisor', width: 110 },
          { title: '验收意见', dataIndex: 'opinion' },
          { title: '来源', key: 'source', render: (_: unknown, a) => receipts && <AcceptanceSource receipt={receipts.get(a.id)} /> },
        ]}
      />
    </Card>
  );
}
