import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { buildElectron, requiredModules } from './build.mjs';

let outDir: string;
let userData: string;

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyt-build-'));
  userData = fs.mkdtempSync(path.join(os.tmpdir(), 'pyt-userdata-'));
  await buildElectron({ outDir });
}, 60000);
afterAll(() => {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.rmSync(userData, { recursive: true, force: true });
});

// Loads the real main.cjs in plain Node with a recording stand-in for 'electron'.
const SMOKE = String.raw`
const Module = require('node:module');
const [mainPath, userData] = process.argv.slice(1);
const out = { channels: [], windows: [], menu: false, sandbox: false };
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
  loadFile(file) { out.windows[out.windows.length - 1].loaded = file; return Promise.resolve(); }
}
const electron = {
  app: {
    isPackaged: true, requestSingleInstanceLock: () => true, enableSandbox: () => { out.sandbox = true; },
    whenReady: () => Promise.resolve(), on() {}, quit() {}, getVersion: () => '9.9.9', getPath: () => userData,
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
setTimeout(() => console.log(JSON.stringify(out)), 300);
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

  it('main.cjs starts: registers every channel and opens a sandboxed window on the renderer page', () => {
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
    expect(win.loaded).toBe(path.join(path.dirname(outDir), 'renderer', 'index.html'));
  });

  it('requiredModules finds static requires', () => {
    expect(requiredModules(`const a = require("electron"); require('node:fs'); x.require (y)`)).toEqual([
      'electron',
      'node:fs',
    ]);
  });
});
