import { describe, expect, it } from 'vitest';
import { initialPlanActions } from './plan';
import { defaultPlanTexts, stagePlanModel } from './planDocument';
import { makeMember, makeSnapshot, TEST_UNIT_ID } from './testing';
import type { PlanAction } from './types';

function withPlan() {
  const base = makeSnapshot();
  let n = 0;
  const mandatory = initialPlanActions(base.template, TEST_UNIT_ID, 'analysis', base.unit.year, () => `a${(n += 1)}`);
  const optional: PlanAction = {
    id: 'opt',
    unitId: TEST_UNIT_ID,
    stageId: 'analysis',
    mandatory: false,
    title: '走访服务对象企业',
    description: '班子成员每人走访两家企业，当面听取意见',
    due: `${base.unit.year}-09-12`,
    order: 99,
  };
  return makeSnapshot({ planActions: [...mandatory, optional] });
}

const leaders = [
  makeMember({ name: '李建国', roles: ['unitHead', 'leaderCadre'], post: '局长' }),
  makeMember({ name: '张志强', roles: ['teamMember', 'leaderCadre'], post: '副局长' }),
];

describe('the work plan document (R-STAGE-PLAN)', () => {
  it('R-STAGE-PLAN: carries every 规定动作 exactly as the template has it, and the unit\'s 自选动作 apart', () => {
    const s = withPlan();
    const model = stagePlanModel(s, 'analysis', '2005-09-01', leaders);
    const templateTitles = s.template.planActions.filter((a) => a.stageId === 'analysis').map((a) => a.title).sort();
    expect(model.requiredActions.map((a) => a.title).sort()).toEqual(templateTitles);
    expect(model.optionalActions).toEqual([
      { title: '走访服务对象企业', description: '班子成员每人走访两家企业，当面听取意见', to: `${s.unit.year}-09-12` },
    ]);
    expect(model.signature).toEqual({ name: s.unit.orgName, date: '2005-09-01', sealed: true });
  });

  it('R-STAGE-PLAN: offers standard wording with the leading group from the roster until the unit writes its own', () => {
    const s = withPlan();
    const texts = defaultPlanTexts(s, leaders);
    expect(texts.leadingGroup).toEqual([
      { role: '组长', names: '李建国（局长）' },
      { role: '成员', names: '张志强（副局长）' },
    ]);
    const own = { ...texts, guidingIdeology: '本单位自己的指导思想', leadingGroup: [{ role: '组长', names: '王某' }, { role: '', names: '' }] };
    const s2 = { ...s, planReviews: [{ unitId: TEST_UNIT_ID, stageId: 'analysis', state: 'draft' as const, history: [], texts: own }] };
    const model = stagePlanModel(s2, 'analysis', '2005-09-01', leaders);
    expect(model.guidingIdeology).toBe('本单位自己的指导思想');
    expect(model.leadership.group).toEqual([{ role: '组长', names: '王某' }]);
  });
});
