/** The 征求意见 page's live data: the register, the party members it names, last year's opinions, feedback. */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Branch } from '@shared/members/types';
import { feedbackDuties, type FeedbackPerson, type FeedbackPlan } from '@shared/opinions/feedback';
import type { Feedback, LastYearOpinion, Opinion } from '@shared/opinions/types';
import type { UnitRecordTypes } from '@shared/data/registry';
import { useApp } from '../../app/context';
import { listBranches } from '../../db/repos/members';
import { feedbackPeople, listFeedbacks, listLastYearOpinions, listOpinions } from '../../db/repos/opinions';

export type Talk = UnitRecordTypes['talks'];

export interface PartyMember {
  id: string;
  name: string;
}

const zh = new Intl.Collator('zh-CN');

export function useOpinionRegister(unitId: string): { opinions: Opinion[]; party: PartyMember[] } | undefined {
  const { db } = useApp();
  return useLiveQuery(
    () =>
      db.transaction('r', [db.opinions, db.members], async () => {
        const [opinions, party] = await Promise.all([listOpinions(db, unitId), db.members.where('[unitId+kind]').equals([unitId, 'party']).toArray()]);
        return { opinions, party: party.map((m) => ({ id: m.id, name: m.name })).sort((a, b) => zh.compare(a.name, b.name)) };
      }),
    [db, unitId],
  );
}

export function useLastYearOpinions(unitId: string): LastYearOpinion[] | undefined {
  const { db } = useApp();
  return useLiveQuery(() => listLastYearOpinions(db, unitId), [db, unitId]);
}

export interface FeedbackData {
  people: FeedbackPerson[];
  branches: Branch[];
  plan: FeedbackPlan;
  feedbacks: Feedback[];
  /** The unit's talks (read only), for feedback given in a talk. */
  talks: Talk[];
}

export function useFeedbackData(unitId: string): FeedbackData | undefined {
  const { db } = useApp();
  const raw = useLiveQuery(
    () =>
      db.transaction('r', [db.members, db.branches, db.feedbacks, db.talks], async () => {
        const [people, branches, feedbacks, talks] = await Promise.all([
          feedbackPeople(db, unitId),
          listBranches(db, unitId),
          listFeedbacks(db, unitId),
          db.talks.where('unitId').equals(unitId).toArray(),
        ]);
        return { people, branches, feedbacks, talks };
      }),
    [db, unitId],
  );
  return useMemo(() => {
    if (!raw) return undefined;
    return { ...raw, plan: feedbackDuties(raw.people, raw.branches) };
  }, [raw]);
}
