import { describe, expect, it } from 'vitest';
import { computeDashboard } from './dashboard';
import { defaultSchedules, extendSchedule, shiftForLateTransition } from './schedule';
import {
  lookbackTicks,
  makeAcceptance,
  makeMobiliseMeeting,
  makeSnapshot,
  makeTick,
  TEST_UNIT_ID,
} from './testing';

describe('computeDashboard', () => {
  it('R-STAGE-LOOKBACK: while stage 2 is locked the 回头看 list comes first in next', () => {
    const d = computeDashboard(makeSnapshot(), {}, '2005-08-30');
    expect(d.current.id).toBe('study');
    expect(d.focus).toMatchObject({ id: 'analysis', locked: true });
    expect(d.locked.map((l) => l.id)).toEqual(['analysis', 'rectify']);
    expect(d.locked[0].reasons[0].rule).toBe('R-STAGE-LOOKBACK');
    expect(d.lookback).toMatchObject({ stageId: 'study', progress: { done: 0, total: 5 }, days: 2 });
    expect(d.next.map((n) => n.id)).toEqual(['lookback.studyHours', 'lookback.notes', 'lookback.opinionCoverage']);
    expect(d.next[0].text).toBe('8月31日前：学习时间和学习篇目达到市委要求');
  });

  it('R-STAGE-LOOKBACK: with the 回头看 done, next asks the 督导组 to accept', () => {
    const s = makeSnapshot();
    s.ticks = lookbackTicks(s);
    const d = computeDashboard(s, {}, '2005-08-30');
    expect(d.lookback?.progress).toEqual({ done: 5, total: 5 });
    expect(d.next[0]).toMatchObject({ id: 'acceptance:study', text: '8月31日前：提请督导组验收学习动员阶段' });
  });

  it('after acceptance the focus stage opens and the lookback disappears', () => {
    const d = computeDashboard(makeSnapshot({ acceptances: [makeAcceptance()] }), {}, '2005-09-02');
    expect(d.current).toMatchObject({ id: 'analysis', locked: false, daysLeft: 28, overdue: false, extended: false });
    expect(d.lookback).toBeNull();
    expect(d.locked.map((l) => l.id)).toEqual(['rectify']);
    expect(d.steps.map((st) => st.id)[0]).toBe('transition');
  });

  it('next three: undone items by due date, then template order', () => {
    const s = makeSnapshot({
      acceptances: [makeAcceptance()],
      schedules: defaultSchedules(makeSnapshot().template, TEST_UNIT_ID, 2005),
    });
    const d = computeDashboard(s, { roster: { hasParty: true, branches: 1, unplaced: [] } }, '2005-09-01');
    expect(d.next.map((n) => n.id)).toEqual(['transition.planDrafted', 'transition.planApproved', 'transition.briefing']);
    expect(d.next.every((n) => !n.overdue)).toBe(true);
    const transition = d.steps[0];
    expect(transition.progress).toEqual({ done: 2, total: 7 });
    expect(transition.items[0]).toMatchObject({ id: 'transition.roster', done: true, computed: true, due: '2005-09-02' });
  });

  it('R-STAGE-MOBILISE: a missed deadline is red: overdue item and mobilisation state', () => {
    const s = makeSnapshot({ acceptances: [makeAcceptance()] });
    const d = computeDashboard(s, {}, '2005-09-06');
    expect(d.mobilisation).toMatchObject({ state: 'overdue', deadline: '2005-09-04', daysLeft: -2 });
    const mobilise = d.overdue.find((i) => i.id === 'transition.mobilise');
    expect(mobilise).toMatchObject({ overdue: true, rule: 'R-STAGE-MOBILISE', computed: true });
    expect(d.next[0].text).toMatch(/^已逾期 4 天：/);
  });

  it('R-STAGE-MOBILISE: a meeting held in time leaves nothing red for it', () => {
    const s = makeSnapshot({ acceptances: [makeAcceptance()], meetings: [makeMobiliseMeeting()] });
    const d = computeDashboard(s, {}, '2005-09-06');
    expect(d.mobilisation.state).toBe('done');
    expect(d.overdue.some((i) => i.id === 'transition.mobilise')).toBe(false);
  });

  it('overdue lists only undone items past due, earliest first', () => {
    const s = makeSnapshot({ acceptances: [makeAcceptance()], ticks: [makeTick('transition.briefing')] });
    const d = computeDashboard(s, {}, '2005-09-09');
    const ids = d.overdue.map((i) => i.id);
    expect(ids).not.toContain('transition.briefing');
    expect(ids).toContain('talks.plan');
    expect(ids).not.toContain('opinions.scope');
    const dues = d.overdue.map((i) => i.due!);
    expect([...dues].sort()).toEqual(dues);
  });

  it('R-STAGE-SCHEDULE: an extended stage is not overdue and says so', () => {
    const schedules = defaultSchedules(makeSnapshot().template, TEST_UNIT_ID, 2005);
    schedules[1] = extendSchedule(schedules[1], '2005-10-10', '满意度未达70%，补课');
    const d = computeDashboard(makeSnapshot({ acceptances: [makeAcceptance()], schedules }), {}, '2005-10-03');
    expect(d.current).toMatchObject({ id: 'analysis', due: '2005-10-10', daysLeft: 7, overdue: false, extended: true });
  });

  it('overall progress counts every item of the focus stage', () => {
    const d = computeDashboard(makeSnapshot(), {}, '2005-09-01');
    const total = d.steps.reduce((n, st) => n + st.items.length, 0);
    expect(d.progress).toEqual({ done: 0, total });
  });

  it('R-STAGE-SCHEDULE: a late transition shifts item due dates and the mobilisation deadline', () => {
    const base = defaultSchedules(makeSnapshot().template, TEST_UNIT_ID, 2005);
    const schedules = shiftForLateTransition(base, 'analysis', '2005-09-11');
    const d = computeDashboard(makeSnapshot({ acceptances: [makeAcceptance()], schedules }), {}, '2005-09-12');
    expect(d.mobilisation).toMatchObject({ deadline: '2005-09-14', state: 'dueSoon', daysLeft: 2 });
    const mobilise = d.steps[0].items.find((i) => i.id === 'transition.mobilise');
    expect(mobilise).toMatchObject({ due: '2005-09-14', overdue: false });
    expect(d.overdue).toEqual([]);
  });
});

describe('closing items and extensions', () => {
  it('R-STAGE-SCHEDULE: an extension moves the stage\'s closing items (自查, 验收) with its end', () => {
    const base = makeSnapshot({ acceptances: [makeAcceptance()] });
    const schedules = defaultSchedules(base.template, TEST_UNIT_ID, 2005).map((x) =>
      x.stageId === 'analysis' ? extendSchedule(x, '2005-10-20', '专题组织生活会推迟召开') : x,
    );
    const d = computeDashboard({ ...base, schedules }, {}, '2005-10-05');
    expect(d.current).toMatchObject({ id: 'analysis', daysLeft: 15, overdue: false, extended: true });
    const closing = d.steps.find((st) => st.id === 'selfCheck')!.items;
    expect(closing.map((i) => i.due)).toEqual(['2005-10-20', '2005-10-20', '2005-10-20']);
    expect(d.overdue.map((i) => i.id)).not.toContain('selfCheck.report');
    // Items due earlier in the stage stay overdue: the extension is for the stage's end.
    expect(d.overdue.map((i) => i.id)).toContain('opinions.summary');
  });
});
