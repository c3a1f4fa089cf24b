import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { CHANNELS } from '../../shared/ipc/contract';
import { buildMenuTemplate } from './menu';
import { FakeBrowserWindow, FakeWebContents, preventable, startFakeShell } from './testFakes';

const APP_URL = 'app://renderer/index.html';
const setup = startFakeShell;

beforeEach(() => {
  FakeBrowserWindow.instances = [];
});

describe('startShell', () => {
  it('quits at once when another instance already runs', async () => {
    const { app, shell } = setup({ gotLock: false });
    await shell.ready;
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('when ready: enables the sandbox, opens one window on the app page, registers every channel, sets the menu', async () => {
    const { app, shell, handlers, Menu, createSettingsStore } = setup();
    await shell.ready;
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(createSettingsStore).toHaveBeenCalledWith({ cwd: '/home/u/.config/pingyitong' });
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(FakeBrowserWindow.instances[0].loaded).toBe(APP_URL);
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();
  });

  it('gives app:// its privileges before ready and serves only the renderer folder once ready', async () => {
    const load = vi.spyOn(FakeBrowserWindow.prototype, 'loadURL');
    const { shell, protocol, app } = setup();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(
      app.whenReady.mock.invocationCallOrder[0],
    );
    expect(protocol.handle).not.toHaveBeenCalled();
    await shell.ready;
    const handler = protocol.handlers.get('app')!;
    const page = await handler({ url: `${APP_URL}#/`, method: 'GET' });
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<title>评议通</title>');
    expect((await handler({ url: 'app://renderer/../../../etc/passwd', method: 'GET' })).status).toBe(404);
    // The handler is in place before the window asks for the page.
    expect(protocol.handle.mock.invocationCallOrder[0]).toBeLessThan(load.mock.invocationCallOrder[0]);
    load.mockRestore();
  });

  it('answers app:app.info from the main window frame', async () => {
    const { shell, invoke } = setup({ platform: 'linux' });
    await shell.ready;
    const win = FakeBrowserWindow.instances[0];
    win.webContents.mainFrame = { url: `${APP_URL}#/`, parent: null };
    await expect(invoke('app:app.info')).resolves.toEqual({ version: '1.2.3', platform: 'linux', shell: 'electron' });
  });

  it('refuses another web contents even at our URL', async () => {
    const { shell, handlers } = setup();
    await shell.ready;
    const other = new FakeWebContents();
    other.mainFrame = { url: APP_URL, parent: null };
    await expect(
      Promise.resolve().then(() => handlers.get('app:settings.get')!({ sender: other, senderFrame: other.mainFrame })),
    ).rejects.toThrow(/拒绝请求/);
  });

  it('routes settings and file dialogs to the store and the main window', async () => {
    const { shell, invoke, settings, dialog } = setup();
    await shell.ready;
    FakeBrowserWindow.instances[0].webContents.mainFrame = { url: APP_URL, parent: null };
    await invoke('app:settings.set', { operatorName: '周书记' });
    expect(settings.set).toHaveBeenCalledWith({ operatorName: '周书记' });
    await expect(invoke('app:settings.get')).resolves.toMatchObject({ operatorName: '周书记' });
    await expect(invoke('app:files.save', { suggestedName: 'a.docx', data: new Uint8Array([1]) })).resolves.toEqual({
      saved: false,
    });
    expect(dialog.showSaveDialog.mock.calls[0][0]).toBe(FakeBrowserWindow.instances[0]);
  });

  it('focuses and restores the window when a second copy is started', async () => {
    const { app, shell } = setup();
    await shell.ready;
    const win = FakeBrowserWindow.instances[0];
    win.minimized = true;
    app.emit('second-instance');
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(true);
  });

  it('quits when all windows close, except on macOS', async () => {
    const windows = setup({ platform: 'win32' });
    windows.app.emit('window-all-closed');
    expect(windows.app.quit).toHaveBeenCalled();
    const mac = setup({ platform: 'darwin' });
    mac.app.emit('window-all-closed');
    expect(mac.app.quit).not.toHaveBeenCalled();
  });

  it('hardens every web contents created later', async () => {
    const { app } = setup();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://x' })).toEqual({ action: 'deny' });
    const nav = preventable();
    contents.emit('will-navigate', nav, 'https://x/');
    expect(nav.defaultPrevented).toBe(true);
  });

  it('shows an about box in Chinese from the 帮助 menu', async () => {
    const { shell, Menu, dialog } = setup();
    await shell.ready;
    const template = Menu.buildFromTemplate.mock.calls[0][0];
    const help = template.find((m) => m.label?.startsWith('帮助'));
    const about = (help?.submenu as MenuItemConstructorOptions[])[0];
    about.click?.({} as never, undefined, {} as never);
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      FakeBrowserWindow.instances[0],
      expect.objectContaining({ title: '关于评议通', message: '评议通 1.2.3' }),
    );
  });
});

describe('zoom in the shell', () => {
  it('restores the saved zoom on load and steps it from the 视图 menu, saving each change', async () => {
    const { shell, Menu, zoomStore } = setup();
    await shell.ready;
    const contents = FakeBrowserWindow.instances[0].webContents;
    contents.emit('did-finish-load');
    expect(contents.zoomFactor).toBe(1.25);

    const template = Menu.buildFromTemplate.mock.calls[0][0];
    const view = template.find((m) => m.label?.startsWith('视图'))?.submenu as MenuItemConstructorOptions[];
    const item = (label: string) => view.find((m) => m.label === label)!;
    item('放大').click?.({} as never, undefined, {} as never);
    expect(contents.zoomFactor).toBe(1.5);
    expect(zoomStore.set).toHaveBeenLastCalledWith(1.5);
    item('实际大小').click?.({} as never, undefined, {} as never);
    expect(contents.zoomFactor).toBe(1);
    expect(item('放大').accelerator).toBe('CommandOrControl+=');
  });

  it('zooms with Ctrl+wheel', async () => {
    const { shell } = setup();
    await shell.ready;
    const contents = FakeBrowserWindow.instances[0].webContents;
    contents.emit('zoom-changed', {}, 'out');
    expect(contents.zoomFactor).toBe(0.9);
  });
});

describe('buildMenuTemplate', () => {
  const labels = (t: MenuItemConstructorOptions[]) => t.map((m) => m.label);
  const sub = (t: MenuItemConstructorOptions[], prefix: string) =>
    (t.find((m) => m.label?.startsWith(prefix))?.submenu as MenuItemConstructorOptions[]).filter((m) => m.type !== 'separator');

  it('has 文件/编辑/视图/帮助 with zoom commands for older users', () => {
    const t = buildMenuTemplate({ onAbout: () => {}, onZoom: () => {}, isPackaged: true });
    expect(labels(t)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    expect(sub(t, '编辑').map((m) => m.role)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(sub(t, '视图').map((m) => m.label)).toEqual(['重新加载', '实际大小', '放大', '缩小', '全屏']);
  });

  it('offers developer tools only when not packaged', () => {
    const dev = buildMenuTemplate({ onAbout: () => {}, onZoom: () => {}, isPackaged: false });
    expect(sub(dev, '视图').map((m) => m.role)).toContain('toggleDevTools');
  });
});
