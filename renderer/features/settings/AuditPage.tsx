import { Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { listAudit } from '../../db/repos/audit';

/** Who changed what, and when. */
export function AuditPage() {
  const { db } = useApp();
  const { unit } = useUnit();
  const rows = useLiveQuery(() => listAudit(db, unit.id, { limit: 2000 }), [db, unit.id]);
  return (
    <div className="pyt-page">
      <Typography.Title level={3}>操作记录</Typography.Title>
      <Table
        rowKey="id"
        size="small"
        loading={!rows}
        dataSource={rows ?? []}
        pagination={{ defaultPageSize: 50, showTotal: (t) => `共 ${t} 条` }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 180, render: (v: string) => dayjs(v).format('YYYY年M月D日 HH:mm') },
          { title: '操作人', dataIndex: 'actor', width: 120 },
          { title: '内容', dataIndex: 'summary' },
        ]}
      />
    </div>
  );
}
