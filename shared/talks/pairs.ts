/**
 * R-TALK-PAIRS, R-TALK-LEADER-ALL: who must talk with whom, from the roster's roles, the offices
 * the leaders oversee (分管) and the branches. Pure and O(pairs): the team is small, and each
 * branch's members are walked once per secretary or leader in it.
 *
 * 党员之间 and 党员与群众 are demanded per person, not pair by pair (./coverage.ts).
 */
import { zhCollator } from '../members/rosterView';
import type { Branch, Member, Office, Role } from '../members/types';
import type { TalkReason } from './types';

export interface RequiredPair {
  /** The unordered pair (./pairKey): A↔B is B↔A. */
  key: string;
  /** 谈话人: the senior side of the pair's first reason (the head, the leader, the secretary). */
  aId: string;
  /** 谈话对象 */
  bId: string;
  /** Every rule that requires the pair, in the order of TALK_REASONS. */
  reasons: TalkReason[];
  /** Those of the two who are away (外出): the pair is listed, but not demanded in person. */
  awayIds: string[];
}

/** The key of an unordered pair. */
export function pairKey(x: string, y: string): string {
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}

/** 主要领导: the unit head, and the 党组书记 where that is someone else. */
const MAIN_LEADER: readonly Role[] = ['unitHead', 'partyGroupSecretary'];
/** 领导干部: who talks with the heads of the offices he or she oversees. */
const LEADER: readonly Role[] = ['unitHead', 'partyGroupSecretary', 'teamMember', 'leaderCadre'];

const hasAny = (m: Member, roles: readonly Role[]) => m.roles.some((r) => roles.includes(r));

/** A party member who leads (党员领导干部): talks with every member of his or her branch. */
export function isPartyLeader(m: Member): boolean {
  return m.kind === 'party' && hasAny(m, LEADER);
}

export function requiredTalkPairs(members: readonly Member[], offices: readonly Office[], branches: readonly Branch[]): RequiredPair[] {
  const sorted = [...members].sort((a, b) => zhCollator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  const byId = new Map(sorted.map((m) => [m.id, m]));
  const branchIds = new Set(branches.map((b) => b.id));
  const pairs = new Map<string, RequiredPair>();
  const add = (from: Member, to: Member, reason: TalkReason) => {
    if (from.id === to.id) return;
    const key = pairKey(from.id, to.id);
    const old = pairs.get(key);
    if (old) {
      if (!old.reasons.includes(reason)) old.reasons.push(reason);
      return;
    }
    const awayIds = [from, to].filter((m) => m.away !== null).map((m) => m.id);
    pairs.set(key, { key, aId: from.id, bId: to.id, reasons: [reason], awayIds });
  };

  // Main leaders with the team members, then the team among itself (the main leaders too, when
  // the 局长 and the 党组书记 are two people).
  const mains = sorted.filter((m) => hasAny(m, MAIN_LEADER));
  const team = sorted.filter((m) => m.roles.includes('teamMember') && !hasAny(m, MAIN_LEADER));
  for (const head of mains) for (const t of team) add(head, t, 'headTeam');
  for (const group of [mains, team]) {
    group.forEach((x, i) => group.slice(i + 1).forEach((y) => add(x, y, 'teamTeam')));
  }

  // Leaders with the heads of the offices and sub-units they oversee (not with branches).
  const headOf = new Map(offices.map((o) => [o.id, o.headId ? byId.get(o.headId) : undefined]));
  for (const leader of sorted.filter((m) => hasAny(m, LEADER))) {
    for (const officeId of leader.oversees) {
      const head = headOf.get(officeId);
      if (head) add(leader, head, 'leaderOffice');
    }
  }

  // The party members of each existing branch.
  const partyOf = new Map<string, Member[]>();
  for (const m of sorted) {
    if (m.kind !== 'party' || !m.branchId || !branchIds.has(m.branchId)) continue;
    const list = partyOf.get(m.branchId) ?? [];
    list.push(m);
    partyOf.set(m.branchId, list);
  }
  for (const secretary of sorted.filter((m) => m.roles.includes('branchSecretary') && m.branchId)) {
    for (const m of partyOf.get(secretary.branchId!) ?? []) add(secretary, m, 'secretaryMember');
  }
  for (const leader of sorted.filter((m) => isPartyLeader(m) && m.branchId)) {
    for (const m of partyOf.get(leader.branchId!) ?? []) add(leader, m, 'leaderBranch');
  }
  return [...pairs.values()];
}

/**
 * The reasons of a talk the rules do not require pair by pair: 党员之间, 党员与群众, or none
 * (two non-party people).
 */
export function extraTalkReasons(a: Pick<Member, 'kind'>, b: Pick<Member, 'kind'>): TalkReason[] {
  const party = [a, b].filter((m) => m.kind === 'party').length;
  return party === 2 ? ['memberMember'] : party === 1 ? ['memberMasses'] : [];
}
