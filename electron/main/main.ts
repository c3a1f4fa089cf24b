// The entry bundled to dist/electron/main.cjs: real Electron modules in, everything else in
// lifecycle.ts so it can be tested without the Electron binary.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, screen } from 'electron';
import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { FONT_LIST_TIMEOUT_MS, systemFontLister } from './fonts';
import { createInstallationKey, KEY_FILE_NAME } from './keys';
import { startShell, type ShellDeps } from './lifecycle';
import { createSettingsStore } from './settings';
import { createZoomStore } from './zoom';

// Bundled as CommonJS next to preload.cjs, with the renderer in ../renderer (served as app://renderer/).
const here = __dirname;
// build.mjs copies resources/icons/icon.png here: only dist/** is packaged.
const icon = path.join(here, 'icon.png');

const shell = startShell({
  app,
  protocol: protocol as unknown as ShellDeps['protocol'],
  ipcMain: ipcMain as unknown as ShellDeps['ipcMain'],
  BrowserWindow,
  Menu: Menu as unknown as ShellDeps['Menu'],
  dialog: dialog as unknown as ShellDeps['dialog'],
  screen,
  fs: {
    writeFile: (file, data) => fsp.writeFile(file, data),
    rename: (from, to) => fsp.rename(from, to),
    rm: (file, options) => fsp.rm(file, options),
    stat: (file) => fsp.stat(file),
    readFile: (file) => fsp.readFile(file),
    readdir: (dir) => fsp.readdir(dir),
  },
  createInstallationKey: (userDataDir) =>
    createInstallationKey({
      file: path.join(userDataDir, KEY_FILE_NAME),
      fs: {
        readFile: (file) => fsp.readFile(file),
        writeFile: (file, data, options) => fsp.writeFile(file, data, options),
        rename: (from, to) => fsp.rename(from, to),
        mkdir: (dir, options) => fsp.mkdir(dir, options),
      },
      secret: {
        isAvailable: () => safeStorage.isEncryptionAvailable(),
        encrypt: (text) => new Uint8Array(safeStorage.encryptString(text)),
        decrypt: (data) => safeStorage.decryptString(Buffer.from(data)),
      },
      logError: (message, detail) => console.error(message, detail ?? ''),
    }),
  createSettingsStore: (options) =>
    createSettingsStore({ ...options, logError: (message, detail) => console.error(message, detail ?? '') }),
  createZoomStore,
  paths: {
    preload: path.join(here, 'preload.cjs'),
    rendererDir: path.join(here, '..', 'renderer'),
    icon,
  },
  // fs/promises reads inside app.asar: Electron patches readFile and realpath for it.
  rendererFs: { readFile: (file) => fsp.readFile(file), realpath: (file) => fsp.realpath(file) },
  randomNonce: () => randomBytes(16).toString('base64'),
  platform: process.platform,
  logError: (message, detail) => console.error(message, detail ?? ''),
  listFonts: systemFontLister(
    process.platform,
    (file, args) =>
      new Promise((resolve, reject) =>
        execFile(
          file,
          args,
          { encoding: 'utf8', windowsHide: true, timeout: FONT_LIST_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
          (error, stdout) => (error ? reject(error) : resolve(stdout)),
        ),
      ),
  ),
});

// Without a window the user would see nothing at all; say what failed and stop.
shell.ready.catch((error: unknown) => {
  console.error('Startup failed', error);
  dialog.showErrorBox('评议通无法启动', `启动时出错：${error instanceof Error ? error.message : String(error)}`);
  app.quit();
});
