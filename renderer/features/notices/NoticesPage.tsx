import { useState, type ReactNode } from 'react';
import { Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined, FileWordOutlined, NotificationOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { branchNoticeModel, defaultBranchIssuer, leadershipNoticeModel } from '@shared/notices/documentModels';
import { capNames } from '@shared/notices/order';
import { NOTICE_KIND_LABEL, NOTICE_WAY_LABEL, type NoticeKind } from '@shared/notices/types';
import { formatChineseDate } from '@shared/util/dates';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { withdrawNotice } from '../../db/repos/notices';
import { useExportDocument } from '../documents/useExportDocument';
import { GiveNoticeModal } from './GiveNoticeModal';
import { NoticeEditor } from './NoticeEditor';
import { useNoticesData, type NoticeRow } from './queries';

type Open = { what: 'edit' | 'give'; kind: NoticeKind; row: NoticeRow } | null;

function meetingText(row: NoticeRow, kindName: string): ReactNode {
  const m = row.meeting;
  if (!m) return <Typography.Text type="secondary">{kindName}尚未安排</Typography.Text>;
  if (m.status === 'held') return <span>{formatChineseDate(m.date)}已召开</span>;
  return <Typography.Text type="warning">计划{formatChineseDate(m.date)}召开，尚未召开</Typography.Text>;
}

function noticeTag(row: NoticeRow): ReactNode {
  const n = row.notice;
  if (!n) return <Tag>未起草</Tag>;
  if (!n.givenOn) return <Tag color="blue">已起草，未通报</Tag>;
  return (
    <Tag color="green">
      {formatChineseDate(n.givenOn)}已通报（{n.way ? NOTICE_WAY_LABEL[n.way] : ''}）
    </Tag>
  );
}

/** 两个通报: the leadership's notice and each branch's, drafted from the records, edited, given, printed. */
export function NoticesPage() {
  const { db } = useApp();
  const { unit, writeCtx } = useUnit();
  const data = useNoticesData(unit.id);
  const run = useAction();
  const exportDoc = useExportDocument();
  const [open, setOpen] = useState<Open>(null);

  const titleOf = (kind: NoticeKind, row: NoticeRow) => (kind === 'branch' ? `${row.branch?.name ?? ''}${NOTICE_KIND_LABEL.branch}` : NOTICE_KIND_LABEL.leadership);

  const exportNotice = (kind: NoticeKind, row: NoticeRow) => {
    const n = row.notice;
    if (!n) return;
    if (kind === 'branch') {
      const model = branchNoticeModel(n, defaultBranchIssuer(unit.name, row.branch?.name ?? ''));
      return exportDoc(titleOf(kind, row), async (o) => (await import('@shared/documents')).buildBranchNotice(model, o));
    }
    const model = leadershipNoticeModel(n, unit.orgName);
    return exportDoc(titleOf(kind, row), async (o) => (await import('@shared/documents')).buildLeadershipNotice(model, o));
  };

  const actions = (kind: NoticeKind, row: NoticeRow) => {
    const n = row.notice;
    const key = row.branch?.id ?? 'leadership';
    return (
      <Space wrap size={[8, 4]}>
        <Button size="small" icon={<EditOutlined />} onClick={() => setOpen({ what: 'edit', kind, row })} data-testid={`notice-edit-${key}`}>
          {n ? '修改通报' : '起草通报'}
        </Button>
        {n && !n.givenOn && (
          <Button size="small" icon={<NotificationOutlined />} onClick={() => setOpen({ what: 'give', kind, row })} data-testid={`notice-give-${key}`}>
            记录已通报
          </Button>
        )}
        {n?.givenOn && (
          <Popconfirm
            title="改回“未通报”？"
            description="通报的文字保留，只去掉通报日期和方式。"
            okText="改回"
            cancelText="取消"
            onConfirm={() => run(() => withdrawNotice(db, unit.id, n.id, writeCtx()), '已改回未通报')}
          >
            <Button size="small">改回未通报</Button>
          </Popconfirm>
        )}
        {n && (
          <Button size="small" icon={<FileWordOutlined />} onClick={() => void exportNotice(kind, row)} data-testid={`notice-export-${key}`}>
            导出Word
          </Button>
        )}
      </Space>
    );
  };

  /** Why it cannot be given yet, in a few words (the columns beside it name who and what). */
  const blockedText = (kind: NoticeKind, row: NoticeRow) => {
    if (row.blocked.length === 0 || row.notice?.givenOn) return null;
    const parts = [
      ...(row.meeting?.status === 'held' ? [] : [kind === 'branch' ? '专题组织生活会还没有开' : '专题民主生活会还没有开']),
      ...(row.unevaluated.length > 0 ? [`还有 ${row.unevaluated.length} 名党员没有评议`] : []),
    ];
    return (
      <Typography.Text type="warning" style={{ display: 'block', marginTop: 4 }} data-testid="notice-blocked">
        还不能通报：{parts.join('；')}
      </Typography.Text>
    );
  };

  const columns: ColumnsType<NoticeRow> = [
    { title: '党支部', key: 'branch', width: 150, render: (_, r) => r.branch?.name },
    { title: '专题组织生活会', key: 'meeting', width: 200, render: (_, r) => meetingText(r, '专题组织生活会') },
    {
      title: '党员评议',
      key: 'evaluation',
      width: 240,
      render: (_, r) =>
        r.partyCount === 0 ? (
          <Typography.Text type="secondary">本支部没有党员</Typography.Text>
        ) : r.unevaluated.length === 0 ? (
          <span>{r.partyCount} 名党员都已评议</span>
        ) : (
          <span>
            已评议 {r.partyCount - r.unevaluated.length} / {r.partyCount} 名
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              未评议：{capNames(r.unevaluated, 5).join('、')}
            </Typography.Text>
          </span>
        ),
    },
    {
      title: '通报情况',
      key: 'notice',
      render: (_, r) => (
        <div>
          {noticeTag(r)}
          {blockedText('branch', r)}
        </div>
      ),
    },
    { title: '操作', key: 'ops', width: 300, render: (_, r) => actions('branch', r) },
  ];

  return (
    <div className="pyt-page">
      <Typography.Title level={3}>两个通报</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ fontSize: 15 }}>
        领导班子专题民主生活会开过以后，向干部群众通报会议情况、查摆出的问题和整改措施；各支部开过专题组织生活会、对每名党员评议以后，向群众通报。通报内容已按会议记录、评议意见和整改台账填好，您核对修改后保存，通报后记下日期和方式，再导出Word打印。
      </Typography.Paragraph>
      {data && (
        <>
          <Card title={NOTICE_KIND_LABEL.leadership} style={{ marginBottom: 16 }} data-testid="notice-leadership">
            <Space orientation="vertical" size={8} style={{ width: '100%' }}>
              <div>
                <Typography.Text type="secondary">专题民主生活会：</Typography.Text>
                {meetingText(data.leadership, '专题民主生活会')}
              </div>
              <div>
                <Typography.Text type="secondary">通报情况：</Typography.Text>
                {noticeTag(data.leadership)}
                {blockedText('leadership', data.leadership)}
              </div>
              {actions('leadership', data.leadership)}
            </Space>
          </Card>
          <Card title="各党支部民主评议情况通报" data-testid="notice-branches">
            <Table<NoticeRow>
              rowKey={(r) => r.branch?.id ?? ''}
              size="middle"
              columns={columns}
              dataSource={data.branches}
              pagination={false}
              locale={{ emptyText: '还没有设置党支部，请先在党员名册中设置。' }}
            />
          </Card>
        </>
      )}
      {open?.what === 'edit' && <NoticeEditor kind={open.kind} row={open.row} onClose={() => setOpen(null)} />}
      {open?.what === 'give' && open.row.notice && (
        <GiveNoticeModal row={open.row} notice={open.row.notice} title={titleOf(open.kind, open.row)} onClose={() => setOpen(null)} />
      )}
    </div>
  );
}
