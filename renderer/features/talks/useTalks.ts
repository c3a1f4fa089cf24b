/**
 * The talks page's live data. It opens on its first screen (`useTalksHead`: the counts and the
 * first page of the list, one row kept on disk between sessions), and reads the unit's people,
 * offices, branches and talks, and what the rules make of them (`useTalks`,
 * renderer/db/repos/talkModel.ts: kept in memory while they are unchanged, read again only where
 * they changed) once something needs them: another filter or page, a dialog, the coverage.
 */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Branch, Member, Office } from '@shared/members/types';
import type { TalkOverview } from '@shared/talks/coverage';
import type { TalkCounts, TalksHead } from '@shared/talks/list';
import type { RequiredPair } from '@shared/talks/pairs';
import { GONE } from '@shared/talks/people';
import type { Talk } from '@shared/talks/types';
import { useApp } from '../../app/context';
import { readTalkModel } from '../../db/repos/talkModel';
import { readTalksHead } from './facts';

/** What a row of the list shows of its people and pair: both the whole data and the first screen give it. */
export interface TalkRowsInfo {
  /** Each person's name, told apart from a namesake. */
  labels: ReadonlyMap<string, string>;
  name(id: string): string;
  /** Where someone is away, if they are. */
  away(id: string): { name: string; place: string } | undefined;
  /** The pairs the rules require now, by key. */
  requiredByKey: ReadonlyMap<string, RequiredPair>;
}

export interface TalksData extends TalkRowsInfo {
  members: Member[];
  branches: Branch[];
  offices: Office[];
  talks: Talk[];
  overview: TalkOverview;
  byId: Map<string, Member>;
  labels: Map<string, string>;
  /** The whole list in its order (shared/talks/list.ts). */
  list: Talk[];
  counts: TalkCounts;
}

export interface TalksHeadData extends TalkRowsInfo {
  counts: TalkCounts;
  rows: Talk[];
}

/** Everything, once `wanted`. */
export function useTalks(unitId: string, wanted = true): TalksData | undefined {
  const { db } = useApp();
  const model = useLiveQuery(() => (wanted ? readTalkModel(db, unitId) : undefined), [db, unitId, wanted]);
  return useMemo(() => {
    if (!model) return undefined;
    return {
      members: model.members,
      branches: model.branches,
      offices: model.offices,
      talks: model.talks,
      overview: model.overview,
      requiredByKey: model.overview.requiredByKey,
      byId: model.byId,
      labels: model.labels,
      list: model.list(),
      counts: model.counts(),
      name: (id: string) => model.labels.get(id) ?? GONE,
      away: (id: string) => {
        const m = model.byId.get(id);
        return m?.away ? { name: m.name, place: m.away.place } : undefined;
      },
    };
  }, [model]);
}

export function headData(head: TalksHead): TalksHeadData {
  const labels = new Map(head.people.map((p) => [p.id, p.label]));
  const away = new Map(head.people.flatMap((p) => (p.away ? [[p.id, p.away] as const] : [])));
  return {
    counts: head.counts,
    rows: head.rows,
    labels,
    name: (id) => labels.get(id) ?? GONE,
    away: (id) => away.get(id),
    requiredByKey: new Map(head.required.map((p) => [p.key, p])),
  };
}

/** The first screen, until everything is read (`enabled` false then). */
export function useTalksHead(unitId: string, enabled: boolean): TalksHeadData | undefined {
  const { db } = useApp();
  const head = useLiveQuery(() => (enabled ? readTalksHead(db, unitId) : undefined), [db, unitId, enabled]);
  return useMemo(() => (head ? headData(head) : undefined), [head]);
}
