import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Unit } from '@shared/units/types';
import type { CampaignSnapshot } from '@shared/campaign/snapshot';
import { loadSnapshot } from '../db/repos/snapshot';
import type { CampaignContext } from '../db/repos/context';
import { nowIso, today, useApp } from './context';

interface UnitServices {
  unit: Unit;
  /** Live: re-read whenever any of the unit's records change. */
  snapshot: CampaignSnapshot | undefined;
  /** Who is written into the audit log. */
  actor: string;
  /** Who, when and under which template a write happens; made fresh for each write. */
  writeCtx(): CampaignContext;
}

const UnitContext = createContext<UnitServices | null>(null);

export function UnitProvider({ unit, children }: { unit: Unit; children: ReactNode }) {
  const { db, template, settings } = useApp();
  const snapshot = useLiveQuery(() => loadSnapshot(db, unit.id, template), [db, unit.id, template]);
  const actor = settings.operatorName?.trim() || unit.contact || '操作员';
  const value = useMemo(
    () => ({ unit, snapshot, actor, writeCtx: () => ({ actor, now: nowIso(), template, today: today() }) }),
    [unit, snapshot, actor, template],
  );
  return <UnitContext.Provider value={value}>{children}</UnitContext.Provider>;
}

export function useUnit(): UnitServices {
  const v = useContext(UnitContext);
  if (!v) throw new Error('UnitProvider missing');
  return v;
}
