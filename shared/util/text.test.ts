import { describe, expect, it } from 'vitest';
import { cleanLine, cleanMultiline, fromInertCell, inertCell, isClean } from './text';

describe('cleanLine', () => {
  it('issue 7 finding: removes control characters and NUL', () => {
    expect(cleanLine('王\u0000伟')).toBe('王伟');
    expect(cleanLine('\u0007王\u001b伟\u007f\u0085')).toBe('王伟');
    expect(cleanLine('王\u0080\u009f伟')).toBe('王伟');
  });

  it('issue 7 finding: removes lone surrogates and keeps characters outside the BMP', () => {
    expect(cleanLine('王\ud800伟\udc00')).toBe('王伟');
    expect(cleanLine('\udc00\ud800')).toBe('');
    // 𠮷 (U+20BB7) is a surrogate pair; rare characters in names must survive.
    expect(cleanLine('𠮷伟')).toBe('𠮷伟');
  });

  it('issue 7 finding: removes bidi controls (U+202A–202E, U+2066–2069, U+200E/200F, U+061C)', () => {
    const bidi = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
    for (const c of bidi) expect(cleanLine(`王${c}伟`), `U+${c.codePointAt(0)?.toString(16)}`).toBe('王伟');
    expect(cleanLine('\u202egnp.exe')).toBe('gnp.exe');
  });

  it('issue 7 finding: removes zero-width characters (U+200B–200D, U+2060, U+FEFF); a zero-width-only name is empty', () => {
    for (const c of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']) expect(cleanLine(`王${c}伟`)).toBe('王伟');
    expect(cleanLine('\u200b\u200c\u200d\u2060\ufeff')).toBe('');
    expect(cleanLine('\u00ad')).toBe('');
  });

  it('issue 7 finding: composes decomposed text (NFC), so Zéynep NFD and NFC are one name', () => {
    const nfd = 'Ze\u0301ynep';
    const nfc = 'Z\u00e9ynep';
    expect(nfd).not.toBe(nfc);
    expect(cleanLine(nfd)).toBe(nfc);
    expect(cleanLine(nfc)).toBe(nfc);
  });

  it('makes line breaks, tabs and other spaces one space, and trims', () => {
    expect(cleanLine('  机关\r\n第一\t支部\u00a0\u3000 ')).toBe('机关 第一 支部');
    expect(cleanLine('a\u2028b\u2029c\vd\fe')).toBe('a b c d e');
    expect(cleanLine(' 王伟 ')).toBe('王伟');
  });

  it('removes an invisible character between spaces without leaving two spaces', () => {
    expect(cleanLine('John \u200b Smith')).toBe('John Smith');
  });

  it('is idempotent', () => {
    const messy = ' \u202e王\u200b伟\u0000 \r\nZe\u0301ynep\ud800 ';
    expect(cleanLine(cleanLine(messy))).toBe(cleanLine(messy));
  });
});

describe('cleanMultiline', () => {
  it('keeps line breaks and tabs, making CRLF and CR a line feed', () => {
    expect(cleanMultiline('第一行\r\n第二行\r第三行\n\t缩进')).toBe('第一行\n第二行\n第三行\n\t缩进');
    expect(cleanMultiline('a\u2028b')).toBe('a\nb');
  });

  it('removes controls, bidi and zero-width characters and lone surrogates, and composes', () => {
    expect(cleanMultiline('长期\u0000卧床\u202e\n\u200b外出\ud800 Ze\u0301ynep')).toBe('长期卧床\n外出 Z\u00e9ynep');
  });

  it('drops trailing spaces of each line and trims the whole', () => {
    expect(cleanMultiline('  \n 退休  \n返聘 \t\n\n ')).toBe('退休\n返聘');
    expect(cleanMultiline('\u200b\n\u200b')).toBe('');
  });
});

describe('isClean', () => {
  it('is true when cleaning changes nothing', () => {
    expect(isClean('王伟')).toBe(true);
    expect(isClean('John Smith')).toBe(true);
    expect(isClean('')).toBe(true);
  });

  it('is false for stored text with invisible characters, controls, odd spacing or decomposed letters', () => {
    for (const s of ['王\u200b伟', ' 王伟', '王伟 ', '王  伟', '王\u0000伟', '\u202e王伟', 'Ze\u0301ynep', '王\ud800伟', '王\n伟']) {
      expect(isClean(s), JSON.stringify(s)).toBe(false);
    }
  });

  it('allows line breaks and tabs in a multi-line field only', () => {
    expect(isClean('第一行\n\t第二行', 'multiline')).toBe(true);
    expect(isClean('第一行\n\t第二行')).toBe(false);
    expect(isClean('第一行\r\n第二行', 'multiline')).toBe(false);
    expect(isClean('第一行 \n第二行', 'multiline')).toBe(false);
  });
});

describe('inertCell', () => {
  it('issue 7 finding: export wrote cells beginning with = + - @ as they are; now they get a leading apostrophe', () => {
    expect(inertCell('=cmd|\' /C calc\'!A0')).toBe('\'=cmd|\' /C calc\'!A0');
    expect(inertCell('=HYPERLINK("http://example.com","点击")')).toBe('\'=HYPERLINK("http://example.com","点击")');
    expect(inertCell('+SUM(A1:A2)')).toBe('\'+SUM(A1:A2)');
    expect(inertCell('-2+3+cmd|\' /C calc\'!A0')).toBe('\'-2+3+cmd|\' /C calc\'!A0');
    expect(inertCell('@SUM(A1)')).toBe('\'@SUM(A1)');
    expect(inertCell('\t=1')).toBe('\'\t=1');
    expect(inertCell('\r=1')).toBe('\'\r=1');
    expect(inertCell('-退休返聘')).toBe('\'-退休返聘');
  });

  it('leaves plain text, plain numbers and phone numbers alone', () => {
    expect(inertCell('王伟')).toBe('王伟');
    expect(inertCell('机关第一党支部')).toBe('机关第一党支部');
    expect(inertCell('a=b')).toBe('a=b');
    expect(inertCell('-12.5')).toBe('-12.5');
    expect(inertCell('+86 138-0000-0000')).toBe('+86 138-0000-0000');
    expect(inertCell('+86 (0571) 8888 6666')).toBe('+86 (0571) 8888 6666');
    expect(inertCell('-')).toBe('-');
    expect(inertCell('')).toBe('');
  });

  it('is undone exactly by fromInertCell, also for text that already begins with an apostrophe', () => {
    const samples = ['=1+1', '+SUM(A1)', '-退休', '@x', '\t=1', "'=1", "''-x", "'abc", '-12', '王伟', "'", '', '=', '@'];
    for (const s of samples) expect(fromInertCell(inertCell(s)), JSON.stringify(s)).toBe(s);
    expect(inertCell("'=1")).toBe("''=1");
    expect(fromInertCell("'abc")).toBe("'abc");
  });
});
