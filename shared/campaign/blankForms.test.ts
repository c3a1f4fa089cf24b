import { describe, expect, it } from 'vitest';
import { blankOpinionFormModel, blankSurveyBallotModel } from './blankForms';
import { makeBranch, makeSnapshot } from './testing';

describe('blank forms filled from the unit', () => {
  it('the blank 征求意见表 asks about the organisation, the leadership team and each member', () => {
    const s = makeSnapshot();
    const m = blankOpinionFormModel(s);
    expect(m.unitName).toBe(s.unit.orgName);
    expect(m.targets.join('')).toMatch(/党组织.*领导班子.*党员个人/);
    expect(m.returnBy).toBe(`${s.unit.year}-09-11`);
  });

  it('the blank 测评表 covers the leadership meeting and every branch meeting', () => {
    const branches = [makeBranch({ id: 'b2', name: '机关第二党支部', order: 2 }), makeBranch({ id: 'b1', name: '机关第一党支部', order: 1 })];
    expect(blankSurveyBallotModel(makeSnapshot(), branches).subjects).toEqual([
      '领导班子专题民主生活会',
      '机关第一党支部专题组织生活会',
      '机关第二党支部专题组织生活会',
      '党员查摆问题和整改措施',
    ]);
  });
});
