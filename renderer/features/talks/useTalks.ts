/**
 * The talks page's live data: the unit's people, offices, branches and talks, and what the rules
 * make of them (renderer/db/repos/talkModel.ts: kept in memory while they are unchanged, read
 * again only where they changed).
 */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Branch, Member, Office } from '@shared/members/types';
import type { TalkOverview } from '@shared/talks/coverage';
import { GONE } from '@shared/talks/people';
import type { Talk } from '@shared/talks/types';
import { useApp } from '../../app/context';
import { readTalkModel } from '../../db/repos/talkModel';

export interface TalksData {
  members: Member[];
  branches: Branch[];
  offices: Office[];
  talks: Talk[];
  overview: TalkOverview;
  byId: Map<string, Member>;
  /** Each person's name, told apart from a namesake. */
  labels: Map<string, string>;
  name(id: string): string;
}

export function useTalks(unitId: string): TalksData | undefined {
  const { db } = useApp();
  const model = useLiveQuery(() => readTalkModel(db, unitId), [db, unitId]);
  return useMemo(() => {
    if (!model) return undefined;
    return {
      members: model.members,
      branches: model.branches,
      offices: model.offices,
      talks: model.talks,
      overview: model.overview,
      byId: model.byId,
      labels: model.labels,
      name: (id: string) => model.labels.get(id) ?? GONE,
    };
  }, [model]);
}
