/**
 * The talks page's list: its order and filters, its counts, and its first screen (`TalksHead`),
 * which the page shows when it opens — kept on disk between sessions (renderer/db/memo.ts), so
 * that opening the page reads one row and the first twenty talks, not the whole roster; the page
 * reads everything only when asked for more (another filter, another page, a dialog).
 */
import type { Member } from '../members/types';
import { isNoLongerRequired, talkStage, type TalkOverview } from './coverage';
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

/** The talks a filter and a person select, in the list's order. */
export function listTalks(talks: readonly Talk[], rank: ReadonlyMap<string, number>, filter: TalkFilter, personId?: string): Talk[] {
  return talks
    .filter((t) => (filter === 'all' || talkStage(t) === filter) && (!personId || t.aId === personId || t.bId === personId))
    .sort(talkListOrder(rank));
}

/** The first `n` of `listTalks(talks, rank, 'all')`, in one pass (without sorting them all). */
export function firstTalks(talks: readonly Talk[], rank: ReadonlyMap<string, number>, n: number): Talk[] {
  const order = talkListOrder(rank);
  const out: Talk[] = [];
  for (const t of talks) {
    if (out.length === n && order(t, out[n - 1]) >= 0) continue;
    let i = out.length;
    while (i > 0 && order(t, out[i - 1]) < 0) i -= 1;
    out.splice(i, 0, t);
    if (out.length > n) out.pop();
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

export function talkCounts(overview: Pick<TalkOverview, 'pairs' | 'requiredByKey'>, talks: readonly Talk[]): TalkCounts {
  let pairs = 0;
  let planned = 0;
  let done = 0;
  let unlisted = 0;
  for (const p of overview.pairs) {
    if (!p.demanded) continue;
    pairs += 1;
    if (p.stage === 'planned' || p.stage === 'done') planned += 1;
    if (p.stage === 'done') done += 1;
    if (p.stage === 'none') unlisted += 1;
  }
  return {
    pairs,
    planned,
    done,
    awayPairs: overview.pairs.length - pairs,
    unlisted,
    stale: talks.filter((t) => isNoLongerRequired(t, overview.requiredByKey)).length,
    talks: talks.length,
    stages: stageCounts(talks),
  };
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

export function talksHeadOf(
  counts: TalkCounts,
  talks: readonly Talk[],
  overview: Pick<TalkOverview, 'requiredByKey'>,
  byId: ReadonlyMap<string, Pick<Member, 'name' | 'away'>>,
  labels: ReadonlyMap<string, string>,
  rank: ReadonlyMap<string, number>,
): TalksHead {
  const rows = firstTalks(talks, rank, TALK_PAGE);
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
