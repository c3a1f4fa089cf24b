import { useState } from 'react';
import { Button, Input, Modal, Popconfirm, Space, Table, Typography } from 'antd';
import { ApartmentOutlined } from '@ant-design/icons';
import type { Branch, Member } from '@shared/members/types';
import { TEXT_LIMITS } from '@shared/data/fields';
import { useApp, nowIso } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { deleteBranch, saveBranch } from '../../db/repos/members';

/** 党支部: add, rename, delete (a branch with members cannot be deleted). */
export function BranchManager({ branches, members }: { branches: Branch[]; members: Member[] }) {
  const { db } = useApp();
  const { unit, actor } = useUnit();
  const run = useAction();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const count = (id: string) => members.filter((m) => m.branchId === id).length;
  const ctx = () => ({ actor, now: nowIso() });

  return (
    <>
      <Button icon={<ApartmentOutlined />} onClick={() => setOpen(true)}>
        管理支部
      </Button>
      <Modal title="党支部" open={open} onCancel={() => setOpen(false)} footer={null} width={600}>
        <Table<Branch>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={branches}
          locale={{ emptyText: '还没有支部' }}
          columns={[
            {
              title: '支部',
              key: 'name',
              render: (_, b) =>
                renaming?.id === b.id ? (
                  <Space.Compact style={{ width: 320 }}>
                    <Input
                      value={renaming.name}
                      onChange={(e) => setRenaming({ ...renaming, name: e.target.value })}
                      maxLength={TEXT_LIMITS.branchName}
                      aria-label="支部新名称"
                    />
                    <Button
                      type="primary"
                      onClick={async () => {
                        const ok = await run(() => saveBranch(db, unit.id, { id: b.id, name: renaming.name }, ctx()), '已改名');
                        if (ok !== undefined) setRenaming(null);
                      }}
                    >
                      确定
                    </Button>
                  </Space.Compact>
                ) : (
                  b.name
                ),
            },
            { title: '人数', key: 'count', width: 80, render: (_, b) => <Typography.Text type="secondary">{count(b.id)} 人</Typography.Text> },
            {
              title: '操作',
              key: 'ops',
              width: 120,
              render: (_, b) => (
                <Space>
                  <a onClick={() => setRenaming({ id: b.id, name: b.name })}>改名</a>
                  <Popconfirm
                    title={`删除 ${b.name}？`}
                    okText="删除"
                    cancelText="取消"
                    onConfirm={() => run(() => deleteBranch(db, unit.id, b.id, ctx()), '已删除')}
                  >
                    <a style={{ color: '#cf1322' }}>删除</a>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
        <Space.Compact style={{ width: '100%', marginTop: 12 }}>
          <Input placeholder="新支部名称，例如：机关第三党支部" value={name} onChange={(e) => setName(e.target.value)} maxLength={TEXT_LIMITS.branchName} />
          <Button
            type="primary"
            onClick={async () => {
              const ok = await run(() => saveBranch(db, unit.id, { name }, ctx()), '已添加支部');
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
