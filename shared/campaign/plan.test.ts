import { describe, expect, it } from 'vitest';
import {
  applyPlanReviewEvent,
  canRemovePlanAction,
  editResetsReview,
  initialPlanActions,
  nextPlanReview,
  validatePlan,
  validatePlanAction,
} from './plan';
import { defaultSchedules } from './schedule';
import { makeSnapshot, TEST_UNIT_ID } from './testing';
import type { PlanAction } from './types';

let n = 0;
const makeId = () => `pa-${(n += 1)}`;

function planned(extra: PlanAction[] = []) {
  const s = makeSnapshot();
  s.planActions = [...initialPlanActions(s.template, TEST_UNIT_ID, 'analysis', 2005, makeId), ...extra];
  return s;
}

const optional: PlanAction = {
  id: 'own-1',
  unitId: TEST_UNIT_ID,
  stageId: 'analysis',
  mandatory: false,
  title: '深入社区为群众办实事',
  description: '结合“送关怀、办实事”活动，每名党员联系一户困难群众。',
  due: '2005-09-20',
  order: 20,
};

describe('R-STAGE-PLAN', () => {
  it('R-STAGE-PLAN: the initial plan holds every 规定动作, locked, with dates in the unit year', () => {
    const s = planned();
    expect(s.planActions).toHaveLength(s.template.planActions.length);
    expect(s.planActions.every((a) => a.mandatory && a.templateActionId)).toBe(true);
    expect(s.planActions[0]).toMatchObject({ title: '召开转段动员会', due: '2005-09-04', order: 0 });
    expect(validatePlan(s, 'analysis')).toEqual({ ok: true });
  });

  it('R-STAGE-PLAN: a mandatory action cannot be removed; an optional one can', () => {
    const [first] = planned().planActions;
    expect(canRemovePlanAction(first)).toEqual({
      ok: false,
      reasons: [{ rule: 'R-STAGE-PLAN', message: '规定动作不能删除或简化', subjects: ['召开转段动员会'] }],
    });
    expect(canRemovePlanAction(optional)).toEqual({ ok: true });
  });

  it('R-STAGE-PLAN: a missing, renamed or emptied 规定动作 is refused', () => {
    const s = planned();
    s.planActions = s.planActions.slice(1);
    s.planActions[0] = { ...s.planActions[0], title: '征求意见' };
    s.planActions[1] = { ...s.planActions[1], description: '' };
    const g = validatePlan(s, 'analysis');
    if (g.ok) throw new Error('expected reasons');
    expect(g.reasons.map((r) => r.message)).toEqual([
      '缺少规定动作“召开转段动员会”，规定动作不能省略',
      '规定动作“广泛征求意见”不能改名或走样（现为“征求意见”）',
      '规定动作“开展谈心活动”的内容不能删减，不能简化程序',
    ]);
  });

  it('R-STAGE-PLAN: an optional action without content is a 花架子', () => {
    const s = planned([{ ...optional, description: ' ' }]);
    const g = validatePlan(s, 'analysis');
    if (g.ok) throw new Error('expected reasons');
    expect(g.reasons).toEqual([
      {
        rule: 'R-STAGE-PLAN',
        message: '自选动作“深入社区为群众办实事”须写明具体做法，切实可行，不搞花架子',
        subjects: ['深入社区为群众办实事'],
      },
    ]);
    expect(validatePlan(planned([optional]), 'analysis')).toEqual({ ok: true });
  });

  it('R-STAGE-PLAN: an action needs a title and a date inside the stage schedule', () => {
    const schedule = defaultSchedules(makeSnapshot().template, TEST_UNIT_ID, 2005)[1];
    expect(validatePlanAction(optional, schedule)).toEqual({ ok: true });
    const g = validatePlanAction({ ...optional, title: '', due: '2005-10-08' }, schedule);
    if (g.ok) throw new Error('expected reasons');
    expect(g.reasons.map((r) => r.message)).toEqual([
      '工作方案中的动作须有名称',
      '“未命名动作”的日期2005年10月8日不在本阶段时间安排内（2005年9月1日至2005年9月30日）',
    ]);
    const noDate = validatePlanAction({ ...optional, due: '' }, schedule);
    expect(noDate.ok).toBe(false);
  });

  it('R-STAGE-PLAN: an empty plan is refused', () => {
    expect(validatePlan(makeSnapshot(), 'analysis')).toEqual({
      ok: false,
      reasons: [{ rule: 'R-STAGE-PLAN', message: '尚未制定工作方案' }],
    });
  });
});

describe('R-STAGE-PLAN: review state machine', () => {
  it('R-STAGE-PLAN: draft → submitted → approved; returned → submitted', () => {
    expect(nextPlanReview('draft', 'submit')).toEqual({ ok: true, value: 'submitted' });
    expect(nextPlanReview('submitted', 'approve')).toEqual({ ok: true, value: 'approved' });
    expect(nextPlanReview('submitted', 'return')).toEqual({ ok: true, value: 'returned' });
    expect(nextPlanReview('returned', 'submit')).toEqual({ ok: true, value: 'submitted' });
    expect(nextPlanReview('returned', 'edit')).toEqual({ ok: true, value: 'returned' });
  });

  it('R-STAGE-PLAN: editing an approved or submitted plan returns it to draft', () => {
    expect(nextPlanReview('approved', 'edit')).toEqual({ ok: true, value: 'draft' });
    expect(nextPlanReview('submitted', 'edit')).toEqual({ ok: true, value: 'draft' });
    expect(editResetsReview('approved')).toBe(true);
    expect(editResetsReview('draft')).toBe(false);
  });

  it('R-STAGE-PLAN: illegal transitions return a reason, not an exception', () => {
    expect(nextPlanReview('draft', 'approve')).toEqual({
      ok: false,
      error: { rule: 'R-STAGE-PLAN', message: '工作方案处于“草稿”状态，不能把关通过' },
    });
    expect(nextPlanReview('approved', 'submit').ok).toBe(false);
    expect(nextPlanReview('returned', 'approve').ok).toBe(false);
    expect(nextPlanReview('draft', 'return').ok).toBe(false);
  });

  it('R-STAGE-PLAN: submitting needs a valid plan', () => {
    const bad = applyPlanReviewEvent(makeSnapshot(), 'analysis', 'submit');
    expect(bad).toEqual({ ok: false, error: [{ rule: 'R-STAGE-PLAN', message: '尚未制定工作方案' }] });
    expect(applyPlanReviewEvent(planned(), 'analysis', 'submit')).toEqual({ ok: true, value: 'submitted' });
    const s = planned();
    s.planReviews = [{ unitId: TEST_UNIT_ID, stageId: 'analysis', state: 'submitted', history: [] }];
    expect(applyPlanReviewEvent(s, 'analysis', 'approve')).toEqual({ ok: true, value: 'approved' });
    expect(applyPlanReviewEvent(s, 'analysis', 'submit').ok).toBe(false);
  });
});
