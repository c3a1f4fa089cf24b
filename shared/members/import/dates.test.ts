import { describe, expect, it } from 'vitest';
import { excelSerialToYearMonth, parseYearMonth, yearsBetween } from './dates';

const ok = (value: string) => ({ ok: true, value });

describe('parseYearMonth', () => {
  it.each([
    ['1965.03', '1965-03'],
    ['1965.3', '1965-03'],
    ['1965.1', '1965-01'],
    ['1965.10', '1965-10'],
    ['1965-3', '1965-03'],
    ['1965/03', '1965-03'],
    ['1965-03-05', '1965-03'],
    ['1965/3/5', '1965-03'],
    ['1965年3月', '1965-03'],
    ['1965年03月05日', '1965-03'],
    ['1965年3月5日', '1965-03'],
    ['196503', '1965-03'],
    ['19650305', '1965-03'],
    [' 1965 . 03 ', '1965-03'],
    ['１９６５．０３', '1965-03'],
    ['１９６５年３月', '1965-03'],
    ['1965.03.', '1965-03'],
    ['1965-03-05 00:00:00', '1965-03'],
    ['1965年3', '1965-03'],
  ])('reads the text %s', (text, value) => {
    expect(parseYearMonth(text)).toMatchObject(ok(value));
  });

  it.each([['1965.13'], ['1965-00'], ['19651301'], ['19650230'], ['abc'], ['65.03'], ['1965.03.45'], ['1865.03']])(
    'rejects %s with a Chinese message',
    (text) => {
      const r = parseYearMonth(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/无法识别/);
    },
  );

  it('says a lone year lacks the month', () => {
    expect(parseYearMonth('1965')).toEqual({ ok: false, message: '“1965”只有年份，缺少月份' });
    expect(parseYearMonth('1965年')).toMatchObject({ ok: false, message: expect.stringContaining('缺少月份') });
    expect(parseYearMonth(1965)).toMatchObject({ ok: false, message: expect.stringContaining('缺少月份') });
  });

  it('reads Date objects by their UTC calendar day, as spreadsheet readers give them', () => {
    expect(parseYearMonth(new Date(Date.UTC(1965, 2, 5)))).toEqual(ok('1965-03'));
    expect(parseYearMonth(new Date(Date.UTC(1965, 11, 31, 23, 59)))).toEqual(ok('1965-12'));
    expect(parseYearMonth(new Date(Number.NaN)).ok).toBe(false);
  });

  it('reads numbers typed into number cells', () => {
    expect(parseYearMonth(1965.03)).toEqual(ok('1965-03'));
    expect(parseYearMonth(1965.3)).toEqual(ok('1965-03'));
    expect(parseYearMonth(1965.12)).toEqual(ok('1965-12'));
    expect(parseYearMonth(1965.11)).toEqual(ok('1965-11'));
    expect(parseYearMonth(196503)).toEqual(ok('1965-03'));
    expect(parseYearMonth(19650305)).toEqual(ok('1965-03'));
    expect(parseYearMonth(1965.13).ok).toBe(false);
  });

  it('warns that the number 1965.1 may be October with its zero dropped by Excel', () => {
    const r = parseYearMonth(1965.1);
    expect(r).toMatchObject({ ok: true, value: '1965-01' });
    expect(r.ok && r.warning).toMatch(/10月/);
  });

  it('reads Excel serial numbers in the 1900 date system', () => {
    expect(parseYearMonth(23807)).toEqual(ok('1965-03')); // 1965-03-06
    expect(parseYearMonth(23802.75)).toEqual(ok('1965-03')); // 1965-03-01 18:00
    expect(excelSerialToYearMonth(1)).toEqual(ok('1900-01'));
    expect(excelSerialToYearMonth(59)).toEqual(ok('1900-02')); // 1900-02-28
    expect(excelSerialToYearMonth(60)).toEqual(ok('1900-02')); // Excel's fictitious 1900-02-29
    expect(excelSerialToYearMonth(61)).toEqual(ok('1900-03'));
    expect(excelSerialToYearMonth(38596)).toEqual(ok('2005-09')); // 2005-09-01
    expect(excelSerialToYearMonth(0).ok).toBe(false);
  });

  it('treats blank as not given', () => {
    expect(parseYearMonth('')).toEqual({ ok: false, message: '未填写' });
    expect(parseYearMonth(null)).toEqual({ ok: false, message: '未填写' });
  });
});

describe('yearsBetween', () => {
  it('counts whole years', () => {
    expect(yearsBetween('1965-03', '1983-03')).toBe(18);
    expect(yearsBetween('1965-03', '1983-02')).toBe(17);
  });
});
