import { useMemo, useState } from 'react';
import { Alert, Button, Input, Modal, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { ClusterOutlined } from '@ant-design/icons';
import { OFFICE_KIND_LABEL, OFFICE_KINDS, type Member, type Office, type OfficeKind } from '@shared/members/types';
import { TEXT_LIMITS } from '@shared/data/fields';
import { zhCollator } from '@shared/members/rosterView';
import { useApp, nowIso } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { deleteOffice, saveOffice } from '../../db/repos/offices';

const KIND_OPTIONS = OFFICE_KINDS.map((k) => ({ value: k, label: OFFICE_KIND_LABEL[k] }));

/**
 * 内设科室 and 二级单位 with their 负责人: team members 分管 these (R-TALK-PAIRS, R-ANALYSIS-REVIEW).
 * An office someone works in or oversees cannot be deleted; the refusal names them.
 */
export function OfficeManager({ offices, members }: { offices: Office[]; members: Member[] }) {
  const { db } = useApp();
  const { unit, actor } = useUnit();
  const run = useAction();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OfficeKind>('office');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const ctx = () => ({ actor, now: nowIso() });

  const byOffice = useMemo(() => {
    const inside = new Map<string, Member[]>();
    const overseers = new Map<string, Member[]>();
    for (const m of members) {
      if (m.officeId) inside.set(m.officeId, [...(inside.get(m.officeId) ?? []), m]);
      for (const o of m.oversees) overseers.set(o, [...(overseers.get(o) ?? []), m]);
    }
    return { inside, overseers };
  }, [members]);

  // 负责人: the office's own people first, then everyone else, each with the post to tell same names apart.
  const headOptions = (o: Office) => {
    const label = (m: Member) => (m.post ? `${m.name}（${m.post}）` : m.name);
    const own = [...(byOffice.inside.get(o.id) ?? [])].sort((a, b) => zhCollator.compare(a.name, b.name));
    const ownIds = new Set(own.map((m) => m.id));
    const rest = members.filter((m) => !ownIds.has(m.id)).sort((a, b) => zhCollator.compare(a.name, b.name));
    return [
      { label: `在${o.name}工作`, title: 'own', options: own.map((m) => ({ value: m.id, label: label(m) })) },
      { label: '其他人员', title: 'rest', options: rest.map((m) => ({ value: m.id, label: label(m) })) },
    ].filter((g) => g.options.length > 0);
  };

  const save = (o: Office, patch: { name?: string; kind?: OfficeKind; headId?: string | null }, done: string) =>
    run(() => saveOffice(db, unit.id, { id: o.id, name: patch.name ?? o.name, kind: patch.kind, headId: patch.headId }, ctx()), done);

  return (
    <>
      <Button icon={<ClusterOutlined />} onClick={() => setOpen(true)}>
        管理科室
      </Button>
      <Modal title="内设科室和二级单位" open={open} onCancel={() => setOpen(false)} footer={null} width={980}>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="班子成员分管的是科室和二级单位（不是党支部）。谈心安排和党性分析材料审阅据此确定：分管领导与所分管科室、二级单位的负责人谈心，并审阅其党性分析材料。"
        />
        <Table<Office>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={offices}
          locale={{ emptyText: '还没有内设科室或二级单位' }}
          columns={[
            {
              title: '名称',
              key: 'name',
              render: (_, o) =>
                renaming?.id === o.id ? (
                  <Space.Compact style={{ width: 260 }}>
                    <Input
                      value={renaming.name}
                      onChange={(e) => setRenaming({ ...renaming, name: e.target.value })}
                      maxLength={TEXT_LIMITS.officeName}
                      aria-label="科室新名称"
                    />
                    <Button
                      type="primary"
                      onClick={async () => {
                        const ok = await save(o, { name: renaming.name }, '已改名');
                        if (ok !== undefined) setRenaming(null);
                      }}
                    >
                      确定
                    </Button>
                  </Space.Compact>
                ) : (
                  o.name
                ),
            },
            {
              title: '类别',
              key: 'kind',
              width: 120,
              render: (_, o) => (
                <Select<OfficeKind>
                  size="small"
                  value={o.kind}
                  options={KIND_OPTIONS}
                  style={{ width: 104 }}
                  aria-label={`${o.name}的类别`}
                  onChange={(k) => void save(o, { kind: k }, '已修改类别')}
                />
              ),
            },
            {
              title: '负责人',
              key: 'head',
              width: 240,
              render: (_, o) => (
                <Select
                  size="small"
                  value={o.headId}
                  options={headOptions(o)}
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder="选择负责人"
                  style={{ width: 224 }}
                  aria-label={`${o.name}的负责人`}
                  onChange={(id?: string) => void save(o, { headId: id ?? null }, id ? '已设置负责人' : '已取消负责人')}
                />
              ),
            },
            {
              title: '在此工作',
              key: 'inside',
              width: 90,
              render: (_, o) => <Typography.Text type="secondary">{byOffice.inside.get(o.id)?.length ?? 0} 人</Typography.Text>,
            },
            {
              title: '分管领导',
              key: 'overseers',
              render: (_, o) => {
                const names = (byOffice.overseers.get(o.id) ?? []).map((m) => m.name);
                return names.length > 0 ? names.join('、') : <Typography.Text type="warning">未设分管领导</Typography.Text>;
              },
            },
            {
              title: '操作',
              key: 'ops',
              width: 110,
              render: (_, o) => (
                <Space>
                  <a onClick={() => setRenaming({ id: o.id, name: o.name })}>改名</a>
                  <Popconfirm
                    title={`删除 ${o.name}？`}
                    okText="删除"
                    cancelText="取消"
                    onConfirm={() => run(() => deleteOffice(db, unit.id, o.id, ctx()), '已删除')}
                  >
                    <a style={{ color: '#cf1322' }}>删除</a>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
        <Space.Compact style={{ width: '100%', marginTop: 12 }}>
          <Select<OfficeKind> value={kind} options={KIND_OPTIONS} onChange={setKind} style={{ width: 120 }} aria-label="新增的类别" />
          <Input
            placeholder="名称，例如：财务科、市中小企业服务中心"
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={TEXT_LIMITS.officeName}
            aria-label="新科室或二级单位名称"
          />
          <Button
            type="primary"
            onClick={async () => {
              const ok = await run(() => saveOffice(db, unit.id, { name, kind }, ctx()), `已添加${OFFICE_KIND_LABEL[kind]}`);
              if (ok !== undefined) setName('');
            }}
          >
            添加
          </Button>
        </Space.Compact>
      </Modal>
    </>
  );
}
