import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { Settings } from '../../shared/ipc/contract';
import { APP_URL } from './appProtocol';
import { hardenSession, hardenWebContents, type SessionLike, type WebContentsLike } from './security';

export const WINDOW_TITLE = '评议通';
const DEFAULT_SIZE = { width: 1280, height: 820 };
const MIN_SIZE = { width: 900, height: 600 };
/** Resize and move fire many times a second while dragging; save once it settles. */
export const SAVE_BOUNDS_DELAY_MS = 500;

type Rect = { x: number; y: number; width: number; height: number };
type WindowBounds = NonNullable<Settings['windowBounds']>;

export type WindowDeps = {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  screen: { getAllDisplays(): { workArea: Rect }[] };
  settings: { get(): Settings; set(patch: Partial<Settings>): unknown };
  preloadPath: string;
  iconPath?: string;
  logError?: (message: string, detail?: unknown) => void;
};

/**
 * Each choice is one item of Electron's security checklist (electron/main/securityChecklist.test.ts):
 * no Node in the page, its own JavaScript world for the preload, the OS sandbox, the same-origin
 * policy, no http content in the page, no experimental or extra Blink features, no <webview>.
 */
export function secureWebPreferences(preloadPath: string): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/**
 * The saved size, and the saved position only if enough of the title bar would be on a screen
 * that still exists (a laptop moved off its second monitor must not open its window offscreen).
 */
export function restoreBounds(saved: WindowBounds | undefined, displays: { workArea: Rect }[]): Partial<Rect> & {
  width: number;
  height: number;
} {
  if (!saved) return { ...DEFAULT_SIZE };
  const size = { width: Math.max(saved.width, MIN_SIZE.width), height: Math.max(saved.height, MIN_SIZE.height) };
  if (saved.x === undefined || saved.y === undefined) return size;
  const titleBar = { x: saved.x, y: saved.y, width: Math.min(size.width, 200), height: 40 };
  const visible = displays.some(({ workArea: a }) => {
    const w = Math.min(titleBar.x + titleBar.width, a.x + a.width) - Math.max(titleBar.x, a.x);
    const h = Math.min(titleBar.y + titleBar.height, a.y + a.height) - Math.max(titleBar.y, a.y);
    return w >= 100 && h >= 20;
  });
  return visible ? { ...size, x: saved.x, y: saved.y } : size;
}

function currentBounds(win: BrowserWindow): WindowBounds {
  const b = win.getNormalBounds();
  return {
    width: Math.max(400, Math.round(b.width)),
    height: Math.max(300, Math.round(b.height)),
    x: Math.round(b.x),
    y: Math.round(b.y),
    maximized: win.isMaximized(),
  };
}

export function createMainWindow(deps: WindowDeps): BrowserWindow {
  const saved = deps.settings.get().windowBounds;
  const bounds = restoreBounds(saved, deps.screen.getAllDisplays());

  const win = new deps.BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: WINDOW_TITLE,
    icon: deps.iconPath,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(deps.preloadPath),
  });

  hardenSession(win.webContents.session as unknown as SessionLike);
  hardenWebContents(win.webContents as unknown as WebContentsLike);
  // Keep our title rather than whatever the page sets.
  win.on('page-title-updated', (event) => event.preventDefault());

  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  let timer: ReturnType<typeof setTimeout> | undefined;
  const saveBounds = () => {
    timer = undefined;
    if (win.isDestroyed() || win.isMinimized()) return;
    try {
      deps.settings.set({ windowBounds: currentBounds(win) });
    } catch (error) {
      deps.logError?.('Could not save window bounds', error);
    }
  };
  const scheduleSave = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(saveBounds, SAVE_BOUNDS_DELAY_MS);
  };
  win.on('resize', scheduleSave);
  win.on('move', scheduleSave);
  win.on('maximize', scheduleSave);
  win.on('unmaximize', scheduleSave);
  win.on('close', () => {
    if (timer) clearTimeout(timer);
    saveBounds();
  });

  // Served by the app:// handler (appProtocol.ts), never from file://.
  void win.loadURL(APP_URL).catch((error: unknown) => deps.logError?.('Could not load the app page', error));
  return win;
}
