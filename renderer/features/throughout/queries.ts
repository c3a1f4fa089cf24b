/** The 边议边改 and study pages' live data, read through the `unitId` indexes. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Branch, Member } from '@shared/members/types';
import { sortRoster } from '@shared/members/rosterView';
import type { OpinionSource, OpinionTarget } from '@shared/opinions/types';
import type { FixItem, StudySession } from '@shared/throughout/types';
import { useApp } from '../../app/context';
import { listBranches } from '../../db/repos/members';

/** What the ledger shows of an opinion (the register belongs to the opinions feature). */
export interface OpinionBrief {
  id: string;
  text: string;
  source: OpinionSource;
  target: OpinionTarget;
  date: string;
}

export interface ThroughoutData {
  items: FixItem[];
  sessions: StudySession[];
  opinions: OpinionBrief[];
  /** Everyone in the roster, in paper order (branch, party first, pinyin). */
  members: Member[];
  branches: Branch[];
}

export function useThroughoutData(unitId: string): ThroughoutData | undefined {
  const { db } = useApp();
  return useLiveQuery(
    () =>
      db.transaction('r', [db.fixItems, db.studySessions, db.opinions, db.members, db.branches], async () => {
        const [items, sessions, opinions, members, branches] = await Promise.all([
          db.fixItems.where('unitId').equals(unitId).toArray(),
          db.studySessions.where('unitId').equals(unitId).toArray(),
          db.opinions.where('unitId').equals(unitId).toArray(),
          db.members.where('unitId').equals(unitId).toArray(),
          listBranches(db, unitId),
        ]);
        return {
          items,
          sessions: sessions.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)),
          opinions: opinions
            .map((o) => ({ id: o.id, text: o.text, source: o.source, target: o.target, date: o.date }))
            .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
          members: sortRoster(members, branches),
          branches,
        };
      }),
    [db, unitId],
  );
}
