// Small stand-ins for Electron objects, so the shell is tested without the Electron binary.
import { vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { DEFAULT_SETTINGS } from '../../shared/ipc/contract';
import type { InvokeEvent } from './ipc';
import { startShell, type ShellDeps } from './lifecycle';

type Listener = (...args: unknown[]) => void;

export class FakeEmitter {
  listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

export function fakeSession() {
  return {
    webRequest: { onHeadersReceived: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  };
}

export class FakeWebContents extends FakeEmitter {
  session = fakeSession();
  mainFrame = { url: '', parent: null };
  windowOpenHandler?: (details: { url: string }) => unknown;
  zoomFactor = 1;
  getZoomFactor() {
    return this.zoomFactor;
  }
  setZoomFactor(factor: number) {
    this.zoomFactor = factor;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
    this.windowOpenHandler = handler;
  }
}

export function preventable() {
  return { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
}

export class FakeBrowserWindow extends FakeEmitter {
  static instances: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  bounds = { x: 0, y: 0, width: 0, height: 0 };
  maximized = false;
  minimized = false;
  destroyed = false;
  shown = false;
  focused = false;
  loaded?: string;

  constructor(public options: Record<string, unknown>) {
    super();
    this.bounds = {
      x: (options.x as number) ?? 10,
      y: (options.y as number) ?? 10,
      width: options.width as number,
      height: options.height as number,
    };
    FakeBrowserWindow.instances.push(this);
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  isMaximized() {
    return this.maximized;
  }
  maximize() {
    this.maximized = true;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
  }
  focus() {
    this.focused = true;
  }
  isDestroyed() {
    return this.destroyed;
  }
  show() {
    this.shown = true;
  }
  loadURL(url: string) {
    this.loaded = url;
    return Promise.resolve();
  }
}

/** Electron's `protocol`: records the privileged schemes and the handlers. */
export function fakeProtocol() {
  const handlers = new Map<string, (request: { url: string; method: string }) => Promise<Response>>();
  return {
    handlers,
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn((scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>) => {
      handlers.set(scheme, handler);
    }),
  };
}

/** A built renderer folder in memory: file path (posix) → contents; realpath follows `links`. */
export function fakeRendererFs(files: Record<string, string>, links: Record<string, string> = {}) {
  const missing = (file: string) => Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
  return {
    readFile: vi.fn(async (file: string) => {
      if (!(file in files)) throw missing(file);
      return new TextEncoder().encode(files[file]);
    }),
    realpath: vi.fn(async (file: string) => {
      const target = links[file] ?? file;
      if (!(target in files) && !Object.keys(files).some((f) => f.startsWith(`${target}/`))) throw missing(file);
      return target;
    }),
  };
}

export const FAKE_RENDERER_DIR = '/opt/pingyitong/dist/renderer';

/**
 * Starts the real shell (lifecycle.ts) on fakes of everything Electron gives it; the renderer
 * folder holds `rendererFiles` (paths relative to it).
 */
export function startFakeShell({
  gotLock = true,
  platform = 'win32',
  rendererFiles = { 'index.html': '<title>评议通</title>' } as Record<string, string>,
} = {}) {
  const app = Object.assign(new FakeEmitter(), {
    isPackaged: true,
    requestSingleInstanceLock: vi.fn(() => gotLock),
    enableSandbox: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    quit: vi.fn(),
    getVersion: () => '1.2.3',
    getPath: (name: string) => (name === 'documents' ? '/home/u/文档' : '/home/u/.config/pingyitong'),
  });
  const handlers = new Map<string, (event: InvokeEvent, arg?: unknown) => unknown>();
  const ipcMain = { handle: vi.fn((c: string, l: never) => handlers.set(c, l)), removeHandler: vi.fn() };
  const Menu = { buildFromTemplate: vi.fn((t: MenuItemConstructorOptions[]) => t), setApplicationMenu: vi.fn() };
  const dialog = {
    showSaveDialog: vi.fn(async (_window: unknown, _options: unknown) => ({ canceled: true })),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    showMessageBox: vi.fn(async (_window: unknown, _options: unknown) => ({ response: 0 })),
  };
  let stored = { ...DEFAULT_SETTINGS };
  const settings = {
    path: '/home/u/.config/pingyitong/settings.json',
    get: vi.fn(() => stored),
    set: vi.fn((patch: object) => (stored = { ...stored, ...patch })),
  };
  const createSettingsStore = vi.fn(() => settings);
  let savedZoom = 1.25;
  const zoomStore = { get: () => savedZoom, set: vi.fn((f: number) => (savedZoom = f)) };
  const protocol = fakeProtocol();
  const installationKey = {
    publicKey: vi.fn(async () => new Uint8Array(32).fill(7)),
    sign: vi.fn(async (data: Uint8Array) => new Uint8Array(64).fill(data.length % 256)),
  };
  let nonces = 0;
  const deps: ShellDeps = {
    app: app as unknown as ShellDeps['app'],
    protocol,
    ipcMain,
    BrowserWindow: FakeBrowserWindow as unknown as ShellDeps['BrowserWindow'],
    Menu,
    dialog: dialog as unknown as ShellDeps['dialog'],
    screen: { getAllDisplays: () => [] },
    fs: {} as ShellDeps['fs'],
    createSettingsStore,
    createZoomStore: () => zoomStore,
    createInstallationKey: vi.fn(() => installationKey),
    paths: { preload: '/p/preload.cjs', rendererDir: FAKE_RENDERER_DIR },
    rendererFs: fakeRendererFs({
      ...Object.fromEntries(Object.entries(rendererFiles).map(([file, text]) => [`${FAKE_RENDERER_DIR}/${file}`, text])),
      '/etc/passwd': 'root',
    }),
    // Like crypto.randomBytes(16) in base64: 24 characters, a new one each load.
    randomNonce: () => btoa(`fake-nonce-${String(++nonces).padStart(5, '0')}`),
    platform,
    logError: vi.fn(),
  };
  const shell = startShell(deps);
  const invoke = (channel: string, arg?: unknown) => {
    const contents = shell.getMainWindow()?.webContents;
    return Promise.resolve(handlers.get(channel)!({ sender: contents, senderFrame: contents?.mainFrame ?? null }, arg));
  };
  return { app, deps, shell, handlers, invoke, Menu, dialog, settings, createSettingsStore, zoomStore, protocol, installationKey };
}
