import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { CSP_NONCE_PLACEHOLDER } from '../main/csp';
import { buildElectron, requiredModules } from './build.mjs';

let distDir: string;
let outDir: string;
let userData: string;

beforeAll(async () => {
  // Laid out as dist/: electron/ (the bundles) next to renderer/ (what app:// serves).
  distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyt-build-'));
  outDir = path.join(distDir, 'electron');
  fs.mkdirSync(path.join(distDir, 'renderer'));
  fs.writeFileSync(
    path.join(distDir, 'renderer', 'index.html'),
    `<meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}" /><title>评议通</title>`,
  );
  fs.writeFileSync(path.join(distDir, 'secret.js'), 'outside the renderer folder');
  userData = fs.mkdtempSync(path.join(os.tmpdir(), 'pyt-userdata-'));
  await buildElectron({ outDir });
}, 60000);
afterAll(() => {
  fs.rmSync(distDir, { recursive: true, force: true });
  fs.rmSync(userData, { recursive: true, force: true });
});

// Loads the real main.cjs in plain Node with a recording stand-in for 'electron'.
const SMOKE = String.raw`
const Module = require('node:module');
const [mainPath, userData] = process.argv.slice(1);
const out = { channels: [], windows: [], menu: false, sandbox: false, events: [], privileged: null, served: {} };
let appHandler;
class BrowserWindow {
  constructor(options) {
    this.options = options;
    this.webContents = {
      session: { webRequest: { onHeadersReceived() {} }, setPermissionRequestHandler() {}, setPermissionCheckHandler() {} },
      on() {}, setWindowOpenHandler() {}, mainFrame: null,
    };
    out.windows.push({ webPreferences: options.webPreferences, title: options.title, icon: options.icon });
  }
  on() { return this; } once() { return this; } maximize() {}
  loadURL(url) { out.events.push('load'); out.windows[out.windows.length - 1].loaded = url; return Promise.resolve(); }
}
const electron = {
  app: {
    isPackaged: true, requestSingleInstanceLock: () => true, enableSandbox: () => { out.sandbox = true; },
    whenReady: () => { out.events.push('whenReady'); return Promise.resolve(); },
    on() {}, quit() {}, getVersion: () => '9.9.9', getPath: () => userData,
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes) => { out.events.push('registerSchemesAsPrivileged'); out.privileged = schemes; },
    handle: (scheme, handler) => { out.events.push('handle:' + scheme); appHandler = handler; },
  },
  BrowserWindow,
  ipcMain: { handle: (channel) => out.channels.push(channel), removeHandler() {}, on() {} },
  Menu: { buildFromTemplate: (t) => t, setApplicationMenu: () => { out.menu = true; } },
  dialog: { showErrorBox: (title, text) => console.error(title, text) },
  screen: { getAllDisplays: () => [] },
};
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'electron' ? electron : load.call(this, request, ...rest);
};
require(mainPath);
setTimeout(async () => {
  for (const url of ['app://renderer/index.html#/', 'app://renderer/..%2fsecret.js', 'app://evil/index.html']) {
    const response = await appHandler(new Request(url));
    out.served[url] = { status: response.status, csp: response.headers.get('content-security-policy'), body: await response.text() };
  }
  console.log(JSON.stringify(out));
}, 300);
`;

describe('build.mjs', () => {
  it('writes main.cjs, preload.cjs and the window icon', () => {
    expect(fs.readdirSync(outDir).sort()).toEqual(['icon.png', 'main.cjs', 'preload.cjs']);
  });

  it('bundles a preload that requires only electron and carries no zod', () => {
    const preload = fs.readFileSync(path.join(outDir, 'preload.cjs'), 'utf8');
    expect(requiredModules(preload)).toEqual(['electron']);
    expect(preload).not.toMatch(/zod/i);
    for (const channel of CHANNELS) expect(preload).toContain(`"${channel}"`);
  });

  it('bundles a main that needs only electron and Node builtins at run time', () => {
    const main = fs.readFileSync(path.join(outDir, 'main.cjs'), 'utf8');
    const runtime = requiredModules(main).filter((m) => !m.startsWith('ajv')); // ajv's codegen strings
    for (const m of runtime) expect(m === 'electron' || m.startsWith('node:'), m).toBe(true);
  });

  it('main.cjs starts: registers every channel and opens a sandboxed window on app://renderer/index.html', () => {
    const result = spawnSync(process.execPath, ['-e', SMOKE, path.join(outDir, 'main.cjs'), userData], {
      encoding: 'utf8',
      timeout: 20000,
    });
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout);
    expect(out.sandbox).toBe(true);
    expect(out.menu).toBe(true);
    expect([...out.channels].sort()).toEqual([...CHANNELS].sort());
    expect(out.windows).toHaveLength(1);
    const [win] = out.windows;
    expect(win.title).toBe('评议通');
    expect(win.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(win.webPreferences.preload).toBe(path.join(outDir, 'preload.cjs'));
    expect(win.icon).toBe(path.join(outDir, 'icon.png'));
    expect(win.loaded).toBe('app://renderer/index.html');
    // Privileges before ready, the handler before the window loads.
    expect(out.events).toEqual(['registerSchemesAsPrivileged', 'whenReady', 'handle:app', 'load']);
    expect(out.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('main.cjs serves ../renderer over app:// with a fresh nonce, and nothing outside it', () => {
    const result = spawnSync(process.execPath, ['-e', SMOKE, path.join(outDir, 'main.cjs'), userData], { encoding: 'utf8', timeout: 20000 });
    expect(result.stderr).toBe('');
    const { served } = JSON.parse(result.stdout);
    const page = served['app://renderer/index.html#/'];
    expect(page.status).toBe(200);
    const nonce = /'nonce-([A-Za-z0-9+/]{22}==)'/.exec(page.csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(page.body).toBe(`<meta property="csp-nonce" nonce="${nonce}" /><title>评议通</title>`);
    expect(served['app://renderer/..%2fsecret.js'].status).toBe(404);
    expect(served['app://evil/index.html'].status).toBe(404);
  });

  it('requiredModules finds static requires', () => {
    expect(requiredModules(`const a = require("electron"); require('node:fs'); x.require (y)`)).toEqual([
      'electron',
      'node:fs',
    ]);
  });
});
