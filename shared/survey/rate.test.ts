import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '../campaign/defaultTemplate';
import type { CampaignTemplate } from '../campaign/template';
import { formatRate, formatRateAgainst, isBelowFloor, rateFormula, rateWorking, roundRates, subjectRate, surveyFloor } from './rate';

const template = defaultTemplate();
/** A template that, like the 2005 one before it was corrected, lets a unit go down to 50 %. */
const lax: CampaignTemplate = {
  ...template,
  thresholds: { ...template.thresholds, satisfactionRate: { ...template.thresholds.satisfactionRate, value: 0.6, min: 0.5 } },
};

describe('the satisfaction rate', () => {
  it('three answers: (满意 + 基本满意) ÷ 有效票; invalid ballots are not valid ones', () => {
    expect(rateFormula('three')).toBe('（满意票＋基本满意票）÷有效票');
    const s = subjectRate('three', { subject: 'orgLife', counts: [10, 3, 7], invalid: 2 });
    expect(s).toMatchObject({ valid: 20, satisfied: 13, invalid: 2, rate: 0.65 });
    expect(rateWorking('three', [10, 3, 7])).toBe('（满意 10＋基本满意 3）÷有效票 20＝65%');
  });

  it('four answers: (满意 + 比较满意 + 基本满意) ÷ 有效票', () => {
    expect(rateFormula('four')).toBe('（满意票＋比较满意票＋基本满意票）÷有效票');
    expect(subjectRate('four', { subject: 'orgLife', counts: [5, 5, 5, 5], invalid: 1 }).rate).toBe(0.75);
    expect(rateWorking('four', [0, 0, 0, 0])).toContain('尚无有效票');
  });

  it('a round is decided by its lowest subject; the pooled rate is shown beside it', () => {
    const r = roundRates({
      scale: 'three',
      tallies: [
        { subject: 'democraticLife', counts: [16, 2, 2], invalid: 0 },
        { subject: 'orgLife', counts: [10, 3, 7], invalid: 0 },
      ],
    });
    expect(r.deciding).toBe(0.65);
    expect(r.overall).toEqual({ valid: 40, satisfied: 31, rate: 31 / 40 });
    expect(roundRates({ scale: 'three', tallies: [{ subject: 'orgLife', counts: [0, 0, 0], invalid: 3 }] }).deciding).toBeUndefined();
  });

  it('a rate just under the floor is never shown as the floor', () => {
    expect(formatRate(0.6996)).toBe('70%');
    expect(formatRateAgainst(0.6996, 0.7)).toBe('69.9%');
    expect(formatRateAgainst(0.7, 0.7)).toBe('70%');
    expect(formatRateAgainst(0.649, 0.7)).toBe('64.9%');
    expect(isBelowFloor(0.699, 0.7)).toBe(true);
    expect(isBelowFloor(14 / 20, 0.7)).toBe(false);
    expect(isBelowFloor(21 / 30, 0.7)).toBe(false);
  });
});

describe('the floor', () => {
  it('is 70 % by default and a unit may raise it', () => {
    expect(surveyFloor(template, {})).toBe(0.7);
    expect(surveyFloor(template, { satisfactionRate: 0.8 })).toBe(0.8);
  });

  it('a stored unit value below 70 % (an old unit, a hostile backup) does not lower it', () => {
    expect(surveyFloor(template, { satisfactionRate: 0.6 })).toBe(0.7);
    expect(surveyFloor(template, { satisfactionRate: -1 })).toBe(0.7);
    expect(surveyFloor(template, { satisfactionRate: Number.NaN })).toBe(0.7);
    expect(surveyFloor(template, { satisfactionRate: 3 })).toBe(0.7);
  });

  it('nor does a template that would allow it', () => {
    expect(surveyFloor(lax, {})).toBe(0.7);
    expect(surveyFloor(lax, { satisfactionRate: 0.55 })).toBe(0.7);
    expect(surveyFloor(lax, { satisfactionRate: 0.9 })).toBe(0.9);
    const none: CampaignTemplate = { ...template, thresholds: {} };
    expect(surveyFloor(none, { satisfactionRate: 0.5 })).toBe(0.7);
  });

  it('the 2005 template lets no unit set it below 70 %', () => {
    expect(template.thresholds.satisfactionRate).toMatchObject({ value: 0.7, min: 0.7 });
  });
});
