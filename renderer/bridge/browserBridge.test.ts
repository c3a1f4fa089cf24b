import { describe, expect, it } from 'vitest';
import { CHANNELS, DEFAULT_SETTINGS, bridgeMethodName } from '@shared/ipc/contract';
import { createBrowserBridge, type BrowserBridgeDeps } from './browserBridge';
import type { MeasureText } from './fontDetect';

function fakeDeps(files: File[] = [], measure: MeasureText | null = null) {
  const store = new Map<string, string>();
  const downloads: { name: string; data: Uint8Array }[] = [];
  const deps: BrowserBridgeDeps = {
    storage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) },
    download: (name, data) => void downloads.push({ name, data }),
    pickFiles: async () => files,
    measureText: () => measure,
    version: '9.9.9',
    platform: 'test',
  };
  return { deps, store, downloads };
}

describe('browser bridge', () => {
  it('implements one function per contract channel, like the preload', () => {
    const { deps } = fakeDeps();
    const bridge = createBrowserBridge(deps) as unknown as Record<string, unknown>;
    for (const ch of CHANNELS) expect(typeof bridge[bridgeMethodName(ch)]).toBe('function');
    expect(Object.keys(bridge).sort()).toEqual(CHANNELS.map(bridgeMethodName).sort());
  });

  it('says it runs in a browser', async () => {
    const { deps } = fakeDeps();
    expect(await createBrowserBridge(deps).appInfo()).toEqual({ version: '9.9.9', platform: 'test', shell: 'browser' });
  });

  it('keeps settings across bridges (same storage) and starts from defaults', async () => {
    const { deps } = fakeDeps();
    const a = createBrowserBridge(deps);
    expect(await a.settingsGet()).toEqual(DEFAULT_SETTINGS);
    await a.settingsSet({ lastUnitId: 'u1', operatorName: '李建国' });
    const b = createBrowserBridge(deps);
    expect(await b.settingsGet()).toMatchObject({ lastUnitId: 'u1', operatorName: '李建国' });
  });

  it('rejects a bad settings patch with a Chinese message and changes nothing', async () => {
    const { deps } = fakeDeps();
    const bridge = createBrowserBridge(deps);
    await bridge.settingsSet({ operatorName: '张三' });
    await expect(bridge.settingsSet({ documentFonts: { title: '', body: '', heading1: '', heading2: '', pageNumber: '' } })).rejects.toThrow(/参数不正确/);
    expect((await bridge.settingsGet()).documentFonts).toEqual(DEFAULT_SETTINGS.documentFonts);
    expect((await bridge.settingsGet()).operatorName).toBe('张三');
  });

  it('falls back to defaults when stored settings are corrupt', async () => {
    const { deps, store } = fakeDeps();
    store.set('pyt.settings', '{not json');
    expect(await createBrowserBridge(deps).settingsGet()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves as a download with the suggested name', async () => {
    const { deps, downloads } = fakeDeps();
    const r = await createBrowserBridge(deps).filesSave({ suggestedName: '名册.xlsx', filters: [], data: new Uint8Array([1, 2]) });
    expect(r).toEqual({ saved: true, path: '名册.xlsx' });
    expect(downloads).toEqual([{ name: '名册.xlsx', data: new Uint8Array([1, 2]) }]);
  });

  it('reads picked files as bytes', async () => {
    const { deps } = fakeDeps([new File([new Uint8Array([7, 8, 9])], 'a.csv')]);
    const r = await createBrowserBridge(deps).filesOpen({ filters: [{ name: 'CSV', extensions: ['csv'] }], multiple: false });
    expect(r.files).toHaveLength(1);
    expect(r.files[0].name).toBe('a.csv');
    expect(Array.from(r.files[0].data)).toEqual([7, 8, 9]);
  });
});

describe('font names in settings', () => {
  it('refuses a font name that would break the Word file, and changes nothing', async () => {
    const { deps } = fakeDeps();
    const bridge = createBrowserBridge(deps);
    const fonts = { ...DEFAULT_SETTINGS.documentFonts, body: '仿宋<w:b/>' };
    await expect(bridge.settingsSet({ documentFonts: fonts })).rejects.toThrow(/字体名称不能含有特殊字符/);
    expect((await bridge.settingsGet()).documentFonts).toEqual(DEFAULT_SETTINGS.documentFonts);
  });
});

describe('installed fonts', () => {
  /** Only 仿宋 is installed; it is wider than every generic. */
  const measure: MeasureText = (family, text) => (family.startsWith('"仿宋"') ? 2 : 1) * text.length;

  it('answers by measuring text in each font', async () => {
    const { deps } = fakeDeps([], measure);
    await expect(createBrowserBridge(deps).fontsInstalled({ names: ['仿宋', '仿宋_GB2312'] })).resolves.toEqual({
      known: true,
      installed: { 仿宋: true, '仿宋_GB2312': false },
    });
  });

  it('says "unknown" where text cannot be measured', async () => {
    const { deps } = fakeDeps([], null);
    await expect(createBrowserBridge(deps).fontsInstalled({ names: ['仿宋'] })).resolves.toEqual({ known: false });
    const broken = fakeDeps([], () => {
      throw new Error('canvas blocked');
    });
    await expect(createBrowserBridge(broken.deps).fontsInstalled({ names: ['仿宋'] })).resolves.toEqual({ known: false });
  });

  it('refuses a name that is not a font name, like the desktop app', async () => {
    const { deps } = fakeDeps([], measure);
    await expect(createBrowserBridge(deps).fontsInstalled({ names: ['<w:b/>'] })).rejects.toThrow(/参数不正确/);
  });
});
