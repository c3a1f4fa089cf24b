import { describe, expect, it } from 'vitest';
import { cssFamily, detectFonts, type MeasureText } from './fontDetect';

/**
 * A browser in miniature: `faces` are the installed fonts and what each generic resolves to;
 * a family list is drawn in its first installed face; each face has its own width per script.
 */
function fakeBrowser(faces: Record<string, { cjk: number; latin: number }>, generics: Record<string, string>) {
  const calls: string[] = [];
  const measure: MeasureText = (family, text) => {
    calls.push(family);
    const list = family.split(',').map((f) => f.trim().replace(/^"(.*)"$/, '$1'));
    const face = list.map((f) => generics[f] ?? f).find((f) => f in faces);
    if (!face) throw new Error(`no face for ${family}`);
    return /[\u4e00-\u9fff]/.test(text) ? faces[face].cjk : faces[face].latin;
  };
  return { measure, calls };
}

/** Debian with fonts-noto-cjk, as in the e2e tests. */
const linux = () =>
  fakeBrowser(
    {
      'Noto Serif CJK SC': { cjk: 1700, latin: 900 },
      'Noto Sans CJK SC': { cjk: 1700, latin: 950 },
      'DejaVu Sans Mono': { cjk: 1700, latin: 1100 },
    },
    { serif: 'Noto Serif CJK SC', 'sans-serif': 'Noto Sans CJK SC', monospace: 'DejaVu Sans Mono' },
  );

describe('detectFonts', () => {
  it('reports a missing font as missing: the browser falls back to each generic unchanged', () => {
    expect(detectFonts(['仿宋_GB2312', '方正小标宋简体'], linux().measure)).toEqual({ '仿宋_GB2312': false, 方正小标宋简体: false });
  });

  it('reports an installed font whose width differs from the generics', () => {
    const { measure } = fakeBrowser(
      { 仿宋: { cjk: 1650, latin: 880 }, 宋体: { cjk: 1700, latin: 800 }, 微软雅黑: { cjk: 1720, latin: 860 } },
      { serif: '宋体', 'sans-serif': '微软雅黑', monospace: '宋体' },
    );
    expect(detectFonts(['仿宋', '黑体'], measure)).toEqual({ 仿宋: true, 黑体: false });
  });

  it('finds a font that is the browser\'s own serif (宋体 on Chinese Windows) through the other generics', () => {
    const { measure } = fakeBrowser(
      { 宋体: { cjk: 1700, latin: 800 }, 微软雅黑: { cjk: 1720, latin: 860 } },
      { serif: '宋体', 'sans-serif': '微软雅黑', monospace: '宋体' },
    );
    expect(detectFonts(['宋体'], measure)).toEqual({ 宋体: true });
  });

  it('finds a CJK face whose Chinese matches the generics and only its Latin differs', () => {
    const { measure } = fakeBrowser(
      { 黑体: { cjk: 1700, latin: 990 }, 'Noto Serif CJK SC': { cjk: 1700, latin: 900 }, 'Noto Sans CJK SC': { cjk: 1700, latin: 950 } },
      { serif: 'Noto Serif CJK SC', 'sans-serif': 'Noto Sans CJK SC', monospace: 'Noto Sans CJK SC' },
    );
    expect(detectFonts(['黑体'], measure)).toEqual({ 黑体: true });
  });

  it('measures each generic once, however many fonts are asked', () => {
    const { measure, calls } = linux();
    detectFonts(['仿宋_GB2312', '楷体_GB2312', '方正小标宋简体'], measure);
    // Once per test string.
    expect(calls.filter((f) => f === 'serif')).toHaveLength(2);
  });
});

describe('cssFamily', () => {
  it('quotes the name so spaces and underscores stay one family', () => {
    expect(cssFamily('Noto Serif CJK SC')).toBe('"Noto Serif CJK SC"');
    expect(cssFamily('a"b\\c')).toBe('"a\\"b\\\\c"');
  });
});
