import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT_FONTS } from '@shared/ipc/contract';
import { fontCandidates, fontStatuses, fontSummary } from './fontStatus';

/** The PC's answer when exactly `names` are installed. */
const pcWith = (...names: string[]) => ({
  known: true as const,
  installed: Object.fromEntries(fontCandidates(DEFAULT_DOCUMENT_FONTS).map((n) => [n, names.includes(n)])),
});

describe('fontStatuses', () => {
  it('a stock Chinese Windows: 仿宋_GB2312 and 楷体_GB2312 print in 仿宋 and 楷体, 方正小标宋简体 in 宋体', () => {
    const statuses = fontStatuses(DEFAULT_DOCUMENT_FONTS, pcWith('仿宋', '楷体', '黑体', '宋体'));
    expect(statuses.map((s) => [s.label, s.font, s.state, s.substitute])).toEqual([
      ['标题', '方正小标宋简体', 'substitute', '宋体'],
      ['正文', '仿宋_GB2312', 'substitute', '仿宋'],
      ['一级标题', '黑体', 'installed', undefined],
      ['二级标题', '楷体_GB2312', 'substitute', '楷体'],
      ['页码', '宋体', 'installed', undefined],
    ]);
    expect(fontSummary(statuses)).toMatch(/Word 会自动用相近的字体代替/);
  });

  it('finds a font installed under another of its names (English Windows, fc-list)', () => {
    const statuses = fontStatuses(DEFAULT_DOCUMENT_FONTS, pcWith('FangSong_GB2312', 'SimHei', 'FZXiaoBiaoSong-B05S', 'KaiTi', 'SimSun'));
    expect(statuses.map((s) => s.state)).toEqual(['installed', 'installed', 'installed', 'substitute', 'installed']);
    expect(statuses[3].substitute).toBe('楷体');
  });

  it('a PC with none of them: each font is missing, and the summary says nothing stands in', () => {
    const statuses = fontStatuses(DEFAULT_DOCUMENT_FONTS, pcWith());
    expect(statuses.map((s) => s.state)).toEqual(['missing', 'missing', 'missing', 'missing', 'missing']);
    expect(fontSummary(statuses)).toMatch(/找不到相近的字体代替/);
  });

  it('follows the fonts chosen in the settings', () => {
    const fonts = { ...DEFAULT_DOCUMENT_FONTS, body: '仿宋' };
    expect(fontCandidates(fonts)).toContain('FangSong');
    const body = fontStatuses(fonts, { known: true, installed: { FangSong: true } })[1];
    expect(body).toEqual({ key: 'body', label: '正文', font: '仿宋', state: 'installed' });
  });

  it('says "unknown" for every font while the PC has not answered or could not tell', () => {
    for (const answer of [undefined, { known: false as const }]) {
      const statuses = fontStatuses(DEFAULT_DOCUMENT_FONTS, answer);
      expect(statuses.every((s) => s.state === 'unknown')).toBe(true);
      expect(fontSummary(statuses)).toMatch(/暂时查不到/);
    }
  });

  it('all installed: one short reassuring sentence', () => {
    const all = fontCandidates(DEFAULT_DOCUMENT_FONTS);
    expect(fontSummary(fontStatuses(DEFAULT_DOCUMENT_FONTS, pcWith(...all)))).toBe('生成文件要用的字体这台电脑上都有。');
  });
});

describe('fontCandidates', () => {
  it('asks about each font, its other names and its stand-in, once each', () => {
    const names = fontCandidates(DEFAULT_DOCUMENT_FONTS);
    for (const n of ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '宋体', 'SimSun', '仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', '黑体', 'SimHei']) {
      expect(names).toContain(n);
    }
    expect(new Set(names).size).toBe(names.length);
  });
});
