import { useMemo } from 'react';
import { Button, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { OPINION_CATEGORY_LABEL, OPINION_CHANNEL_LABEL, OPINION_SOURCE_LABEL, type Opinion, type OpinionCategory, type OpinionChannel } from '@shared/opinions/types';
import { formatChineseDate } from '@shared/util/dates';
import { CATEGORY_OPTIONS, CHANNEL_OPTIONS, fromTargetValue, SOURCE_OPTIONS, targetName, targetSelectOptions, targetValue } from './labels';
import type { OpinionFilter, OpinionPage } from '../../db/repos/opinions';
import type { PartyMember } from './useOpinions';

const NO_NAMES: ReadonlyMap<string, string> = new Map();

export type RegisterFilter = OpinionFilter;

export interface RegisterPaging {
  current: number;
  pageSize: number;
  order: 'newest' | 'oldest';
}

/**
 * The opinion register, one page at a time (pageOpinions): filter by target (a member found by
 * name), category, channel and who gave it. The party members for the target filter are read
 * when it is first used (`onWantParty`).
 */
export function RegisterTable({
  page,
  unitTotal,
  party,
  onWantParty,
  filter,
  onFilter,
  paging,
  onPaging,
  onEdit,
  onDelete,
}: {
  page: OpinionPage | undefined;
  /** Opinions in the whole register (for the empty line). */
  unitTotal: number | undefined;
  party: readonly PartyMember[] | undefined;
  onWantParty(): void;
  filter: RegisterFilter;
  onFilter(f: RegisterFilter): void;
  paging: RegisterPaging;
  onPaging(p: RegisterPaging): void;
  onEdit(o: Opinion): void;
  onDelete(o: Opinion): void;
}) {
  const names = page?.names ?? NO_NAMES;
  const set = (patch: RegisterFilter) => onFilter({ ...filter, ...patch });
  const targetFilterOptions = useMemo(() => {
    const [whole, members] = targetSelectOptions(party ?? []);
    return [{ ...whole, options: [...whole.options, { value: 'member', label: '党员个人（全部）' }] }, members];
  }, [party]);

  const columns: ColumnsType<Opinion> = [
    {
      title: '日期',
      dataIndex: 'date',
      key: 'date',
      width: 130,
      render: (d: string) => formatChineseDate(d),
      sorter: true,
      sortOrder: paging.order === 'oldest' ? 'ascend' : 'descend',
      sortDirections: ['descend', 'ascend', 'descend'],
    },
    { title: '意见内容', dataIndex: 'text' },
    { title: '对象', key: 'target', width: 100, render: (_, o) => targetName(o, names) },
    { title: '类别', dataIndex: 'category', width: 90, render: (c: OpinionCategory) => OPINION_CATEGORY_LABEL[c] },
    { title: '征求方式', dataIndex: 'channel', width: 100, render: (c: OpinionChannel) => OPINION_CHANNEL_LABEL[c] },
    {
      title: '提意见的人',
      key: 'source',
      width: 130,
      render: (_, o) => (
        <Space size={4} wrap>
          {OPINION_SOURCE_LABEL[o.source]}
          {o.anonymous ? <Tag>匿名</Tag> : o.giver}
          {o.fromStage1 && <Tag color="blue">第一阶段</Tag>}
        </Space>
      ),
    },
    {
      title: '操作',
      key: 'ops',
      width: 100,
      render: (_, o) => (
        <Space>
          <a onClick={() => onEdit(o)}>修改</a>
          <Popconfirm title="删除这条意见？" description="删除后不能恢复（操作记录中可查）。" okText="删除" cancelText="取消" onConfirm={() => onDelete(o)}>
            <a style={{ color: '#cf1322' }}>删除</a>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  const filtered = Object.values(filter).some((v) => v);
  const targetFilter = filter.target === 'member' && !filter.targetMemberId ? 'member' : targetValue(filter.target, filter.targetMemberId);
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Select
          style={{ width: 210 }}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="全部对象（可输入姓名）"
          options={targetFilterOptions}
          value={targetFilter}
          onChange={(v?: string) => set(v ? { targetMemberId: undefined, ...fromTargetValue(v) } : { target: undefined, targetMemberId: undefined })}
          onFocus={onWantParty}
          onOpenChange={(open) => open && onWantParty()}
          loading={party === undefined && filter.target === 'member'}
          aria-label="按对象筛选"
        />
        <Select style={{ width: 120 }} allowClear placeholder="全部类别" options={CATEGORY_OPTIONS} value={filter.category} onChange={(v) => set({ category: v })} aria-label="按类别筛选" />
        <Select style={{ width: 130 }} allowClear placeholder="全部方式" options={CHANNEL_OPTIONS} value={filter.channel} onChange={(v) => set({ channel: v })} aria-label="按方式筛选" />
        <Select style={{ width: 160 }} allowClear placeholder="全部提意见的人" options={SOURCE_OPTIONS} value={filter.source} onChange={(v) => set({ source: v })} aria-label="按提意见的人筛选" />
        <Input.Search style={{ width: 220 }} allowClear placeholder="查找意见内容" value={filter.query ?? ''} onChange={(e) => set({ query: e.target.value })} aria-label="查找意见内容" />
        {filtered && <Button onClick={() => onFilter({})}>清除筛选</Button>}
      </Space>
      <Table<Opinion>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={page?.rows ?? []}
        loading={!page}
        onChange={(p, _f, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const order = s?.order === 'ascend' ? 'oldest' : 'newest';
          const pageSize = p.pageSize ?? paging.pageSize;
          onPaging({ current: order !== paging.order || pageSize !== paging.pageSize ? 1 : (p.current ?? 1), pageSize, order });
        }}
        pagination={{
          current: paging.current,
          pageSize: paging.pageSize,
          total: page?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (t) => `共 ${t} 条`,
        }}
        locale={{ emptyText: unitTotal === 0 ? '还没有意见：点“登记意见”逐条录入，或点“批量粘贴”一次录入多条' : '没有符合条件的意见' }}
        data-testid="opinion-register"
      />
    </>
  );
}
