/**
 * Test factory: the bureau of shared/talks/testing.ts with everything the R-MEET-SIX gate asks
 * for in place — every required talk done, an opinion about every party member and every cell of
 * the register filled, every material approved, everyone present, the 上级党组织 and 督导组 there,
 * conditions 1–2 confirmed — for the leadership's meeting (`dl`) and the first branch's (`b1m`).
 * A test breaks one thing and watches the gate close.
 */
import type { Analysis } from '../analysis/types';
import { REQUIRED_CATEGORIES, REQUIRED_SOURCES, type PresenceKey } from '../opinions/coverage';
import { OPINION_TARGETS } from '../opinions/types';
import { requiredTalkPairs } from '../talks/pairs';
import { makeBureau, UNIT } from '../talks/testing';
import type { GateWorld } from './gateFacts';
import { meetingScope } from './scope';
import type { MeetingAttendance, MeetingGateCheck, MeetingTurn, SpecialMeeting } from './types';

const T = '2005-09-20T08:00:00.000Z';

export function meeting(id: string, over: Partial<SpecialMeeting> = {}): SpecialMeeting {
  return {
    id,
    unitId: UNIT,
    kind: 'orgLife',
    branchId: 'b1',
    status: 'planned',
    date: '2005-09-22',
    time: '08:30',
    place: '三楼会议室',
    hostName: '孙丽萍',
    recorderName: '王伟',
    nonParty: ['钱小红'],
    higherNames: ['高建华'],
    higherOrgs: ['市直机关工委'],
    supervisorNames: ['刘督导'],
    agenda: ['党员逐一作党性分析', '开展批评与自我批评'],
    createdAt: T,
    updatedAt: T,
    ...over,
  };
}

export const present = (meetingId: string, memberId: string, over: Partial<MeetingAttendance> = {}): MeetingAttendance => ({
  id: `att-${meetingId}-${memberId}`,
  unitId: UNIT,
  meetingId,
  memberId,
  present: true,
  createdAt: T,
  updatedAt: T,
  ...over,
});

export const turn = (meetingId: string, memberId: string, order: number, over: Partial<MeetingTurn> = {}): MeetingTurn => ({
  id: `turn-${meetingId}-${memberId}`,
  unitId: UNIT,
  meetingId,
  memberId,
  order,
  presentation: 'inPerson',
  analysis: '理论学习不够深入',
  criticFrom: ['孙丽萍'],
  criticisms: ['下基层调研少'],
  createdAt: T,
  updatedAt: T,
  ...over,
});

const check = (meetingId: string, condition: MeetingGateCheck['condition']): MeetingGateCheck => ({
  id: `check-${meetingId}-${condition}`,
  unitId: UNIT,
  meetingId,
  condition,
  by: '刘督导',
  on: '2005-09-20',
  createdAt: T,
});

export function readyWorld() {
  const bureau = makeBureau();
  const dl = meeting('dl', { kind: 'democraticLife', branchId: undefined, hostName: '陈国栋' });
  const b1m = meeting('b1m');
  const party = bureau.members.filter((m) => m.kind === 'party');
  const pairs = requiredTalkPairs(bureau.members, bureau.offices, bureau.branches);
  const combos: PresenceKey[] = OPINION_TARGETS.flatMap((target) =>
    REQUIRED_CATEGORIES.flatMap((category) => REQUIRED_SOURCES.map((source) => ({ target, category, source, channel: 'talk' as const }))),
  );
  const world: GateWorld = {
    ...bureau,
    analyses: party.map((m): Pick<Analysis, 'memberId' | 'state'> => ({ memberId: m.id, state: 'approved' })),
    doneTalks: pairs.map((p) => ({ aId: p.aId, bId: p.bId })),
    opinionCounts: new Map(party.map((m) => [m.id, 1])),
    opinionCombos: combos,
    attendance: [dl, b1m].flatMap((mt) => meetingScope(mt, bureau.members).map((m) => present(mt.id, m.id))),
    checks: [dl, b1m].flatMap((mt) => [check(mt.id, 'opinions'), check(mt.id, 'talks')]),
    ratio: 0.8,
    minOpinions: 1,
  };
  return { world, dl, b1m, bureau };
}
