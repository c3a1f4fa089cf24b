import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  diffDays,
  formatChineseDate,
  formatChineseMonthDay,
  isValidIsoDate,
  templateDate,
} from './dates';

describe('dates', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2005-08-31', 1)).toBe('2005-09-01');
    expect(addDays('2005-12-31', 1)).toBe('2006-01-01');
    expect(addDays('2005-09-04', -4)).toBe('2005-08-31');
  });

  it('counts whole days a − b', () => {
    expect(diffDays('2005-09-04', '2005-09-01')).toBe(3);
    expect(diffDays('2005-09-01', '2005-09-04')).toBe(-3);
    expect(diffDays('2005-10-01', '2005-09-01')).toBe(30);
  });

  it('compares ISO dates', () => {
    expect(['2005-09-10', '2005-08-31', '2005-09-04'].sort(compareDates)).toEqual([
      '2005-08-31',
      '2005-09-04',
      '2005-09-10',
    ]);
  });

  it('accepts only real calendar dates', () => {
    expect(isValidIsoDate('2005-09-04')).toBe(true);
    expect(isValidIsoDate('2005-02-30')).toBe(false);
    expect(isValidIsoDate('2005-9-4')).toBe(false);
    expect(isValidIsoDate(20050904)).toBe(false);
  });

  it('places a template MM-DD in the campaign year', () => {
    expect(templateDate(2005, '09-04')).toBe('2005-09-04');
    expect(templateDate(2024, '09-30')).toBe('2024-09-30');
    expect(() => templateDate(2005, '9-4')).toThrow();
  });

  it('formats dates the official way', () => {
    expect(formatChineseDate('2005-09-01')).toBe('2005年9月1日');
    expect(formatChineseMonthDay('2005-09-04')).toBe('9月4日');
  });
});
