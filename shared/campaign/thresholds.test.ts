import { describe, expect, it } from 'vitest';
import { defaultTemplate } from './defaultTemplate';
import { effectiveThresholds, formatThreshold, thresholdValue, validateThresholdChange } from './thresholds';

const t = defaultTemplate();

describe('thresholds', () => {
  it('the satisfaction threshold defaults to 70%', () => {
    const th = effectiveThresholds(t, {});
    expect(th.satisfactionRate).toMatchObject({ value: 0.7, defaultValue: 0.7, overridden: false, rule: 'R-SURVEY-70' });
    expect(formatThreshold(th.satisfactionRate, th.satisfactionRate.value)).toBe('70%');
  });

  it('a unit override of the meeting attendance ratio takes effect', () => {
    const th = effectiveThresholds(t, { meetingAttendanceRatio: 0.9 });
    expect(th.meetingAttendanceRatio).toMatchObject({ value: 0.9, defaultValue: 0.8, overridden: true });
    expect(thresholdValue(t, { meetingAttendanceRatio: 0.9 }, 'meetingAttendanceRatio')).toBe(0.9);
  });

  it('an out-of-range stored override falls back to the default', () => {
    expect(effectiveThresholds(t, { satisfactionRate: 3 }).satisfactionRate.value).toBe(0.7);
  });

  it('formats days and counts', () => {
    expect(formatThreshold({ unit: 'days' }, 2)).toBe('2天');
    expect(formatThreshold({ unit: 'count' }, 1)).toBe('1');
    expect(formatThreshold({ unit: 'ratio' }, 0.855)).toBe('85.5%');
  });

  it('a threshold change must stay within range and give a reason', () => {
    expect(validateThresholdChange(t, 'satisfactionRate', 0.8, '市委文件要求80%')).toEqual({ ok: true });
    const g = validateThresholdChange(t, 'satisfactionRate', 0.3, '');
    if (g.ok) throw new Error('expected reasons');
    expect(g.reasons).toEqual([
      { rule: 'R-SURVEY-70', message: '“群众满意度（低于此值须补课）”应在 70% 至 100% 之间' },
      { rule: 'R-SURVEY-70', message: '修改“群众满意度（低于此值须补课）”须写明依据（如市委文件）' },
    ]);
  });

  it('refuses unknown keys, non-numbers and thresholds the city does not set', () => {
    expect(validateThresholdChange(t, 'nope', 1, 'x').ok).toBe(false);
    expect(validateThresholdChange(t, 'lookbackDays', Number.NaN, 'x').ok).toBe(false);
    const fixed = { ...t, thresholds: { ...t.thresholds, lookbackDays: { ...t.thresholds.lookbackDays, citySet: false } } };
    const g = validateThresholdChange(fixed, 'lookbackDays', 3, '延长');
    if (g.ok) throw new Error('expected reasons');
    expect(g.reasons[0].message).toBe('“回头看所需天数”不是市委规定的可调阈值，不能修改');
  });
});
