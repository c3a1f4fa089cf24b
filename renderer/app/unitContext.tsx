import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CampaignSnapshot } from '@shared/campaign/snapshot';
import type { CampaignTemplate } from '@shared/campaign/template';
import type { Unit } from '@shared/units/types';
import { loadSnapshot } from '../db/repos/snapshot';
import type { CampaignContext } from '../db/repos/context';
import { nowIso, today, useApp } from './context';

interface UnitServices {
  unit: Unit;
  /** The template (and version) this unit runs. */
  template: CampaignTemplate;
  /** Who is written into the audit log. */
  actor: string;
  /** Who, when and under which template a write happens; made fresh for each write. */
  writeCtx(): CampaignContext;
  /**
   * The unit's today as `YYYY-MM-DD`: the demo's 演示日期 (unit.demoToday) for the 示例单位,
   * the PC's date for every other unit. Every date a page computes or defaults counts from it.
   */
  today(): string;
  /**
   * Why this unit cannot be changed here (the 督导组's workspace: units imported from their
   * bundles), or null. Writes are refused anyway; a page may use it to disable its actions.
   */
  readOnly: string | null;
}

const UnitContext = createContext<UnitServices | null>(null);

/** Set around the units of a read-only workspace, with the message a refused write shows. */
export const ReadOnlyContext = createContext<string | null>(null);

/** The read-only reason of the workspace (also above the unit, e.g. in its layout). */
export function useReadOnly(): string | null {
  return useContext(ReadOnlyContext);
}

/** The open unit and how to write to it. Pages read their own data with live queries. */
export function UnitProvider({ unit, template, children }: { unit: Unit; template: CampaignTemplate; children: ReactNode }) {
  const { settings } = useApp();
  const actor = settings.operatorName?.trim() || unit.contact || '操作员';
  const readOnly = useReadOnly();
  const value = useMemo(() => {
    const unitToday = () => unit.demoToday ?? today();
    return { unit, template, actor, readOnly, today: unitToday, writeCtx: () => ({ actor, now: nowIso(), template, today: unitToday() }) };
  }, [unit, actor, template, readOnly]);
  return <UnitContext.Provider value={value}>{children}</UnitContext.Provider>;
}

export function useUnit(): UnitServices {
  const v = useContext(UnitContext);
  if (!v) throw new Error('UnitProvider missing');
  return v;
}

/**
 * The campaign's own state of the open unit (its stage, plan and meeting records), live: it is
 * read again only when one of those tables changes, never on a roster or audit write.
 */
export function useCampaign(): CampaignSnapshot | undefined {
  const { db } = useApp();
  const { unit, template } = useUnit();
  return useLiveQuery(() => loadSnapshot(db, unit.id, template), [db, unit.id, template]);
}
