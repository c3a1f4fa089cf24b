import { Card, Table } from 'antd';
import { ANALYSIS_EVENT_LABEL, REWRITE_REASON_LABEL, type AnalysisStep } from '@shared/analysis/types';
import { momentText } from './labels';

/** Every review step of the material, in order: who, when, on which version, and why. */
export function HistoryCard({ steps }: { steps: AnalysisStep[] }) {
  return (
    <Card title="审阅经过" size="small" style={{ marginBottom: 12 }}>
      <Table<AnalysisStep>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={steps}
        data-testid="analysis-history"
        columns={[
          { title: '时间', dataIndex: 'at', width: 170, render: (at: string) => momentText(at) },
          { title: '事项', dataIndex: 'event', width: 110, render: (e: AnalysisStep['event']) => ANALYSIS_EVENT_LABEL[e] },
          { title: '稿次', dataIndex: 'version', width: 70, render: (v: number) => `第 ${v} 稿` },
          { title: '经办或审阅人', dataIndex: 'by', width: 150 },
          {
            title: '原因和意见',
            key: 'why',
            render: (_, s) => [s.reasons.map((r) => REWRITE_REASON_LABEL[r]).join('；'), s.note].filter(Boolean).join('。'),
          },
        ]}
      />
    </Card>
  );
}
