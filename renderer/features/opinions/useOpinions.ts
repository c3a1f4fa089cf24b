/** The 征求意见 page's live data: a page of the register, the coverage counts, the party members for pickers, last year's opinions, feedback. */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Branch } from '@shared/members/types';
import { feedbackDuties, type FeedbackPerson, type FeedbackPlan } from '@shared/opinions/feedback';
import type { Feedback, LastYearOpinion } from '@shared/opinions/types';
import type { OpinionTally } from '@shared/opinions/coverage';
import { duplicateKey } from '@shared/opinions/paste';
import type { UnitRecordTypes } from '@shared/data/registry';
import { useApp } from '../../app/context';
import { listBranches } from '../../db/repos/members';
import { feedbackPeople, listFeedbacks, listLastYearOpinions, pageOpinions, readOpinionTally, type OpinionFilter, type OpinionPage } from '../../db/repos/opinions';

export type Talk = UnitRecordTypes['talks'];

export interface PartyMember {
  id: string;
  name: string;
}

const zh = new Intl.Collator('zh-CN');

/** The party members (names, by pinyin) for the pickers: read only once a picker is wanted (`wanted`). */
export function useParty(unitId: string, wanted: boolean): PartyMember[] | undefined {
  const { db } = useApp();
  return useLiveQuery(
    async () => {
      if (!wanted) return undefined;
      const party = await db.members.where('[unitId+kind]').equals([unitId, 'party']).toArray();
      return party.map((m) => ({ id: m.id, name: m.name })).sort((a, b) => zh.compare(a.name, b.name));
    },
    [db, unitId, wanted],
  );
}

/** One page of the register with the names its rows need (pageOpinions), live. */
export function useOpinionPage(unitId: string, filter: OpinionFilter, page: { offset: number; limit: number; order: 'newest' | 'oldest' }): OpinionPage | undefined {
  const { db } = useApp();
  const { offset, limit, order } = page;
  const { target, targetMemberId, category, channel, source, query } = filter;
  return useLiveQuery(
    () => pageOpinions(db, unitId, { target, targetMemberId, category, channel, source, query }, { offset, limit, order }),
    [db, unitId, target, targetMemberId, category, channel, source, query, offset, limit, order],
  );
}

/**
 * The coverage card's counts (every cell, channel and kind of people, by stage): one row, the
 * opinions' tally kept with every write (renderer/db/tallies.ts).
 */
export function useOpinionTally(unitId: string): OpinionTally | undefined {
  const { db } = useApp();
  return useLiveQuery(() => readOpinionTally(db, unitId), [db, unitId]);
}

/** What a pasted batch is checked against for duplicates: read when the paste dialog opens. */
export function useExistingTexts(unitId: string, wanted: boolean): ReadonlySet<string> | undefined {
  const { db } = useApp();
  return useLiveQuery(
    async () => (wanted ? new Set((await db.opinions.where('unitId').equals(unitId).toArray()).map((o) => duplicateKey(o.text))) : undefined),
    [db, unitId, wanted],
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
