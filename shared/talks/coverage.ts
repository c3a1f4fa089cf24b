/**
 * Where the talks stand against what the rules demand (R-TALK-PAIRS, R-TALK-LEADER-ALL,
 * R-TALK-PLAN): each required pair with its talk, each person with whom he or she has talked and
 * whom not yet, each party-member leader's coverage of the branch. O(members + pairs + talks).
 *
 * What is demanded:
 * - every required pair (./pairs.ts) in which nobody is away (外出): a pair with someone away is
 *   listed and may be talked by phone, but is not demanded in person;
 * - 党员之间: every party member not away has talked with at least one other party member;
 * - 党员与群众: every party member in work (在职) and not away has talked with at least one
 *   non-party person on the roster, when the roster has any (retirees' 群众 are their
 *   neighbours, not the unit's roster, so they are not held to it).
 */
import type { Branch, Member, Office } from '../members/types';
import { isPartyLeader, pairKey, requiredTalkPairs, type RequiredPair } from './pairs';
import { PAIR_REASONS, type Talk, type TalkStage } from './types';

/** A talk is planned (R-TALK-PLAN) when it has a date, a time and a place. */
export function isScheduled(t: Pick<Talk, 'date' | 'time' | 'place'>): boolean {
  return Boolean(t.date && t.time && t.place?.trim());
}

export function talkStage(t: Pick<Talk, 'status' | 'date' | 'time' | 'place'>): TalkStage {
  if (t.status !== 'planned') return t.status;
  return isScheduled(t) ? 'planned' : 'unplanned';
}

const RANK: Record<TalkStage, number> = { done: 3, planned: 2, unplanned: 1, cancelled: 0 };

export interface PairStatus {
  pair: RequiredPair;
  /** The pair's talk that counts most (done, then planned, then open, then cancelled). */
  talk?: Talk;
  stage: TalkStage | 'none';
  /** Nobody in it is away: the pair is demanded in person. */
  demanded: boolean;
}

export interface PersonCoverage {
  id: string;
  /** Everyone this person has talked with (done talks, required or not). */
  talkedWith: string[];
  /** Required partners not talked with yet (demanded pairs only). */
  owed: string[];
  /** Demanded required pairs of this person. */
  required: number;
  withParty: boolean;
  withNonParty: boolean;
  /** 党员之间 is demanded of this person (a party member, not away). */
  needsParty: boolean;
  /** 党员与群众 is demanded (a party member in work, not away, and the roster has 群众). */
  needsMasses: boolean;
  /** Something is demanded of this person at all. */
  inScope: boolean;
}

export interface LeaderCoverage {
  id: string;
  /** Party members of the leader's branch, not away. */
  total: number;
  done: number;
  missing: string[];
}

export interface TalkOverview {
  pairs: PairStatus[];
  requiredByKey: Map<string, RequiredPair>;
  people: Map<string, PersonCoverage>;
  leaders: LeaderCoverage[];
  hasNonParty: boolean;
}

/** A talk whose pair a rule once required, and the roster no longer does (shown, never dropped). */
export function isNoLongerRequired(t: Pick<Talk, 'aId' | 'bId' | 'reasons'>, requiredByKey: ReadonlyMap<string, RequiredPair>): boolean {
  return !requiredByKey.has(pairKey(t.aId, t.bId)) && t.reasons.some((r) => PAIR_REASONS.includes(r));
}

export function talkOverview(
  members: readonly Member[],
  offices: readonly Office[],
  branches: readonly Branch[],
  talks: readonly Talk[],
  /** The roster's required pairs, when already computed (they depend on the roster alone). */
  required: readonly RequiredPair[] = requiredTalkPairs(members, offices, branches),
): TalkOverview {
  const requiredByKey = new Map(required.map((p) => [p.key, p]));
  const byId = new Map(members.map((m) => [m.id, m]));
  const hasNonParty = members.some((m) => m.kind !== 'party');
  const partyCount = members.filter((m) => m.kind === 'party').length;
  const best = new Map<string, Talk>();
  const people = new Map<string, PersonCoverage>();
  const person = (id: string): PersonCoverage => {
    let p = people.get(id);
    if (!p) {
      const m = byId.get(id);
      const present = m !== undefined && m.away === null && m.kind === 'party';
      p = {
        id,
        talkedWith: [],
        owed: [],
        required: 0,
        withParty: false,
        withNonParty: false,
        needsParty: present && partyCount > 1,
        needsMasses: present && hasNonParty && m?.employment === 'working',
        inScope: present,
      };
      people.set(id, p);
    }
    return p;
  };
  for (const m of members) if (m.kind === 'party') person(m.id);

  for (const t of talks) {
    const key = pairKey(t.aId, t.bId);
    const old = best.get(key);
    if (!old || RANK[talkStage(t)] > RANK[talkStage(old)]) best.set(key, t);
    if (t.status !== 'done') continue;
    for (const [self, other] of [[t.aId, t.bId], [t.bId, t.aId]] as const) {
      const p = person(self);
      if (!p.talkedWith.includes(other)) p.talkedWith.push(other);
      const o = byId.get(other);
      if (o?.kind === 'party') p.withParty = true;
      else if (o) p.withNonParty = true;
    }
  }

  const pairs: PairStatus[] = required.map((pair) => {
    const talk = best.get(pair.key);
    const demanded = pair.awayIds.length === 0;
    const stage = talk ? talkStage(talk) : 'none';
    if (demanded) {
      for (const [self, other] of [[pair.aId, pair.bId], [pair.bId, pair.aId]] as const) {
        const p = person(self);
        p.required += 1;
        p.inScope = true;
        if (stage !== 'done') p.owed.push(other);
      }
    }
    return { pair, talk, stage, demanded };
  });

  // Each leader's branch mates, from the leaderBranch pairs in one pass.
  const mates = new Map<string, PairStatus[]>();
  for (const s of pairs) {
    if (!s.demanded || !s.pair.reasons.includes('leaderBranch')) continue;
    for (const id of [s.pair.aId, s.pair.bId]) {
      const list = mates.get(id);
      if (list) list.push(s);
      else mates.set(id, [s]);
    }
  }
  const leaders: LeaderCoverage[] = members.filter((m) => isPartyLeader(m) && m.branchId).map((leader) => {
    const own = mates.get(leader.id) ?? [];
    const missing = own.filter((s) => s.stage !== 'done').map((s) => (s.pair.aId === leader.id ? s.pair.bId : s.pair.aId));
    return { id: leader.id, total: own.length, done: own.length - missing.length, missing };
  });
  return { pairs, requiredByKey, people, leaders, hasNonParty };
}

/** What a roster makes of the overview, computed once per roster (for patchOverview). */
export interface RosterIndex {
  byId: ReadonlyMap<string, Member>;
  /** Each required pair's position, by key. */
  pairAt: ReadonlyMap<string, number>;
  /** Each person's required pairs' positions, in the pairs' order. */
  pairsOf: ReadonlyMap<string, readonly number[]>;
  /** Each party-member leader's position in the overview's leaders. */
  leaderAt: ReadonlyMap<string, number>;
  partyCount: number;
  hasNonParty: boolean;
}

export function rosterIndex(members: readonly Member[], required: readonly RequiredPair[]): RosterIndex {
  const pairsOf = new Map<string, number[]>();
  required.forEach((p, i) => {
    for (const id of [p.aId, p.bId]) {
      const list = pairsOf.get(id);
      if (list) list.push(i);
      else pairsOf.set(id, [i]);
    }
  });
  return {
    byId: new Map(members.map((m) => [m.id, m])),
    pairAt: new Map(required.map((p, i) => [p.key, i])),
    pairsOf,
    leaderAt: new Map(members.filter((m) => isPartyLeader(m) && m.branchId).map((m, i) => [m.id, i])),
    partyCount: members.filter((m) => m.kind === 'party').length,
    hasNonParty: members.some((m) => m.kind !== 'party'),
  };
}

/** The talks as patchOverview reads them: by pair, and each person's done talks, in id order. */
export interface TalkIndex {
  byKey: ReadonlyMap<string, readonly Talk[]>;
  doneBy: ReadonlyMap<string, readonly Talk[]>;
}

/**
 * The overview after some talks changed, the roster unchanged: `prev` with the pairs of `keys`
 * and the people of `ids` (the changed talks' pairs and people, before and after) worked out
 * again from the talks now (`talks`). The same as talkOverview over all of them (a test holds it
 * to that), at the cost of the talks changed.
 */
export function patchOverview(
  prev: TalkOverview,
  required: readonly RequiredPair[],
  r: RosterIndex,
  talks: TalkIndex,
  keys: Iterable<string>,
  ids: Iterable<string>,
): TalkOverview {
  const pairs = prev.pairs.slice();
  for (const key of keys) {
    const at = r.pairAt.get(key);
    if (at === undefined) continue;
    let best: Talk | undefined;
    for (const t of talks.byKey.get(key) ?? []) if (!best || RANK[talkStage(t)] > RANK[talkStage(best)]) best = t;
    const pair = required[at];
    pairs[at] = { pair, talk: best, stage: best ? talkStage(best) : 'none', demanded: pair.awayIds.length === 0 };
  }
  const people = new Map(prev.people);
  const leaders = prev.leaders.slice();
  for (const id of new Set(ids)) {
    const m = r.byId.get(id);
    const present = m !== undefined && m.away === null && m.kind === 'party';
    const p: PersonCoverage = {
      id,
      talkedWith: [],
      owed: [],
      required: 0,
      withParty: false,
      withNonParty: false,
      needsParty: present && r.partyCount > 1,
      needsMasses: present && r.hasNonParty && m?.employment === 'working',
      inScope: present,
    };
    const done = talks.doneBy.get(id) ?? [];
    for (const t of done) {
      for (const [self, other] of [[t.aId, t.bId], [t.bId, t.aId]] as const) {
        if (self !== id) continue;
        if (!p.talkedWith.includes(other)) p.talkedWith.push(other);
        const o = r.byId.get(other);
        if (o?.kind === 'party') p.withParty = true;
        else if (o) p.withNonParty = true;
      }
    }
    const mine = (r.pairsOf.get(id) ?? []).map((at) => pairs[at]).filter((s) => s.demanded);
    for (const s of mine) {
      p.required += 1;
      p.inScope = true;
      if (s.stage !== 'done') p.owed.push(s.pair.aId === id ? s.pair.bId : s.pair.aId);
    }
    // As talkOverview keeps them: every party member, and whoever a done talk or a demanded pair names.
    if (m?.kind === 'party' || done.length > 0 || p.required > 0) people.set(id, p);
    else people.delete(id);
    const at = r.leaderAt.get(id);
    if (at !== undefined) {
      const own = mine.filter((s) => s.pair.reasons.includes('leaderBranch'));
      const missing = own.filter((s) => s.stage !== 'done').map((s) => (s.pair.aId === id ? s.pair.bId : s.pair.aId));
      leaders[at] = { id, total: own.length, done: own.length - missing.length, missing };
    }
  }
  return { pairs, requiredByKey: prev.requiredByKey, people, leaders, hasNonParty: prev.hasNonParty };
}
