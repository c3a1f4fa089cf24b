import { describe, expect, it } from 'vitest';
import { itemStatus } from './checklist';
import { MEASURES } from './measures';
import type { RosterFacts } from '../members/measures';
import { initialPlanActions } from './plan';
import { defaultSchedules } from './schedule';
import { makeAcceptance, makeMobiliseMeeting, makeSnapshot, makeTick, TEST_UNIT_ID } from './testing';

const NOW = '2005-09-03';
const m = (key: string, s = makeSnapshot()) => MEASURES[key].compute(s, {}, NOW);

describe('measures', () => {
  it('roster.ready needs party members placed in branches, naming who is not', () => {
    const r = (roster?: RosterFacts) => MEASURES['roster.ready'].compute(makeSnapshot(), roster ? { roster } : {}, NOW);
    expect(r()).toMatchObject({ done: false, detail: '正在统计…' });
    expect(r({ hasParty: false, branches: 0, unplaced: [] })).toMatchObject({ done: false, detail: '尚未录入党员名册' });
    expect(r({ hasParty: true, branches: 0, unplaced: ['张三'] })).toMatchObject({ done: false, detail: '尚未设置党支部' });
    expect(r({ hasParty: true, branches: 1, unplaced: ['李四'] })).toEqual({ done: false, detail: '1 名党员未分配支部：李四' });
    expect(r({ hasParty: true, branches: 1, unplaced: [] })).toEqual({ done: true, detail: '党员名册已录入，党支部 1 个' });
  });

  it('R-STAGE-PLAN: plan.mandatoryComplete counts 规定动作 with dates', () => {
    expect(m('plan.mandatoryComplete')).toMatchObject({ done: false, detail: '尚未制定工作方案' });
    const s = makeSnapshot();
    let id = 0;
    s.planActions = initialPlanActions(s.template, TEST_UNIT_ID, 'analysis', 2005, () => `a${(id += 1)}`);
    const total = s.planActions.length;
    expect(m('plan.mandatoryComplete', s)).toMatchObject({ done: true, progress: { done: total, total } });
    s.planActions[0] = { ...s.planActions[0], due: '' };
    expect(m('plan.mandatoryComplete', s)).toMatchObject({ done: false, detail: '缺少规定动作或日期：召开转段动员会' });
  });

  it('R-STAGE-PLAN: plan.approved follows the review state', () => {
    expect(m('plan.approved')).toEqual({ done: false, detail: '工作方案尚未报督导组审核' });
    const s = makeSnapshot({ planReviews: [{ unitId: TEST_UNIT_ID, stageId: 'analysis', state: 'approved', history: [] }] });
    expect(m('plan.approved', s)).toEqual({ done: true, detail: '工作方案已经督导组把关通过' });
  });

  it('R-STAGE-MOBILISE: mobilise.held lists what is missing', () => {
    const s = makeSnapshot({ meetings: [makeMobiliseMeeting({ keyStaffTrained: false, supervisorsPresent: [' '] })] });
    expect(m('mobilise.held', s)).toEqual({ done: false, detail: '尚缺：骨干人员培训；督导组派人参加' });
    expect(m('mobilise.held', makeSnapshot({ meetings: [makeMobiliseMeeting()] })).done).toBe(true);
  });

  it('R-STAGE-LOOKBACK: lookback.accepted reads the latest study-stage acceptance', () => {
    expect(m('lookback.accepted')).toEqual({ done: false, detail: '学习动员阶段尚未经督导组验收' });
    const failed = makeAcceptance({ passed: false, opinion: '笔记不全' });
    expect(m('lookback.accepted', makeSnapshot({ acceptances: [failed] }))).toEqual({
      done: false,
      detail: '学习动员阶段验收未通过（督导组 赵明，2005年9月1日）：笔记不全',
    });
    expect(m('lookback.accepted', makeSnapshot({ acceptances: [makeAcceptance()] })).done).toBe(true);
    expect(m('analysis.accepted', makeSnapshot({ acceptances: [makeAcceptance()] })).done).toBe(false);
  });

  it('R-STAGE-SCHEDULE: schedule.set needs every stage dated', () => {
    const s = makeSnapshot();
    expect(m('schedule.set', s)).toMatchObject({ done: false, progress: { done: 0, total: 3 } });
    s.schedules = defaultSchedules(s.template, TEST_UNIT_ID, 2005);
    expect(m('schedule.set', s)).toEqual({ done: true, progress: { done: 3, total: 3 }, detail: '各阶段时间安排已确定' });
  });

  it('items without a measure follow the latest hand tick', () => {
    const item = { id: 'talks.plan', title: '制定谈心计划', mandatory: true };
    expect(itemStatus(makeSnapshot(), {}, item, NOW)).toEqual({ done: false, computed: false, detail: '未完成' });
    const ticked = makeSnapshot({ ticks: [makeTick('talks.plan', { note: '见计划表' })] });
    expect(itemStatus(ticked, {}, item, NOW)).toEqual({
      done: true,
      computed: false,
      detail: '王建国 于2005年8月30日确认完成：见计划表',
    });
    ticked.ticks.push(makeTick('talks.plan', { done: false, at: '2005-08-31T09:00:00.000Z' }));
    expect(itemStatus(ticked, {}, item, NOW).done).toBe(false);
  });
});
