import { useMemo, useState, type CSSProperties } from 'react';
import { Card, Col, Row, Select, Space, Tag, Typography } from 'antd';
import { diffVersions, type Segment } from '@shared/analysis/diff';
import type { AnalysisVersion } from '@shared/analysis/types';
import { momentText } from './labels';

const MARK: Record<Segment['kind'], CSSProperties | undefined> = {
  same: undefined,
  removed: { background: '#ffd6d6', textDecoration: 'line-through', color: '#a8071a' },
  added: { background: '#c8f0c0', color: '#135200' },
};

function Text({ segments, testId }: { segments: Segment[]; testId: string }) {
  return (
    <div
      data-testid={testId}
      style={{ whiteSpace: 'pre-wrap', lineHeight: 1.9, fontSize: 15, padding: '6px 10px', background: '#fafafa', border: '1px solid #f0f0f0', minHeight: 36 }}
    >
      {segments.length === 0 ? (
        <Typography.Text type="secondary">（空）</Typography.Text>
      ) : (
        segments.map((s, i) => (
          <span key={i} style={MARK[s.kind]}>
            {s.text}
          </span>
        ))
      )}
    </div>
  );
}

/** Any two versions of the material side by side, marked character by character. */
export function VersionsCard({ versions }: { versions: AnalysisVersion[] }) {
  const newest = versions.at(-1)!.version;
  const [left, setLeft] = useState(newest - 1);
  const [right, setRight] = useState(newest);
  const a = versions.find((v) => v.version === left) ?? versions[0];
  const b = versions.find((v) => v.version === right) ?? versions.at(-1)!;
  const sections = useMemo(() => diffVersions(a, b), [a, b]);
  const options = versions.map((v) => ({ value: v.version, label: `第 ${v.version} 稿（${momentText(v.savedAt)}）` }));

  return (
    <Card title="各稿对照" size="small" style={{ marginBottom: 12 }} data-testid="analysis-versions">
      <Space wrap style={{ marginBottom: 12 }}>
        <Select value={left} onChange={setLeft} options={options} style={{ width: 260 }} aria-label="左边的稿子" />
        <span>对照</span>
        <Select value={right} onChange={setRight} options={options} style={{ width: 260 }} aria-label="右边的稿子" />
        <Typography.Text type="secondary">
          <span style={MARK.removed}>删去的字</span> <span style={{ ...MARK.added, marginLeft: 8 }}>新加的字</span>
        </Typography.Text>
      </Space>
      {sections.map((s) => (
        <div key={s.key} style={{ marginBottom: 12 }}>
          <Space style={{ marginBottom: 4 }}>
            <Typography.Text strong>{s.label}</Typography.Text>
            {s.added + s.removed === 0 ? <Tag>没有改动</Tag> : <Tag color="orange">删去 {s.removed} 字，新加 {s.added} 字</Tag>}
          </Space>
          <Row gutter={12}>
            <Col span={12}>
              <Typography.Text type="secondary">第 {a.version} 稿</Typography.Text>
              <Text segments={s.left} testId={`diff-left-${s.key}`} />
            </Col>
            <Col span={12}>
              <Typography.Text type="secondary">第 {b.version} 稿</Typography.Text>
              <Text segments={s.right} testId={`diff-right-${s.key}`} />
            </Col>
          </Row>
        </div>
      ))}
    </Card>
  );
}
