import { useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Input, Space, Statistic, Table, Typography } from 'antd';
import { CheckSquareOutlined, SaveOutlined } from '@ant-design/icons';
import { TEXT_LIMITS } from '@shared/data/fields';
import { quorumNeeded } from '@shared/meetings/gate';
import type { MeetingAttendance, SpecialMeeting } from '@shared/meetings/types';
import { formatThreshold } from '@shared/campaign/thresholds';
import type { Member } from '@shared/members/types';
import { useApp } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useAction } from '../../app/useAction';
import { saveAttendance } from '../../db/repos/specialMeetings';
import { conditionWords } from './labels';

interface Entry {
  present?: boolean;
  reason: string;
}

/** A likely reason for someone who did not come, from the roster. */
const reasonHint = (m: Member) => (m.away ? '外出' : m.chronicIll || m.frail ? '因病' : '');

/** ② 到会情况: 应到 / 实到 / absent with reason; 全部到会 first, then untick who did not come. */
export function AttendanceCard({ meeting, scope, saved, ratio, name }: { meeting: SpecialMeeting; scope: Member[]; saved: MeetingAttendance[]; ratio: number; name(id: string): string }) {
  const { db } = useApp();
  const { unit, writeCtx } = useUnit();
  const run = useAction();
  const fromSaved = useMemo(() => new Map(saved.map((a) => [a.memberId, { present: a.present, reason: a.absentReason ?? '' }])), [saved]);
  // The user's changes; once saved they stay on screen until the live query brings the saved rows
  // (a newer `fromSaved`), so nothing flickers back to the old values in between.
  const [edits, setEdits] = useState<{ entries: Map<string, Entry>; saved: boolean; base: Map<string, Entry> } | null>(null);
  const entries = edits && (!edits.saved || edits.base === fromSaved) ? edits.entries : fromSaved;
  const dirty = edits !== null && !edits.saved;

  const set = (id: string, e: Entry) => setEdits({ entries: new Map(entries).set(id, e), saved: false, base: fromSaved });
  const allPresent = () => setEdits({ entries: new Map(scope.map((m) => [m.id, { present: true, reason: '' }])), saved: false, base: fromSaved });
  const present = scope.filter((m) => entries.get(m.id)?.present === true).length;
  const absent = scope.filter((m) => entries.get(m.id)?.present === false).length;
  const unentered = scope.length - present - absent;
  const need = quorumNeeded(scope.length, ratio);
  const save = async () => {
    const rows = scope.flatMap((m) => {
      const e = entries.get(m.id);
      if (e?.present === undefined) return [];
      return [{ memberId: m.id, present: e.present, ...(e.present ? {} : { absentReason: e.reason }) }];
    });
    const r = await run(() => saveAttendance(db, unit.id, meeting.id, rows, writeCtx()), '到会情况已保存');
    if (r && edits) setEdits({ ...edits, saved: true, base: fromSaved });
  };

  return (
    <Card
      title="② 到会情况"
      style={{ marginTop: 16 }}
      data-testid="attendance-card"
      extra={
        <Space>
          <Button icon={<CheckSquareOutlined />} onClick={allPresent} data-testid="all-present">
            全部到会
          </Button>
          <Button type="primary" icon={<SaveOutlined />} onClick={() => void save()} disabled={!dirty} data-testid="save-attendance">
            保存到会情况
          </Button>
        </Space>
      }
    >
      <Space size={40} wrap style={{ marginBottom: 12 }}>
        <Statistic title="应到" value={scope.length} suffix="人" />
        <Statistic title="实到" value={present} suffix="人" styles={{ content: { color: present >= need ? '#389e0d' : '#cf1322' } }} />
        <Statistic title="缺席" value={absent} suffix="人" />
        {unentered > 0 && <Statistic title="未登记" value={unentered} suffix="人" />}
        <Typography.Text type="secondary">
          规定比例 {formatThreshold({ unit: 'ratio' }, ratio)}：至少 {need} 人到会
        </Typography.Text>
      </Space>
      {dirty && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="到会情况有改动，还没有保存。" />}
      {saved.length === 0 && !dirty && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title="还没有登记到会情况：先点“全部到会”，再去掉没来的人并写明原因，最后保存。" />
      )}
      <Table<Member>
        rowKey="id"
        size="small"
        dataSource={scope}
        pagination={scope.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        columns={[
          { title: '姓名', render: (_, m) => name(m.id) },
          { title: '职务、情况', render: (_, m) => [m.post, ...conditionWords(m)].filter(Boolean).join('，') },
          {
            title: '到会',
            width: 90,
            render: (_, m) => {
              const e = entries.get(m.id);
              return (
                <Checkbox
                  checked={e?.present === true}
                  aria-label={`${m.name}到会`}
                  onChange={(ev) => set(m.id, { present: ev.target.checked, reason: ev.target.checked ? '' : e?.reason || reasonHint(m) })}
                />
              );
            },
          },
          {
            title: '缺席原因',
            render: (_, m) => {
              const e = entries.get(m.id);
              if (e?.present !== false) return e?.present === undefined ? <Typography.Text type="secondary">未登记</Typography.Text> : null;
              return (
                <Input
                  value={e.reason}
                  maxLength={TEXT_LIMITS.reason}
                  placeholder="如 因病住院、外出务工"
                  aria-label={`${m.name}缺席原因`}
                  status={e.reason.trim() ? undefined : 'error'}
                  onChange={(ev) => set(m.id, { present: false, reason: ev.target.value })}
                />
              );
            },
          },
        ]}
      />
    </Card>
  );
}
