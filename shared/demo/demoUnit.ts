/**
 * The built-in 示例单位 (示例市经济局), generated as plain records: a living unit on its 演示日期
 * 2005年9月13日, in the middle of 分析评议 (see demoCalendar.ts), with the working records of the
 * stage: opinions, talks, 党性分析材料, the 边议边改 ledger and the study log. Pure: ids are
 * passed in; every date is the demo's own, none after the 演示日期.
 */
import { initialPlanActions } from '../campaign/plan';
import { defaultSchedules, extendSchedule } from '../campaign/schedule';
import type { CampaignTemplate } from '../campaign/template';
import type { Acceptance, ChecklistTick, Meeting, PlanAction, PlanReview } from '../campaign/types';
import type { Branch, Member, Office } from '../members/types';
import type { UnitRecords } from '../data/registry';
import type { Unit } from '../units/types';
import { demoAnalyses } from './demoAnalyses';
import { demoAt, demoDate, DEMO_TODAY, DEMO_YEAR } from './demoCalendar';
import { demoCast, DEMO_SECRETARY as SECRETARY, DEMO_SUPERVISOR as SUPERVISOR } from './demoCast';
import { demoMeetings } from './demoMeetings';
import { demoLastYearOpinions, demoOpinions } from './demoOpinions';
import { DEMO_BRANCHES, DEMO_NON_PARTY, DEMO_OFFICES, DEMO_PARTY, type DemoPerson } from './demoRoster';
import { demoFeedbacks, demoTalks } from './demoTalks';
import { demoFixItems, demoStudySessions } from './demoThroughout';

export const DEMO_UNIT_NAME = '示例市经济局';

export interface DemoUnitOptions {
  template: CampaignTemplate;
  makeId: () => string;
}

/** The demo unit and the records it starts with: every unit table but the settings and the log. */
export type DemoUnitRecords = { unit: Unit } & Omit<UnitRecords, 'thresholdOverrides' | 'thresholdChanges' | 'audit'>;

/**
 * Items the secretary ticked by hand, with the day. The steps of 分析评议 are decided by the
 * records below (their items have a measure, and a tick on them would be refused).
 */
const DONE_ITEMS: [string, string][] = [
  ['lookback.studyHours', '08-26'],
  ['lookback.notes', '08-26'],
  ['lookback.opinionCoverage', '08-27'],
  ['lookback.catchUp', '08-29'],
  ['lookback.report', '08-30'],
  ['transition.briefing', '09-02'],
  ['transition.planFiled', '09-04'],
];

const OPTIONAL_ACTIONS: [string, string, string][] = [
  ['开通意见热线和电子邮箱', '设专线电话和专用邮箱，由办公室专人登记、每日汇总', '09-08'],
  ['走访服务对象企业', '班子成员每人走访两家服务对象企业，当面听取对机关作风的意见', '09-12'],
  ['离退休党员送学上门', '对年老体弱的离退休党员，由支部委员上门传达、帮助记录党性分析', '09-20'],
];

/** When the roster was typed in, before the transition. */
const ENTERED = demoAt('08-25', '10:00');

export function buildDemoUnit(o: DemoUnitOptions): DemoUnitRecords {
  const { template, makeId } = o;
  const focusId = template.focusStageId;
  const unitId = makeId();
  const unit: Unit = {
    id: unitId,
    name: DEMO_UNIT_NAME,
    orgName: '中共示例市经济局机关委员会',
    parentOrg: '中共示例市直属机关工作委员会',
    year: DEMO_YEAR,
    contact: SECRETARY,
    phone: '0571-87000001',
    templateId: template.id,
    templateVersion: template.version,
    isDemo: true,
    demoToday: DEMO_TODAY,
    createdAt: ENTERED,
    updatedAt: ENTERED,
  };
  const branches: Branch[] = DEMO_BRANCHES.map((name, order) => ({ id: makeId(), unitId, name, order }));
  const offices: Office[] = DEMO_OFFICES.map((o, order) => ({ id: makeId(), unitId, name: o.name, kind: o.kind, order }));
  const member = (p: DemoPerson): Member => ({
    id: makeId(),
    unitId,
    kind: p.kind ?? 'party',
    name: p.name,
    gender: p.gender,
    birth: p.birth,
    ...(p.joined ? { joinedParty: p.joined } : {}),
    ...((p.kind ?? 'party') === 'party' ? { partyStatus: p.probationary ? 'probationary' : 'full' } : {}),
    education: p.education,
    ...(p.branch !== undefined ? { branchId: branches[p.branch].id } : {}),
    ...(p.office !== undefined ? { officeId: offices[p.office].id } : {}),
    post: p.post,
    roles: p.roles ?? [],
    oversees: (p.oversees ?? []).map((o) => offices[o].id),
    employment: p.retired ? 'retired' : 'working',
    frail: p.frail ?? false,
    ...(p.chronicIll ? { chronicIll: true } : {}),
    cannotWrite: p.cannotWrite ?? false,
    away: p.away ?? null,
    ...(p.phone ? { phone: p.phone } : {}),
    ...(p.note ? { note: p.note } : {}),
    createdAt: ENTERED,
    updatedAt: ENTERED,
  });
  const people = [...DEMO_PARTY, ...DEMO_NON_PARTY];
  const members = people.map(member);
  people.forEach((p, i) => {
    if (p.head && p.office !== undefined) offices[p.office].headId = members[i].id;
  });

  const focus = template.stages.find((s) => s.id === focusId)!;
  const prevStage = template.stages[template.stages.indexOf(focus) - 1];
  const acceptDate = demoDate('08-31');
  const schedules = defaultSchedules(template, unitId, DEMO_YEAR).map((s) =>
    s.stageId === prevStage?.id && s.due < acceptDate ? extendSchedule(s, acceptDate, '开展回头看、认真补课，经督导组验收合格后转段') : s,
  );
  const acceptances: Acceptance[] = prevStage
    ? [{
        id: makeId(),
        unitId,
        stageId: prevStage.id,
        supervisor: SUPERVISOR,
        date: acceptDate,
        opinion: '学习动员阶段回头看扎实，补课到位，学习时间和篇目达到要求，验收合格，同意转入分析评议阶段。',
        passed: true,
        recordedAt: demoAt('08-31'),
      }]
    : [];

  const mandatory = initialPlanActions(template, unitId, focusId, DEMO_YEAR, makeId);
  const optional: PlanAction[] = OPTIONAL_ACTIONS.map(([title, description, due], i) => ({
    id: makeId(), unitId, stageId: focusId, mandatory: false, title, description, due: demoDate(due), order: mandatory.length + i,
  }));
  const planReviews: PlanReview[] = [{
    unitId,
    stageId: focusId,
    state: 'approved',
    history: [
      { state: 'draft', at: demoAt('08-30'), by: SECRETARY },
      { state: 'submitted', at: demoAt('09-02'), by: SECRETARY },
      { state: 'approved', at: demoAt('09-03'), by: `${SUPERVISOR}（督导组）`, note: '规定动作齐全，自选动作切合实际，同意实施' },
    ],
  }];
  const meetings: Meeting[] = [{
    id: makeId(),
    unitId,
    kind: 'mobilise',
    date: demoDate('09-03'),
    place: '局机关三楼会议室',
    host: '王建华',
    speaker: '陈国栋',
    keyStaffTrained: true,
    supervisorsPresent: [SUPERVISOR],
    notes: '全局在职党员参加；会后对支部书记、支部委员进行骨干培训；离退休党支部另行传达。',
    createdAt: demoAt('09-03', '17:00'),
    updatedAt: demoAt('09-03', '17:00'),
  }];
  const ticks: ChecklistTick[] = DONE_ITEMS.map(([itemId, md]) => ({ unitId, itemId, done: true, by: SECRETARY, at: demoAt(md) }));

  const cast = demoCast(unitId, makeId, { members, branches, offices });
  const { opinions, idOf } = demoOpinions(cast);
  const talks = demoTalks(cast);
  const about = (memberId: string) => opinions.filter((x) => x.targetMemberId === memberId).map((x) => x.text);
  return {
    unit,
    branches,
    offices,
    members,
    schedules,
    acceptances,
    ticks,
    planActions: [...mandatory, ...optional],
    planReviews,
    meetings,
    opinions,
    lastYearOpinions: demoLastYearOpinions(cast),
    talks,
    feedbacks: demoFeedbacks(cast, talks, opinions),
    ...demoAnalyses(cast, about),
    fixItems: demoFixItems(cast, idOf),
    studySessions: demoStudySessions(cast),
    // The meetings planned; evaluation, notices, survey and self-inspection come after them.
    ...demoMeetings(cast),
    // Acceptances typed in by the unit (paper); none from signed receipts.
    acceptanceReceipts: [],
  };
}
