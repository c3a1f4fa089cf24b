import { useMemo, useState } from 'react';
import { Alert, Button, DatePicker, Input, Modal, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { FileWordOutlined, NotificationOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { suggestMode } from '@shared/analysis/mode';
import type { ReviewerAssignment } from '@shared/analysis/reviewer';
import { ANALYSIS_MODE_LABEL, ANALYSIS_STATE_LABEL, ANALYSIS_STATES, type Analysis, type AnalysisState } from '@shared/analysis/types';
import type { Member } from '@shared/members/types';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { publishAnalyses } from '../../db/repos/analysis';
import { BatchExportStatus } from '../documents/BatchExportStatus';
import { useBatchExport } from '../documents/useBatchExport';
import { materialJobs } from './exportMaterial';
import { momentText, StateTag } from './labels';
import { ANALYSIS_PAGE, batchAnalyses, exportNames, useAnalysisList, useAnalysisSummary } from './useAnalysis';

interface Row {
  member: Member;
  analysis?: Analysis;
  branch: string;
  reviewer: ReviewerAssignment;
  suggested: ReturnType<typeof suggestMode>;
}

type StateFilter = AnalysisState | 'none';

/** R-ANALYSIS-*: every party member's material — mode, reviewer, state — and the batch steps. */
export function AnalysisListPage() {
  const { db } = useApp();
  const { unit, today, writeCtx } = useUnit();
  const navigate = useNavigate();
  const run = useAction();
  const batch = useBatchExport();
  const [query, setQuery] = useState('');
  const [branchId, setBranchId] = useState<string | undefined>();
  const [stateFilter, setStateFilter] = useState<StateFilter | undefined>();
  const [publishing, setPublishing] = useState(false);
  const [period, setPeriod] = useState<[Dayjs, Dayjs] | null>(null);
  const [paging, setPaging] = useState({ current: 1, pageSize: ANALYSIS_PAGE });
  const filter = { query, branchId, state: stateFilter };
  const data = useAnalysisList(unit.id, filter, paging);
  const summary = useAnalysisSummary(unit.id, filter);
  // A new filter starts from the first page.
  const refilter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPaging((p) => ({ ...p, current: 1 }));
    };

  const rows = useMemo<Row[]>(
    () =>
      data?.page.rows.map(({ member, analysis }) => ({
        member,
        analysis,
        branch: member.branchId ? (data.branchName.get(member.branchId) ?? '') : '',
        reviewer: data.reviewerOf(member),
        suggested: suggestMode(member),
      })) ?? [],
    [data],
  );
  const counts = summary?.counts;

  // Drafts are not handed in yet; an away member's draft received in writing is.
  const exportable = summary?.exportable ?? 0;
  const publishable = summary?.publishable ?? 0;
  const scope = branchId ? (data?.branchName.get(branchId) ?? '') : unit.orgName;

  const exportAll = async () => {
    // The members named are read when the export starts, not with the page.
    const list = await batchAnalyses(db, unit.id, filter, 'export');
    const names = await exportNames(db, unit.id, list);
    void batch.start(materialJobs(db, list, names, today()), `${scope}党性分析材料`);
  };

  const publish = async () => {
    if (!period) return;
    const ok = await run(
      async () =>
        publishAnalyses(
          db,
          unit.id,
          (await batchAnalyses(db, unit.id, filter, 'publish')).map((a) => a.id),
          { publicFrom: period[0].format('YYYY-MM-DD'), publicTo: period[1].format('YYYY-MM-DD') },
          writeCtx(),
        ),
      `已开始公示 ${publishable} 份材料`,
    );
    if (ok !== undefined) setPublishing(false);
  };

  const columns: ColumnsType<Row> = [
    {
      title: '姓名',
      key: 'name',
      width: 120,
      render: (_, r) => (
        <Space size={4}>
          <a onClick={() => navigate(`/u/${unit.id}/analysis/${r.member.id}`)}>{r.member.name}</a>
          {r.member.away && <Tag color="blue">外出</Tag>}
        </Space>
      ),
    },
    { title: '所在支部', dataIndex: 'branch', width: 150 },
    {
      title: '撰写方式',
      key: 'mode',
      width: 190,
      render: (_, r) => {
        const mode = r.analysis?.mode ?? r.suggested.mode;
        const recorder = r.analysis?.recorderId ? data?.byId.get(r.analysis.recorderId)?.name : undefined;
        return (
          <Tooltip title={`建议${ANALYSIS_MODE_LABEL[r.suggested.mode]}：${r.suggested.reasons.join('、')}`}>
            <span>
              {ANALYSIS_MODE_LABEL[mode]}
              {mode === 'dictated' && <Typography.Text type="secondary">（记录人：{recorder ?? '未定'}）</Typography.Text>}
              {!r.analysis && <Typography.Text type="secondary">（建议）</Typography.Text>}
            </span>
          </Tooltip>
        );
      },
    },
    {
      title: '由谁审阅',
      key: 'reviewer',
      width: 230,
      render: (_, r) => (
        <Tooltip title={r.reviewer.why}>
          <div>
            {r.reviewer.reviewers.length > 0 ? r.reviewer.label : <Typography.Text type="secondary">待确定</Typography.Text>}
            {r.reviewer.missing && (
              <div>
                <Typography.Text type="warning" style={{ fontSize: 13 }}>
                  {r.reviewer.missing}
                </Typography.Text>
              </div>
            )}
          </div>
        </Tooltip>
      ),
    },
    {
      title: '状态',
      key: 'state',
      width: 150,
      render: (_, r) => (
        <Space size={4} wrap>
          <StateTag state={r.analysis?.state} />
          {r.analysis?.receivedOn && <Tag color="blue">书面寄回</Tag>}
        </Space>
      ),
    },
    {
      title: '最后修改',
      key: 'updated',
      width: 170,
      render: (_, r) => (r.analysis ? momentText(r.analysis.updatedAt) : ''),
    },
    {
      title: '操作',
      key: 'ops',
      width: 100,
      render: (_, r) => <a onClick={() => navigate(`/u/${unit.id}/analysis/${r.member.id}`)}>{r.analysis ? '打开' : '开始录入'}</a>,
    },
  ];

  const line = ['none' as const, ...ANALYSIS_STATES]
    .filter((s) => counts?.get(s))
    .map((s) => `${s === 'none' ? '未开始' : ANALYSIS_STATE_LABEL[s]} ${counts?.get(s)}`)
    .join('，');

  return (
    <div className="pyt-page">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          党性分析材料
          <Typography.Text type="secondary" style={{ fontSize: 15, marginLeft: 12 }} data-testid="analysis-summary">
            党员 {summary?.party ?? ''} 人{line ? `：${line}` : ''}
          </Typography.Text>
        </Typography.Title>
        <Space wrap>
          <Button icon={<NotificationOutlined />} disabled={publishable === 0} onClick={() => setPublishing(true)}>
            公示审阅通过的材料（{publishable} 份）
          </Button>
          <Button
            icon={<FileWordOutlined />}
            disabled={exportable === 0 || batch.state.phase === 'running'}
            onClick={() => void exportAll()}
            data-testid="analysis-batch-export"
          >
            导出 Word 压缩包（{exportable} 份）
          </Button>
        </Space>
      </Space>
      <Typography.Paragraph type="secondary">
        每名党员一份材料：在职、能书写的党员亲笔撰写；年老体弱、无书写能力、文化程度低的党员本人口述、由其他党员记录。纸质材料交来后在这里录入，按分工审阅，不合要求的退回重写，审阅通过后公示，根据意见修改定稿。
      </Typography.Paragraph>
      <BatchExportStatus state={batch.state} onCancel={batch.cancel} onDismiss={batch.dismiss} />
      <Space style={{ marginBottom: 12 }} wrap>
        <Input.Search placeholder="按姓名查找" allowClear value={query} onChange={(e) => refilter(setQuery)(e.target.value)} style={{ width: 200 }} aria-label="按姓名查找" />
        <Select
          placeholder="全部支部"
          allowClear
          value={branchId}
          onChange={refilter(setBranchId)}
          options={data?.page.branches.map((b) => ({ value: b.id, label: b.name })) ?? []}
          style={{ width: 200 }}
          aria-label="按支部筛选"
        />
        <Select<StateFilter>
          placeholder="全部状态"
          allowClear
          value={stateFilter}
          onChange={refilter(setStateFilter)}
          options={[{ value: 'none', label: '未开始' }, ...ANALYSIS_STATES.map((s) => ({ value: s, label: ANALYSIS_STATE_LABEL[s] }))]}
          style={{ width: 160 }}
          aria-label="按状态筛选"
        />
        <Typography.Text type="secondary">导出和公示都只对下面筛选出的材料；草稿不导出。</Typography.Text>
      </Space>
      <Table<Row>
        rowKey={(r) => r.member.id}
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={!data}
        scroll={{ x: 1080 }}
        onChange={(p) => {
          const pageSize = p.pageSize ?? paging.pageSize;
          setPaging({ current: pageSize !== paging.pageSize ? 1 : (p.current ?? 1), pageSize });
        }}
        pagination={{
          current: paging.current,
          pageSize: paging.pageSize,
          total: data?.page.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (t) => `共 ${t} 人`,
        }}
        locale={{ emptyText: summary?.party === 0 ? '名册中还没有党员：请先在“党员名册”中录入' : '没有符合条件的党员' }}
      />
      <Modal
        open={publishing}
        title={`公示 ${publishable} 份审阅通过的材料`}
        okText="开始公示"
        cancelText="取消"
        okButtonProps={{ disabled: !period }}
        onCancel={() => setPublishing(false)}
        onOk={() => void publish()}
        destroyOnHidden
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Alert type="info" showIcon title="在公示栏或局域网上公示，请党员互相提意见；公示期满后根据意见修改定稿。" />
          <span>公示期：</span>
          <DatePicker.RangePicker
            format="YYYY年M月D日"
            value={period}
            onChange={(v) => setPeriod(v && v[0] && v[1] ? [v[0], v[1]] : null)}
            defaultPickerValue={[dayjs(today()), dayjs(today())]}
            aria-label="公示期"
          />
        </Space>
      </Modal>
    </div>
  );
}
