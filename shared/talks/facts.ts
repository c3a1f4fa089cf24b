/**
 * What the home page needs to know about the talks: counts, and a few names of who or what is
 * still missing (never the whole lists: a unit of 2,000 stays a few hundred bytes).
 */
import { zhCollator } from '../members/rosterView';
import type { Branch, Member, Office } from '../members/types';
import { talkOverview, type TalkOverview } from './coverage';
import { GONE, named, personLabels, type Named } from './people';
import type { Talk } from './types';

/** How many names a fact keeps. */
export const FACT_NAMES = 10;

export interface TalkFacts {
  hasParty: boolean;
  /** Required pairs demanded in person (nobody in them away). */
  pairs: number;
  /** Required pairs not demanded because one of the two is away. */
  awayPairs: number;
  /** Demanded pairs with no talk record yet (生成应谈名单 adds them). */
  unlisted: number;
  /** Demanded pairs planned with date, time and place, or done. */
  planned: number;
  /** Demanded pairs not planned yet, as "甲—乙". */
  unplanned: Named;
  /** Demanded pairs done. */
  done: number;
  /** People something is demanded of who have not talked with anyone yet. */
  silent: Named;
  /** People with a demanded pair not yet talked (besides the silent ones, here and below). */
  owing: Named;
  /** Party members (not away) who have talked, but with no other party member. */
  noPartyTalk: Named;
  /** Party members in work (not away) who have talked, but with no non-party person; null: no 群众 on the roster. */
  noMassesTalk: Named | null;
  /** Each party-member leader with his or her branch's coverage (R-TALK-LEADER-ALL). */
  leaders: { name: string; total: number; done: number; missing: Named }[];
}

export function talkFacts(
  members: readonly Member[],
  offices: readonly Office[],
  branches: readonly Branch[],
  talks: readonly Talk[],
): TalkFacts {
  const label = personLabels(members, branches);
  return talkFactsOf(talkOverview(members, offices, branches, talks), members, label, pinyinOrder(members, label));
}

/** How many, and the names of the first FACT_NAMES (only those are named). */
function namedFirst<T>(items: readonly T[], nameOf: (x: T) => string): Named {
  return { count: items.length, names: items.slice(0, FACT_NAMES).map(nameOf) };
}

/** The people's ids in the order their names are listed (pinyin of the label, then id). */
export function pinyinOrder(members: readonly Pick<Member, 'id'>[], label: ReadonlyMap<string, string>): string[] {
  const name = (id: string) => label.get(id) ?? GONE;
  return members.map((m) => m.id).sort((a, b) => zhCollator.compare(name(a), name(b)) || (a < b ? -1 : a > b ? 1 : 0));
}

/** The facts from an overview already computed, with the roster's labels and pinyin order (which a roster change alone changes). */
export function talkFactsOf(o: TalkOverview, members: readonly Member[], label: ReadonlyMap<string, string>, order: readonly string[]): TalkFacts {
  const name = (id: string) => label.get(id) ?? GONE;
  const demanded = o.pairs.filter((p) => p.demanded);
  const unplanned = demanded.filter((p) => p.stage === 'none' || p.stage === 'unplanned' || p.stage === 'cancelled');
  // In pinyin order, so the names a message shows do not depend on storage order.
  const people = order.flatMap((id) => {
    const p = o.people.get(id);
    return p?.inScope ? [p] : [];
  });
  // Who has not talked at all is named once, as such, not again in every list below.
  const talked = people.filter((p) => p.talkedWith.length > 0);
  return {
    hasParty: members.some((m) => m.kind === 'party'),
    pairs: demanded.length,
    awayPairs: o.pairs.length - demanded.length,
    unlisted: demanded.filter((p) => p.stage === 'none').length,
    planned: demanded.length - unplanned.length,
    unplanned: namedFirst(unplanned, (p) => `${name(p.pair.aId)}—${name(p.pair.bId)}`),
    done: demanded.filter((p) => p.stage === 'done').length,
    silent: namedFirst(people.filter((p) => p.talkedWith.length === 0), (p) => name(p.id)),
    owing: namedFirst(talked.filter((p) => p.owed.length > 0), (p) => name(p.id)),
    noPartyTalk: namedFirst(talked.filter((p) => p.needsParty && !p.withParty), (p) => name(p.id)),
    noMassesTalk: o.hasNonParty ? namedFirst(talked.filter((p) => p.needsMasses && !p.withNonParty), (p) => name(p.id)) : null,
    leaders: o.leaders
      .map((l) => ({ name: name(l.id), total: l.total, done: l.done, missing: named(l.missing.map(name), FACT_NAMES) }))
      .sort((a, b) => zhCollator.compare(a.name, b.name)),
  };
}
