import { useState } from 'react';
import { Button, Input, List, Modal, Popconfirm, Space, Typography } from 'antd';
import { ApartmentOutlined } from '@ant-design/icons';
import { useApp, nowIso } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { deleteBranch, saveBranch } from '../../db/repos/members';

/** 支部: add, rename, delete (a branch with members cannot be deleted). */
export function BranchManager() {
  const { db } = useApp();
  const { unit, snapshot, actor } = useUnit();
  const run = useAction();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const branches = snapshot?.branches ?? [];
  const count = (id: string) => snapshot?.members.filter((m) => m.branchId === id).length ?? 0;

  return (
    <>
      <Button icon={<ApartmentOutlined />} onClick={() => setOpen(true)}>
        管理支部
      </Button>
      <Modal title="支部" open={open} onCancel={() => setOpen(false)} footer={null} width={560}>
        <List
          dataSource={branches}
          locale={{ emptyText: '还没有支部' }}
          renderItem={(b) => (
            <List.Item
              actions={[
                <a key="rename" onClick={() => setRenaming({ id: b.id, name: b.name })}>
                  改名
                </a>,
                <Popconfirm
                  key="del"
                  title={`删除 ${b.name}？`}
                  okText="删除"
                  cancelText="取消"
                  onConfirm={() => run(() => deleteBranch(db, unit.id, b.id, { actor, now: nowIso() }), '已删除')}
                >
                  <a style={{ color: '#cf1322' }}>删除</a>
                </Popconfirm>,
              ]}
            >
              {renaming?.id === b.id ? (
                <Space.Compact style={{ width: 320 }}>
                  <Input value={renaming.name} onChange={(e) => setRenaming({ ...renaming, name: e.target.value })} maxLength={40} />
                  <Button
                    type="primary"
                    onClick={async () => {
                      const ok = await run(
                        () => saveBranch(db, unit.id, { id: b.id, name: renaming.name }, { actor, now: nowIso() }),
                        '已改名',
                      );
                      if (ok !== undefined) setRenaming(null);
                    }}
                  >
                    确定
                  </Button>
                </Space.Compact>
              ) : (
                <Typography.Text>
                  {b.name} <Typography.Text type="secondary">（{count(b.id)} 人）</Typography.Text>
                </Typography.Text>
              )}
            </List.Item>
          )}
        />
        <Space.Compact style={{ width: '100%', marginTop: 12 }}>
          <Input placeholder="新支部名称，例如：机关第三党支部" value={name} onChange={(e) => setName(e.target.value)} maxLength={40} />
          <Button
            type="primary"
            onClick={async () => {
              const ok = await run(() => saveBranch(db, unit.id, { name }, { actor, now: nowIso() }), '已添加支部');
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
