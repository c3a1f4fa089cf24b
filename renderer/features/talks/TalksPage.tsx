import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Popconfirm, Row, Space, Statistic, Tabs, Typography } from 'antd';
import { FileWordOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { isNoLongerRequired } from '@shared/talks/coverage';
import { talkPlanModel } from '@shared/talks/documentModels';
import type { Talk } from '@shared/talks/types';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { generateTalks } from '../../db/repos/talks';
import { useExportDocument } from '../documents/useExportDocument';
import { CoverageView } from './CoverageView';
import { AddTalkDialog, DoneDialog, PlanDialog } from './TalkDialogs';
import { TalkTable } from './TalkTable';
import { useTalks } from './useTalks';

/** 谈心谈话 (R-TALK-PAIRS, R-TALK-LEADER-ALL, R-TALK-PLAN): the required pairs, the plan, the records, the coverage. */
export function TalksPage() {
  const { db } = useApp();
  const { unit, writeCtx, today } = useUnit();
  const data = useTalks(unit.id);
  const run = useAction();
  const { message } = App.useApp();
  const exportDoc = useExportDocument();
  const [planning, setPlanning] = useState<Talk | null>(null);
  const [recording, setRecording] = useState<Talk | null>(null);
  const [adding, setAdding] = useState(false);
  const places = useMemo(() => [...new Set((data?.talks ?? []).flatMap((t) => (t.place ? [t.place] : [])))], [data?.talks]);
  if (!data) return null;

  const { pairs, requiredByKey } = data.overview;
  const demanded = pairs.filter((p) => p.demanded);
  const unlisted = pairs.filter((p) => p.stage === 'none').length;
  const stale = data.talks.filter((t) => isNoLongerRequired(t, requiredByKey)).length;
  const generate = async () => {
    const r = await run(() => generateTalks(db, unit.id, writeCtx()));
    if (r) void message.success(r.created > 0 ? `应谈名单已生成，新增 ${r.created} 对` : '应谈名单已是最新，没有新增');
  };
  const exportPlan = () =>
    exportDoc(`${unit.name}谈心谈话计划表`, async (o) => {
      const d = await import('@shared/documents');
      return d.buildTalkPlan(talkPlanModel(unit, data.talks, data.labels, today()), o);
    });

  return (
    <div className="pyt-page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>谈心谈话</Typography.Title>
        <Space wrap>
          {data.talks.length === 0 ? (
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
              <Button type={unlisted > 0 ? 'primary' : 'default'} icon={<UnorderedListOutlined />} data-testid="generate-talks">
                生成应谈名单
              </Button>
            </Popconfirm>
          )}
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            添加谈心
          </Button>
          <Button icon={<FileWordOutlined />} onClick={() => void exportPlan()} data-testid="export-talk-plan" disabled={data.talks.length === 0}>
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
          ['应谈（对）', demanded.length, undefined],
          ['已安排时间地点', demanded.filter((p) => p.stage === 'planned' || p.stage === 'done').length, '#1677ff'],
          ['已谈', demanded.filter((p) => p.stage === 'done').length, '#389e0d'],
          ['有人外出（不要求当面谈）', pairs.length - demanded.length, undefined],
        ].map(([title, value, color]) => (
          <Col key={title as string} xs={12} md={6}>
            <Card size="small">
              <Statistic title={title as string} value={value as number} styles={{ content: { color: color as string | undefined } }} />
            </Card>
          </Col>
        ))}
      </Row>
      {unlisted > 0 && data.talks.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`名册有变动：还有 ${unlisted} 对应谈人员不在名单中，请点“生成应谈名单”补上。`} />
      )}
      {stale > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${stale} 次谈心按现在的名册已不要求（标有“已不在应谈名单”），保留在列表中，谈过的照样算数。`}
        />
      )}
      <Tabs
        items={[
          { key: 'list', label: '谈心安排和记录', children: <TalkTable data={data} places={places} onPlan={setPlanning} onDone={setRecording} /> },
          { key: 'coverage', label: '谈心情况（按人）', children: <CoverageView data={data} /> },
        ]}
      />
      <PlanDialog talk={planning} data={data} places={places} onClose={() => setPlanning(null)} />
      <DoneDialog talk={recording} data={data} onClose={() => setRecording(null)} />
      <AddTalkDialog open={adding} data={data} places={places} onClose={() => setAdding(false)} />
    </div>
  );
}
