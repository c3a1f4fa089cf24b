import { Tag } from 'antd';
import { SPECIAL_MEETING_STATUS_LABEL, type SpecialMeeting } from '@shared/meetings/types';
import type { Member } from '@shared/members/types';

export function StatusTag({ meeting }: { meeting?: Pick<SpecialMeeting, 'status'> }) {
  if (!meeting) return <Tag>未安排</Tag>;
  return (
    <Tag color={meeting.status === 'held' ? 'success' : 'processing'} data-testid="meeting-status">
      {SPECIAL_MEETING_STATUS_LABEL[meeting.status]}
    </Tag>
  );
}

/** What the roster says that changes how a member takes part: 外出, 年老体弱, 离退休 … */
export function conditionWords(m: Pick<Member, 'away' | 'frail' | 'chronicIll' | 'cannotWrite' | 'employment'>): string[] {
  return [
    m.away && `外出（${m.away.place}）`,
    m.frail && '年老体弱',
    m.chronicIll && '长期患病',
    m.cannotWrite && '无书写能力',
    m.employment === 'retired' && '离退休',
  ].filter((x): x is string => Boolean(x));
}
