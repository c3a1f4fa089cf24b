import { useMemo, useState } from 'react';
import { Alert, Button, Popconfirm, Segmented, Space, Spin, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { OPINION_SOURCE_LABEL } from '@shared/opinions/types';
import { ownerText } from '@shared/throughout/documentModels';
import { isOverdue, rankFixItems, type RankedFixItem } from '@shared/throughout/ledger';
import { cappedList, shortLabel } from '@shared/throughout/names';
import { FIX_STATUS_LABEL, type FixItem } from '@shared/throughout/types';
import { formatChineseDate } from '@shared/util/dates';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { deleteFixItem, reopenFixItem } from '../../db/repos/throughout';
import { CompleteFixItemModal } from './CompleteFixItemModal';
import { ExportLedgerButton } from './ExportLedgerButton';
import { FixItemModal, type FixItemEditing } from './FixItemModal';
import { UNANSWERED_SHOWN, useLedgerData, useLedgerHead, type LedgerData } from './queries';
import { LEDGER_PAGE, openDeadlines, type LedgerHead } from '../../db/repos/ledgerModel';

type Row = RankedFixItem<FixItem>;
type Filter = 'all' | 'open' | 'done';

/** R-FIX-NOW: the ledger, what the masses raise most first; overdue items and unanswered masses' opinions said above it. */
export function FixNowTab() {
  const { unit } = useUnit();
  // Everything is read once another filter or page is asked for (./queries.ts); until then, the first screen.
  const [wantAll, setWantAll] = useState(false);
  const data = useLedgerData(unit.id, wantAll);
  const head = useLedgerHead(unit.id, !data);
  return data || head ? <Ledger data={data} head={head} onNeedAll={() => setWantAll(true)} /> : <Spin style={{ margin: 40 }} />;
}

function Ledger({ data, head, onNeedAll }: { data: LedgerData | undefined; head: LedgerHead | undefined; onNeedAll(): void }) {
  const { db } = useApp();
  const { unit, writeCtx, today } = useUnit();
  const run = useAction();
  const [editing, setEditing] = useState<FixItemEditing | null>(null);
  const [completing, setCompleting] = useState<FixItem | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(1);
  const now = today();

  const ranked = useMemo(() => (data ? rankFixItems(data.items, data.opinions) : undefined), [data]);
  const memberNames = useMemo(() => data?.memberNames ?? new Map(head?.memberNames ?? []), [data, head]);
  // The open items in the ledger's order, with their deadlines: those past today are overdue.
  const open = ranked ? openDeadlines(ranked) : head!.open;
  const overdue = open.filter((o) => isOverdue({ status: 'open', deadline: o.deadline }, now));
  const unanswered = (data ?? head)!.unanswered;
  const total = data ? data.items.length : head!.total;
  const done = data ? data.items.filter((i) => i.status === 'done').length : head!.done;
  // The first screen has the first page of the whole ledger only.
  const waiting = !ranked && (filter !== 'all' || page > 1);
  const rows = ranked ? ranked.filter((r) => filter === 'all' || r.item.status === filter) : waiting ? [] : head!.rows;
  const shownTotal = ranked ? rows.length : filter === 'all' ? total : filter === 'done' ? done : total - done;

  const columns: ColumnsType<Row> = [
    { title: '序号', key: 'no', width: 64, render: (_, _r, i) => (page - 1) * LEDGER_PAGE + i + 1 },
    {
      title: '存在问题',
      key: 'problem',
      render: (_, r) => (
        <div>
          <div style={{ whiteSpace: 'pre-wrap' }}>{r.item.problem}</div>
          {r.opinions > 0 && (
            <Space size={4} wrap style={{ marginTop: 4 }}>
              {r.massesOpinions > 0 && <Tag color="volcano">群众意见 {r.massesOpinions} 条</Tag>}
              {r.opinions > r.massesOpinions && <Tag>其他意见 {r.opinions - r.massesOpinions} 条</Tag>}
            </Space>
          )}
        </div>
      ),
    },
    { title: '整改措施', key: 'measure', render: (_, r) => <div style={{ whiteSpace: 'pre-wrap' }}>{r.item.measure}</div> },
    { title: '责任人', key: 'owner', width: 100, render: (_, r) => ownerText(r.item, memberNames) },
    {
      title: '完成时限',
      key: 'deadline',
      width: 130,
      render: (_, r) =>
        isOverdue(r.item, now) ? <Typography.Text type="danger">{formatChineseDate(r.item.deadline)}（已过期）</Typography.Text> : formatChineseDate(r.item.deadline),
    },
    {
      title: '整改情况',
      key: 'status',
      width: 220,
      render: (_, r) =>
        r.item.status === 'done' ? (
          <div>
            <Tag color="green">{FIX_STATUS_LABEL.done}</Tag>
            <Typography.Text type="secondary">{formatChineseDate(r.item.doneOn ?? '')}</Typography.Text>
            <div style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>{r.item.result}</div>
          </div>
        ) : (
          <Tag color={isOverdue(r.item, now) ? 'red' : 'blue'}>{FIX_STATUS_LABEL.open}</Tag>
        ),
    },
    {
      title: '操作',
      key: 'ops',
      width: 150,
      render: (_, r) => (
        <Space wrap size={[8, 4]}>
          {r.item.status === 'open' ? (
            <a onClick={() => setCompleting(r.item)}>标记完成</a>
          ) : (
            <>
              <a onClick={() => setCompleting(r.item)}>修改结果</a>
              <Popconfirm
                title="改回“正在整改”？"
                okText="改回"
                cancelText="取消"
                onConfirm={() => run(() => reopenFixItem(db, unit.id, r.item.id, writeCtx()), '已改回正在整改')}
              >
                <a>改回整改中</a>
              </Popconfirm>
            </>
          )}
          <a onClick={() => setEditing({ item: r.item })}>编辑</a>
          <Popconfirm
            title={`删除“${shortLabel(r.item.problem)}”？`}
            okText="删除"
            cancelText="取消"
            onConfirm={() => run(() => deleteFixItem(db, unit.id, r.item.id, writeCtx()), '已删除')}
          >
            <a style={{ color: '#cf1322' }}>删除</a>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="fix-now">
      <Typography.Paragraph type="secondary">
        对查摆出来的问题，能解决的立即解决，从群众意见大的事情改起。台账按关联的群众意见多少排列，群众意见多的排在前面。
      </Typography.Paragraph>
      {overdue.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="fix-overdue"
          title={`${overdue.length} 项整改已过期：${cappedList(
            overdue.slice(0, 5).map((o) => `“${o.label}”`),
            overdue.length,
            '项',
          )}`}
          description="请督促责任人抓紧整改；已经改好的，点“标记完成”写明整改结果。"
        />
      )}
      {unanswered.count > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="fix-unanswered"
          title={`${unanswered.count} 条群众对党组织、领导班子的意见尚未列入整改台账`}
          description={
            <div>
              {unanswered.first.map((o) => (
                <div key={o.id} style={{ display: 'flex', gap: 8, alignItems: 'baseline', padding: '2px 0' }}>
                  <Tag>{OPINION_SOURCE_LABEL[o.source]}</Tag>
                  <span style={{ flex: 1 }}>{shortLabel(o.text, 40)}</span>
                  <a onClick={() => setEditing({ fromOpinionIds: [o.id] })}>列入台账</a>
                </div>
              ))}
              {unanswered.count > UNANSWERED_SHOWN && (
                <Typography.Text type="secondary">还有 {unanswered.count - UNANSWERED_SHOWN} 条，可在新增整改事项时选择。</Typography.Text>
              )}
            </div>
          }
        />
      )}
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }} wrap>
        <Space wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
            新增整改事项
          </Button>
          <ExportLedgerButton />
        </Space>
        <Space>
          <Typography.Text data-testid="fix-summary">
            共 {total} 项，已完成 {done} 项，正在整改 {total - done} 项
          </Typography.Text>
          <Segmented<Filter>
            value={filter}
            onChange={(f) => {
              setFilter(f);
              setPage(1);
              if (!data) onNeedAll();
            }}
            options={[
              { value: 'all', label: '全部' },
              { value: 'open', label: '正在整改' },
              { value: 'done', label: '已完成' },
            ]}
          />
        </Space>
      </Space>
      <Table<Row>
        rowKey={(r) => r.item.id}
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={waiting}
        pagination={
          shownTotal > LEDGER_PAGE
            ? {
                current: page,
                pageSize: LEDGER_PAGE,
                total: shownTotal,
                showSizeChanger: false,
                showTotal: (n) => `共 ${n} 项`,
                onChange: (p) => {
                  setPage(p);
                  if (!data) onNeedAll();
                },
              }
            : false
        }
        locale={{ emptyText: total === 0 ? '还没有整改事项。点“新增整改事项”，可以从群众意见中选择，也可以直接填写。' : '没有符合条件的事项' }}
      />
      {editing && (
        <FixItemModal editing={editing} onClose={() => setEditing(null)} />
      )}
      {completing && <CompleteFixItemModal item={completing} onClose={() => setCompleting(null)} />}
    </div>
  );
}
