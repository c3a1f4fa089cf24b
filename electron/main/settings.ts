import fs from 'node:fs';
import path from 'node:path';
import ElectronStore from 'electron-store';
import { z } from 'zod';
import {
  DEFAULT_SETTINGS,
  settingsPatchSchema,
  settingsSchema,
  type Settings,
} from '../../shared/ipc/contract';

export type SettingsStore = {
  /** Always valid settings: stored values over the defaults; never throws on a bad file. */
  get(): Settings;
  /** Validates the patch first; a bad patch throws and changes nothing. */
  set(patch: unknown): Settings;
  /** The settings file, for the about box and support. */
  readonly path: string;
};

export type SettingsStoreOptions = {
  /** Folder holding the file; in the app this is `app.getPath('userData')`. */
  cwd: string;
  /** File name without extension. */
  name?: string;
  logError?: (message: string, detail?: unknown) => void;
};

const zhErrors = z.locales.zhCN().localeError;
const settingsKeys = Object.keys(settingsSchema.shape) as (keyof Settings)[];

/** Keeps the unreadable file beside the new one, so nothing the user had is silently lost. */
function keepBackup(file: string, move: boolean): void {
  const backup = `${file}.bak`;
  try {
    if (move) fs.renameSync(file, backup);
    else fs.copyFileSync(file, backup);
  } catch {
    // A backup that cannot be written must not stop the app from starting.
  }
}

function readsAsObject(file: string): boolean {
  try {
    const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/**
 * Keeps each stored top-level value that is valid on its own and falls back to the default for
 * the rest, so one damaged field does not cost the user the others.
 */
function salvage(raw: Record<string, unknown>): { settings: Settings; dropped: string[] } {
  const candidate: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const dropped: string[] = [];
  for (const key of settingsKeys) {
    if (!(key in raw)) continue;
    const field = settingsSchema.shape[key];
    if (field.safeParse(raw[key]).success) candidate[key] = raw[key];
    else dropped.push(key);
  }
  for (const key of Object.keys(raw)) {
    if (!settingsKeys.includes(key as keyof Settings)) dropped.push(key);
  }
  return { settings: settingsSchema.parse(candidate), dropped };
}

export function createSettingsStore(options: SettingsStoreOptions): SettingsStore {
  const name = options.name ?? 'settings';
  const file = path.join(options.cwd, `${name}.json`);
  fs.mkdirSync(options.cwd, { recursive: true });
  if (!readsAsObject(file)) {
    options.logError?.(`Settings file ${file} is unreadable; moved to .bak, using defaults`);
    keepBackup(file, true);
  }

  // electron-store (conf plus Electron's paths); `cwd` is explicit so tests use a temporary folder.
  const conf = new ElectronStore<Record<string, unknown>>({
    cwd: options.cwd,
    name,
    accessPropertiesByDotNotation: false,
    clearInvalidConfig: false,
  });

  function readRaw(): Record<string, unknown> {
    try {
      return { ...conf.store };
    } catch (error) {
      // The file was damaged while we were running (another program, a full disk).
      options.logError?.(`Settings file ${file} became unreadable; moved to .bak`, error);
      keepBackup(file, true);
      return {};
    }
  }

  function get(): Settings {
    const raw = readRaw();
    const { settings, dropped } = salvage(raw);
    if (dropped.length > 0) {
      options.logError?.(`Invalid settings dropped: ${dropped.join(', ')}; old file kept as .bak`);
      keepBackup(file, false);
      conf.store = settings;
    }
    return settings;
  }

  function set(patch: unknown): Settings {
    const parsed = settingsPatchSchema.safeParse(patch, { error: zhErrors });
    if (!parsed.success) {
      throw new Error(`设置内容不正确：${parsed.error.issues.map((i) => `${i.path.join('.')}：${i.message}`).join('；')}`);
    }
    const next = settingsSchema.parse({ ...get(), ...stripUndefined(parsed.data) });
    conf.store = next;
    return next;
  }

  return { get, set, path: file };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
