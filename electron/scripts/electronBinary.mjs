// Finds the Electron executable the way node_modules/electron/index.js does, but never
// downloads: requiring 'electron' from Node starts a download that hangs without internet.
import fs from 'node:fs';
import path from 'node:path';

export const MISSING_ELECTRON_MESSAGE =
  '未找到 Electron 可执行文件（此机器无法下载）。请改用 npm run web 在浏览器中打开同一界面。' +
  ' / Electron binary not found (it cannot be downloaded on this machine); run `npm run web` to use the same UI in a browser.';

/** The executable's path inside Electron's dist folder, as electron/install.js writes it to path.txt. */
export function platformExecutable(platform) {
  switch (platform) {
    case 'win32':
      return 'electron.exe';
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    default:
      return 'electron';
  }
}

/**
 * Returns the absolute path of an existing Electron executable, or null.
 * @param {{ electronDir: string, env?: Record<string, string | undefined>, platform?: string,
 *   exists?: (file: string) => boolean, readFile?: (file: string) => string }} options
 */
export function findElectronBinary(options) {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const exists = options.exists ?? ((file) => fs.existsSync(file));
  const readFile = options.readFile ?? ((file) => fs.readFileSync(file, 'utf8'));

  const pathFile = path.join(options.electronDir, 'path.txt');
  const relative = exists(pathFile) ? readFile(pathFile).trim() : platformExecutable(platform);
  const candidate = env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative)
    : path.join(options.electronDir, 'dist', relative);
  return exists(candidate) ? candidate : null;
}
