import { useMemo, useState } from 'react';
import { Button, Card, Checkbox, Col, Empty, Input, Popconfirm, Row, Select, Space, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import { FileExcelOutlined, FileWordOutlined, ImportOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useNavigate } from 'react-router-dom';
import { boardTotals, filterRows, percent, stageCounts, stepColumns, type BoardFilter, type BoardRow } from '@shared/supervisor/board';
import { STEP_STATE_COLOUR, STEP_STATE_LABEL, STEP_STATES, type SummaryStep, type UnitSummary } from '@shared/supervisor/summary';
import type { SupervisorAcceptance } from '@shared/supervisor/schema';
import { formatChineseDate, formatChineseMonthDay } from '@shared/util/dates';
import { today, useApp } from '../../app/context';
import { useAction } from '../../app/useAction';
import { bridge } from '../../bridge';
import { unmarkTypical } from '../../db/repos/supervisor';
import { BoardCharts } from './BoardCharts';
import { AcceptanceDialog } from './AcceptanceDialog';
import { TypicalDialog } from './TypicalDialog';
import { UnitDetail } from './UnitDetail';
import { buildReportDocx, buildReportXlsx } from './exportReport';
import { supervisorDb } from './db';
import { useBoard, useIssued, useProfile } from './useSupervisor';

function StepCell({ step }: { step: SummaryStep | undefined }) {
  if (!step) return <Typography.Text type="secondary">—</Typography.Text>;
  const missing = step.items.filter((i) => !i.done);
  return (
    <Tooltip
      title={
        <div>
          <div>
            {step.title}：{STEP_STATE_LABEL[step.state]}（{step.done}/{step.total}）
          </div>
          {missing.slice(0, 6).map((i) => (
            <div key={i.title}>
              · {i.title}
              {i.overdue ? '（已超期）' : ''}
            </div>
          ))}
        </div>
      }
    >
      <span
        data-state={step.state}
        aria-label={`${step.title}${STEP_STATE_LABEL[step.state]}`}
        style={{ display: 'inline-block', minWidth: 44, padding: '2px 3px', borderRadius: 4, textAlign: 'center', color: '#fff', background: STEP_STATE_COLOUR[step.state], fontSize: 14 }}
      >
        {step.done}/{step.total}
      </span>
    </Tooltip>
  );
}

/** The latest acceptance: issued here since the bundle, or in the unit's own data (receipt or paper). */
function AcceptanceCell({ summary, issued }: { summary: UnitSummary; issued: readonly SupervisorAcceptance[] }) {
  const mine = issued.find((a) => a.unitId === summary.unitId);
  const held = summary.acceptances.at(-1);
  if (mine && (!held || mine.date >= held.date)) {
    return (
      <div>
        <Tag color={mine.passed ? 'green' : 'red'}>
          {mine.stageTitle}
          {mine.passed ? '合格' : '不合格'}
        </Tag>
        <div style={{ fontSize: 12, color: '#8c8c8c' }}>已签发回执</div>
      </div>
    );
  }
  if (!held) return <Typography.Text type="secondary">尚未验收</Typography.Text>;
  return (
    <div>
      <Tag color={held.passed ? 'green' : 'red'}>
        {held.stageTitle}
        {held.passed ? '合格' : '不合格'}
      </Tag>
      <div style={{ fontSize: 12, color: '#8c8c8c' }}>{held.signed ? '凭回执' : '纸质验收'}</div>
    </div>
  );
}

/** R-SUPERVISE: every unit at a glance, its steps coloured by how they stand, filters, charts, the report upwards. */
export function DashboardPage() {
  const rows = useBoard();
  const issued = useIssued() ?? [];
  const profile = useProfile();
  const { settings } = useApp();
  const navigate = useNavigate();
  const run = useAction();
  const [filter, setFilter] = useState<BoardFilter>({});
  const [typical, setTypical] = useState<BoardRow | null>(null);
  const [accepting, setAccepting] = useState<UnitSummary | null>(null);
  const all = useMemo(() => rows ?? [], [rows]);
  const summaries = useMemo(() => all.map((r) => r.summary), [all]);
  const shown = useMemo(() => filterRows(all, filter), [all, filter]);
  const steps = useMemo(() => stepColumns(summaries), [summaries]);
  const stages = useMemo(() => stageCounts(summaries), [summaries]);
  const totals = boardTotals(all);
  if (!rows) return null;

  const group = profile?.group ?? '督导组';
  const save = (name: string, ext: 'docx' | 'xlsx', data: Uint8Array) =>
    bridge.filesSave({ suggestedName: `${name}.${ext}`, filters: [{ name: ext === 'docx' ? 'Word 文档' : 'Excel 工作簿', extensions: [ext] }], data });
  const exportWord = () =>
    run(async () => save(`${group}工作进展情况报告-${today()}`, 'docx', await buildReportDocx(shown, issued, { group, date: today(), fonts: settings.documentFonts })), '进度报告已生成');
  const exportExcel = () => run(async () => save(`${group}各单位进度-${today()}`, 'xlsx', await buildReportXlsx(shown, issued, { group, date: today() })), '进度表已生成');

  const columns: ColumnsType<BoardRow> = [
    {
      title: '单位',
      key: 'unit',
      fixed: 'left',
      width: 160,
      render: (_, r) => (
        <div>
          <a onClick={() => navigate(`/u/${r.summary.unitId}/home`)} data-testid="open-unit">
            {r.summary.unitName}
          </a>
          {r.mark && (
            <Tooltip title={`${r.mark.by} ${formatChineseDate(r.mark.date)}：${r.mark.note}`}>
              <Tag color="gold" style={{ marginLeft: 6 }}>
                典型
              </Tag>
            </Tooltip>
          )}
          <div style={{ fontSize: 12, color: '#8c8c8c' }}>
            {r.summary.current.title} · 截至{formatChineseMonthDay(r.summary.asOf)}
          </div>
        </div>
      ),
    },
    ...steps.map((c) => ({
      title: c.title,
      key: `step-${c.id}`,
      width: 60,
      align: 'center' as const,
      render: (_: unknown, r: BoardRow) => <StepCell step={r.summary.steps.find((s) => s.id === c.id)} />,
    })),
    {
      title: '超期',
      key: 'overdue',
      width: 58,
      sorter: (a, b) => a.summary.overdueCount - b.summary.overdueCount,
      render: (_, r) => (r.summary.overdueCount > 0 ? <span className="pyt-overdue">{r.summary.overdueCount} 项</span> : '无'),
    },
    {
      title: '满意率',
      key: 'rate',
      width: 70,
      sorter: (a, b) => (a.summary.satisfaction.rate ?? -1) - (b.summary.satisfaction.rate ?? -1),
      render: (_, r) => {
        const s = r.summary.satisfaction;
        if (s.rate === undefined) return <Typography.Text type="secondary">{s.round ? '计票中' : '未测评'}</Typography.Text>;
        return <span className={s.below ? 'pyt-overdue' : undefined}>{percent(s.rate)}</span>;
      },
    },
    { title: '验收', key: 'accept', width: 120, render: (_, r) => <AcceptanceCell summary={r.summary} issued={issued} /> },
    {
      title: '操作',
      key: 'actions',
      fixed: 'right',
      width: 84,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <a onClick={() => setAccepting(r.summary)} data-testid="accept-unit">
            验收
          </a>
          <a onClick={() => setTypical(r)}>{r.mark ? '改典型说明' : '标为典型'}</a>
          {r.mark && (
            <Popconfirm title="取消这个单位的典型标记？" okText="取消标记" cancelText="保留" onConfirm={() => run(() => unmarkTypical(supervisorDb, r.summary.unitId), '已取消典型标记')}>
              <a>取消典型</a>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  if (all.length === 0) {
    return (
      <div className="pyt-page">
        <Card>
          <Empty description="还没有导入任何单位的数据包">
            <Button type="primary" icon={<ImportOutlined />} onClick={() => navigate('/import')}>
              导入数据包
            </Button>
          </Empty>
        </Card>
      </div>
    );
  }

  return (
    <div className="pyt-page" style={{ maxWidth: 'none' }}>
      <Row gutter={[16, 16]}>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic title="单位" value={totals.units} suffix="个" />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic title="有超期事项" value={totals.withOverdue} suffix="个单位" styles={{ content: { color: totals.withOverdue ? '#cf1322' : undefined } }} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic title="满意率低于 70%" value={totals.belowFloor} suffix="个单位" styles={{ content: { color: totals.belowFloor ? '#cf1322' : undefined } }} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small">
            <Statistic title="典型" value={totals.typical} suffix="个单位" />
          </Card>
        </Col>
      </Row>

      <div style={{ marginTop: 16 }}>
        <BoardCharts summaries={summaries} />
      </div>

      <Card
        size="small"
        style={{ marginTop: 16 }}
        title="各单位进度"
        extra={
          <Space>
            <Button icon={<FileWordOutlined />} onClick={() => void exportWord()}>
              进度报告（Word）
            </Button>
            <Button icon={<FileExcelOutlined />} onClick={() => void exportExcel()}>
              进度表（Excel）
            </Button>
          </Space>
        }
      >
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            aria-label="按阶段筛选"
            style={{ width: 200 }}
            value={filter.stageId ?? ''}
            onChange={(v) => setFilter({ ...filter, stageId: v || undefined })}
            options={[{ value: '', label: '全部阶段' }, ...stages.map((s) => ({ value: s.id, label: `${s.title}（${s.units}）` }))]}
          />
          <Checkbox checked={!!filter.overdueOnly} onChange={(e) => setFilter({ ...filter, overdueOnly: e.target.checked })}>
            只看有超期的
          </Checkbox>
          <Checkbox checked={!!filter.belowFloorOnly} onChange={(e) => setFilter({ ...filter, belowFloorOnly: e.target.checked })}>
            只看满意率低于 70% 的
          </Checkbox>
          <Checkbox checked={!!filter.typicalOnly} onChange={(e) => setFilter({ ...filter, typicalOnly: e.target.checked })}>
            只看典型
          </Checkbox>
          <Input.Search allowClear aria-label="按单位名称查找" placeholder="单位名称" style={{ width: 200 }} onSearch={(text) => setFilter({ ...filter, text })} />
          <Typography.Text type="secondary">
            共 {shown.length} 个单位
            {shown.length < all.length ? `（全部 ${all.length} 个）` : ''}
          </Typography.Text>
        </Space>
        <div style={{ marginBottom: 8 }}>
          {STEP_STATES.map((s) => (
            <span key={s} style={{ marginRight: 16, fontSize: 13 }}>
              <span style={{ display: 'inline-block', width: 12, height: 12, borderRadius: 2, background: STEP_STATE_COLOUR[s], marginRight: 4, verticalAlign: -1 }} />
              {STEP_STATE_LABEL[s]}
            </span>
          ))}
        </div>
        <Table<BoardRow>
          size="small"
          rowKey={(r) => r.summary.unitId}
          columns={columns}
          dataSource={shown}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (n) => `共 ${n} 个单位` }}
          expandable={{ expandedRowRender: (r) => <UnitDetail summary={r.summary} />, expandRowByClick: false }}
          data-testid="board"
        />
      </Card>
      <TypicalDialog row={typical} onClose={() => setTypical(null)} />
      <AcceptanceDialog summary={accepting} onClose={() => setAccepting(null)} />
    </div>
  );
}
