import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/ipc/contract';
import { APP_URL } from './appProtocol';
import { FALLBACK_CONTENT_SECURITY_POLICY, hardenSession, hardenWebContents, type WebContentsLike } from './security';
import { FakeBrowserWindow, FakeWebContents, fakeSession, preventable } from './testFakes';
import { createMainWindow, restoreBounds, SAVE_BOUNDS_DELAY_MS, type WindowDeps } from './window';

const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] };

function setup(stored: Partial<Settings> = {}) {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...stored };
  const store = {
    get: vi.fn(() => settings),
    set: vi.fn((patch: Partial<Settings>) => {
      settings = { ...settings, ...patch };
      return settings;
    }),
  };
  const deps: WindowDeps = {
    BrowserWindow: FakeBrowserWindow as unknown as WindowDeps['BrowserWindow'],
    screen,
    settings: store,
    preloadPath: '/app/dist/electron/preload.cjs',
  };
  const win = createMainWindow(deps) as unknown as FakeBrowserWindow;
  return { win, store };
}

beforeEach(() => {
  FakeBrowserWindow.instances = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('createMainWindow', () => {
  it('uses secure webPreferences with our preload', () => {
    const { win } = setup();
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      preload: '/app/dist/electron/preload.cjs',
    });
  });

  it('has the Chinese title, loads the app page over app:// and shows when ready', () => {
    const { win } = setup();
    expect(win.options.title).toBe('评议通');
    expect(win.loaded).toBe('app://renderer/index.html');
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
    const titleEvent = preventable();
    win.emit('page-title-updated', titleEvent);
    expect(titleEvent.defaultPrevented).toBe(true);
  });

  it('denies pop-up windows and navigation away from the app', () => {
    const { win } = setup();
    expect(win.webContents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });

    for (const url of ['https://example.com/', 'file:///C:/Program%20Files/pingyitong/resources/app/dist/renderer/index.html']) {
      const away = preventable();
      win.webContents.emit('will-navigate', away, url);
      expect(away.defaultPrevented, url).toBe(true);
    }

    const home = preventable();
    win.webContents.emit('will-navigate', home, `${APP_URL}#/members`);
    expect(home.defaultPrevented).toBe(false);
  });

  it('hardens the window session (CSP, permissions)', () => {
    const { win } = setup();
    expect(win.webContents.session.webRequest.onHeadersReceived).toHaveBeenCalledOnce();
    expect(win.webContents.session.setPermissionRequestHandler).toHaveBeenCalledOnce();
  });

  it('restores saved bounds and the maximized state', () => {
    const { win } = setup({ windowBounds: { width: 1000, height: 700, x: 50, y: 60, maximized: true } });
    expect(win.options).toMatchObject({ width: 1000, height: 700, x: 50, y: 60 });
    expect(win.maximized).toBe(true);
  });

  it('saves bounds once after resizing settles, and on close', () => {
    const { win, store } = setup();
    win.bounds = { x: 5, y: 6, width: 1111.4, height: 777 };
    win.emit('resize');
    win.emit('move');
    win.emit('resize');
    expect(store.set).not.toHaveBeenCalled();
    vi.advanceTimersByTime(SAVE_BOUNDS_DELAY_MS);
    expect(store.set).toHaveBeenCalledOnce();
    expect(store.set).toHaveBeenCalledWith({ windowBounds: { x: 5, y: 6, width: 1111, height: 777, maximized: false } });

    win.maximized = true;
    win.emit('close');
    expect(store.set).toHaveBeenCalledTimes(2);
    expect(store.get().windowBounds?.maximized).toBe(true);
    vi.advanceTimersByTime(SAVE_BOUNDS_DELAY_MS * 2);
    expect(store.set).toHaveBeenCalledTimes(2);
  });

  it('does not save the bounds of a minimized window', () => {
    const { win, store } = setup();
    win.minimized = true;
    win.emit('close');
    expect(store.set).not.toHaveBeenCalled();
  });
});

describe('restoreBounds', () => {
  const displays = screen.getAllDisplays();

  it('uses a default size when nothing is saved', () => {
    expect(restoreBounds(undefined, displays)).toEqual({ width: 1280, height: 820 });
  });

  it('drops a position that is no longer on any screen', () => {
    expect(restoreBounds({ width: 1000, height: 700, x: 3000, y: 100 }, displays)).toEqual({ width: 1000, height: 700 });
  });

  it('raises a size below the minimum', () => {
    expect(restoreBounds({ width: 400, height: 300, x: 0, y: 0 }, displays)).toEqual({ width: 900, height: 600, x: 0, y: 0 });
  });
});

describe('security', () => {
  it('replaces any Content-Security-Policy header with the strict one, except on our own app:// responses', () => {
    const session = fakeSession();
    hardenSession(session);
    const listener = session.webRequest.onHeadersReceived.mock.calls[0][0];
    const callback = vi.fn();
    listener(
      { url: 'https://example.com/', responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [FALLBACK_CONTENT_SECURITY_POLICY], 'X-Other': ['1'] },
    });
    expect(FALLBACK_CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(FALLBACK_CONTENT_SECURITY_POLICY).toContain("style-src 'self';");
    expect(FALLBACK_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*/);

    const ours = { 'Content-Security-Policy': ["style-src 'self' 'nonce-abcdefghijklmnopqrstuv'"] };
    const keep = vi.fn();
    listener({ url: `${APP_URL}`, responseHeaders: ours }, keep);
    expect(keep).toHaveBeenCalledWith({ responseHeaders: ours });
  });

  it('denies permission requests and checks, except writing to the clipboard', () => {
    const session = fakeSession();
    hardenSession(session);
    const request = session.setPermissionRequestHandler.mock.calls[0][0];
    const check = session.setPermissionCheckHandler.mock.calls[0][0];
    const ours = { requestingUrl: `${APP_URL}#/members` };
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      request({}, permission, callback, ours);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check({}, permission, 'app://renderer', ours)).toBe(false);
    }
    const callback = vi.fn();
    request({}, 'clipboard-sanitized-write', callback, ours);
    expect(callback).toHaveBeenCalledWith(true);
    expect(check({}, 'clipboard-sanitized-write', 'app://renderer', ours)).toBe(true);
    const fromElsewhere = vi.fn();
    request({}, 'clipboard-sanitized-write', fromElsewhere, { requestingUrl: 'https://example.com/' });
    expect(fromElsewhere).toHaveBeenCalledWith(false);
    expect(check({}, 'clipboard-sanitized-write', 'file://', {})).toBe(false);
  });

  it('blocks webviews and redirects away from the app', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContentsLike);
    const webview = preventable();
    contents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
    const redirect = preventable();
    contents.emit('will-redirect', redirect, 'http://127.0.0.1:8080/');
    expect(redirect.defaultPrevented).toBe(true);
  });

  it('refuses will-frame-navigate for any sub-frame and for the main frame leaving our page', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContentsLike);
    const frameNavigation = (url: string, isMainFrame: boolean) => {
      const event = Object.assign(preventable(), { url, isMainFrame });
      contents.emit('will-frame-navigate', event);
      return event.defaultPrevented;
    };
    expect(frameNavigation('https://example.com/', true)).toBe(true);
    expect(frameNavigation('https://example.com/', false)).toBe(true);
    expect(frameNavigation(`${APP_URL}#/talks`, false)).toBe(true);
    expect(frameNavigation('app://renderer/assets/evil.html', true)).toBe(true);
    expect(frameNavigation(`${APP_URL}#/talks`, true)).toBe(false);
  });
});
