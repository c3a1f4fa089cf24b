import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Popconfirm, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { meetingTitle } from '@shared/meetings/scope';
import { formatChineseDate } from '@shared/util/dates';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { deleteSpecialMeeting } from '../../db/repos/specialMeetings';
import { AttendanceCard } from './AttendanceCard';
import { GateCard } from './GateCard';
import { StatusTag } from './labels';
import { MinutesCard } from './MinutesCard';
import { PlanDialog, type PlanTarget } from './PlanDialog';
import { useMeetings, useTurns } from './useMeetings';

const list = (xs: readonly string[]) => (xs.length > 0 ? xs.join('、') : '无');

/** One special meeting: ① the plan, ② who came, ③ “六个不开”, then 召开, ④ the minutes. */
export function MeetingPage() {
  const { meetingId = '' } = useParams();
  const { db } = useApp();
  const { unit, template, writeCtx } = useUnit();
  const data = useMeetings(unit.id, template);
  const turns = useTurns(unit.id, meetingId);
  const run = useAction();
  const navigate = useNavigate();
  const [planning, setPlanning] = useState<PlanTarget | null>(null);
  const back = (
    <Link to={`/u/${unit.id}/meetings`}>
      <ArrowLeftOutlined /> 返回会议一览
    </Link>
  );
  if (!data || !turns) return null;
  const meeting = data.meetings.find((m) => m.id === meetingId);
  if (!meeting) {
    return (
      <div className="pyt-page">
        {back}
        <Alert type="warning" showIcon style={{ marginTop: 16 }} title="这次会议不存在或已被删除。" />
      </div>
    );
  }
  const branchName = data.branchName(meeting.branchId);
  const title = meetingTitle(meeting, branchName);
  const scope = data.scopeOf(meeting);
  const attendance = data.world.attendance.filter((a) => a.meetingId === meeting.id);
  const gate = data.gates.get(meeting.id)!;
  const remove = async () => {
    const r = await run(() => deleteSpecialMeeting(db, unit.id, meeting.id, writeCtx()).then(() => true), '会议安排已删除');
    if (r) navigate(`/u/${unit.id}/meetings`);
  };

  return (
    <div className="pyt-page">
      {back}
      <Space style={{ width: '100%', justifyContent: 'space-between', margin: '12px 0' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Space>
          {meeting.status === 'planned' && (
            <Tag color={gate.gate.ok ? 'success' : 'error'} style={{ fontSize: 14, padding: '2px 10px' }} data-testid="gate-summary">
              {gate.gate.ok ? '“六个不开”六项都已达到' : `“六个不开”还有 ${gate.conditions.filter((c) => !c.met).length} 项没达到`}
            </Tag>
          )}
          <StatusTag meeting={meeting} />
        </Space>
      </Space>
      <Card
        title="① 会议安排"
        data-testid="plan-card"
        extra={
          <Space>
            <Button icon={<EditOutlined />} onClick={() => setPlanning({ kind: meeting.kind, branchId: meeting.branchId, meeting })} data-testid="edit-plan">
              修改会议安排
            </Button>
            {meeting.status === 'planned' && (
              <Popconfirm title="删除这次会议的安排？" description="到会情况和督导组的确认一并删除。" okText="删除" cancelText="不删" onConfirm={() => void remove()}>
                <Button danger icon={<DeleteOutlined />}>
                  删除
                </Button>
              </Popconfirm>
            )}
          </Space>
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="时间">{`${formatChineseDate(meeting.date)}${meeting.time ? ` ${meeting.time}` : ''}`}</Descriptions.Item>
          <Descriptions.Item label="地点">{meeting.place}</Descriptions.Item>
          <Descriptions.Item label="主持人">{meeting.hostName}</Descriptions.Item>
          <Descriptions.Item label="记录人">{meeting.recorderName}</Descriptions.Item>
          <Descriptions.Item label="应到">{`${scope.length} 人（${meeting.kind === 'democraticLife' ? '领导班子成员' : `${branchName ?? ''}全体党员`}）`}</Descriptions.Item>
          <Descriptions.Item label="列席群众">{list(meeting.nonParty)}</Descriptions.Item>
          <Descriptions.Item label="上级党组织">{list(meeting.higherNames.map((n, i) => `${n}（${meeting.higherOrgs[i]}）`))}</Descriptions.Item>
          <Descriptions.Item label="督导组">{list(meeting.supervisorNames)}</Descriptions.Item>
          <Descriptions.Item label="议程" span={2}>
            {meeting.agenda.length > 0 ? (
              <ol style={{ margin: 0, paddingLeft: 20 }}>
                {meeting.agenda.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ol>
            ) : (
              '（未填写）'
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <AttendanceCard meeting={meeting} scope={scope} saved={attendance} ratio={data.world.ratio} name={data.name} />
      <GateCard meeting={meeting} gate={gate} />
      <MinutesCard meeting={meeting} scope={scope} attendance={attendance} turns={turns} branchName={branchName} name={data.name} />
      <PlanDialog target={planning} data={data} onClose={() => setPlanning(null)} />
    </div>
  );
}
