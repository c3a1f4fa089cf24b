// Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), one
// test per item, each on the real configuration: the shell started by startShell on fakes of
// Electron, the app:// handler, the preload, the CSP plugin of vite.config.ts, the packaging
// config. A test fails when its item breaks.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bridgeMethodName, CHANNELS } from '../../shared/ipc/contract';
import { cspPlugin, CSP_MARKER } from '../../vite.config';
import { APP_URL } from './appProtocol';
import { CSP_NONCE_PLACEHOLDER } from './csp';
import { FALLBACK_CONTENT_SECURITY_POLICY } from './security';
import { FakeBrowserWindow, FakeWebContents, preventable, startFakeShell } from './testFakes';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => undefined), on: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
}));
vi.mock('electron', () => ({ ...electron, default: electron }));

const require = createRequire(import.meta.url);
const root = path.resolve(__dirname, '..', '..');
const NONCE_PAGE = `<head><meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}" /></head>`;

/** The shell after ready, with the main window and a web contents it did not create itself. */
async function readyShell() {
  const shell = startFakeShell({ rendererFiles: { 'index.html': NONCE_PAGE, 'assets/index.js': 'ok' } });
  await shell.shell.ready;
  const win = FakeBrowserWindow.instances[0];
  const stranger = new FakeWebContents();
  shell.app.emit('web-contents-created', {}, stranger);
  return { ...shell, win, stranger, prefs: win.options.webPreferences as Record<string, unknown> };
}

/** Every web contents the app may meet: the main window's and any other. */
async function everyContents() {
  const { win, stranger } = await readyShell();
  return [win.webContents, stranger];
}

function page(file: string) {
  return { url: `app://renderer/${file}`, method: 'GET' };
}

/** Main-process and preload sources, without tests. */
function shellSources(): { file: string; text: string }[] {
  return ['electron/main', 'electron/preload']
    .flatMap((dir) => fs.readdirSync(path.join(root, dir)).map((f) => path.join(dir, f)))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('testFakes.ts'))
    .map((file) => ({ file, text: fs.readFileSync(path.join(root, file), 'utf8') }));
}

function builtPagePolicy(): string {
  const plugin = cspPlugin() as unknown as {
    configResolved(config: { command: string }): void;
    transformIndexHtml: { handler(html: string): string };
  };
  plugin.configResolved({ command: 'build' });
  const html = plugin.transformIndexHtml.handler(fs.readFileSync(path.join(root, 'renderer', 'index.html'), 'utf8'));
  return /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
}

beforeEach(() => {
  FakeBrowserWindow.instances = [];
});

describe('Electron security checklist', () => {
  it('1. Only load secure content: the window loads app://renderer/index.html (a secure scheme), and the policy admits no http:, https: or ws: source', async () => {
    const { win, protocol } = await readyShell();
    expect(win.loaded).toBe(APP_URL);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ secure: true, standard: true }) }),
    ]);
    const response = await protocol.handlers.get('app')!(page('index.html'));
    for (const policy of [response.headers.get('Content-Security-Policy')!, builtPagePolicy(), FALLBACK_CONTENT_SECURITY_POLICY]) {
      expect(policy).toContain("default-src 'self'");
      expect(policy).not.toMatch(/https?:|wss?:|\*/);
    }
  });

  it('2. Do not enable Node.js integration for remote content: no Node in the page, its workers or its frames', async () => {
    const { prefs } = await readyShell();
    expect(prefs).toMatchObject({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });

  it('3. Enable context isolation: the preload runs in its own JavaScript world', async () => {
    const { prefs } = await readyShell();
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.preload).toBe('/p/preload.cjs');
  });

  it('4. Enable process sandboxing: the window is sandboxed, and so is every renderer (app.enableSandbox before ready)', async () => {
    const { prefs, app } = await readyShell();
    expect(prefs.sandbox).toBe(true);
    expect(app.enableSandbox).toHaveBeenCalledOnce();
    expect(app.enableSandbox.mock.invocationCallOrder[0]).toBeLessThan(app.whenReady.mock.invocationCallOrder[0]);
  });

  it('5. Handle session permission requests from remote content: requests and checks are refused, bar clipboard writing by our own page', async () => {
    const { win } = await readyShell();
    const session = win.webContents.session;
    const request = session.setPermissionRequestHandler.mock.calls[0][0];
    const check = session.setPermissionCheckHandler.mock.calls[0][0];
    const ours = { requestingUrl: `${APP_URL}#/` };
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb', 'clipboard-read']) {
      const callback = vi.fn();
      request(win.webContents, permission, callback, ours);
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(check(win.webContents, permission, 'app://renderer', ours), permission).toBe(false);
    }
    const elsewhere = vi.fn();
    request(win.webContents, 'clipboard-sanitized-write', elsewhere, { requestingUrl: 'https://example.com/' });
    expect(elsewhere).toHaveBeenCalledWith(false);
  });

  it('6. Do not disable webSecurity', async () => {
    const { prefs } = await readyShell();
    expect(prefs.webSecurity).toBe(true);
  });

  it('7. Define a Content Security Policy: the page is served with a per-load nonce policy, no inline script or eval, no inline <style> without the nonce', async () => {
    const { protocol } = await readyShell();
    const serve = protocol.handlers.get('app')!;
    const first = await serve(page('index.html'));
    const policy = first.headers.get('Content-Security-Policy')!;
    const nonce = /'nonce-([^']+)'/.exec(policy)![1];
    expect(await first.text()).toContain(`nonce="${nonce}"`);
    const directives = Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-hashes/);
    expect(policy.split('; ').filter((d) => d.includes('unsafe-inline'))).toEqual(["style-src-attr 'unsafe-inline'"]);
    // The built index.html carries the same policy, its nonce left for the server to fill.
    expect(builtPagePolicy()).toContain(`style-src 'self' 'nonce-${CSP_NONCE_PLACEHOLDER}'`);
    expect(fs.readFileSync(path.join(root, 'renderer', 'index.html'), 'utf8')).toContain(CSP_MARKER);
    // A fresh nonce per load, and anything not ours gets the policy with no inline <style> at all.
    expect((await serve(page('index.html'))).headers.get('Content-Security-Policy')).not.toBe(policy);
    expect(FALLBACK_CONTENT_SECURITY_POLICY).toContain("style-src 'self';");
  });

  it('8. Do not enable allowRunningInsecureContent', async () => {
    const { prefs } = await readyShell();
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });

  it('9. Do not enable experimental features', async () => {
    const { prefs } = await readyShell();
    expect(prefs.experimentalFeatures).not.toBe(true);
  });

  it('10. Do not use enableBlinkFeatures', async () => {
    const { prefs } = await readyShell();
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    for (const { file, text } of shellSources()) {
      expect(text, file).not.toMatch(/enableBlinkFeatures|enable-blink-features/);
    }
  });

  it('11. Do not use allowpopups for WebViews: there is no <webview> to carry it (webviewTag off, attaching refused)', async () => {
    const { prefs } = await readyShell();
    expect(prefs.webviewTag).toBe(false);
    for (const contents of await everyContents()) {
      const attach = preventable();
      contents.emit('will-attach-webview', attach, { allowpopups: 'true' }, { src: 'https://example.com/' });
      expect(attach.defaultPrevented).toBe(true);
    }
  });

  it('12. Verify WebView options before creation: every will-attach-webview is refused, whatever its options', async () => {
    for (const contents of await everyContents()) {
      for (const params of [{ src: APP_URL }, { src: 'https://example.com/', nodeintegration: 'true' }]) {
        const attach = preventable();
        const webPreferences = { preload: '/tmp/evil.js' };
        contents.emit('will-attach-webview', attach, webPreferences, params);
        expect(attach.defaultPrevented).toBe(true);
      }
    }
  });

  it('13. Disable or limit navigation: will-navigate, will-frame-navigate and will-redirect stay on our page', async () => {
    for (const contents of await everyContents()) {
      for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://renderer/assets/index.js', 'app://evil/index.html']) {
        for (const event of ['will-navigate', 'will-redirect']) {
          const navigation = preventable();
          contents.emit(event, navigation, url);
          expect(navigation.defaultPrevented, `${event} ${url}`).toBe(true);
        }
        const frame = Object.assign(preventable(), { url, isMainFrame: true });
        contents.emit('will-frame-navigate', frame);
        expect(frame.defaultPrevented, `will-frame-navigate ${url}`).toBe(true);
      }
      const subFrame = Object.assign(preventable(), { url: APP_URL, isMainFrame: false });
      contents.emit('will-frame-navigate', subFrame);
      expect(subFrame.defaultPrevented).toBe(true);
      const home = preventable();
      contents.emit('will-navigate', home, `${APP_URL}#/members`);
      expect(home.defaultPrevented).toBe(false);
    }
  });

  it('14. Disable or limit creation of new windows: every window.open is denied', async () => {
    for (const contents of await everyContents()) {
      for (const url of ['https://example.com/', APP_URL, 'about:blank']) {
        expect(contents.windowOpenHandler?.({ url }), url).toEqual({ action: 'deny' });
      }
    }
  });

  it('15. Do not use shell.openExternal with untrusted content: the shell never imports shell, nor opens anything outside', () => {
    for (const { file, text } of shellSources()) {
      expect(text, file).not.toMatch(/openExternal|openPath|\{[^}]*\bshell\b[^}]*\}\s*=\s*require\('electron'\)|import\s*\{[^}]*\bshell\b[^}]*\}\s*from\s*'electron'/);
    }
  });

  it('16. Use a current version of Electron: a supported major, installed as declared, taking patch releases', () => {
    // Electron supports its latest three majors; 45 is the newest this project has been checked
    // against. Raise the floor with each upgrade so a downgrade fails here.
    const SUPPORTED_FLOOR = 45;
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const declared: string = pkg.devDependencies.electron;
    const installed: string = require('electron/package.json').version;
    expect(declared).toMatch(/^\^\d+\.\d+\.\d+$/);
    const declaredMajor = Number(declared.slice(1).split('.')[0]);
    expect(declaredMajor).toBeGreaterThanOrEqual(SUPPORTED_FLOOR);
    expect(Number(installed.split('.')[0])).toBe(declaredMajor);
  });

  it('17. Validate the sender of all IPC messages: only the main window\'s top frame on our page is answered', async () => {
    const { handlers, win, stranger } = await readyShell();
    win.webContents.mainFrame = { url: `${APP_URL}#/`, parent: null };
    const call = (event: object) => Promise.resolve().then(() => handlers.get('app:settings.get')!(event as never));
    await expect(call({ sender: win.webContents, senderFrame: win.webContents.mainFrame })).resolves.toBeTruthy();
    for (const event of [
      { sender: win.webContents, senderFrame: { url: 'file:///opt/pingyitong/dist/renderer/index.html', parent: null } },
      { sender: win.webContents, senderFrame: { url: 'https://example.com/', parent: null } },
      { sender: win.webContents, senderFrame: { url: APP_URL, parent: {} } },
      { sender: win.webContents, senderFrame: null },
      { sender: stranger, senderFrame: { url: APP_URL, parent: null } },
    ]) {
      await expect(call(event)).rejects.toThrow(/拒绝请求/);
    }
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('18. Avoid usage of the file:// protocol and prefer usage of custom protocols: app:// serves the renderer folder and nothing else', async () => {
    const { protocol, win } = await readyShell();
    expect(win.loaded?.startsWith('app://renderer/')).toBe(true);
    expect(protocol.registerSchemesAsPrivileged.mock.calls[0][0][0].privileges).not.toHaveProperty('bypassCSP');
    const serve = protocol.handlers.get('app')!;
    expect((await serve(page('assets/index.js'))).status).toBe(200);
    for (const url of ['..%2f..%2f..%2f..%2fetc%2fpasswd.js', '%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd.js', '..%5c..%5csecret.js', 'C:%5Cwindows%5Cwin.ini.js']) {
      expect((await serve(page(url))).status, url).toBe(404);
    }
    expect((await serve({ url: 'app://elsewhere/index.html', method: 'GET' })).status).toBe(404);
    for (const { file, text } of shellSources()) {
      expect(text, file).not.toMatch(/loadFile\(|pathToFileURL/);
    }
  });

  it('19. Check which fuses you can change: runAsNode, NODE_OPTIONS, --inspect and file:// privileges off; cookie encryption, asar integrity and asar-only on', () => {
    const yaml = require('js-yaml') as { load(text: string): unknown };
    const config = yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as { electronFuses: object };
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('20. Do not expose Electron APIs to untrusted web content: the preload exposes one plain function per channel, never ipcRenderer', async () => {
    vi.resetModules();
    electron.contextBridge.exposeInMainWorld.mockClear();
    await import('../preload/preload');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(key).toBe('pyt');
    expect(Object.keys(api).sort()).toEqual(CHANNELS.map(bridgeMethodName).sort());
    const values = Object.values(api);
    for (const value of values) expect(typeof value).toBe('function');
    for (const forbidden of [electron.ipcRenderer, ...Object.values(electron.ipcRenderer), electron.contextBridge]) {
      expect(values).not.toContain(forbidden);
    }
  });
});
