import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { openFiles, saveFile, type FileDialogs, type FileSystem } from './files';
import { createSenderCheck, registerHandlers, type Handlers, type IpcMainLike } from './ipc';
import { buildMenuTemplate } from './menu';
import { hardenWebContents, type WebContentsLike } from './security';
import type { SettingsStore } from './settings';
import { createMainWindow, WINDOW_TITLE, type WindowDeps } from './window';
import { attachZoom, type ZoomDirection, type ZoomStore } from './zoom';

type DialogOptions = Record<string, unknown>;

/** The parts of Electron's `app` the shell uses. */
export type AppLike = {
  readonly isPackaged: boolean;
  requestSingleInstanceLock(): boolean;
  enableSandbox(): void;
  whenReady(): Promise<unknown>;
  on(event: string, listener: (...args: never[]) => void): unknown;
  quit(): void;
  getVersion(): string;
  getPath(name: 'userData' | 'documents'): string;
};

export type ShellDeps = {
  app: AppLike;
  ipcMain: IpcMainLike;
  BrowserWindow: WindowDeps['BrowserWindow'];
  Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): unknown; setApplicationMenu(menu: unknown): void };
  dialog: {
    showSaveDialog(window: BrowserWindow, options: DialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
    showOpenDialog(window: BrowserWindow, options: DialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
    showMessageBox(window: BrowserWindow, options: DialogOptions): Promise<unknown>;
  };
  screen: WindowDeps['screen'];
  fs: FileSystem;
  createSettingsStore: (options: { cwd: string }) => SettingsStore;
  createZoomStore: (cwd: string) => ZoomStore;
  paths: { preload: string; indexHtml: string; appUrl: string; icon?: string };
  platform: string;
  logError: (message: string, detail?: unknown) => void;
};

export type Shell = { ready: Promise<void>; getMainWindow(): BrowserWindow | null };

/** Wires the app: one instance, one secure window, the IPC handlers, the menu. */
export function startShell(deps: ShellDeps): Shell {
  const { app } = deps;
  let mainWindow: BrowserWindow | null = null;

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { ready: Promise.resolve(), getMainWindow: () => null };
  }
  // Every renderer is sandboxed, including any we did not create ourselves.
  app.enableSandbox();

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event: never, contents: never) => {
    hardenWebContents(contents as WebContentsLike, deps.paths.appUrl);
  });
  app.on('window-all-closed', () => {
    if (deps.platform !== 'darwin') app.quit();
  });

  const ready = app.whenReady().then(() => {
    const settings = deps.createSettingsStore({ cwd: app.getPath('userData') });
    const zoomStore = deps.createZoomStore(app.getPath('userData'));
    let zoom: ((direction: ZoomDirection) => void) | undefined;
    const requireWindow = () => {
      if (!mainWindow || mainWindow.isDestroyed()) throw new Error('窗口已关闭，无法打开文件对话框。');
      return mainWindow;
    };
    const dialogs: FileDialogs = {
      showSaveDialog: (options) => deps.dialog.showSaveDialog(requireWindow(), options),
      showOpenDialog: (options) => deps.dialog.showOpenDialog(requireWindow(), options),
    };
    const fileDeps = { dialog: dialogs, fs: deps.fs, documentsDir: app.getPath('documents') };

    const handlers: Handlers = {
      'app:app.info': () => ({ version: app.getVersion(), platform: deps.platform, shell: 'electron' }),
      'app:settings.get': () => settings.get(),
      'app:settings.set': (patch) => settings.set(patch),
      'app:files.save': (req) => saveFile(fileDeps, req),
      'app:files.open': (req) => openFiles(fileDeps, req),
    };
    registerHandlers(deps.ipcMain, handlers, {
      isTrustedSender: createSenderCheck(deps.paths.appUrl, () => mainWindow?.webContents),
      logError: deps.logError,
    });

    const showAbout = () => {
      if (!mainWindow) return;
      void deps.dialog.showMessageBox(mainWindow, {
        type: 'info',
        title: `关于${WINDOW_TITLE}`,
        message: `${WINDOW_TITLE} ${app.getVersion()}`,
        detail: `党支部分析评议阶段工作台。\n全部数据保存在本机，不需要联网。\n设置文件：${settings.path}`,
        buttons: ['确定'],
      });
    };
    deps.Menu.setApplicationMenu(
      deps.Menu.buildFromTemplate(buildMenuTemplate({ onAbout: showAbout, onZoom: (d) => zoom?.(d), isPackaged: app.isPackaged })),
    );

    const openWindow = () => {
      mainWindow = createMainWindow({
        BrowserWindow: deps.BrowserWindow,
        screen: deps.screen,
        settings,
        preloadPath: deps.paths.preload,
        indexHtmlPath: deps.paths.indexHtml,
        appUrl: deps.paths.appUrl,
        iconPath: deps.paths.icon,
        logError: deps.logError,
      });
      zoom = attachZoom(mainWindow.webContents as unknown as Parameters<typeof attachZoom>[0], zoomStore);
      mainWindow.on('closed', () => {
        mainWindow = null;
        zoom = undefined;
      });
    };
    openWindow();
    // macOS keeps the app alive with no window; clicking the dock icon brings one back.
    app.on('activate', () => {
      if (!mainWindow) openWindow();
    });
  });

  return { ready, getMainWindow: () => mainWindow };
}
