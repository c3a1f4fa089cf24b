import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, DEFAULT_SETTINGS } from '../../shared/ipc/contract';
import {
  createSenderCheck,
  registerHandlers,
  type Handlers,
  type InvokeEvent,
  type IpcMainLike,
  type SenderFrame,
} from './ipc';

const APP_URL = 'app://renderer/index.html';
const appFrame = { url: `${APP_URL}#/members`, parent: null };

function fakeIpcMain() {
  const listeners = new Map<string, (event: InvokeEvent, ...args: unknown[]) => unknown>();
  const ipc: IpcMainLike = {
    handle: vi.fn((channel, listener) => {
      if (listeners.has(channel)) throw new Error(`duplicate ${channel}`);
      listeners.set(channel, listener);
    }),
    removeHandler: vi.fn((channel) => {
      listeners.delete(channel);
    }),
  };
  const invoke = (channel: string, arg?: unknown, frame: SenderFrame = appFrame) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return Promise.resolve(listener({ senderFrame: frame }, arg));
  };
  return { ipc, listeners, invoke };
}

function fakeHandlers(): Handlers {
  return {
    'app:app.info': vi.fn(() => ({ version: '0.1.0', platform: 'linux', shell: 'electron' as const })),
    'app:settings.get': vi.fn(() => DEFAULT_SETTINGS),
    'app:settings.set': vi.fn((patch) => ({ ...DEFAULT_SETTINGS, ...patch })),
    'app:files.save': vi.fn(async () => ({ saved: false })),
    'app:files.open': vi.fn(async () => ({ files: [] })),
    'app:fonts.installed': vi.fn(async () => ({ known: false as const })),
    'app:keys.publicKey': vi.fn(async () => ({ publicKey: new Uint8Array(32) })),
    'app:keys.sign': vi.fn(async () => ({ signature: new Uint8Array(64) })),
  };
}

function setup(handlers = fakeHandlers()) {
  const fake = fakeIpcMain();
  const logError = vi.fn();
  const unregister = registerHandlers(fake.ipc, handlers, { isTrustedSender: createSenderCheck(), logError });
  return { ...fake, handlers, logError, unregister };
}

describe('registerHandlers', () => {
  it('registers exactly one handler per channel in the contract', () => {
    const { listeners } = setup();
    expect([...listeners.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('removes every handler when unregistered', () => {
    const { listeners, unregister } = setup();
    unregister();
    expect(listeners.size).toBe(0);
  });

  it('throws at startup if a handler is missing', () => {
    const handlers = fakeHandlers() as Partial<Handlers>;
    delete handlers['app:files.open'];
    expect(() =>
      registerHandlers(fakeIpcMain().ipc, handlers as Handlers, { isTrustedSender: () => true }),
    ).toThrow(/app:files\.open/);
  });

  it('passes parsed input, with schema defaults applied, to the handler', async () => {
    const { invoke, handlers } = setup();
    await invoke('app:files.open', {});
    expect(handlers['app:files.open']).toHaveBeenCalledWith({ filters: [], multiple: false });
    await expect(invoke('app:app.info')).resolves.toEqual({ version: '0.1.0', platform: 'linux', shell: 'electron' });
  });

  it('rejects bad input with a Chinese message and does not call the handler', async () => {
    const { invoke, handlers } = setup();
    await expect(invoke('app:settings.set', { operatorName: 123 })).rejects.toThrow(/参数不正确（app:settings\.set）：operatorName：/);
    await expect(invoke('app:files.save', { suggestedName: 'a.docx', data: 'not bytes' })).rejects.toThrow(/应为文件内容/);
    await expect(invoke('app:files.open', 'x')).rejects.toThrow(/参数不正确/);
    expect(handlers['app:settings.set']).not.toHaveBeenCalled();
    expect(handlers['app:files.save']).not.toHaveBeenCalled();
    expect(handlers['app:files.open']).not.toHaveBeenCalled();
  });

  it.each<[string, SenderFrame]>([
    ['a web page', { url: 'https://evil.example/index.html', parent: null }],
    ['another local file', { url: 'file:///tmp/evil.html', parent: null }],
    ['our page as a file:// URL', { url: 'file:///opt/pingyitong/resources/app/dist/renderer/index.html', parent: null }],
    ['another page of our origin', { url: 'app://renderer/assets/other.html', parent: null }],
    ['another app:// host', { url: 'app://evil/index.html', parent: null }],
    ['the dev server', { url: 'http://127.0.0.1:5173/index.html', parent: null }],
    ['a sub-frame of our page', { url: APP_URL, parent: {} }],
    ['a destroyed frame', null],
  ])('rejects calls from %s without calling the handler', async (_label, frame) => {
    const { invoke, handlers } = setup();
    await expect(invoke('app:settings.get', undefined, frame)).rejects.toThrow(/拒绝请求/);
    expect(handlers['app:settings.get']).not.toHaveBeenCalled();
  });

  it('validates the output and hides a contract breach behind a Chinese error', async () => {
    const handlers = fakeHandlers();
    handlers['app:app.info'] = vi.fn(() => ({ version: 1 }) as never);
    const { invoke, logError } = setup(handlers);
    await expect(invoke('app:app.info')).rejects.toThrow(/内部错误/);
    expect(logError).toHaveBeenCalledOnce();
  });

  it('lets a handler error through to the renderer', async () => {
    const handlers = fakeHandlers();
    handlers['app:files.open'] = vi.fn(async () => {
      throw new Error('文件过大');
    });
    const { invoke } = setup(handlers);
    await expect(invoke('app:files.open', {})).rejects.toThrow('文件过大');
  });
});

describe('createSenderCheck', () => {
  it('accepts our page with any hash route and query', () => {
    const check = createSenderCheck();
    expect(check({ senderFrame: { url: `${APP_URL}?x=1#/talks`, parent: null } })).toBe(true);
  });

  it('accepts only the main window contents when one is given', () => {
    const mainContents = {};
    const check = createSenderCheck(() => mainContents);
    const frame = { url: APP_URL, parent: null };
    expect(check({ sender: mainContents, senderFrame: frame })).toBe(true);
    expect(check({ sender: {}, senderFrame: frame })).toBe(false);
    expect(createSenderCheck(() => undefined)({ sender: mainContents, senderFrame: frame })).toBe(false);
  });

  it('refuses a look-alike: another scheme, host, port, user or path', () => {
    const check = createSenderCheck();
    for (const url of [
      'apps://renderer/index.html',
      'app://renderer.evil/index.html',
      'app://renderer:1/index.html',
      'app://user@renderer/index.html',
      'app://renderer/index.html/x',
      'app://renderer/',
      'https://renderer/index.html',
    ]) {
      expect(check({ senderFrame: { url, parent: null } }), url).toBe(false);
    }
  });

  it('refuses a malformed URL', () => {
    expect(createSenderCheck()({ senderFrame: { url: 'not a url', parent: null } })).toBe(false);
  });
});
