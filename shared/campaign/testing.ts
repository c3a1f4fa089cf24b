/**
 * Test factory: a small campaign snapshot of one unit on the default template, with helpers to
 * add members, meetings, acceptances and ticks. Exported so DB and UI tests can reuse it.
 */
import type { Branch, Member } from '../members/types';
import type { Unit } from '../units/types';
import { defaultTemplate } from './defaultTemplate';
import type { CampaignSnapshot } from './snapshot';
import type { Acceptance, ChecklistTick, Meeting } from './types';

export const TEST_UNIT_ID = 'unit-1';
const T = '2005-08-20T08:00:00.000Z';

export function makeUnit(over: Partial<Unit> = {}): Unit {
  return {
    id: TEST_UNIT_ID,
    name: '市经济委员会',
    orgName: '中共市经济委员会机关支部委员会',
    parentOrg: '中共市直属机关工作委员会',
    year: 2005,
    contact: '王建国',
    templateId: 'fenxi-pingyi-2005',
    templateVersion: 1,
    isDemo: false,
    createdAt: T,
    updatedAt: T,
    ...over,
  };
}

export function makeBranch(over: Partial<Branch> = {}): Branch {
  return { id: 'branch-1', unitId: TEST_UNIT_ID, name: '机关第一党支部', order: 1, ...over };
}

let seq = 0;

export function makeMember(over: Partial<Member> = {}): Member {
  seq += 1;
  return {
    id: `member-${seq}`,
    unitId: TEST_UNIT_ID,
    kind: 'party',
    name: `党员${seq}`,
    branchId: 'branch-1',
    roles: [],
    oversees: [],
    employment: 'working',
    frail: false,
    cannotWrite: false,
    away: null,
    createdAt: T,
    updatedAt: T,
    ...over,
  };
}

/** A complete 转段动员会 held on 2005-09-03 (in time). */
export function makeMobiliseMeeting(over: Partial<Meeting> = {}): Meeting {
  return {
    id: 'meeting-mobilise',
    unitId: TEST_UNIT_ID,
    kind: 'mobilise',
    date: '2005-09-03',
    place: '机关三楼会议室',
    host: '王建国',
    speaker: '李主任',
    keyStaffTrained: true,
    supervisorsPresent: ['督导组 赵明'],
    createdAt: T,
    updatedAt: T,
    ...over,
  };
}

export function makeAcceptance(over: Partial<Acceptance> = {}): Acceptance {
  return {
    id: `acc-${(seq += 1)}`,
    unitId: TEST_UNIT_ID,
    stageId: 'study',
    supervisor: '赵明',
    date: '2005-09-01',
    opinion: '学习动员阶段各项工作达到市委要求，同意转入分析评议阶段。',
    passed: true,
    recordedAt: '2005-09-01T10:00:00.000Z',
    ...over,
  };
}

export function makeTick(itemId: string, over: Partial<ChecklistTick> = {}): ChecklistTick {
  return { unitId: TEST_UNIT_ID, itemId, done: true, by: '王建国', at: '2005-08-30T09:00:00.000Z', ...over };
}

/** An empty unit on the default template: no roster, no records. */
export function makeSnapshot(over: Partial<CampaignSnapshot> = {}): CampaignSnapshot {
  return {
    unit: makeUnit(),
    template: defaultTemplate(),
    schedules: [],
    acceptances: [],
    ticks: [],
    planActions: [],
    planReviews: [],
    meetings: [],
    thresholdOverrides: {},
    ...over,
  };
}

/** Ticks for every 回头看 item of the study stage. */
export function lookbackTicks(s: CampaignSnapshot, stageId = 'study'): ChecklistTick[] {
  const stage = s.template.stages.find((x) => x.id === stageId);
  return (stage?.lookback ?? []).map((i) => makeTick(i.id));
}
