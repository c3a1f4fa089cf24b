/** The 两个通报 page's live data: branches, notices, the meetings' states and who is not yet evaluated. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Branch } from '@shared/members/types';
import { zhCollator } from '@shared/members/rosterView';
import type { SpecialMeeting } from '@shared/meetings/types';
import { noticeOrderReasons, type NoticeOrderFacts } from '@shared/notices/order';
import type { Notice } from '@shared/notices/types';
import type { Reason } from '@shared/util/result';
import { useApp } from '../../app/context';
import { listBranches } from '../../db/repos/members';
import { pickMeeting } from '../../db/repos/notices';

export interface NoticeRow {
  /** The branch (branch notice); none for the leadership's. */
  branch?: Branch;
  meeting?: SpecialMeeting;
  notice?: Notice;
  partyCount: number;
  /** Party members of the branch with no evaluation, by name. */
  unevaluated: string[];
  order: NoticeOrderFacts;
  /** Why it may not be given yet (empty when it may). */
  blocked: Reason[];
}

export interface NoticesData {
  leadership: NoticeRow;
  branches: NoticeRow[];
}

export function useNoticesData(unitId: string): NoticesData | undefined {
  const { db } = useApp();
  return useLiveQuery(
    () =>
      db.transaction('r', [db.branches, db.notices, db.specialMeetings, db.members, db.evaluations], async () => {
        const [branches, notices, meetings, party, evaluations] = await Promise.all([
          listBranches(db, unitId),
          db.notices.where('unitId').equals(unitId).toArray(),
          db.specialMeetings.where('unitId').equals(unitId).toArray(),
          db.members.where('[unitId+kind]').equals([unitId, 'party']).toArray(),
          db.evaluations.where('unitId').equals(unitId).toArray(),
        ]);
        const evaluated = new Set(evaluations.map((e) => e.memberId));
        const leadershipMeeting = pickMeeting(meetings.filter((m) => m.kind === 'democraticLife'));
        const leadershipOrder: NoticeOrderFacts = {
          kind: 'leadership',
          ...(leadershipMeeting ? { meeting: { status: leadershipMeeting.status, date: leadershipMeeting.date } } : {}),
        };
        const leadership: NoticeRow = {
          meeting: leadershipMeeting,
          notice: notices.find((n) => n.kind === 'leadership'),
          partyCount: 0,
          unevaluated: [],
          order: leadershipOrder,
          blocked: noticeOrderReasons(leadershipOrder),
        };
        const rows = branches.map((branch): NoticeRow => {
          const meeting = pickMeeting(meetings.filter((m) => m.kind === 'orgLife' && m.branchId === branch.id));
          const members = party.filter((m) => m.branchId === branch.id);
          const unevaluated = members
            .filter((m) => !evaluated.has(m.id))
            .map((m) => m.name)
            .sort((a, b) => zhCollator.compare(a, b));
          const order: NoticeOrderFacts = {
            kind: 'branch',
            branchName: branch.name,
            ...(meeting ? { meeting: { status: meeting.status, date: meeting.date } } : {}),
            unevaluated,
          };
          return {
            branch,
            meeting,
            notice: notices.find((n) => n.kind === 'branch' && n.branchId === branch.id),
            partyCount: members.length,
            unevaluated,
            order,
            blocked: noticeOrderReasons(order),
          };
        });
        return { leadership, branches: rows };
      }),
    [db, unitId],
  );
}
