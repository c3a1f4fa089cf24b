import { describe, expect, it } from 'vitest';
import { MEASURES } from '../campaign/measures';
import { makeSnapshot } from '../campaign/testing';
import { surveyFactsOf, surveyResult, type SurveyFacts } from './measures';
import type { SurveyRound } from './types';

const T = '2005-09-28T09:00:00.000Z';

/** A closed round of one subject: `satisfied` of `valid` ballots (the rest 不满意). */
function round(n: number, satisfied: number, valid: number, over: Partial<SurveyRound> = {}): SurveyRound {
  return {
    id: `r${n}`,
    unitId: 'unit-1',
    round: n,
    scale: 'three',
    date: '2005-09-28',
    issued: valid,
    returned: valid,
    tallies: [{ subject: 'orgLife', counts: [satisfied, 0, valid - satisfied], invalid: 0 }],
    status: 'closed',
    floor: 0.7,
    rate: satisfied / valid,
    closedOn: '2005-09-28',
    ...(n > 1 ? { remedy: '逐户走访群众，说明整改情况' } : {}),
    createdAt: T,
    updatedAt: T,
    ...over,
  };
}

const item = (facts: SurveyFacts | undefined, overrides: Record<string, number> = {}) =>
  MEASURES['notices.survey'].compute(makeSnapshot({ thresholdOverrides: overrides }), facts ? { survey: facts } : {}, '2005-09-28');

describe('notices.survey', () => {
  it('R-SURVEY-70: 65 % reopens the step as 补课, and a second round at 75 % meets it', () => {
    expect(item(surveyFactsOf([round(1, 13, 20)]))).toEqual({ done: false, detail: '第1轮满意率65%，低于70%，须补课后重新测评' });
    const second = item(surveyFactsOf([round(1, 13, 20), round(2, 15, 20)]));
    expect(second).toEqual({ done: true, detail: '第2轮满意率75%，达到70%（此前1轮低于70%，已补课）' });
  });

  it('R-SURVEY-70: 69.9 % is 补课, exactly 70 % is met', () => {
    expect(item(surveyFactsOf([round(1, 699, 1000)]))).toMatchObject({ done: false, detail: '第1轮满意率69.9%，低于70%，须补课后重新测评' });
    expect(item(surveyFactsOf([round(1, 14, 20)]))).toEqual({ done: true, detail: '第1轮满意率70%，达到70%' });
  });

  it('R-SURVEY-70: a unit value of 60 % does not lower the floor; 80 % raises it', () => {
    expect(item(surveyFactsOf([round(1, 13, 20)]), { satisfactionRate: 0.6 }).done).toBe(false);
    expect(item(surveyFactsOf([round(1, 15, 20)]), { satisfactionRate: 0.8 })).toMatchObject({ done: false, detail: '第1轮满意率75%，低于80%，须补课后重新测评' });
  });

  it('R-SURVEY-70: every subject must reach the floor, and the low one is named', () => {
    const r = round(1, 13, 20, {
      tallies: [
        { subject: 'democraticLife', counts: [18, 1, 1], invalid: 0 },
        { subject: 'orgLife', counts: [12, 1, 7], invalid: 0 },
      ],
    });
    expect(item(surveyFactsOf([r]))).toEqual({ done: false, detail: '第1轮满意率65%，低于70%，须补课后重新测评（党支部专题组织生活会）' });
  });

  it('R-SURVEY-70: the rate comes from the tallies, not from a stored rate that says more', () => {
    expect(item(surveyFactsOf([round(1, 13, 20, { rate: 0.95 })])).done).toBe(false);
  });

  it('says what is under way before a round is closed', () => {
    expect(item(undefined)).toMatchObject({ detail: '正在统计…' });
    expect(item({ rounds: [] })).toEqual({ done: false, detail: '尚未开展群众满意度测评' });
    expect(item(surveyFactsOf([round(1, 0, 20, { status: 'counting', tallies: [{ subject: 'orgLife', counts: [0, 0, 0], invalid: 0 }] })]))).toEqual({
      done: false,
      detail: '第1轮测评正在计票，尚未完成',
    });
    const counting = round(2, 0, 20, { status: 'counting', tallies: [{ subject: 'orgLife', counts: [3, 0, 0], invalid: 0 }] });
    expect(surveyResult(surveyFactsOf([round(1, 13, 20), counting]), 0.7).detail).toBe('第1轮满意率65%，低于70%，须补课后重新测评；第2轮测评正在计票');
  });
});
