import { useCallback, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Popconfirm, Row, Space, Spin, Statistic, Tabs, Typography } from 'antd';
import { FileWordOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { talkPlanModel } from '@shared/talks/documentModels';
import type { Talk } from '@shared/talks/types';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { generateTalks } from '../../db/repos/talks';
import { readTalkModel } from '../../db/repos/talkModel';
import { useExportDocument } from '../documents/useExportDocument';
import { CoverageView } from './CoverageView';
import { AddTalkDialog, DoneDialog, PlanDialog } from './TalkDialogs';
import { TalkTable } from './TalkTable';
import { useTalks, useTalksHead } from './useTalks';

/** 谈心谈话 (R-TALK-PAIRS, R-TALK-LEADER-ALL, R-TALK-PLAN): the required pairs, the plan, the records, the coverage. */
export function TalksPage() {
  const { db } = useApp();
  const { unit, writeCtx, today } = useUnit();
  // Everything is read once something needs it (./useTalks.ts); until then, the first screen.
  const [wantAll, setWantAll] = useState(false);
  const needAll = useCallback(() => setWantAll(true), []);
  const data = useTalks(unit.id, wantAll);
  const head = useTalksHead(unit.id, !data);
  const run = useAction();
  const { message } = App.useApp();
  const exportDoc = useExportDocument();
  const [planning, setPlanning] = useState<Talk | null>(null);
  const [recording, setRecording] = useState<Talk | null>(null);
  const [adding, setAdding] = useState(false);
  const places = useMemo(() => [...new Set((data?.talks ?? []).flatMap((t) => (t.place ? [t.place] : [])))], [data?.talks]);
  const view = data ?? head;
  if (!view) return null;

  const { counts } = view;
  const generate = async () => {
    const r = await run(() => generateTalks(db, unit.id, writeCtx()));
    if (r) void message.success(r.created > 0 ? `应谈名单已生成，新增 ${r.created} 对` : '应谈名单已是最新，没有新增');
  };
  const exportPlan = () =>
    exportDoc(`${unit.name}谈心谈话计划表`, async (o) => {
      const [d, m] = await Promise.all([import('@shared/documents'), readTalkModel(db, unit.id)]);
      return d.buildTalkPlan(talkPlanModel(unit, m.talks, m.labels, today()), o);
    });
  const open = (set: (t: Talk) => void) => (t: Talk) => {
    needAll();
    set(t);
  };

  return (
    <div className="pyt-page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>谈心谈话</Typography.Title>
        <Space wrap>
          {counts.talks === 0 ? (
            <Button type="primary" icon={<UnorderedListOutlined />} onClick={() => void generate()} data-testid="generate-talks">
              生成应谈名单
            </Button>
          ) : (
            <Popconfirm
              title="按现在的名册重新生成应谈名单？"
              description="已有的安排和记录都保留，只补上新的应谈人员、更新谈话类型。"
              okText="生成"
              cancelText="不生成"
              onConfirm={() => void generate()}
            >
              <Button type={counts.unlisted > 0 ? 'primary' : 'default'} icon={<UnorderedListOutlined />} data-testid="generate-talks">
                生成应谈名单
              </Button>
            </Popconfirm>
          )}
          <Button
            icon={<PlusOutlined />}
            onClick={() => {
              needAll();
              setAdding(true);
            }}
          >
            添加谈心
          </Button>
          <Button icon={<FileWordOutlined />} onClick={() => void exportPlan()} data-testid="export-talk-plan" disabled={counts.talks === 0}>
            导出谈心计划表
          </Button>
        </Space>
      </Space>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 980 }}>
        应谈名单按党员名册中的角色生成：主要负责同志与班子成员、班子成员之间、领导干部与分管科室和二级单位的负责人、支部书记与本支部党员、党员领导干部与所在支部每名党员。
        党员之间、党员与群众之间不逐对规定：每名党员至少与一名党员谈过心，在职党员至少与一名群众（名册中的群众、服务对象等）谈过心。
        外出人员的谈心列在名单中，不要求当面谈，可电话谈心后记录。
      </Typography.Paragraph>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {[
          ['应谈（对）', counts.pairs, undefined],
          ['已安排时间地点', counts.planned, '#1677ff'],
          ['已谈', counts.done, '#389e0d'],
          ['有人外出（不要求当面谈）', counts.awayPairs, undefined],
        ].map(([title, value, color]) => (
          <Col key={title as string} xs={12} md={6}>
            <Card size="small">
              <Statistic title={title as string} value={value as number} styles={{ content: { color: color as string | undefined } }} />
            </Card>
          </Col>
        ))}
      </Row>
      {counts.unlisted > 0 && counts.talks > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`名册有变动：还有 ${counts.unlisted} 对应谈人员不在名单中，请点“生成应谈名单”补上。`} />
      )}
      {counts.stale > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${counts.stale} 次谈心按现在的名册已不要求（标有“已不在应谈名单”），保留在列表中，谈过的照样算数。`}
        />
      )}
      <Tabs
        onChange={(key) => key === 'coverage' && needAll()}
        items={[
          {
            key: 'list',
            label: '谈心安排和记录',
            children: <TalkTable data={data} head={head} places={places} onPlan={open(setPlanning)} onDone={open(setRecording)} onNeedAll={needAll} />,
          },
          { key: 'coverage', label: '谈心情况（按人）', children: data ? <CoverageView data={data} /> : <Spin /> },
        ]}
      />
      {data && (
        <>
          <PlanDialog talk={planning} data={data} places={places} onClose={() => setPlanning(null)} />
          <DoneDialog talk={recording} data={data} onClose={() => setRecording(null)} />
          <AddTalkDialog open={adding} data={data} places={places} onClose={() => setAdding(false)} />
        </>
      )}
    </div>
  );
}
