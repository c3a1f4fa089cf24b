/**
 * The 边议边改 and study pages' live data. Each tab reads only what it shows, so that opening
 * the ledger costs the ledger (tens of items) and not the register (tens of thousands of
 * opinions): the opinions its items name, the unanswered masses' opinions as a count and the
 * oldest few (readUnanswered; the ledger kept in memory, ledgerModel.ts), the owners' names. What the item form offers (every opinion,
 * everyone in the roster) is read when the form opens; the roster for the study tab, when it opens.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Branch, Member } from '@shared/members/types';
import { sortRoster } from '@shared/members/rosterView';
import type { StudySession } from '@shared/throughout/types';
import { useApp } from '../../app/context';
import { listBranches } from '../../db/repos/members';
import { briefOf, byBriefDate, type LedgerData, type OpinionBrief } from '../../db/repos/throughout';
import { readLedger, readLedgerHead, type LedgerHead } from '../../db/repos/ledgerModel';

export { loadLedgerData, UNANSWERED_SHOWN, type LedgerData, type OpinionBrief } from '../../db/repos/throughout';

/** The ledger tab's data, once `wanted`: kept in memory between reads and read again where it changed (readLedger). */
export function useLedgerData(unitId: string, wanted = true): LedgerData | undefined {
  const { db } = useApp();
  return useLiveQuery(() => (wanted ? readLedger(db, unitId) : undefined), [db, unitId, wanted]);
}

/** The ledger tab's first screen (kept on disk between sessions), until everything is read (`enabled` false then). */
export function useLedgerHead(unitId: string, enabled: boolean): LedgerHead | undefined {
  const { db } = useApp();
  return useLiveQuery(() => (enabled ? readLedgerHead(db, unitId) : undefined), [db, unitId, enabled]);
}

/** What the item form offers: every opinion (oldest first) and everyone in the roster (paper order). */
export interface LedgerChoices {
  opinions: OpinionBrief[];
  members: Member[];
  branches: Branch[];
}

export function useLedgerChoices(unitId: string): LedgerChoices | undefined {
  const { db } = useApp();
  return useLiveQuery(
    () =>
      db.transaction('r', [db.opinions, db.members, db.branches], async () => {
        const [opinions, members, branches] = await Promise.all([
          db.opinions.where('unitId').equals(unitId).toArray(),
          db.members.where('unitId').equals(unitId).toArray(),
          listBranches(db, unitId),
        ]);
        return { opinions: opinions.map(briefOf).sort(byBriefDate), members: sortRoster(members, branches), branches };
      }),
    [db, unitId],
  );
}

export interface StudyData {
  sessions: StudySession[];
  /** Everyone in the roster, in paper order (branch, party first, pinyin). */
  members: Member[];
  branches: Branch[];
}

export function useStudyData(unitId: string): StudyData | undefined {
  const { db } = useApp();
  return useLiveQuery(
    () =>
      db.transaction('r', [db.studySessions, db.members, db.branches], async () => {
        const [sessions, members, branches] = await Promise.all([
          db.studySessions.where('unitId').equals(unitId).toArray(),
          db.members.where('unitId').equals(unitId).toArray(),
          listBranches(db, unitId),
        ]);
        return {
          sessions: sessions.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)),
          members: sortRoster(members, branches),
          branches,
        };
      }),
    [db, unitId],
  );
}
