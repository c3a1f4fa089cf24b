import { describe, expect, it } from 'vitest';
import { CHANNELS, DEFAULT_SETTINGS, bridgeMethodName } from '@shared/ipc/contract';
import { createBrowserBridge, type BrowserBridgeDeps } from './browserBridge';
import type { MeasureText } from './fontDetect';
import { memoryKeyStore } from './keyStore';

function fakeDeps(files: File[] = [], measure: MeasureText | null = null) {
  const store = new Map<string, string>();
  const downloads: { name: string; data: Uint8Array }[] = [];
  const picks: { accept: string; multiple: boolean; directory?: boolean }[] = [];
  const deps: BrowserBridgeDeps = {
    storage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) },
    download: (name, data) => void downloads.push({ name, data }),
    pickFiles: async (accept, multiple, directory) => {
      picks.push({ accept, multiple, directory });
      return files;
    },
    measureText: () => measure,
    keyStore: memoryKeyStore(),
    version: '9.9.9',
    platform: 'test',
  };
  return { deps, store, downloads, picks };
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

  it('opens a folder: the files directly in it with a wanted extension, in name order', async () => {
    const inFolder = (rel: string, bytes = [1]) => {
      const f = new File([new Uint8Array(bytes)], rel.split('/').pop()!);
      Object.defineProperty(f, 'webkitRelativePath', { value: rel });
      return f;
    };
    const { deps, picks } = fakeDeps([
      inFolder('U盘/第二支部.pytb', [2]),
      inFolder('U盘/第一支部.PYTB', [1]),
      inFolder('U盘/说明.txt'),
      inFolder('U盘/旧/第三支部.pytb'),
      inFolder('U盘/.隐藏.pytb'),
    ]);
    const r = await createBrowserBridge(deps).filesOpen({ filters: [{ name: '数据包', extensions: ['pytb'] }], directory: true });
    expect(picks).toEqual([{ accept: '', multiple: true, directory: true }]);
    expect(r.files.map((f) => f.name)).toEqual(['第二支部.pytb', '第一支部.PYTB'].sort((a, b) => a.localeCompare(b, 'zh-CN')));
  });

  it('refuses a folder of more files than one import takes, asking to split it', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => {
      const f = new File([new Uint8Array([1])], `${i}.pytb`);
      Object.defineProperty(f, 'webkitRelativePath', { value: `U盘/${i}.pytb` });
      return f;
    });
    const { deps } = fakeDeps(many);
    await expect(createBrowserBridge(deps).filesOpen({ filters: [{ name: '数据包', extensions: ['pytb'] }], directory: true })).rejects.toThrow(/分批打开/);
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
