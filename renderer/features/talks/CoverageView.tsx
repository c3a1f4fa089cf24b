import { useMemo, useState } from 'react';
import { Alert, Card, Input, Progress, Segmented, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PERSON_KIND_LABEL } from '@shared/members/types';
import { sortRoster, zhCollator } from '@shared/members/rosterView';
import type { PersonCoverage } from '@shared/talks/coverage';
import { nameList } from '@shared/talks/people';
import { cleanLine } from '@shared/util/text';
import { SimpleList, SimpleListItem, SimpleListMeta } from '../../app/SimpleList';
import type { TalksData } from './useTalks';

type Filter = 'all' | 'silent' | 'owing';
interface Row extends PersonCoverage {
  name: string;
  group: string;
}

const SHOWN = 8;
const names = (ids: string[], data: TalksData) => nameList(ids.slice(0, SHOWN).map(data.name), ids.length);

function Demand({ needed, met, what }: { needed: boolean; met: boolean; what: string }) {
  if (met) return <Tag color="green">已谈</Tag>;
  if (!needed) return <Typography.Text type="secondary">不要求</Typography.Text>;
  return <Tag color="orange">还没有与{what}谈</Tag>;
}

/** Who has talked with whom, who has none yet (R-TALK-PAIRS), and each leader's branch (R-TALK-LEADER-ALL). */
export function CoverageView({ data }: { data: TalksData }) {
  const [filter, setFilter] = useState<Filter>('all');
  const [query, setQuery] = useState('');
  const { overview } = data;
  const branchName = useMemo(() => new Map(data.branches.map((b) => [b.id, b.name])), [data.branches]);

  const all = useMemo<Row[]>(
    () =>
      sortRoster(data.members, data.branches)
        .map((m) => overview.people.get(m.id))
        .filter((p): p is PersonCoverage => p !== undefined)
        .map((p) => {
          const m = data.byId.get(p.id)!;
          const where = m.branchId ? branchName.get(m.branchId) : undefined;
          return { ...p, name: data.name(p.id), group: m.kind === 'party' ? (where ?? '') : PERSON_KIND_LABEL[m.kind] };
        }),
    [data, overview, branchName],
  );
  const silent = all.filter((p) => p.inScope && p.talkedWith.length === 0);
  const owing = all.filter((p) => p.inScope && (p.owed.length > 0 || (p.needsParty && !p.withParty) || (p.needsMasses && !p.withNonParty)));
  const q = cleanLine(query);
  const rows = (filter === 'silent' ? silent : filter === 'owing' ? owing : all).filter((p) => !q || p.name.includes(q));

  const columns: ColumnsType<Row> = [
    { title: '姓名', dataIndex: 'name', width: 120 },
    { title: '支部或类别', dataIndex: 'group', width: 140 },
    {
      title: '名单内已谈/应谈',
      key: 'required',
      width: 120,
      render: (_, p) => (p.required === 0 ? '—' : `${p.required - p.owed.length} / ${p.required}`),
    },
    {
      title: '已经谈过的人',
      key: 'talked',
      width: 240,
      render: (_, p) => {
        if (p.talkedWith.length > 0) return names(p.talkedWith, data);
        const away = data.byId.get(p.id)?.away;
        if (away) return <Tag color="blue" title={`外出：${away.place}`}>外出，不要求当面谈</Tag>;
        return p.inScope ? <Tag color="red">还没有谈心</Tag> : '';
      },
    },
    {
      title: '应谈还没谈的人',
      key: 'owed',
      width: 240,
      render: (_, p) => (p.owed.length === 0 ? '' : <Typography.Text type="danger">{names(p.owed, data)}</Typography.Text>),
    },
    { title: '党员之间', key: 'party', width: 130, render: (_, p) => <Demand needed={p.needsParty} met={p.withParty} what="党员" /> },
    { title: '党员与群众', key: 'masses', width: 130, render: (_, p) => <Demand needed={p.needsMasses} met={p.withNonParty} what="群众" /> },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {silent.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          data-testid="talk-silent"
          title={`${silent.length} 人还没有谈过心`}
          description={nameList(silent.slice(0, 30).map((p) => p.name), silent.length)}
        />
      ) : (
        <Alert type="success" showIcon title="应谈的人都已至少谈过一次心" />
      )}
      {overview.leaders.length > 0 && (
        <Card size="small" title="党员领导干部与所在支部党员谈心">
          <SimpleList
            size="small"
            items={[...overview.leaders].sort((a, b) => zhCollator.compare(data.name(a.id), data.name(b.id)))}
            rowKey={(l) => l.id}
            renderItem={(l) => (
              <SimpleListItem>
                <SimpleListMeta
                  title={`${data.name(l.id)}（${branchName.get(data.byId.get(l.id)?.branchId ?? '') ?? ''}）`}
                  description={l.missing.length > 0 ? `未谈：${names(l.missing, data)}` : '本支部党员都已谈过'}
                />
                <Progress percent={l.total ? Math.round((l.done / l.total) * 100) : 100} format={() => `${l.done}/${l.total}`} style={{ width: 200 }} />
              </SimpleListItem>
            )}
          />
        </Card>
      )}
      <Space wrap>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: `全部（${all.length}）` },
            { value: 'silent', label: `还没有谈心（${silent.length}）` },
            { value: 'owing', label: `还没谈完（${owing.length}）` },
          ]}
        />
        <Input.Search allowClear placeholder="查找姓名" onChange={(e) => setQuery(e.target.value)} style={{ width: 200 }} />
      </Space>
      <Table<Row>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 人` }}
      />
    </Space>
  );
}
