import { describe, expect, it } from 'vitest';
import { escapeXml, safeFileName, sanitizeText, textWidthInChars, toParagraphs } from './text';
import { chineseNumeral, formatChineseDate, formatChineseDateRange, formatChineseDateTime } from './chineseDate';
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
  it('drops bidi controls, so a title cannot print reversed', () => {
    const bidi = ['\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
    expect(sanitizeText('反\u202E转')).toBe('反转');
    expect(sanitizeText('\u202E关于召开专题组织生活会的通知\u202C')).toBe('关于召开专题组织生活会的通知');
    for (const c of bidi) expect(sanitizeText(`张${c}三`), `U+${c.codePointAt(0)!.toString(16)}`).toBe('张三');
  });
  it('drops zero-width and invisible characters', () => {
    const invisible = ['\u200B', '\u200C', '\u200D', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\uFEFF', '\u180E', '\u00AD'];
    for (const c of invisible) expect(sanitizeText(`党${c}支部`), `U+${c.codePointAt(0)!.toString(16)}`).toBe('党支部');
    expect(sanitizeText('\uFEFF张\u200B三\u200D')).toBe('张三');
    expect(toParagraphs('\u200B\n一\u2060\n')).toEqual(['一']);
  });
  it('keeps what is visible: emoji with modifiers, flags, variation selectors, accents', () => {
    expect(sanitizeText('👍🏽🇨🇳☺\uFE0Fe\u0301')).toBe('👍🏽🇨🇳☺\uFE0Fe\u0301');
  });
});

describe('file names', () => {
  const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  const codePoints = (s: string) => Array.from(s).length;

  it('replaces characters Windows forbids', () => {
    expect(safeFileName('张/三:*?.docx')).toBe('张_三___.docx');
    expect(safeFileName('a\\b"c<d>e|f', '.docx')).toBe('a_b_c_d_e_f.docx');
    expect(safeFileName('一\n二\t三')).toBe('一_二_三');
  });
  it('is never empty', () => {
    expect(safeFileName('\u0000')).toBe('未命名');
    expect(safeFileName('')).toBe('未命名');
    expect(safeFileName(' . ', '.docx')).toBe('未命名.docx');
    expect(safeFileName('\u202E\u200B', '.docx')).toBe('未命名.docx');
  });
  it('trims dots and spaces at both ends', () => {
    expect(safeFileName(' .党性分析材料. ', '.docx')).toBe('党性分析材料.docx');
    expect(safeFileName('报告...')).toBe('报告');
  });
  it('a name already ending in .docx and short enough comes back unchanged', () => {
    expect(safeFileName('张三党性分析材料.docx')).toBe('张三党性分析材料.docx');
    expect(safeFileName('张三党性分析材料', '.docx')).toBe('张三党性分析材料.docx');
  });
  it('cuts a long name to 80 code points before adding the extension', () => {
    const name = safeFileName('党'.repeat(100), '.docx');
    expect(name).toBe(`${'党'.repeat(80)}.docx`);
    expect(safeFileName('a'.repeat(100))).toBe('a'.repeat(80));
    // The cut exposes a space and a dot: trimmed.
    expect(safeFileName(`${'党'.repeat(78)} .${'员'.repeat(20)}`, '.docx')).toBe(`${'党'.repeat(78)}.docx`);
  });
  it('never cuts an emoji in half, nor a grapheme cluster', () => {
    for (const emoji of ['😀', '👍🏽', '🇨🇳', '👩🏻', 'e\u0301']) {
      for (let pad = 76; pad <= 80; pad++) {
        const name = safeFileName(`${'a'.repeat(pad)}${emoji}${'b'.repeat(10)}`, '.docx');
        expect(name.endsWith('.docx')).toBe(true);
        expect(name).not.toContain('\uFFFD');
        expect(name).not.toMatch(loneSurrogate);
        const base = name.slice(0, -'.docx'.length);
        expect(codePoints(base)).toBeLessThanOrEqual(80);
        // The emoji is either whole or gone.
        const rest = base.slice(pad);
        expect(rest === '' || rest.startsWith(emoji)).toBe(true);
      }
    }
    expect(safeFileName(`${'a'.repeat(79)}👍🏽`)).toBe('a'.repeat(79));
    expect(safeFileName(`${'a'.repeat(78)}👍🏽`)).toBe(`${'a'.repeat(78)}👍🏽`);
    expect(safeFileName(`${'a'.repeat(79)}🇨🇳`)).toBe('a'.repeat(79));
  });
  it('a single cluster longer than the limit is cut by code points', () => {
    const name = safeFileName(`a${'\u0301'.repeat(100)}`);
    expect(codePoints(name)).toBe(80);
  });
  it('strips bidi controls and zero-width characters', () => {
    expect(safeFileName('反\u202E转\u200B\u2066.docx')).toBe('反转.docx');
    expect(safeFileName('\u202Excod.exe', '.docx')).toBe('xcod.exe.docx');
  });
  it('never a bare reserved device name', () => {
    for (const reserved of ['CON', 'con', 'Prn', 'AUX', 'NUL', 'COM1', 'com9', 'LPT1', 'lpt9', 'CON.docx', 'nul.tar.gz', 'CON .docx']) {
      const name = safeFileName(reserved);
      expect(name.split('.')[0].trimEnd(), reserved).not.toMatch(/^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$/i);
      expect(name.startsWith('_')).toBe(true);
    }
    expect(safeFileName('CON', '.docx')).toBe('_CON.docx');
    expect(safeFileName('com1.备份', '.docx')).toBe('_com1.备份.docx');
    expect(safeFileName('CONSOLE', '.docx')).toBe('CONSOLE.docx');
    expect(safeFileName('COM10')).toBe('COM10');
    // The prefix keeps the limit.
    expect(codePoints(safeFileName(`CON.${'党'.repeat(90)}`, '.docx'))).toBe(80 + 5);
  });
});

describe('text width', () => {
  it('digits and Latin are half width, Chinese full', () => {
    expect(textWidthInChars('2005年9月1日')).toBe(6);
    expect(textWidthInChars('ABC 中')).toBe(3);
  });
  it('Chinese quotation marks, dashes and ellipses are full width', () => {
    expect(textWidthInChars('“三个代表”')).toBe(6);
    expect(textWidthInChars('——……')).toBe(4);
    expect(textWidthInChars('买买提·艾力')).toBe(6);
  });
  it('a grapheme counts once; invisible characters not at all', () => {
    expect(textWidthInChars('👍🏽')).toBe(1);
    expect(textWidthInChars('🇨🇳')).toBe(1);
    expect(textWidthInChars('e\u0301')).toBe(0.5);
    expect(textWidthInChars('党\u200B员')).toBe(2);
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
