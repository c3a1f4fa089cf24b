import { Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { PRESENTATION_LABEL, SPECIAL_MEETING_KIND_LABEL, type MeetingTurn, type SpecialMeeting } from '@shared/meetings/types';
import { OPINION_SOURCE_LABEL, type Opinion } from '@shared/opinions/types';
import { formatChineseDate } from '@shared/util/dates';
import { useApp } from '../../app/context';

export interface MemberReference {
  turns: (MeetingTurn & { meeting?: SpecialMeeting })[];
  opinions: Opinion[];
}

/** The member's turns at the meetings (with their meeting) and the opinions about him or her, live. */
export function useMemberReference(unitId: string, memberId: string): MemberReference | undefined {
  const { db } = useApp();
  return useLiveQuery(
    () =>
      db.transaction('r', [db.meetingTurns, db.specialMeetings, db.opinions], async () => {
        const [turns, opinions] = await Promise.all([
          db.meetingTurns.where('[unitId+memberId]').equals([unitId, memberId]).toArray(),
          db.opinions.where('[unitId+targetMemberId]').equals([unitId, memberId]).toArray(),
        ]);
        const meetings = await db.specialMeetings.bulkGet([...new Set(turns.map((t) => t.meetingId))]);
        const byId = new Map(meetings.flatMap((m) => (m ? [[m.id, m] as const] : [])));
        return {
          turns: turns.map((t) => ({ ...t, meeting: byId.get(t.meetingId) })).sort((a, b) => (a.meeting?.date ?? '').localeCompare(b.meeting?.date ?? '')),
          opinions: opinions.sort((a, b) => a.date.localeCompare(b.date)),
        };
      }),
    [db, unitId, memberId],
  );
}

function Field({ label, text }: { label: string; text?: string }) {
  if (!text?.trim()) return null;
  return (
    <div style={{ marginBottom: 4 }}>
      <Typography.Text type="secondary">{label}：</Typography.Text>
      <span style={{ whiteSpace: 'pre-line' }}>{text}</span>
    </div>
  );
}

/** What the branch can read before it writes: the minutes of the member's turn, the opinions about him or her. */
export function ReferencePanel({ reference }: { reference: MemberReference | undefined }) {
  if (!reference) return null;
  const { turns, opinions } = reference;
  return (
    <div data-testid="evaluation-reference" className="pyt-reference" style={{ maxHeight: 260, overflowY: 'auto', padding: '8px 12px', background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 6, marginBottom: 16 }}>
      <Typography.Text strong>参考材料</Typography.Text>
      {turns.length === 0 && opinions.length === 0 && (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          会议记录中还没有这名党员的发言，征求意见中也没有针对他（她）的意见。
        </Typography.Paragraph>
      )}
      {turns.map((t) => (
        <div key={t.id} style={{ marginTop: 8 }}>
          <Typography.Text>
            {t.meeting ? `${formatChineseDate(t.meeting.date)}${SPECIAL_MEETING_KIND_LABEL[t.meeting.kind]}` : '会议记录'}：{PRESENTATION_LABEL[t.presentation]}
          </Typography.Text>
          <Field label="党性分析" text={t.analysis} />
          <Field label="自我批评" text={t.selfCriticism} />
          {t.criticisms.map((c, i) => (
            <Field key={i} label={`${t.criticFrom[i] ?? ''}的批评意见`} text={c} />
          ))}
          <Field label="群众评议" text={t.massComments} />
          <Field label={`${t.leaderCommentBy ?? ''}点评`} text={t.leaderComment} />
        </div>
      ))}
      {opinions.length > 0 && (
        <div style={{ marginTop: 8 }}>
          <Typography.Text>征求到的意见（{opinions.length} 条）</Typography.Text>
          {opinions.map((o) => (
            <div key={o.id} style={{ whiteSpace: 'pre-line' }}>
              【{OPINION_SOURCE_LABEL[o.source]}
              {o.giver && !o.anonymous ? ` ${o.giver}` : ''}】{o.text}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
