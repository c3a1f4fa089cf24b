import { useMemo, useState } from 'react';
import { Button, Input, Popconfirm, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import type { ColumnsType } from 'antd/es/table';
import { EDUCATION_LABEL, PERSON_KIND_LABEL, ROLE_LABEL, type Member } from '@shared/members/types';
import { filterRoster, sortRoster, zhCollator } from '@shared/members/rosterView';
import { useApp, nowIso } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { deleteMember, saveMember } from '../../db/repos/members';
import { writeRosterXlsx } from '../members/io/writeRosterXlsx';
import { bridge } from '../../bridge';
import { MemberForm } from './MemberForm';
import { BranchManager } from './BranchManager';
import { OfficeManager } from './OfficeManager';
import { officeOptions, useRoster } from './useRoster';

type KindFilter = 'all' | 'party' | 'nonParty';
const ymText = (s?: string) => (s ? s.replace('-', '.') : '');

export function RosterPage() {
  const { db } = useApp();
  const { unit, actor, today } = useUnit();
  const roster = useRoster(unit.id);
  const run = useAction();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [branchFilter, setBranchFilter] = useState<string | undefined>();
  const [officeFilter, setOfficeFilter] = useState<string | undefined>();
  const [kindFilter, setKindFilter] = useState<KindFilter>('all');
  const [editing, setEditing] = useState<Member | 'new' | null>(null);

  const members = useMemo(() => roster?.members ?? [], [roster]);
  const branches = useMemo(() => roster?.branches ?? [], [roster]);
  const offices = useMemo(() => roster?.offices ?? [], [roster]);
  const branchName = useMemo(() => new Map(branches.map((b) => [b.id, b.name])), [branches]);
  const officeName = useMemo(() => new Map(offices.map((o) => [o.id, o.name])), [offices]);

  const sorted = useMemo(() => sortRoster(members, branches), [members, branches]);
  const rows = useMemo(
    () => filterRoster(sorted, { query, branchId: branchFilter, officeId: officeFilter, kind: kindFilter }),
    [sorted, query, branchFilter, officeFilter, kindFilter],
  );

  const columns: ColumnsType<Member> = [
    { title: '姓名', dataIndex: 'name', width: 110, sorter: (a, b) => zhCollator.compare(a.name, b.name), fixed: 'left' },
    {
      title: '类别',
      dataIndex: 'kind',
      width: 90,
      render: (k: Member['kind']) => (k === 'party' ? '党员' : <Tag>{PERSON_KIND_LABEL[k]}</Tag>),
    },
    { title: '性别', dataIndex: 'gender', width: 64 },
    { title: '出生年月', dataIndex: 'birth', width: 100, render: ymText, sorter: (a, b) => (a.birth ?? '').localeCompare(b.birth ?? '') },
    {
      title: '入党时间',
      dataIndex: 'joinedParty',
      width: 100,
      render: ymText,
      sorter: (a, b) => (a.joinedParty ?? '').localeCompare(b.joinedParty ?? ''),
    },
    {
      title: '所在支部',
      dataIndex: 'branchId',
      width: 150,
      render: (id?: string) => (id ? branchName.get(id) : ''),
      sorter: (a, b) => zhCollator.compare(branchName.get(a.branchId ?? '') ?? '', branchName.get(b.branchId ?? '') ?? ''),
    },
    {
      title: '所在科室',
      dataIndex: 'officeId',
      width: 130,
      render: (id?: string) => (id ? officeName.get(id) : ''),
      sorter: (a, b) => zhCollator.compare(officeName.get(a.officeId ?? '') ?? '', officeName.get(b.officeId ?? '') ?? ''),
    },
    { title: '职务', dataIndex: 'post', width: 150, ellipsis: true },
    {
      title: '角色与情况',
      key: 'tags',
      render: (_, m) => (
        <Space size={[0, 4]} wrap>
          {m.roles.map((r) => (
            <Tag color="red" key={r}>
              {ROLE_LABEL[r]}
            </Tag>
          ))}
          {m.partyStatus === 'probationary' && <Tag color="gold">预备党员</Tag>}
          {m.oversees.length > 0 && (
            <Tag color="purple" title={m.oversees.map((id) => officeName.get(id)).join('、')}>
              分管 {m.oversees.length} 个科室
            </Tag>
          )}
          {m.employment === 'retired' && <Tag>离退休</Tag>}
          {m.frail && <Tag color="orange">年老体弱</Tag>}
          {m.chronicIll && <Tag color="orange">长期患病</Tag>}
          {m.cannotWrite && <Tag color="orange">无书写能力</Tag>}
          {m.education === 'primary' && <Tag color="orange">文化程度：{EDUCATION_LABEL.primary}</Tag>}
          {m.away && <Tag color="blue" title={`${m.away.place} ${m.away.contact}`}>外出：{m.away.place}</Tag>}
        </Space>
      ),
    },
    {
      title: '操作',
      key: 'ops',
      width: 120,
      fixed: 'right',
      render: (_, m) => (
        <Space>
          <a onClick={() => setEditing(m)}>编辑</a>
          <Popconfirm
            title={`删除 ${m.name}？`}
            description="删除后可在操作记录中查到，但资料不能恢复。"
            okText="删除"
            cancelText="取消"
            onConfirm={() => run(() => deleteMember(db, unit.id, m.id, { actor, now: nowIso() }), `已删除 ${m.name}`)}
          >
            <a style={{ color: '#cf1322' }}>删除</a>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  const exportXlsx = () =>
    run(async () => {
      const data = await writeRosterXlsx(unit.name, members, branches, offices);
      const r = await bridge.filesSave({
        suggestedName: `${unit.name}党员名册.xlsx`,
        filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
        data,
      });
      return r.saved;
    }, '名册已导出');

  const partyCount = members.filter((m) => m.kind === 'party').length;
  return (
    <div className="pyt-page">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          党员名册
          <Typography.Text type="secondary" style={{ fontSize: 15, marginLeft: 12 }}>
            党员 {partyCount} 人，非党员 {members.length - partyCount} 人，{branches.length} 个支部，{offices.length} 个科室或二级单位
          </Typography.Text>
        </Typography.Title>
        <Space wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            添加人员
          </Button>
          <Button icon={<UploadOutlined />} onClick={() => navigate(`/u/${unit.id}/roster/import`)}>
            从 Excel 导入
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void exportXlsx()} disabled={members.length === 0}>
            导出 Excel
          </Button>
          <BranchManager branches={branches} members={members} />
          <OfficeManager offices={offices} members={members} />
        </Space>
      </Space>
      <Space style={{ marginBottom: 12 }} wrap>
        <Input.Search
          placeholder="按姓名、职务或电话查找"
          allowClear
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          style={{ width: 260 }}
          aria-label="查找人员"
        />
        <Select
          placeholder="全部支部"
          allowClear
          value={branchFilter}
          onChange={setBranchFilter}
          options={branches.map((b) => ({ value: b.id, label: b.name }))}
          style={{ width: 200 }}
          aria-label="按支部筛选"
        />
        <Select
          placeholder="全部科室"
          allowClear
          value={officeFilter}
          onChange={setOfficeFilter}
          options={officeOptions(offices)}
          style={{ width: 220 }}
          aria-label="按科室筛选"
        />
        <Segmented<KindFilter>
          value={kindFilter}
          onChange={setKindFilter}
          options={[
            { value: 'all', label: '全部' },
            { value: 'party', label: '党员' },
            { value: 'nonParty', label: '非党员' },
          ]}
        />
      </Space>
      <Table<Member>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={!roster}
        scroll={{ x: 1240 }}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200], showTotal: (t) => `共 ${t} 人` }}
        locale={{ emptyText: members.length === 0 ? '名册还是空的：点“添加人员”，或“从 Excel 导入”现有花名册' : '没有符合条件的人员' }}
      />
      <MemberForm
        open={editing !== null}
        member={editing && editing !== 'new' ? editing : undefined}
        branches={branches}
        offices={offices}
        onClose={() => setEditing(null)}
        onSave={async (draft) => {
          const id = editing && editing !== 'new' ? editing.id : undefined;
          const r = await run(() => saveMember(db, unit.id, draft, { actor, now: nowIso(), today: today(), id }), '已保存');
          return r !== undefined;
        }}
      />
    </div>
  );
}
