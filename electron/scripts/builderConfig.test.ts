// electron-builder cannot run here (no Electron download), so its config is checked against
// the schema electron-builder itself validates with, plus the choices this app depends on.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const root = path.resolve(__dirname, '..', '..');
const config = yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const schema = require('app-builder-lib/scheme.json') as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

type Target = { target: string; arch: string[] };
type BuilderConfig = {
  files: string[];
  directories: { output: string };
  win: { icon: string; target: Target[] };
  nsis: Record<string, unknown> & { installerIcon: string };
  linux: { icon: string; target: Target[]; category: string; maintainer: string; synopsis: string };
  electronFuses: Record<string, boolean>;
};

/** Each fuse and the value the packaged app needs (https://www.electronjs.org/docs/latest/tutorial/fuses). */
const FUSES: [fuse: string, value: boolean, why: string][] = [
  ['runAsNode', false, 'ELECTRON_RUN_AS_NODE must not turn the installed exe into a plain Node'],
  ['enableCookieEncryption', true, 'cookies on disk encrypted with the OS key store'],
  ['enableNodeOptionsEnvironmentVariable', false, 'NODE_OPTIONS must not inject code or flags'],
  ['enableNodeCliInspectArguments', false, '--inspect and SIGUSR1 must not open a debugger on the main process'],
  ['enableEmbeddedAsarIntegrityValidation', true, 'a tampered app.asar must not load'],
  ['onlyLoadAppFromAsar', true, 'no app/ folder or default_app.asar next to it may replace our code'],
  ['loadBrowserProcessSpecificV8Snapshot', false, 'one V8 snapshot, the one shipped'],
  ['grantFileProtocolExtraPrivileges', false, 'the renderer is served from app://; file:// gets only browser rights'],
];

describe('electron-builder.yml', () => {
  it('matches app-builder-lib/scheme.json', () => {
    const ok = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects an unknown key (the schema check is live)', () => {
    expect(validate({ ...config, nsis: { ...config.nsis, oneClik: false } })).toBe(false);
  });

  it('packages the bundles that package.json points at', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json', '!node_modules']));
    expect(config.directories.output).toBe('release');
  });

  it('names the product in Chinese with an ASCII executable', () => {
    expect(config).toMatchObject({ appId: 'cn.pingyitong.desktop', productName: '评议通', executableName: 'pingyitong' });
  });

  it('builds a Chinese assisted NSIS installer and a portable exe for x64 Windows', () => {
    expect(config.win.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
      installerLanguages: ['zh_CN'],
      language: '2052',
    });
  });

  it('builds deb and AppImage for x64 and arm64 (Kylin/UOS)', () => {
    expect(config.linux.target).toEqual([
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ]);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toBeTruthy();
    expect(config.linux.synopsis).toMatch(/[\u4e00-\u9fa5]/);
  });

  it.each(FUSES)('flips the %s fuse to %s: %s', (fuse, value) => {
    expect(config.electronFuses[fuse]).toBe(value);
  });

  it('sets every fuse electron-builder knows, except resetAdHocDarwinSignature (macOS only, no mac build)', () => {
    const known = Object.keys((schema as { definitions: { FuseOptionsV1: { properties: object } } }).definitions.FuseOptionsV1.properties);
    expect(Object.keys(config.electronFuses).sort()).toEqual(known.filter((f) => f !== 'resetAdHocDarwinSignature').sort());
    expect(FUSES.map(([fuse]) => fuse).sort()).toEqual(Object.keys(config.electronFuses).sort());
  });

  it('a wrong fuse value fails the schema (the fuse check is live)', () => {
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNode: 'no' } })).toBe(false);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false);
  });

  it('points at icon files that exist', () => {
    for (const icon of [config.win.icon, config.linux.icon, config.nsis.installerIcon]) {
      expect(fs.existsSync(path.join(root, icon)), icon).toBe(true);
    }
  });
});
