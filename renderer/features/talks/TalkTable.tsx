import { useMemo, useState } from 'react';
import { Button, Popconfirm, Segmented, Select, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { ScheduleOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { isNoLongerRequired, talkStage } from '@shared/talks/coverage';
import { talkRecordModel } from '@shared/talks/documentModels';
import { pairKey } from '@shared/talks/pairs';
import { filterTalks, TALK_PAGE, type TalkFilter } from '@shared/talks/list';
import { TALK_REASON_SHORT, TALK_STAGE_LABEL, TALK_STAGES, type Talk, type TalkStage } from '@shared/talks/types';
import { formatChineseMonthDay } from '@shared/util/dates';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { changeTalkStatus, deleteTalk } from '../../db/repos/talks';
import { useExportDocument } from '../documents/useExportDocument';
import { RowPlanDialog } from './TalkDialogs';
import type { TalkRowsInfo, TalksData, TalksHeadData } from './useTalks';

const STAGE_COLOR: Record<TalkStage, string> = { unplanned: 'orange', planned: 'blue', done: 'green', cancelled: 'default' };

function When({ t }: { t: Talk }) {
  if (!t.date) return null;
  return (
    <>
      <div style={{ whiteSpace: 'nowrap' }}>
        {formatChineseMonthDay(t.date)} {t.time ?? ''}
      </div>
      {t.minutes && <Typography.Text type="secondary">{t.minutes} 分钟</Typography.Text>}
    </>
  );
}

/**
 * The talks, filtered by where they stand and by person, with what can be done to each. Until
 * everything is read (`data`), the first page from the page's first screen (`head`): asking for
 * another filter, page or person reads everything (`onNeedAll`).
 */
export function TalkTable({
  data,
  head,
  places,
  onPlan,
  onDone,
  onNeedAll,
}: {
  data: TalksData | undefined;
  head: TalksHeadData | undefined;
  places: string[];
  onPlan(t: Talk): void;
  onDone(t: Talk): void;
  onNeedAll(): void;
}) {
  const { db } = useApp();
  const { unit, writeCtx } = useUnit();
  const run = useAction();
  const exportDoc = useExportDocument();
  const [filter, setFilter] = useState<TalkFilter>('all');
  const [personId, setPersonId] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const [inRow, setInRow] = useState<Talk[] | null>(null);
  const info: TalkRowsInfo = (data ?? head)!;
  const { requiredByKey } = info;
  const counts = (data ?? head)!.counts;
  // The first screen shows the first page of the whole list only.
  const waiting = !data && (filter !== 'all' || personId !== undefined || page > 1);

  const rows = useMemo(
    () => (data ? filterTalks(data.list, filter, personId) : waiting ? [] : (head?.rows ?? [])),
    [data, head, filter, personId, waiting],
  );
  const people = useMemo(() => (data ? data.members.map((m) => ({ value: m.id, label: data.name(m.id) })) : []), [data]);
  const ask = () => {
    if (!data) onNeedAll();
  };

  const change = (t: Talk, c: 'cancel' | 'reopen' | 'undoDone', done: string) => run(() => changeTalkStatus(db, unit.id, t.id, c, writeCtx()), done);
  const exportRecord = (t: Talk) =>
    exportDoc(`${unit.name}谈心记录（${info.name(t.aId)}与${info.name(t.bId)}）`, async (o) => {
      const d = await import('@shared/documents');
      return d.buildTalkRecord(talkRecordModel(unit, t, info.labels), o);
    });

  const columns: ColumnsType<Talk> = [
    { title: '谈话人', key: 'a', width: 100, render: (_, t) => info.name(t.aId) },
    { title: '谈话对象', key: 'b', width: 140, render: (_, t) => info.name(t.bId) },
    {
      title: '谈话类型',
      key: 'reasons',
      width: 180,
      render: (_, t) => {
        const away = [t.aId, t.bId].flatMap((id) => {
          const m = info.away(id);
          return m ? [{ id, ...m }] : [];
        });
        return (
          <Space orientation="vertical" size={4}>
            {t.reasons.map((r) => (
              <Tag key={r}>{TALK_REASON_SHORT[r].replace('\n', '')}</Tag>
            ))}
            {t.reasons.length === 0 && <Tag>其他谈心</Tag>}
            {isNoLongerRequired(t, requiredByKey) && (
              <Tooltip title="名册变动后，按规则已不要求这两人谈心。谈过的照样算数；不再谈的可以取消或删除。">
                <Tag color="orange">已不在应谈名单</Tag>
              </Tooltip>
            )}
            {away.map((m) => (
              <Tooltip key={m.id} title={`${m.name}外出（${m.place}），不要求当面谈，可电话谈心后记录`}>
                <Tag color="blue">{m.name}外出</Tag>
              </Tooltip>
            ))}
          </Space>
        );
      },
    },
    { title: '时间', key: 'when', width: 120, render: (_, t) => <When t={t} /> },
    { title: '地点', dataIndex: 'place', width: 130, ellipsis: true },
    {
      title: '状态',
      key: 'stage',
      width: 100,
      render: (_, t) => {
        const s = talkStage(t);
        return (
          <Tag color={STAGE_COLOR[s]} data-testid="talk-stage">
            {TALK_STAGE_LABEL[s]}
            {s === 'done' && t.doneOn ? ` ${formatChineseMonthDay(t.doneOn)}` : ''}
          </Tag>
        );
      },
    },
    {
      title: '操作',
      key: 'ops',
      width: 200,
      render: (_, t) => {
        const s = talkStage(t);
        const removable = !requiredByKey.has(pairKey(t.aId, t.bId));
        return (
          <Space size="small" wrap>
            {(s === 'unplanned' || s === 'planned') && <a onClick={() => onPlan(t)}>{s === 'planned' ? '改安排' : '安排'}</a>}
            {(s === 'unplanned' || s === 'planned') && <a onClick={() => onDone(t)}>记为已谈</a>}
            {s === 'done' && <a onClick={() => onDone(t)}>修改记录</a>}
            {s === 'done' && <a onClick={() => void exportRecord(t)}>导出记录</a>}
            {(s === 'unplanned' || s === 'planned') && (
              <Popconfirm title="取消这次谈心？" description="取消后仍留在列表中，可以恢复。" okText="取消谈心" cancelText="不取消" onConfirm={() => change(t, 'cancel', '已取消')}>
                <a>取消</a>
              </Popconfirm>
            )}
            {s === 'done' && (
              <Popconfirm title="改为未谈？" description="谈心记录和日期将被清除。" okText="改为未谈" cancelText="不改" onConfirm={() => change(t, 'undoDone', '已改为未谈')}>
                <a>改为未谈</a>
              </Popconfirm>
            )}
            {s === 'cancelled' && <a onClick={() => void change(t, 'reopen', '已恢复')}>恢复</a>}
            {removable && (
              <Popconfirm title="删除这次谈心？" okText="删除" cancelText="不删" onConfirm={() => run(() => deleteTalk(db, unit.id, t.id, writeCtx()), '已删除')}>
                <a style={{ color: '#cf1322' }}>删除</a>
              </Popconfirm>
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented<TalkFilter>
          value={filter}
          onChange={(f) => {
            setFilter(f);
            setPage(1);
            setSelected([]);
            ask();
          }}
          options={[
            { value: 'all', label: `全部（${counts.talks}）` },
            ...TALK_STAGES.map((s) => ({ value: s, label: `${TALK_STAGE_LABEL[s]}（${counts.stages[s]}）` })),
          ]}
        />
        {selected.length > 0 && (
          <Button
            type="primary"
            icon={<ScheduleOutlined />}
            data-testid="plan-row"
            onClick={() => {
              ask();
              setInRow(rows.filter((t) => selected.includes(t.id)));
            }}
          >
            连着安排所选（{selected.length}）
          </Button>
        )}
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={people}
          value={personId}
          onOpenChange={(o) => o && ask()}
          notFoundContent={data ? undefined : <Spin size="small" />}
          onChange={(id) => {
            setPersonId(id);
            setPage(1);
            setSelected([]);
          }}
          placeholder="只看某人的谈心"
          style={{ width: 220 }}
          aria-label="只看某人的谈心"
        />
      </Space>
      <Table<Talk>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={waiting}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys.map(String)),
          getCheckboxProps: (t) => ({ disabled: t.status !== 'planned', 'aria-label': `选择 ${info.name(t.aId)} 与 ${info.name(t.bId)}` }),
        }}
        pagination={{
          current: page,
          pageSize: TALK_PAGE,
          // Until everything is read, the first page of how many.
          total: data ? rows.length : counts.talks,
          onChange: (p) => {
            setPage(p);
            ask();
          },
          showSizeChanger: false,
          hideOnSinglePage: true,
          showTotal: (n) => `共 ${n} 条`,
        }}
        expandable={{
          rowExpandable: (t) => Boolean(t.topic || t.note),
          expandedRowRender: (t) => (
            <div>
              {t.topic && <Typography.Paragraph style={{ marginBottom: 4 }}>谈话主要内容：{t.topic}</Typography.Paragraph>}
              {t.note && <Typography.Paragraph style={{ marginBottom: 0 }}>谈心情况：{t.note}</Typography.Paragraph>}
            </div>
          ),
        }}
        locale={{ emptyText: counts.talks === 0 ? '还没有谈心安排。请点上方“生成应谈名单”。' : '没有符合条件的谈心' }}
      />
      {data && (
        <RowPlanDialog
          talks={inRow}
          data={data}
          places={places}
          onClose={(ok) => {
            setInRow(null);
            if (ok) setSelected([]);
          }}
        />
      )}
    </>
  );
}
