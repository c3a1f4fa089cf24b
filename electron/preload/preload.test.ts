import { beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { bridgeMethodName, CHANNELS, type Bridge, type ChannelInput, type ChannelOutput } from '../../shared/ipc/contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async (channel: string, ..._args: unknown[]) => `result of ${channel}`), on: vi.fn(), send: vi.fn() },
}));
vi.mock('electron', () => ({ ...electron, default: electron }));

type Exposed = Record<string, (...args: unknown[]) => Promise<unknown>>;

async function exposed(): Promise<Exposed> {
  vi.resetModules();
  electron.contextBridge.exposeInMainWorld.mockClear();
  await import('./preload');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0];
  expect(key).toBe('pyt');
  return api as Exposed;
}

describe('preload', () => {
  beforeEach(() => electron.ipcRenderer.invoke.mockClear());

  it('exposes exactly one function per contract channel, named by bridgeMethodName', async () => {
    const api = await exposed();
    expect(Object.keys(api).sort()).toEqual(CHANNELS.map(bridgeMethodName).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('hands each argument of each method to ipcRenderer.invoke on that method\'s own channel', async () => {
    const api = await exposed();
    // A distinct object per channel: a method that drops its argument, passes another one or
    // uses a neighbour's channel cannot match.
    const sentinels = new Map(CHANNELS.map((channel) => [channel, { sentinel: channel }]));
    for (const channel of CHANNELS) {
      electron.ipcRenderer.invoke.mockClear();
      const sentinel = sentinels.get(channel);
      await expect(api[bridgeMethodName(channel)](sentinel)).resolves.toBe(`result of ${channel}`);
      expect(electron.ipcRenderer.invoke.mock.calls, channel).toEqual([[channel, sentinel]]);
      expect(electron.ipcRenderer.invoke.mock.calls[0][1], channel).toBe(sentinel);
    }
  });

  it.each(CHANNELS)('%s: only the one contract input crosses, never extra arguments', async (channel) => {
    const api = await exposed();
    const input = { input: channel };
    await api[bridgeMethodName(channel)](input, { extra: true });
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([[channel, input]]);
  });

  it('the Bridge type takes each channel\'s input and promises its output (checked by tsc)', () => {
    expectTypeOf<Parameters<Bridge['appInfo']>>().toEqualTypeOf<[]>();
    expectTypeOf<Parameters<Bridge['settingsGet']>>().toEqualTypeOf<[]>();
    expectTypeOf<Parameters<Bridge['settingsSet']>>().toEqualTypeOf<[input: ChannelInput<'app:settings.set'>]>();
    expectTypeOf<Parameters<Bridge['filesSave']>>().toEqualTypeOf<[input: ChannelInput<'app:files.save'>]>();
    expectTypeOf<ReturnType<Bridge['filesOpen']>>().toEqualTypeOf<Promise<ChannelOutput<'app:files.open'>>>();
    expectTypeOf<keyof Bridge>().toEqualTypeOf<ReturnType<typeof bridgeMethodName>>();
  });

  it('never exposes ipcRenderer or any of its methods', async () => {
    const api = await exposed();
    const values: unknown[] = Object.values(api);
    expect(values).not.toContain(electron.ipcRenderer);
    expect(values).not.toContain(electron.ipcRenderer.invoke);
    expect(values).not.toContain(electron.ipcRenderer.on);
  });
});
