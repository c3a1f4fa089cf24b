/**
 * The facts the R-MEET-SIX gate of one meeting reads, from the unit's records read once
 * (`GateWorld`, see renderer/db/repos/specialMeetings.ts `readGateWorld`): the roster, each
 * material's state, the done talks, how many opinions are about each member concerned, the
 * register's coverage, the meetings' attendance
 * and the 督导组's confirmations. `indexWorld` does the unit-wide work once (the required talk
 * pairs, the maps); `gateFacts` then costs O(scope + pairs) per meeting.
 */
import { REVIEWED_STATES } from '../analysis/review';
import type { Analysis, AnalysisState } from '../analysis/types';
import { zhCollator } from '../members/rosterView';
import type { Branch, Member, Office } from '../members/types';
import { presenceGaps, presenceOf, type OpinionPresence, type PresenceKey } from '../opinions/coverage';
import type { OpinionTarget } from '../opinions/types';
import { pairKey, requiredTalkPairs } from '../talks/pairs';
import { GONE, personLabels } from '../talks/people';
import type { Talk } from '../talks/types';
import { meetingLead, meetingScope, memberWord, scopeWord } from './scope';
import type { ConfirmedCondition, MeetingAttendance, MeetingGateCheck, SpecialMeeting } from './types';

export interface GateWorld {
  members: readonly Member[];
  branches: readonly Branch[];
  offices: readonly Office[];
  analyses: readonly Pick<Analysis, 'memberId' | 'state'>[];
  /** Talks done (status `done`). */
  doneTalks: readonly Pick<Talk, 'aId' | 'bId'>[];
  /** Opinions about each member, for the members of the meetings asked about (others: none read). */
  opinionCounts: ReadonlyMap<string, number>;
  /** The register's distinct (target, category, source, channel) combinations. */
  opinionCombos: readonly PresenceKey[];
  attendance: readonly MeetingAttendance[];
  checks: readonly MeetingGateCheck[];
  /** The unit's meetingAttendanceRatio (R-MEET-SIX condition 4). */
  ratio: number;
  /** The unit's opinionMinPerMember: opinions each member in scope must have about him or her. */
  minOpinions: number;
}

export interface Person {
  id: string;
  name: string;
}

export interface Confirmation {
  by: string;
  on: string;
}

export interface GateFacts {
  kind: SpecialMeeting['kind'];
  /** “机关第二党支部” / “领导班子” */
  scopeWord: string;
  /** “名党员” / “名班子成员” */
  memberWord: string;
  /** 应到: the party members in scope. */
  expected: Person[];
  lead: { title: string; people: Person[]; missing?: string; note?: string };
  /** Condition 1's data: who in scope has too few opinions about him or her; the required blanks. */
  opinions: { minPerMember: number; short: Person[]; blanks: string[] };
  /** Condition 2's data: the required pairs in scope demanded in person, and those not done. */
  talks: { total: number; notDone: string[] };
  /** Condition 3: people in scope whose material has not reached 审阅通过. */
  notReviewed: Person[];
  /** Condition 4–5: attendance entered, by member id. */
  attendance: ReadonlyMap<string, { present: boolean; reason?: string }>;
  ratio: number;
  /** Condition 6. */
  higher: { name: string; org: string }[];
  supervisors: string[];
  /** The 督导组's confirmations of conditions 1–2 (the newest of each). */
  confirmed: Partial<Record<ConfirmedCondition, Confirmation>>;
}

export interface WorldIndex {
  world: GateWorld;
  /** The members in pinyin order, so every list of names reads the same whatever the storage order. */
  members: Member[];
  labels: Map<string, string>;
  branchName: Map<string, string>;
  state: Map<string, AnalysisState>;
  opinionCount: ReadonlyMap<string, number>;
  presence: OpinionPresence;
  /** Required pairs in which nobody is away, and whether each is done. */
  pairs: { aId: string; bId: string; done: boolean }[];
  attendanceOf: Map<string, MeetingAttendance[]>;
  checksOf: Map<string, MeetingGateCheck[]>;
}

function groupBy<T>(list: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    const g = out.get(k);
    if (g) g.push(x);
    else out.set(k, [x]);
  }
  return out;
}

export function indexWorld(world: GateWorld): WorldIndex {
  const done = new Set(world.doneTalks.map((t) => pairKey(t.aId, t.bId)));
  return {
    world,
    members: [...world.members].sort((a, b) => zhCollator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1)),
    labels: personLabels(world.members, [...world.branches]),
    branchName: new Map(world.branches.map((b) => [b.id, b.name])),
    state: new Map(world.analyses.map((a) => [a.memberId, a.state])),
    opinionCount: world.opinionCounts,
    presence: presenceOf(world.opinionCombos, 0, 0),
    pairs: requiredTalkPairs(world.members, world.offices, [...world.branches])
      .filter((p) => p.awayIds.length === 0)
      .map((p) => ({ aId: p.aId, bId: p.bId, done: done.has(p.key) })),
    attendanceOf: groupBy(world.attendance, (a) => a.meetingId),
    checksOf: groupBy(world.checks, (c) => c.meetingId),
  };
}

/** The opinion targets that matter to a meeting besides each person in it. */
const TARGETS: Record<SpecialMeeting['kind'], OpinionTarget[]> = { democraticLife: ['leadership', 'member'], orgLife: ['organisation', 'member'] };

type GateMeeting = Pick<SpecialMeeting, 'id' | 'kind' | 'branchId' | 'higherNames' | 'higherOrgs' | 'supervisorNames'>;

export function gateFacts(ix: WorldIndex, meeting: GateMeeting): GateFacts {
  const branchName = meeting.branchId ? (ix.branchName.get(meeting.branchId) ?? '本支部') : undefined;
  const scope = meetingScope(meeting, ix.members);
  const person = (m: { id: string }): Person => ({ id: m.id, name: ix.labels.get(m.id) ?? GONE });
  const ids = new Set(scope.map((m) => m.id));
  const lead = meetingLead(meeting, scope, branchName);
  const gaps = presenceGaps(ix.presence);
  const min = ix.world.minOpinions;
  const pairs = ix.pairs.filter((p) => ids.has(p.aId) || ids.has(p.bId));
  const confirmed: GateFacts['confirmed'] = {};
  // The newest confirmation of each condition counts (the repository keeps one, a backup may hold more).
  const checks = [...(ix.checksOf.get(meeting.id) ?? [])].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  for (const c of checks) confirmed[c.condition] = { by: c.by, on: c.on };
  return {
    kind: meeting.kind,
    scopeWord: scopeWord(meeting.kind, branchName),
    memberWord: memberWord(meeting.kind),
    expected: scope.map(person),
    lead: { ...lead, people: lead.people.map(person) },
    opinions: {
      minPerMember: min,
      short: min > 0 ? scope.filter((m) => (ix.opinionCount.get(m.id) ?? 0) < min).map(person) : [],
      blanks: [...gaps.cells.filter((g) => g.kind === 'cell' && TARGETS[meeting.kind].includes(g.target)), ...gaps.sources].map((g) => g.words),
    },
    talks: {
      total: pairs.length,
      notDone: pairs.filter((p) => !p.done).map((p) => `${ix.labels.get(p.aId) ?? GONE}—${ix.labels.get(p.bId) ?? GONE}`),
    },
    notReviewed: scope.filter((m) => !REVIEWED_STATES.includes(ix.state.get(m.id) ?? 'draft')).map(person),
    attendance: new Map(
      (ix.attendanceOf.get(meeting.id) ?? []).filter((a) => ids.has(a.memberId)).map((a) => [a.memberId, { present: a.present, reason: a.absentReason }]),
    ),
    ratio: ix.world.ratio,
    higher: meeting.higherNames.map((name, i) => ({ name, org: meeting.higherOrgs[i] ?? '' })),
    supervisors: [...meeting.supervisorNames],
    confirmed,
  };
}
