import { afterEach, describe, expect, it, vi } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createFontCheck, fontKey, parseFcList, systemFontLister, type RunProgram } from './fonts';
import { FakeBrowserWindow, startFakeShell } from './testFakes';

/** What the system lists on a stock Chinese Windows 10 (a few of its families). */
const WINDOWS = ['Arial', '等线', '仿宋', '黑体', '楷体', '宋体', '微软雅黑', 'Times New Roman'];

describe('createFontCheck', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers for each name asked whether the system lists it', async () => {
    const check = createFontCheck({ listFonts: async () => WINDOWS });
    await expect(check({ names: ['仿宋_GB2312', '仿宋', '方正小标宋简体', '宋体'] })).resolves.toEqual({
      known: true,
      installed: { '仿宋_GB2312': false, 仿宋: true, 方正小标宋简体: false, 宋体: true },
    });
  });

  it('matches names however the system writes them: quoted, padded, any case', async () => {
    const check = createFontCheck({
      listFonts: async () => ['"Noto Serif CJK SC"', 'FangSong_GB2312', '仿宋_GB2312', 'simhei', ' KaiTi '],
    });
    const r = await check({ names: ['Noto Serif CJK SC', '仿宋_GB2312', 'FangSong_GB2312', 'SimHei', 'KaiTi', 'SimSun'] });
    expect(r).toEqual({
      known: true,
      installed: { 'Noto Serif CJK SC': true, '仿宋_GB2312': true, FangSong_GB2312: true, SimHei: true, KaiTi: true, SimSun: false },
    });
  });

  it('reads the system list once per session, even for calls made at the same time', async () => {
    const listFonts = vi.fn(async () => WINDOWS);
    const check = createFontCheck({ listFonts });
    await Promise.all([check({ names: ['仿宋'] }), check({ names: ['黑体'] })]);
    await check({ names: ['宋体'] });
    expect(listFonts).toHaveBeenCalledOnce();
  });

  it('says "unknown" instead of failing when the list cannot be read, and tries again next time', async () => {
    const logError = vi.fn();
    const listFonts = vi
      .fn<() => Promise<string[]>>()
      .mockRejectedValueOnce(new Error('powershell is not recognized'))
      .mockResolvedValueOnce(WINDOWS);
    const check = createFontCheck({ listFonts, logError });
    await expect(check({ names: ['仿宋'] })).resolves.toEqual({ known: false });
    expect(logError).toHaveBeenCalledOnce();
    await expect(check({ names: ['仿宋'] })).resolves.toEqual({ known: true, installed: { 仿宋: true } });
  });

  it('takes an empty list as "unknown", not as a PC without any font', async () => {
    const check = createFontCheck({ listFonts: async () => ['', '  '] });
    await expect(check({ names: ['宋体'] })).resolves.toEqual({ known: false });
  });

  it('gives up on a list that never comes', async () => {
    vi.useFakeTimers();
    const check = createFontCheck({ listFonts: () => new Promise(() => undefined), timeoutMs: 1000 });
    const answer = check({ names: ['宋体'] });
    await vi.advanceTimersByTimeAsync(1000);
    await expect(answer).resolves.toEqual({ known: false });
  });
});

describe('systemFontLister', () => {
  it('Linux: asks fc-list for every name of every family (Kylin, UOS), Chinese names included', async () => {
    const run = vi.fn<RunProgram>(async () =>
      ['FangSong_GB2312,仿宋_GB2312', 'Noto Serif CJK SC', 'Noto Serif CJK SC,Noto Serif CJK SC SemiBold', 'A\\,B,C', ''].join('\n'),
    );
    await expect(systemFontLister('linux', run)()).resolves.toEqual([
      'FangSong_GB2312',
      '仿宋_GB2312',
      'Noto Serif CJK SC',
      'Noto Serif CJK SC',
      'Noto Serif CJK SC SemiBold',
      'A,B',
      'C',
    ]);
    expect(run).toHaveBeenCalledWith('fc-list', ['--format', '%{family}\\n']);
  });

  it('Windows: asks PowerShell (no shell, no profile) for the Chinese and English name of each family', async () => {
    const run = vi.fn<RunProgram>(async () => '仿宋\r\nFangSong\r\nArial\r\nArial\r\n\r\n');
    await expect(systemFontLister('win32', run)()).resolves.toEqual(['仿宋', 'FangSong', 'Arial', 'Arial']);
    const [file, args] = run.mock.calls[0];
    expect(file).toBe('powershell.exe');
    expect(args.slice(0, 3)).toEqual(['-NoProfile', '-NonInteractive', '-EncodedCommand']);
    const script = Buffer.from(args[3], 'base64').toString('utf16le');
    expect(script).toContain('InstalledFontCollection');
    expect(script).toContain('GetName(2052)');
    expect(script).toContain('[Console]::OutputEncoding = [System.Text.Encoding]::UTF8');
  });

  it('elsewhere it fails, and the check says "unknown"', async () => {
    const check = createFontCheck({ listFonts: systemFontLister('darwin', vi.fn()) });
    await expect(check({ names: ['宋体'] })).resolves.toEqual({ known: false });
  });

  const fcList = hasProgram('fc-list');
  it.skipIf(!fcList)('lists the fonts of this machine through the real fc-list', async () => {
    const run: RunProgram = (file, args) =>
      new Promise((resolve, reject) => execFile(file, args, { encoding: 'utf8' }, (e, out) => (e ? reject(e) : resolve(out))));
    const names = await systemFontLister('linux', run)();
    expect(names.length).toBeGreaterThan(0);
    // fonts-noto-cjk is installed wherever the tests run (README).
    expect(names).toContain('Noto Serif CJK SC');
  });
});

describe('parseFcList', () => {
  it('splits on unescaped commas and unescapes', () => {
    expect(parseFcList('a\\-b,c\r\nd\n')).toEqual(['a-b', 'c', 'd']);
  });
});

describe('fontKey', () => {
  it.each([
    ['"Noto Sans CJK SC"', 'noto sans cjk sc'],
    ["'SimSun'", 'simsun'],
    ['  FangSong_GB2312 ', 'fangsong_gb2312'],
    ['"unbalanced', '"unbalanced'],
  ])('%s → %s', (input, expected) => {
    expect(fontKey(input)).toBe(expected);
  });
});

describe('the shell', () => {
  it('answers app:fonts.installed from the main window; without a font lister it says "unknown"', async () => {
    FakeBrowserWindow.instances = [];
    const { shell, invoke } = startFakeShell();
    await shell.ready;
    FakeBrowserWindow.instances[0].webContents.mainFrame = { url: 'app://renderer/index.html#/', parent: null };
    await expect(invoke('app:fonts.installed', { names: ['仿宋'] })).resolves.toEqual({ known: false });
    await expect(invoke('app:fonts.installed', { names: [] })).rejects.toThrow(/参数不正确/);
  });
});

function hasProgram(name: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => existsSync(`${dir}/${name}`));
}
