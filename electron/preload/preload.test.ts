import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bridgeMethodName, CHANNELS } from '../../shared/ipc/contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async (channel: string) => `result of ${channel}`), on: vi.fn(), send: vi.fn() },
}));
vi.mock('electron', () => ({ ...electron, default: electron }));

async function exposed(): Promise<Record<string, unknown>> {
  vi.resetModules();
  electron.contextBridge.exposeInMainWorld.mockClear();
  await import('./preload');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0];
  expect(key).toBe('pyt');
  return api as Record<string, unknown>;
}

describe('preload', () => {
  beforeEach(() => electron.ipcRenderer.invoke.mockClear());

  it('exposes exactly one function per contract channel, named by bridgeMethodName', async () => {
    const api = await exposed();
    expect(Object.keys(api).sort()).toEqual(CHANNELS.map(bridgeMethodName).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it.each(CHANNELS)('%s: the function invokes its own channel with the argument', async (channel) => {
    const api = await exposed();
    const fn = api[bridgeMethodName(channel)] as (arg?: unknown) => Promise<unknown>;
    const arg = { probe: channel };
    await expect(fn(arg)).resolves.toBe(`result of ${channel}`);
    const [calledChannel, ...rest] = electron.ipcRenderer.invoke.mock.calls[0] as unknown[];
    expect(calledChannel).toBe(channel);
    expect(rest.length <= 1).toBe(true);
  });

  it('never exposes ipcRenderer or any of its methods', async () => {
    const api = await exposed();
    const values = Object.values(api);
    expect(values).not.toContain(electron.ipcRenderer);
    expect(values).not.toContain(electron.ipcRenderer.invoke);
    expect(values).not.toContain(electron.ipcRenderer.on);
  });
});
