import { describe, expect, it } from 'vitest';
import { escapeXml, safeFileName, sanitizeText, textWidthInChars, toParagraphs } from './text';
import { chineseNumeral, formatChineseDate, formatChineseDateRange, formatChineseDateTime } from './chineseDate';
import { wrapTitle } from './layout/title';
import { placeSignature } from './layout/signature';
import { columnWidths } from './layout/table';

describe('user text', () => {
  it('removes characters XML 1.0 forbids, keeps tabs, emoji and rare CJK', () => {
    const dirty = 'a\u0000b\u0007c\u001Bd\uFFFEe\uD800f\tg😀h𠀀i\u0085j';
    expect(sanitizeText(dirty)).toBe('abcdef\tg😀h𠀀ij');
  });
  it('normalises line ends; lines become paragraphs, blank lines dropped', () => {
    expect(toParagraphs('一\r\n二\r三\n\n\n　四　\u2028五')).toEqual(['一', '二', '三', '四', '五']);
    expect(toParagraphs('')).toEqual([]);
    expect(toParagraphs(undefined)).toEqual([]);
  });
  it('escapes markup', () => {
    expect(escapeXml('a<b>&"c"')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
  });
  it('makes safe file names', () => {
    expect(safeFileName('张/三:*?.docx')).toBe('张_三___.docx');
    expect(safeFileName('\u0000')).toBe('未命名');
  });
  it('measures width in characters: digits are half width', () => {
    expect(textWidthInChars('2005年9月1日')).toBe(6);
  });
});

describe('Chinese dates', () => {
  it('2005年9月1日, no leading zeros', () => {
    expect(formatChineseDate('2005-09-01')).toBe('2005年9月1日');
    expect(formatChineseDate('2005-10-10T08:00:00Z')).toBe('2005年10月10日');
    expect(formatChineseDate('1985-07')).toBe('1985年7月');
    expect(formatChineseDate(new Date(2005, 8, 1))).toBe('2005年9月1日');
    expect(formatChineseDate('')).toBe('');
    expect(formatChineseDate('九月初')).toBe('九月初');
  });
  it('ranges and times', () => {
    expect(formatChineseDateRange('2005-09-05', '2005-09-12')).toBe('9月5日—9月12日');
    expect(formatChineseDateRange('2005-09-05', '2005-09-12', true)).toBe('2005年9月5日—9月12日');
    expect(formatChineseDateRange('2005-09-26', '2005-09-26')).toBe('9月26日');
    expect(formatChineseDateTime('2005-09-26T08:30')).toBe('2005年9月26日上午8时30分');
    expect(formatChineseDateTime('2005-09-26T14:00')).toBe('2005年9月26日下午2时');
  });
  it('heading numerals', () => {
    expect([1, 6, 10, 11, 20, 23].map(chineseNumeral)).toEqual(['一', '六', '十', '十一', '二十', '二十三']);
  });
});

describe('titles break by meaning', () => {
  it('short titles stay on one line', () => {
    expect(wrapTitle('党性分析材料')).toEqual(['党性分析材料']);
  });
  it('long titles break after the issuer or before 关于, keeping words whole and lines ≤ 20', () => {
    const lines = wrapTitle('中共某市经济局机关支部委员会关于召开专题组织生活会情况的通报');
    expect(lines).toEqual(['中共某市经济局机关支部委员会', '关于召开专题组织生活会情况的通报']);
    for (const l of wrapTitle('中共某市经济局机关支部委员会关于拟定不履行党员义务、不符合党员条件党员情况的报告')) {
      expect([...l].length).toBeLessThanOrEqual(20);
    }
  });
});

describe('signature block (GB/T 9704 7.3.5)', () => {
  const name = '中共某市经济局机关支部委员会'; // 14 characters
  const date = '2005年9月1日'; // 6 characters
  it('without seal: date two characters right of the signature, signature two in from the right', () => {
    const p = placeSignature(name, date, false);
    expect(p.signatureRight).toBe(2);
    expect(p.dateRight).toBe(8);
    // first character of the date = first character of the signature + 2
    expect(14 + p.signatureRight - (6 + p.dateRight)).toBe(2);
    expect(p.blankLinesBefore).toBe(1);
  });
  it('without seal, a date longer than the signature stays two in and the signature moves left', () => {
    const p = placeSignature('党支部', date, false);
    expect(p.dateRight).toBe(2);
    expect(3 + p.signatureRight - (6 + p.dateRight)).toBe(2);
  });
  it('with seal: date four in from the right, signature centred over the date', () => {
    const p = placeSignature('某市经济局机关党支部', date, true);
    expect(p.dateRight).toBe(4);
    expect(p.signatureRight + 10 / 2).toBe(p.dateRight + 6 / 2);
    expect(p.blankLinesBefore).toBe(2);
  });
});

describe('table widths', () => {
  it('scale to whole twips that add up to the text block', () => {
    const w = columnWidths([8, 32, 13, 28, 19]);
    expect(w.reduce((a, b) => a + b, 0)).toBe(8845);
    expect(w.every(Number.isInteger)).toBe(true);
  });
});

describe('titles break after the organisation name', () => {
  it('某市经济局机关党支部 / 群众满意度测评结果统计表', () => {
    expect(wrapTitle('某市经济局机关党支部群众满意度测评结果统计表')).toEqual(['某市经济局机关党支部', '群众满意度测评结果统计表']);
  });
});
