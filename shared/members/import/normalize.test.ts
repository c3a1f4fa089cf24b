import { describe, expect, it } from 'vitest';
import {
  cleanCell,
  cleanTable,
  normalizeFreeText,
  normalizeHeader,
  normalizeName,
  normalizeNote,
  normalizeText,
  splitList,
  toHalfWidth,
} from './normalize';

describe('normalize', () => {
  it('turns full-width ASCII and the ideographic space into half-width', () => {
    expect(toHalfWidth('ＡＢＣ１２３（）　，')).toBe('ABC123() ,');
    expect(toHalfWidth('王伟、支部')).toBe('王伟、支部');
  });

  it('trims and collapses whitespace, line breaks and NBSP', () => {
    expect(normalizeText('  机关\n第一\u00a0 支部 ')).toBe('机关 第一 支部');
    expect(normalizeText(null)).toBe('');
    expect(normalizeText(13800000001)).toBe('13800000001');
  });

  it('removes spaces next to Chinese characters in names but keeps them between Latin words', () => {
    expect(normalizeName('王 伟')).toBe('王伟');
    expect(normalizeName('王　　伟 ')).toBe('王伟');
    expect(normalizeName('John  Smith')).toBe('John Smith');
    expect(normalizeName('阿依古丽·买买提')).toBe('阿依古丽·买买提');
  });

  it('keeps Chinese punctuation in free text', () => {
    expect(normalizeFreeText('长期卧床，口述代记（ＩＴ）')).toBe('长期卧床，口述代记（IT）');
  });

  it('cleans header cells', () => {
    expect(normalizeHeader(' *出生\n年月 ')).toBe('出生年月');
    expect(normalizeHeader('现任职务（职级）')).toBe('现任职务(职级)');
  });

  it('splits lists on 、，,;；', () => {
    expect(splitList('机关第一党支部、机关第二党支部，办公室;人事科；财务科')).toEqual(['机关第一党支部', '机关第二党支部', '办公室', '人事科', '财务科']);
    expect(splitList('')).toEqual([]);
  });

  it('cleanCell cleans text cells once (keeping line breaks for 备注), undoes the export’s apostrophe, leaves other cells alone', () => {
    expect(cleanCell(' 王\u200b伟\u0000 ')).toBe('王伟');
    expect(cleanCell('长期卧床\r\n口述代记')).toBe('长期卧床\n口述代记');
    expect(cleanCell("'=cmd|' /C calc'!A0")).toBe("=cmd|' /C calc'!A0");
    expect(cleanCell("'-退休返聘")).toBe('-退休返聘');
    expect(cleanCell("'0571")).toBe("'0571");
    const d = new Date(Date.UTC(1965, 2, 1));
    expect([cleanCell(1965.03), cleanCell(d), cleanCell(true), cleanCell(null)]).toEqual([1965.03, d, true, null]);
    expect(cleanTable([['\u202e姓名', 1], [], ['Ze\u0301ynep']])).toEqual([['姓名', 1], [], ['Z\u00e9ynep']]);
  });

  it('normalizeNote keeps the line breaks of 备注, normalizeFreeText makes one line', () => {
    expect(normalizeNote('  外出务工（ＧＤ）\n 长期卧床 ')).toBe('外出务工（GD）\n 长期卧床');
    expect(normalizeFreeText('外出务工\n长期卧床')).toBe('外出务工 长期卧床');
  });
});
