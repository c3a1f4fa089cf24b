/**
 * The built-in 示例单位 (示例市经济局), generated as plain records: a living unit in the middle
 * of 分析评议. Pure: ids, `now` and the calendar (see demoCalendar.ts) are passed in.
 */
import { initialPlanActions } from '../campaign/plan';
import { defaultSchedules, extendSchedule, shiftForLateTransition } from '../campaign/schedule';
import type { CampaignTemplate } from '../campaign/template';
import type { Acceptance, ChecklistTick, Meeting, PlanAction, PlanReview } from '../campaign/types';
import type { Branch, Member, Office } from '../members/types';
import type { UnitRecords } from '../data/registry';
import type { Unit } from '../units/types';
import { addDays, templateDate } from '../util/dates';
import { DEMO_BRANCHES, DEMO_NON_PARTY, DEMO_OFFICES, DEMO_PARTY, type DemoPerson } from './demoRoster';

export const DEMO_UNIT_NAME = '示例市经济局';
const SECRETARY = '孙丽萍';
const SUPERVISOR = '刘振华';

export interface DemoUnitOptions {
  template: CampaignTemplate;
  year: number;
  /** Late start of the focus stage, in days (demoCalendar). */
  shiftDays?: number;
  makeId: () => string;
  /** ISO date-time of creation. */
  now: string;
}

/** The demo unit and the records it starts with. */
export type DemoUnitRecords = { unit: Unit } & Pick<
  UnitRecords,
  'branches' | 'offices' | 'members' | 'schedules' | 'acceptances' | 'ticks' | 'planActions' | 'planReviews' | 'meetings'
>;

/** Hand-ticked items, with the template day they were done (items with a measure are computed). */
const DONE_ITEMS: [string, string][] = [
  ['lookback.studyHours', '08-26'],
  ['lookback.notes', '08-26'],
  ['lookback.opinionCoverage', '08-27'],
  ['lookback.catchUp', '08-29'],
  ['lookback.report', '08-30'],
  ['transition.briefing', '09-02'],
  ['transition.planFiled', '09-04'],
  ['opinions.continue', '09-06'],
  ['opinions.scope', '09-10'],
  ['opinions.content', '09-10'],
  ['opinions.channels', '09-09'],
  ['opinions.lastYear', '09-10'],
  ['opinions.summary', '09-12'],
];

const OPTIONAL_ACTIONS: [string, string, string][] = [
  ['开通意见热线和电子邮箱', '设专线电话和专用邮箱，由办公室专人登记、每日汇总', '09-08'],
  ['走访服务对象企业', '班子成员每人走访两家服务对象企业，当面听取对机关作风的意见', '09-12'],
  ['离退休党员送学上门', '对年老体弱的离退休党员，由支部委员上门传达、帮助记录党性分析', '09-20'],
];

export function buildDemoUnit(o: DemoUnitOptions): DemoUnitRecords {
  const { template, year, makeId, now } = o;
  const shift = o.shiftDays ?? 0;
  const focusId = template.focusStageId;
  const day = (md: string) => addDays(templateDate(year, md), shift);
  const at = (md: string) => `${day(md)}T01:30:00.000Z`;
  const today = now.slice(0, 10);
  const unitId = makeId();
  const unit: Unit = {
    id: unitId,
    name: DEMO_UNIT_NAME,
    orgName: '中共示例市经济局机关委员会',
    parentOrg: '中共示例市直属机关工作委员会',
    year,
    contact: SECRETARY,
    phone: '0571-87000001',
    templateId: template.id,
    templateVersion: template.version,
    isDemo: true,
    createdAt: now,
    updatedAt: now,
  };
  const branches: Branch[] = DEMO_BRANCHES.map((name, order) => ({ id: makeId(), unitId, name, order }));
  const offices: Office[] = DEMO_OFFICES.map((o, order) => ({ id: makeId(), unitId, name: o.name, kind: o.kind, order }));
  const years = year - 2005;
  const moved = (ym: string) => `${Number(ym.slice(0, 4)) + years}${ym.slice(4)}`;
  const member = (p: DemoPerson): Member => ({
    id: makeId(),
    unitId,
    kind: p.kind ?? 'party',
    name: p.name,
    gender: p.gender,
    birth: moved(p.birth),
    ...(p.joined ? { joinedParty: moved(p.joined) } : {}),
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
    createdAt: now,
    updatedAt: now,
  });
  const people = [...DEMO_PARTY, ...DEMO_NON_PARTY];
  const members = people.map(member);
  people.forEach((p, i) => {
    if (p.head && p.office !== undefined) offices[p.office].headId = members[i].id;
  });

  const focus = template.stages.find((s) => s.id === focusId)!;
  const prevStage = template.stages[template.stages.indexOf(focus) - 1];
  const acceptDate = day('08-31');
  let schedules = shiftForLateTransition(defaultSchedules(template, unitId, year), focusId, day(focus.defaultStart));
  schedules = schedules.map((s) =>
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
        recordedAt: at('08-31'),
      }]
    : [];

  const mandatory = initialPlanActions(template, unitId, focusId, year, makeId).map((a) => ({ ...a, due: addDays(a.due, shift) }));
  const optional: PlanAction[] = OPTIONAL_ACTIONS.map(([title, description, due], i) => ({
    id: makeId(), unitId, stageId: focusId, mandatory: false, title, description, due: day(due), order: mandatory.length + i,
  }));
  const planReviews: PlanReview[] = [{
    unitId,
    stageId: focusId,
    state: 'approved',
    history: [
      { state: 'draft', at: at('08-30'), by: SECRETARY },
      { state: 'submitted', at: at('09-02'), by: SECRETARY },
      { state: 'approved', at: at('09-03'), by: `${SUPERVISOR}（督导组）`, note: '规定动作齐全，自选动作切合实际，同意实施' },
    ],
  }];
  const meetings: Meeting[] = [{
    id: makeId(),
    unitId,
    kind: 'mobilise',
    date: day('09-03'),
    place: '局机关三楼会议室',
    host: '王建华',
    speaker: '陈国栋',
    keyStaffTrained: true,
    supervisorsPresent: [SUPERVISOR],
    notes: '全局在职党员参加；会后对支部书记、支部委员进行骨干培训；离退休党支部另行传达。',
    createdAt: at('09-03'),
    updatedAt: at('09-03'),
  }];
  const ticks: ChecklistTick[] = DONE_ITEMS.filter(([, md]) => day(md) <= today).map(([itemId, md]) => ({
    unitId, itemId, done: true, by: SECRETARY, at: at(md),
  }));
  return { unit, branches, offices, members, schedules, acceptances, ticks, planActions: [...mandatory, ...optional], planReviews, meetings };
}
