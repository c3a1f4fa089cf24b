/**
 * The home page's facts, one live query per feature's loader (renderer/app/facts.ts): Dexie
 * re-runs a live query only when a write touches what it read, so a saved opinion re-reads the
 * 征求意见 facts (and any other loader that reads opinions), not the talks' or the roster's.
 * The facts are there once every loader has answered; afterwards each feature's part is replaced
 * as its own query answers again.
 */
import { useEffect, useState } from 'react';
import { liveQuery } from 'dexie';
import type { UnitFacts } from '@shared/campaign/measure';
import { FACT_LOADERS } from '../../app/facts';
import type { PytDb } from '../../db/db';

export function useUnitFacts(db: PytDb, unitId: string): UnitFacts | undefined {
  const [state, setState] = useState<{ key: string; facts: Record<string, unknown> }>({ key: '', facts: {} });
  const key = `${db.name}\u0000${unitId}`;
  useEffect(() => {
    const subs = Object.entries(FACT_LOADERS).map(([id, load]) =>
      liveQuery(() => load(db, unitId)).subscribe({
        next: (v) => setState((s) => ({ key, facts: { ...(s.key === key ? s.facts : {}), [id]: v } })),
        error: (e: unknown) => console.error(e),
      }),
    );
    return () => subs.forEach((s) => s.unsubscribe());
  }, [db, unitId, key]);
  const ready = state.key === key && Object.keys(FACT_LOADERS).every((id) => id in state.facts);
  return ready ? state.facts : undefined;
}
