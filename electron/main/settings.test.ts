import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// electron-store reads Electron's app paths at construction; outside Electron they come from here.
vi.mock('electron', () => {
  const electron = {
    app: { getPath: () => os.tmpdir(), getVersion: () => '0.0.0-test' },
    ipcMain: { on: () => undefined },
    shell: {},
  };
  return { ...electron, default: electron };
});
import { DEFAULT_SETTINGS } from '../../shared/ipc/contract';
import { createSettingsStore } from './settings';

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyt-settings-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const file = () => path.join(dir, 'settings.json');

describe('createSettingsStore', () => {
  it('returns the defaults when there is no file yet', () => {
    const store = createSettingsStore({ cwd: dir });
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.path).toBe(file());
  });

  it('persists a patch across instances and merges it over the defaults', () => {
    const store = createSettingsStore({ cwd: dir });
    const after = store.set({ operatorName: '张书记', windowBounds: { width: 1200, height: 800, maximized: true } });
    expect(after.operatorName).toBe('张书记');
    expect(after.documentFonts).toEqual(DEFAULT_SETTINGS.documentFonts);

    const reopened = createSettingsStore({ cwd: dir });
    expect(reopened.get()).toEqual({
      ...DEFAULT_SETTINGS,
      operatorName: '张书记',
      windowBounds: { width: 1200, height: 800, maximized: true },
    });
  });

  it('keeps earlier fields when a later patch touches others', () => {
    const store = createSettingsStore({ cwd: dir });
    store.set({ operatorName: '李委员' });
    store.set({ lastUnitId: 'unit-1' });
    expect(store.get()).toMatchObject({ operatorName: '李委员', lastUnitId: 'unit-1' });
  });

  it('rejects a bad patch with a Chinese message and changes nothing', () => {
    const store = createSettingsStore({ cwd: dir });
    store.set({ operatorName: '王书记' });
    const before = fs.readFileSync(file(), 'utf8');

    expect(() => store.set({ operatorName: 42 })).toThrow(/设置内容不正确/);
    expect(() => store.set({ windowBounds: { width: 10, height: 10 } })).toThrow(/windowBounds\.width/);
    expect(() => store.set('not an object')).toThrow(/设置内容不正确/);

    expect(fs.readFileSync(file(), 'utf8')).toBe(before);
    expect(store.get().operatorName).toBe('王书记');
  });

  it('falls back to defaults on a corrupt file and keeps it as .bak', () => {
    fs.writeFileSync(file(), '{ this is not json');
    const errors: string[] = [];
    const store = createSettingsStore({ cwd: dir, logError: (m) => errors.push(m) });

    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(fs.readFileSync(`${file()}.bak`, 'utf8')).toBe('{ this is not json');
    expect(errors).toHaveLength(1);
    store.set({ operatorName: '赵书记' });
    expect(createSettingsStore({ cwd: dir }).get().operatorName).toBe('赵书记');
  });

  it('treats a JSON array or number as corrupt too', () => {
    fs.writeFileSync(file(), '[1,2,3]');
    expect(createSettingsStore({ cwd: dir }).get()).toEqual(DEFAULT_SETTINGS);
    expect(fs.existsSync(`${file()}.bak`)).toBe(true);
  });

  it('drops only the invalid fields of a readable file, keeping a .bak of the original', () => {
    const original = JSON.stringify({ operatorName: '钱书记', windowBounds: { width: -5, height: 'big' }, stray: 1 });
    fs.writeFileSync(file(), original);
    const store = createSettingsStore({ cwd: dir });

    expect(store.get()).toEqual({ ...DEFAULT_SETTINGS, operatorName: '钱书记' });
    expect(fs.readFileSync(`${file()}.bak`, 'utf8')).toBe(original);
    expect(JSON.parse(fs.readFileSync(file(), 'utf8'))).toEqual({ ...DEFAULT_SETTINGS, operatorName: '钱书记' });
  });

  it('survives the file being damaged while running', () => {
    const store = createSettingsStore({ cwd: dir, name: 'custom' });
    store.set({ operatorName: '孙书记' });
    fs.writeFileSync(path.join(dir, 'custom.json'), '\u0000garbage');
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(fs.existsSync(path.join(dir, 'custom.json.bak'))).toBe(true);
  });
});
