import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import type { CampaignTemplate } from '@shared/campaign/template';
import type { Settings, SettingsPatch } from '@shared/ipc/contract';
import { DEFAULT_SETTINGS } from '@shared/ipc/contract';
import type { PytDb } from '../db/db';
import { bridge } from '../bridge';

export interface AppServices {
  db: PytDb;
  template: CampaignTemplate;
  settings: Settings;
  updateSettings(patch: SettingsPatch): Promise<void>;
  shell: 'electron' | 'browser';
}

const AppContext = createContext<AppServices | null>(null);

export function AppProvider(props: { db: PytDb; template: CampaignTemplate; children: ReactNode }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [shell, setShell] = useState<'electron' | 'browser'>('browser');
  useEffect(() => {
    void bridge.settingsGet().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
    void bridge.appInfo().then((i) => setShell(i.shell));
  }, []);
  const updateSettings = useCallback(async (patch: SettingsPatch) => {
    setSettings(await bridge.settingsSet(patch));
  }, []);
  const value = useMemo(
    () => (settings ? { db: props.db, template: props.template, settings, updateSettings, shell } : null),
    [props.db, props.template, settings, updateSettings, shell],
  );
  if (!value) return null;
  return <AppContext.Provider value={value}>{props.children}</AppContext.Provider>;
}

export function useApp(): AppServices {
  const v = useContext(AppContext);
  if (!v) throw new Error('AppProvider missing');
  return v;
}

/** Today as `YYYY-MM-DD` in the user's local time; rules take it as a parameter. */
export function today(): string {
  return dayjs().format('YYYY-MM-DD');
}

/**
 * The moment of a write, in local time with its offset (`2005-09-04T01:30:00.000+08:00`), so the
 * date part is the user's own date wherever it is shown or compared with `today()`.
 */
export function nowIso(): string {
  return dayjs().format('YYYY-MM-DDTHH:mm:ss.SSSZ');
}
