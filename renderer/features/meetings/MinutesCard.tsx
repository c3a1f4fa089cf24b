import { useState } from 'react';
import { Alert, Button, Card, Input, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { EditOutlined, FileWordOutlined, SaveOutlined } from '@ant-design/icons';
import { TEXT_LIMITS } from '@shared/data/fields';
import { presented } from '@shared/meetings/conduct';
import { byOrder, minutesModel } from '@shared/meetings/minutesModel';
import { meetingTitle } from '@shared/meetings/scope';
import { PRESENTATION_LABEL, type MeetingAttendance, type MeetingTurn, type SpecialMeeting } from '@shared/meetings/types';
import type { Member } from '@shared/members/types';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { deleteTurn, saveConclusions } from '../../db/repos/specialMeetings';
import { useExportDocument } from '../documents/useExportDocument';
import { TurnDialog, type TurnTarget } from './TurnDialog';

interface Row {
  member: Member;
  turn?: MeetingTurn;
  att?: MeetingAttendance;
}

/** ④ 会议记录: each member's turn in speaking order, the decisions, and the Word minutes. */
export function MinutesCard(props: {
  meeting: SpecialMeeting;
  scope: Member[];
  attendance: MeetingAttendance[];
  turns: MeetingTurn[];
  branchName?: string;
  name(id: string): string;
}) {
  const { meeting, scope, attendance, turns, branchName, name } = props;
  const { db } = useApp();
  const { unit, writeCtx } = useUnit();
  const run = useAction();
  const exportDoc = useExportDocument();
  const [editing, setEditing] = useState<TurnTarget | null>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const conclusions = draft ?? meeting.conclusions ?? '';
  // The typed text is kept (not cleared on save), so the box never flashes the old text; the export,
  // built from the saved meeting, waits until the saved meeting shows it.
  const pending = draft !== null && draft !== (meeting.conclusions ?? '');

  if (meeting.status !== 'held') {
    return (
      <Card title="④ 会议记录" style={{ marginTop: 16 }}>
        <Typography.Text type="secondary">会议召开后，在这里逐人记录党性分析发言、批评与自我批评、群众评议和领导点评，并导出会议记录。</Typography.Text>
      </Card>
    );
  }
  const turnOf = new Map(turns.map((t) => [t.memberId, t]));
  const attOf = new Map(attendance.map((a) => [a.memberId, a]));
  const rows: Row[] = [
    ...[...turns].sort(byOrder).flatMap((t) => {
      const member = scope.find((m) => m.id === t.memberId);
      return member ? [{ member, turn: t, att: attOf.get(t.memberId) }] : [];
    }),
    ...scope.filter((m) => !turnOf.has(m.id)).map((member) => ({ member, att: attOf.get(member.id) })),
  ];
  const nextOrder = Math.max(0, ...turns.map((t) => t.order)) + 1;
  const missing = rows.filter((r) => !r.turn || !presented(r.turn.presentation)).length;
  const title = meetingTitle(meeting, branchName);
  const exportMinutes = () =>
    exportDoc(`${unit.name}${title}记录`, async (o) => {
      const d = await import('@shared/documents');
      return d.buildMinutes(
        minutesModel({ unitName: unit.name, meeting, branchName, expected: scope.map((m) => ({ id: m.id, name: name(m.id) })), attendance, turns, nameOf: name }),
        o,
      );
    });
  const names = [...new Set([...scope.map((m) => m.name), ...meeting.nonParty])];
  const leaders = [...new Set([...meeting.higherNames, ...meeting.supervisorNames, meeting.hostName])];

  return (
    <Card
      title="④ 会议记录"
      style={{ marginTop: 16 }}
      data-testid="minutes-card"
      extra={
        <Tooltip title={pending ? '会议决定还没有保存，保存后再导出' : undefined}>
          <Button icon={<FileWordOutlined />} onClick={() => void exportMinutes()} disabled={pending} data-testid="export-minutes">
            导出会议记录（Word）
          </Button>
        </Tooltip>
      }
    >
      {missing > 0 ? (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`还有 ${missing} 人的党性分析没有记录：到会的逐一发言，年老体弱的口头发言，外出的书面提交。`} />
      ) : (
        <Alert type="success" showIcon style={{ marginBottom: 12 }} title="每名党员的党性分析都已记录。" />
      )}
      <Table<Row>
        rowKey={(r) => r.member.id}
        size="small"
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        columns={[
          { title: '顺序', width: 60, render: (_, r) => r.turn?.order ?? '' },
          { title: '姓名', render: (_, r) => name(r.member.id) },
          { title: '到会', render: (_, r) => (r.att ? (r.att.present ? '到会' : `缺席（${r.att.absentReason ?? ''}）`) : '未登记') },
          {
            title: '党性分析',
            render: (_, r) =>
              r.turn ? <Tag color={presented(r.turn.presentation) ? 'success' : 'error'}>{PRESENTATION_LABEL[r.turn.presentation]}</Tag> : <Tag color="error">未记录</Tag>,
          },
          {
            title: '批评意见',
            render: (_, r) => (r.turn && r.turn.criticisms.length > 0 ? `${r.turn.criticisms.length} 条（${[...new Set(r.turn.criticFrom)].join('、')}）` : '—'),
          },
          { title: '群众评议', width: 90, render: (_, r) => (r.turn?.massComments ? '有' : '—') },
          { title: '领导点评', width: 90, render: (_, r) => (r.turn?.leaderComment ? r.turn.leaderCommentBy : '—') },
          {
            title: '操作',
            width: 170,
            render: (_, r) => (
              <Space>
                <Button
                  size="small"
                  type={r.turn ? 'default' : 'primary'}
                  icon={<EditOutlined />}
                  onClick={() => setEditing({ member: r.member, turn: r.turn, present: r.att?.present, nextOrder })}
                  aria-label={`记录${r.member.name}的发言`}
                >
                  {r.turn ? '修改' : '记录发言'}
                </Button>
                {r.turn && (
                  <Popconfirm title="删除这条发言记录？" okText="删除" cancelText="不删" onConfirm={() => void run(() => deleteTurn(db, unit.id, r.turn!.id, writeCtx()), '已删除')}>
                    <Button size="small" danger>
                      删除
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        会议决定（每行一条）
      </Typography.Title>
      <Input.TextArea rows={3} value={conclusions} maxLength={TEXT_LIMITS.meetingNotes} onChange={(e) => setDraft(e.target.value)} aria-label="会议决定" />
      <Button
        style={{ marginTop: 8 }}
        icon={<SaveOutlined />}
        disabled={conclusions === (meeting.conclusions ?? '')}
        onClick={() =>
          // The box then shows what was stored (cleaned: trimmed lines), so it matches the saved meeting.
          void run(() => saveConclusions(db, unit.id, meeting.id, conclusions, writeCtx()), '会议决定已保存').then((r) => r && setDraft(r.conclusions ?? ''))
        }
        data-testid="save-conclusions"
      >
        保存会议决定
      </Button>
      <TurnDialog meeting={meeting} target={editing} names={names} leaders={leaders} onClose={() => setEditing(null)} />
    </Card>
  );
}
