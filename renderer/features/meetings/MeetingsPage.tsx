import { useState } from 'react';
import { Button, Card, Table, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, PlusOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router-dom';
import { coverResult, democraticLifeResult, dualResult, orgLifeResult } from '@shared/meetings/measures';
import { meetingTitle } from '@shared/meetings/scope';
import type { SpecialMeeting, SpecialMeetingKind } from '@shared/meetings/types';
import { formatChineseDate } from '@shared/util/dates';
import { SimpleList, SimpleListItem } from '../../app/SimpleList';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { loadMeetingFacts } from './facts';
import { PlanDialog, type PlanTarget } from './PlanDialog';
import { StatusTag } from './labels';
import { useMeetings, type MeetingsData } from './useMeetings';

interface Row {
  key: string;
  kind: SpecialMeetingKind;
  branchId?: string;
  title: string;
  expected: number;
  meeting?: SpecialMeeting;
}

function GateCell({ data, meeting }: { data: MeetingsData; meeting?: SpecialMeeting }) {
  if (!meeting) return <Typography.Text type="secondary">—</Typography.Text>;
  if (meeting.status === 'held') return <Tag color="success">召开前已全部达到</Tag>;
  const g = data.gates.get(meeting.id)!;
  const unmet = g.conditions.filter((c) => !c.met);
  if (unmet.length === 0) return <Tag color="success">六项都已达到，可以召开</Tag>;
  return <Tag color="error">还有 {unmet.length} 项没达到：第 {unmet.map((c) => c.n).join('、')} 项</Tag>;
}

/** The measures of the step, one line each, green or red, naming who or what is missing. */
function ChecksCard({ unitId }: { unitId: string }) {
  const { db } = useApp();
  const facts = useLiveQuery(() => loadMeetingFacts(db, unitId), [db, unitId]);
  if (!facts) return null;
  const lines = [
    { key: 'dl', label: '召开领导班子专题民主生活会（六个不开）', r: democraticLifeResult(facts.democraticLife) },
    { key: 'org', label: '每个支部召开专题组织生活会，党员逐一作党性分析、互相批评', r: orgLifeResult(facts.conduct) },
    { key: 'dual', label: '党员领导干部过双重组织生活', r: dualResult(facts.dual) },
    { key: 'cover', label: '分析评议全覆盖（年老体弱口头、外出党员书面）', r: coverResult(facts.cover) },
  ];
  return (
    <Card title="这一步的检查事项" style={{ marginTop: 16 }} data-testid="meeting-checks">
      <SimpleList
        items={lines}
        rowKey={(l) => l.key}
        renderItem={(l) => (
          <SimpleListItem>
            <div>
              {l.r.done ? <CheckCircleFilled style={{ color: '#389e0d', marginRight: 8 }} /> : <CloseCircleFilled style={{ color: '#cf1322', marginRight: 8 }} />}
              <Typography.Text strong>{l.label}</Typography.Text>
              <div style={{ marginLeft: 24, color: l.r.done ? '#389e0d' : '#cf1322' }}>{l.r.detail}</div>
            </div>
          </SimpleListItem>
        )}
      />
    </Card>
  );
}

/** 专题民主生活会和专题组织生活会: the leadership's meeting and one per branch, with where each stands. */
export function MeetingsPage() {
  const { unit, template } = useUnit();
  const data = useMeetings(unit.id, template);
  const navigate = useNavigate();
  const [planning, setPlanning] = useState<PlanTarget | null>(null);
  if (!data) return null;
  const open = (id: string) => navigate(`/u/${unit.id}/meetings/${id}`);
  const rows: Row[] = [
    { key: 'dl', kind: 'democraticLife', title: meetingTitle({ kind: 'democraticLife' }), expected: data.scopeOf({ kind: 'democraticLife' }).length, meeting: data.leadership },
    ...data.branches.map((b) => ({
      key: b.id,
      kind: 'orgLife' as const,
      branchId: b.id,
      title: meetingTitle({ kind: 'orgLife', branchId: b.id }, b.name),
      expected: data.scopeOf({ kind: 'orgLife', branchId: b.id }).length,
      meeting: data.ofBranch.get(b.id),
    })),
  ];
  return (
    <div className="pyt-page">
      <Typography.Title level={3}>专题民主生活会和专题组织生活会</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 980 }}>
        领导班子召开专题民主生活会，每个党支部召开专题组织生活会。会前要做到“六个不开”：征求意见不深入不开，谈心不广泛不开，党性分析材料达不到要求不开，参会党员达不到规定数量不开，书记不能参加不开，上级党组织和督导组的同志不到会不开。六项都达到，才能登记会议召开。
      </Typography.Paragraph>
      <Card title="会议一览">
        <Table<Row>
          rowKey="key"
          dataSource={rows}
          pagination={false}
          columns={[
            {
              title: '会议',
              render: (_, r) => (r.meeting ? <a onClick={() => open(r.meeting!.id)}>{r.title}</a> : r.title),
            },
            { title: '应到', width: 80, render: (_, r) => `${r.expected} 人` },
            {
              title: '时间、地点',
              render: (_, r) => (r.meeting ? `${formatChineseDate(r.meeting.date)}${r.meeting.time ? ` ${r.meeting.time}` : ''}，${r.meeting.place}` : '—'),
            },
            { title: '状态', width: 100, render: (_, r) => <StatusTag meeting={r.meeting} /> },
            { title: '“六个不开”', render: (_, r) => <GateCell data={data} meeting={r.meeting} /> },
            {
              title: '操作',
              width: 120,
              render: (_, r) =>
                r.meeting ? (
                  <Button onClick={() => open(r.meeting!.id)}>打开</Button>
                ) : (
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => setPlanning({ kind: r.kind, branchId: r.branchId })} data-testid={`plan-${r.key}`}>
                    安排会议
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      <ChecksCard unitId={unit.id} />
      <PlanDialog
        target={planning}
        data={data}
        onClose={(saved, id) => {
          setPlanning(null);
          if (saved && id) open(id);
        }}
      />
    </div>
  );
}
