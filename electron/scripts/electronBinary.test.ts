import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary, MISSING_ELECTRON_MESSAGE, platformExecutable } from './electronBinary.mjs';

const electronDir = path.join('/repo', 'node_modules', 'electron');

function fakeFs(files: Record<string, string>) {
  return { exists: (f: string) => f in files, readFile: (f: string) => files[f] };
}

describe('findElectronBinary', () => {
  it('returns null when neither path.txt nor dist exists (this machine)', () => {
    expect(findElectronBinary({ electronDir, env: {}, platform: 'linux', ...fakeFs({}) })).toBeNull();
  });

  it('returns null when path.txt exists but the binary was never downloaded', () => {
    const files = { [path.join(electronDir, 'path.txt')]: 'electron' };
    expect(findElectronBinary({ electronDir, env: {}, platform: 'linux', ...fakeFs(files) })).toBeNull();
  });

  it('finds the binary named in path.txt', () => {
    const binary = path.join(electronDir, 'dist', 'electron.exe');
    const files = { [path.join(electronDir, 'path.txt')]: 'electron.exe\n', [binary]: '' };
    expect(findElectronBinary({ electronDir, env: {}, platform: 'win32', ...fakeFs(files) })).toBe(binary);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron/index.js', () => {
    const binary = path.join('/opt/electron', 'electron');
    const files = { [binary]: '' };
    expect(
      findElectronBinary({ electronDir, env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }, platform: 'linux', ...fakeFs(files) }),
    ).toBe(binary);
  });

  it('knows each platform executable name', () => {
    expect(platformExecutable('win32')).toBe('electron.exe');
    expect(platformExecutable('linux')).toBe('electron');
    expect(platformExecutable('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
  });
});

describe('npm start without an Electron binary', () => {
  it('prints one Chinese+English line and exits 1, before building anything', () => {
    const emptyDist = fs.mkdtempSync(path.join(os.tmpdir(), 'pyt-no-electron-'));
    try {
      const result = spawnSync(process.execPath, [path.join(__dirname, 'start.mjs')], {
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: emptyDist },
        encoding: 'utf8',
        timeout: 20000,
      });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim()).toBe(MISSING_ELECTRON_MESSAGE);
      expect(MISSING_ELECTRON_MESSAGE).toMatch(/未找到 Electron 可执行文件.*npm run web/);
    } finally {
      fs.rmSync(emptyDist, { recursive: true, force: true });
    }
  });
});
