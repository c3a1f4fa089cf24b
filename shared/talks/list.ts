/**
 * The talks page's list: its order and filters, its counts, and its first screen (`TalksHead`),
 * which the page shows when it opens — kept on disk between sessions (renderer/db/memo.ts), so
 * that opening the page reads one row and the first twenty talks, not the whole roster; the page
 * reads everything only when asked for more (another filter, another page, a dialog). The sorted
 * list and the counts are patched where talks changed (patchList, patchCounts), as the overview
 * is (./coverage.ts patchOverview).
 */
import type { Member } from '../members/types';
import { isNoLongerRequired, talkStage, type PairStatus, type TalkOverview } from './coverage';
import { pairKey, type RequiredPair } from './pairs';
import { GONE } from './people';
import { TALK_STAGES, type Talk, type TalkStage } from './types';

/** Talks on one page of the list. */
export const TALK_PAGE = 20;

export type TalkFilter = 'all' | TalkStage;

const STAGE_ORDER: Record<TalkStage, number> = { unplanned: 0, planned: 1, done: 2, cancelled: 3 };

/**
 * The list's order: where they stand (待安排 first), then when, then the two people's names in
 * pinyin order (`rank`: each person's place in it; someone no longer on the roster last), then id.
 */
export function talkListOrder(rank: ReadonlyMap<string, number>): (a: Talk, b: Talk) => number {
  const r = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  const when = (t: Talk) => `${t.date ?? ''}${t.time ?? ''}`;
  return (a, b) => {
    const wa = when(a);
    const wb = when(b);
    return (
      STAGE_ORDER[talkStage(a)] - STAGE_ORDER[talkStage(b)] ||
      (wa < wb ? -1 : wa > wb ? 1 : 0) ||
      r(a.aId) - r(b.aId) ||
      r(a.bId) - r(b.bId) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
  };
}

/** The talks a filter and a person select, from the whole list in its order (`sortTalks`). */
export function filterTalks(list: readonly Talk[], filter: TalkFilter, personId?: string): Talk[] {
  if (filter === 'all' && !personId) return list as Talk[];
  return list.filter((t) => (filter === 'all' || talkStage(t) === filter) && (!personId || t.aId === personId || t.bId === personId));
}

/** The whole list in its order (what the page's 全部 shows, and its first page). */
export function sortTalks(talks: readonly Talk[], rank: ReadonlyMap<string, number>): Talk[] {
  return [...talks].sort(talkListOrder(rank));
}

/** Where `t` goes in a list sorted by `order`: the first place whose talk does not come before it. */
function placeOf(list: readonly Talk[], t: Talk, order: (a: Talk, b: Talk) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (order(list[mid], t) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A talk written: the version before and the one now (either absent: added, deleted). */
export interface TalkChange {
  before?: Talk;
  now?: Talk;
}

/**
 * The sorted list after some talks changed (the roster, so the order, unchanged): each version
 * before taken out where it was, each version now put in its place — the cost of a search and
 * a copy, not of a sort.
 */
export function patchList(list: readonly Talk[], rank: ReadonlyMap<string, number>, changes: readonly TalkChange[]): Talk[] {
  const order = talkListOrder(rank);
  const out = list.slice();
  for (const { before, now } of changes) {
    if (before) {
      const at = placeOf(out, before, order);
      if (out[at]?.id === before.id) out.splice(at, 1);
    }
    if (now) out.splice(placeOf(out, now, order), 0, now);
  }
  return out;
}

export function stageCounts(talks: readonly Talk[]): Record<TalkStage, number> {
  const c = Object.fromEntries(TALK_STAGES.map((s) => [s, 0])) as Record<TalkStage, number>;
  for (const t of talks) c[talkStage(t)] += 1;
  return c;
}

/** The page's counts: the four cards, the two notices, the filter's counts. */
export interface TalkCounts {
  /** Required pairs demanded in person; planned (or done); done; with someone away. */
  pairs: number;
  planned: number;
  done: number;
  awayPairs: number;
  /** Demanded pairs with no talk yet (生成应谈名单 adds them). */
  unlisted: number;
  /** Talks the roster no longer requires. */
  stale: number;
  talks: number;
  stages: Record<TalkStage, number>;
}

type PairCounts = Pick<TalkCounts, 'pairs' | 'planned' | 'done' | 'unlisted' | 'awayPairs'>;

/** What one required pair adds to the counts (`sign` -1 to take it off). */
function addPair(c: PairCounts, p: PairStatus, sign: 1 | -1): void {
  if (!p.demanded) {
    c.awayPairs += sign;
    return;
  }
  c.pairs += sign;
  if (p.stage === 'planned' || p.stage === 'done') c.planned += sign;
  if (p.stage === 'done') c.done += sign;
  if (p.stage === 'none') c.unlisted += sign;
}

/** What one talk adds to the counts. */
function addTalk(c: TalkCounts, t: Talk, requiredByKey: TalkOverview['requiredByKey'], sign: 1 | -1): void {
  c.talks += sign;
  c.stages[talkStage(t)] += sign;
  if (isNoLongerRequired(t, requiredByKey)) c.stale += sign;
}

export function talkCounts(overview: Pick<TalkOverview, 'pairs' | 'requiredByKey'>, talks: readonly Talk[]): TalkCounts {
  const c: TalkCounts = { pairs: 0, planned: 0, done: 0, awayPairs: 0, unlisted: 0, stale: 0, talks: 0, stages: stageCounts([]) };
  for (const p of overview.pairs) addPair(c, p, 1);
  for (const t of talks) addTalk(c, t, overview.requiredByKey, 1);
  return c;
}

/**
 * The counts after some talks changed, the roster unchanged (as patchOverview): the changed
 * pairs (`at`, their positions) taken off as they were and added as they are, and so the talks.
 */
export function patchCounts(
  prev: TalkCounts,
  before: Pick<TalkOverview, 'pairs'>,
  after: Pick<TalkOverview, 'pairs' | 'requiredByKey'>,
  at: Iterable<number>,
  changes: readonly TalkChange[],
): TalkCounts {
  const c: TalkCounts = { ...prev, stages: { ...prev.stages } };
  for (const i of new Set(at)) {
    addPair(c, before.pairs[i], -1);
    addPair(c, after.pairs[i], 1);
  }
  for (const { before: b, now } of changes) {
    if (b) addTalk(c, b, after.requiredByKey, -1);
    if (now) addTalk(c, now, after.requiredByKey, 1);
  }
  return c;
}

/** What the page shows of someone in a row: the name (told apart from a namesake), and where away. */
export interface RowPerson {
  id: string;
  label: string;
  away?: { name: string; place: string };
}

/** The page's first screen, plain data (kept on disk). */
export interface TalksHead {
  counts: TalkCounts;
  /** The first page of the whole list. */
  rows: Talk[];
  /** The people of those rows. */
  people: RowPerson[];
  /** Those rows' pairs the rules require now. */
  required: RequiredPair[];
}

/** The first screen, from the counts and the sorted list. */
export function talksHeadOf(
  counts: TalkCounts,
  list: readonly Talk[],
  overview: Pick<TalkOverview, 'requiredByKey'>,
  byId: ReadonlyMap<string, Pick<Member, 'name' | 'away'>>,
  labels: ReadonlyMap<string, string>,
): TalksHead {
  const rows = list.slice(0, TALK_PAGE);
  const ids = [...new Set(rows.flatMap((t) => [t.aId, t.bId]))];
  return {
    counts,
    rows,
    people: ids.map((id) => {
      const m = byId.get(id);
      return { id, label: labels.get(id) ?? GONE, ...(m?.away ? { away: { name: m.name, place: m.away.place } } : {}) };
    }),
    required: [
      ...new Map(
        rows.flatMap((t) => {
          const p = overview.requiredByKey.get(pairKey(t.aId, t.bId));
          return p ? [[p.key, p] as const] : [];
        }),
      ).values(),
    ],
  };
}
