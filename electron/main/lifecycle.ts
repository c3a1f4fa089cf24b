import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler, type AppRequest } from './appProtocol';
import { openFiles, saveFile, type FileDialogs, type FileSystem } from './files';
import { createFontCheck, type FontLister } from './fonts';
import { createSenderCheck, registerHandlers, type Handlers, type IpcMainLike } from './ipc';
import type { InstallationKey } from './keys';
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

/** The parts of Electron's `protocol` (the default session's) we use. */
export type ProtocolLike = {
  registerSchemesAsPrivileged(schemes: (typeof APP_SCHEME_PRIVILEGES)[]): void;
  handle(scheme: string, handler: (request: AppRequest) => Promise<Response>): void;
};

export type ShellDeps = {
  app: AppLike;
  protocol: ProtocolLike;
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
  /** This installation's signing key, kept under userData (keys.ts); made lazily on first use. */
  createInstallationKey: (userDataDir: string) => InstallationKey;
  /** dist/renderer: the only folder app:// serves from. */
  paths: { preload: string; rendererDir: string; icon?: string };
  /** How the app:// handler reads the renderer folder (fs/promises; inside app.asar in the installed app). */
  rendererFs: { readFile(file: string): Promise<Uint8Array>; realpath(file: string): Promise<string> };
  /** A fresh CSP nonce for each page load (crypto.randomBytes, base64). */
  randomNonce: () => string;
  platform: string;
  logError: (message: string, detail?: unknown) => void;
  /** The installed font families (fonts.ts: PowerShell, fc-list); without it the page is told "unknown". */
  listFonts?: FontLister;
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
  // Privileges can only be given before ready; the handler is attached once the session exists.
  deps.protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event: never, contents: never) => {
    hardenWebContents(contents as WebContentsLike);
  });
  app.on('window-all-closed', () => {
    if (deps.platform !== 'darwin') app.quit();
  });

  const ready = app.whenReady().then(() => {
    deps.protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler({ rootDir: deps.paths.rendererDir, ...deps.rendererFs, randomNonce: deps.randomNonce }),
    );
    const settings = deps.createSettingsStore({ cwd: app.getPath('userData') });
    const zoomStore = deps.createZoomStore(app.getPath('userData'));
    const installationKey = deps.createInstallationKey(app.getPath('userData'));
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
      'app:fonts.installed': createFontCheck({
        listFonts: deps.listFonts ?? (() => Promise.reject(new Error('no font lister'))),
        logError: deps.logError,
      }),
      'app:keys.publicKey': async () => ({ publicKey: await installationKey.publicKey() }),
      'app:keys.sign': async ({ data }) => ({ signature: await installationKey.sign(data) }),
    };
    registerHandlers(deps.ipcMain, handlers, {
      isTrustedSender: createSenderCheck(() => mainWindow?.webContents),
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
