import { describe, expect, it } from 'vitest';
import { suggestMode, suggestionText } from './mode';

const working = { frail: false, cannotWrite: false, education: 'bachelor' as const, employment: 'working' as const };

describe('suggestMode', () => {
  it('R-ANALYSIS-MODE: a member in work who can write writes it by hand', () => {
    expect(suggestMode(working)).toEqual({ mode: 'self', reasons: ['在职且能够自己书写'] });
    expect(suggestMode({ ...working, employment: 'retired' }).mode).toBe('self');
    expect(suggestMode({ ...working, education: undefined }).mode).toBe('self');
    expect(suggestMode({ ...working, education: 'highSchool' }).mode).toBe('self');
  });

  it('R-ANALYSIS-MODE: old and weak, unable to write or of little schooling → dictated, with every reason', () => {
    expect(suggestMode({ ...working, frail: true })).toEqual({ mode: 'dictated', reasons: ['年老体弱'] });
    expect(suggestMode({ ...working, employment: 'retired', frail: true })).toEqual({ mode: 'dictated', reasons: ['离退休、年老体弱'] });
    expect(suggestMode({ ...working, cannotWrite: true }).reasons).toEqual(['无书写能力']);
    expect(suggestMode({ ...working, education: 'primary' })).toEqual({ mode: 'dictated', reasons: ['文化程度低（小学及以下）'] });
    expect(suggestMode({ ...working, education: 'juniorHigh' }).mode).toBe('dictated');
    const all = suggestMode({ frail: true, cannotWrite: true, education: 'primary', employment: 'retired' });
    expect(suggestionText(all)).toBe('建议口述代记：离退休、年老体弱、无书写能力、文化程度低（小学及以下）');
  });
});
