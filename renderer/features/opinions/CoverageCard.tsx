import { useMemo, useState } from 'react';
import { Alert, Card, Segmented, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { coverageOf, gapsLine, REQUIRED_CATEGORIES, REQUIRED_SOURCES, TARGET_WORDS, type LayerTally, type OpinionTally } from '@shared/opinions/coverage';
import { MIN_CHANNELS } from '@shared/opinions/measures';
import {
  OPINION_CATEGORIES,
  OPINION_CATEGORY_LABEL,
  OPINION_CHANNEL_LABEL,
  OPINION_CHANNELS,
  OPINION_SOURCE_LABEL,
  OPINION_SOURCES,
  OPINION_TARGETS,
  type OpinionCategory,
  type OpinionTarget,
} from '@shared/opinions/types';

type Layer = 'all' | 'stage1' | 'stage2';
const LAYER_LABEL: Record<Layer, string> = { all: '全部', stage1: '第一阶段', stage2: '本阶段' };

/**
 * The coverage matrix (R-OPIN-CONTENT) with its blanks in red and named in words, the channels
 * (R-OPIN-CHANNELS) and the kinds of people heard (R-OPIN-SCOPE); stage 1's opinions as a layer
 * of their own, with what stage 1 left blank and whether this stage made it up (R-OPIN-CONTINUE).
 * A click on a cell shows those opinions in the register.
 */
export function CoverageCard({ tally, onPick }: { tally: OpinionTally; onPick(target: OpinionTarget, category: OpinionCategory): void }) {
  const [layer, setLayer] = useState<Layer>('all');
  const c = useMemo(() => coverageOf(tally), [tally]);
  const shown: LayerTally = layer === 'all' ? c.all : tally[layer];
  const required = (cat: OpinionCategory) => (REQUIRED_CATEGORIES as readonly string[]).includes(cat);

  const columns: ColumnsType<{ target: OpinionTarget }> = [
    { title: '意见对象', key: 'target', width: 110, render: (_, r) => <strong>对{TARGET_WORDS[r.target]}</strong> },
    ...OPINION_CATEGORIES.map((cat) => ({
      title: OPINION_CATEGORY_LABEL[cat],
      key: cat,
      align: 'center' as const,
      render: (_: unknown, r: { target: OpinionTarget }) => {
        const n = shown.cells[r.target][cat];
        if (n === 0 && required(cat)) {
          return (
            <Tag color={layer === 'stage1' ? 'orange' : 'red'} data-testid={`cell-${r.target}-${cat}`}>
              空白
            </Tag>
          );
        }
        if (n === 0) {
          return (
            <Typography.Text type="secondary" data-testid={`cell-${r.target}-${cat}`}>
              0 条
            </Typography.Text>
          );
        }
        return (
          <a onClick={() => onPick(r.target, cat)} data-testid={`cell-${r.target}-${cat}`} title="在下面的登记簿中查看这些意见">
            {n} 条
          </a>
        );
      },
    })),
  ];

  const blanks = layer === 'stage1' ? c.stage1Gaps.filter((g) => g.kind === 'cell') : layer === 'all' ? c.cellGaps : [];
  return (
    <Card
      title="征求意见覆盖情况"
      extra={<Segmented<Layer> size="small" value={layer} onChange={setLayer} options={(['all', 'stage1', 'stage2'] as const).map((v) => ({ value: v, label: LAYER_LABEL[v] }))} />}
      data-testid="coverage"
    >
      <Table rowKey="target" size="small" pagination={false} columns={columns} dataSource={OPINION_TARGETS.map((target) => ({ target }))} bordered />
      {blanks.length > 0 && (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          title={layer === 'stage1' ? `第一阶段留下 ${blanks.length} 处空白` : `还有 ${blanks.length} 处空白`}
          description={blanks.map((g) => (
            <div key={g.words}>{g.words}</div>
          ))}
          data-testid="coverage-blanks"
        />
      )}
      <div style={{ marginTop: 12 }}>
        <Typography.Text type="secondary">征求方式（至少 {MIN_CHANNELS} 种）：</Typography.Text>
        <Space size={[4, 4]} wrap>
          {OPINION_CHANNELS.map((ch) => (
            <Tag key={ch} color={shown.channels[ch] > 0 ? 'green' : undefined}>
              {OPINION_CHANNEL_LABEL[ch]} {shown.channels[ch]}
            </Tag>
          ))}
        </Space>
      </div>
      <div style={{ marginTop: 8 }}>
        <Typography.Text type="secondary">提意见的人：</Typography.Text>
        <Space size={[4, 4]} wrap>
          {OPINION_SOURCES.map((s) => {
            const must = (REQUIRED_SOURCES as readonly string[]).includes(s);
            const n = shown.sources[s];
            return (
              <Tag key={s} color={n > 0 ? 'green' : must ? 'red' : undefined} data-testid={`source-${s}`}>
                {OPINION_SOURCE_LABEL[s]} {n}
                {n === 0 && (must ? '（必须）' : s === 'higher' ? '' : '（可选）')}
              </Tag>
            );
          })}
        </Space>
      </div>
      <Stage1Line tally={tally} />
    </Card>
  );
}

function Stage1Line({ tally }: { tally: OpinionTally }) {
  const c = coverageOf(tally);
  const made = c.stage1Gaps.length - c.stage1GapsOpen.length;
  return (
    <div style={{ marginTop: 8 }} data-testid="stage1-line">
      <Typography.Text type="secondary">对照第一阶段：</Typography.Text>
      {tally.stage1.total === 0 ? (
        <Typography.Text>没有录入第一阶段的意见（登记时勾选“第一阶段征求的意见”），按全部空白对照。</Typography.Text>
      ) : (
        <Typography.Text>
          第一阶段意见 {tally.stage1.total} 条，留下空白 {c.stage1Gaps.length} 处，本阶段已补上 {made} 处
        </Typography.Text>
      )}
      {tally.stage1.total > 0 && c.stage1GapsOpen.length > 0 && <Typography.Text type="danger">；还没补上：{gapsLine(c.stage1GapsOpen)}</Typography.Text>}
    </div>
  );
}
