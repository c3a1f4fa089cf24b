// The entry bundled to dist/electron/main.cjs: real Electron modules in, everything else in
// lifecycle.ts so it can be tested without the Electron binary.
import { app, BrowserWindow, dialog, ipcMain, Menu, screen } from 'electron';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startShell, type ShellDeps } from './lifecycle';
import { createSettingsStore } from './settings';
import { createZoomStore } from './zoom';

// Bundled as CommonJS next to preload.cjs, with the renderer in ../renderer.
const here = __dirname;
const indexHtml = path.join(here, '..', 'renderer', 'index.html');
// build.mjs copies resources/icons/icon.png here: only dist/** is packaged.
const icon = path.join(here, 'icon.png');

const shell = startShell({
  app,
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
  },
  createSettingsStore: (options) =>
    createSettingsStore({ ...options, logError: (message, detail) => console.error(message, detail ?? '') }),
  createZoomStore,
  paths: {
    preload: path.join(here, 'preload.cjs'),
    indexHtml,
    appUrl: pathToFileURL(indexHtml).href,
    icon,
  },
  platform: process.platform,
  logError: (message, detail) => console.error(message, detail ?? ''),
});

// Without a window the user would see nothing at all; say what failed and stop.
shell.ready.catch((error: unknown) => {
  console.error('Startup failed', error);
  dialog.showErrorBox('评议通无法启动', `启动时出错：${error instanceof Error ? error.message : String(error)}`);
  app.quit();
});
