/**
 * The talks page's live data: the unit's people, offices, branches and talks (read through their
 * `unitId` indexes), and what the rules make of them, computed once per change.
 */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Branch, Member, Office } from '@shared/members/types';
import { talkOverview, type TalkOverview } from '@shared/talks/coverage';
import { GONE, personLabels } from '@shared/talks/people';
import type { Talk } from '@shared/talks/types';
import { useApp } from '../../app/context';

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
  const raw = useLiveQuery(
    () =>
      db.transaction('r', [db.members, db.branches, db.offices, db.talks], async () => {
        const [members, branches, offices, talks] = await Promise.all([
          db.members.where('unitId').equals(unitId).toArray(),
          db.branches.where('unitId').equals(unitId).toArray(),
          db.offices.where('unitId').equals(unitId).toArray(),
          db.talks.where('unitId').equals(unitId).toArray(),
        ]);
        return { members, branches, offices, talks };
      }),
    [db, unitId],
  );
  return useMemo(() => {
    if (!raw) return undefined;
    const labels = personLabels(raw.members, raw.branches);
    return {
      ...raw,
      overview: talkOverview(raw.members, raw.offices, raw.branches, raw.talks),
      byId: new Map(raw.members.map((m) => [m.id, m])),
      labels,
      name: (id: string) => labels.get(id) ?? GONE,
    };
  }, [raw]);
}
