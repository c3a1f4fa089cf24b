import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from '../../electron/scripts/electronBinary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const binary = findElectronBinary({ electronDir: path.join(root, 'node_modules', 'electron') });
const built = fs.existsSync(path.join(root, 'dist', 'electron', 'main.cjs')) && fs.existsSync(path.join(root, 'dist', 'renderer', 'index.html'));

if (!binary) console.warn('e2e-electron: skipped, Electron binary not installed (it cannot be downloaded on this machine).');
test.skip(!binary, 'Electron binary not installed (cannot be downloaded on this machine); the shell is covered by `npx vitest run electron`.');
test.skip(!built, 'Run `npm run build` first.');

let app: ElectronApplication;
let userData: string;

test.beforeEach(async () => {
  userData = fs.mkdtempSync(path.join(os.tmpdir(), 'pyt-e2e-electron-'));
  app = await electron.launch({ executablePath: binary!, args: [root, `--user-data-dir=${userData}`] });
});
test.afterEach(async () => {
  await app.close();
  fs.rmSync(userData, { recursive: true, force: true });
});

test('opens one window titled 评议通 with the bridge and no Node in the page', async () => {
  const page = await app.firstWindow();
  await expect(page).toHaveTitle('评议通');
  const surface = await page.evaluate(() => ({
    bridge: Object.keys((window as unknown as { pyt: object }).pyt).sort(),
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
  }));
  expect(surface).toEqual({
    bridge: ['appInfo', 'filesOpen', 'filesSave', 'settingsGet', 'settingsSet'],
    require: 'undefined',
    process: 'undefined',
  });
  const info = await page.evaluate(() => (window as unknown as { pyt: { appInfo(): Promise<unknown> } }).pyt.appInfo());
  expect(info).toMatchObject({ shell: 'electron' });
});

test('refuses pop-ups and navigation away from the app', async () => {
  const page = await app.firstWindow();
  const opened = await page.evaluate(() => window.open('https://example.com') === null);
  expect(opened).toBe(true);
  const before = page.url();
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
  expect(app.windows()).toHaveLength(1);
});

test('rejects bad input over IPC with a Chinese message', async () => {
  const page = await app.firstWindow();
  const message = await page.evaluate(() =>
    (window as unknown as { pyt: { settingsSet(p: unknown): Promise<unknown> } }).pyt
      .settingsSet({ operatorName: 42 })
      .then(() => 'accepted', (e: Error) => e.message),
  );
  expect(message).toContain('参数不正确');
});
