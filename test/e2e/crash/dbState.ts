/**
 * The database as it is on disk, read in the page with plain IndexedDB (not the app's Dexie):
 * every store's record count and a SHA-256 of its records in key order, and one unit's people
 * and audit entries.
 */
import type { Page } from '@playwright/test';

export interface StoreState {
  count: number;
  sha256: string;
}

export interface DbState {
  version: number;
  stores: Record<string, StoreState>;
  unitId: string;
  /** The unit's people (党员和群众). */
  members: number;
  /** The unit's audit entries, and those of them recording a roster import. */
  audit: number;
  imports: number;
  /** Summaries of the unit's import entries, oldest first. */
  importSummaries: string[];
}

export const DB_NAME = 'pingyitong';

/** Reads the state of the database; `unitId` defaults to the only (or first) unit. */
export async function readDbState(page: Page, unitId?: string): Promise<DbState> {
  return page.evaluate(
    async ({ name, unitId }) => {
      const done = <T>(r: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      // No version: open whatever is on disk, never create or upgrade it.
      const open = indexedDB.open(name);
      open.onupgradeneeded = () => {
        open.transaction?.abort();
      };
      const db = await done(open);
      try {
        const names = [...db.objectStoreNames];
        const tx = db.transaction(names, 'readonly');
        const stores: Record<string, { count: number; sha256: string }> = {};
        const rows: Record<string, unknown[]> = {};
        for (const n of names) rows[n] = await done(tx.objectStore(n).getAll());
        for (const n of names) {
          const bytes = new TextEncoder().encode(JSON.stringify(rows[n]));
          const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
          stores[n] = { count: rows[n].length, sha256: [...hash].map((b) => b.toString(16).padStart(2, '0')).join('') };
        }
        const units = rows.units as { id: string }[];
        const id = unitId ?? units[0]?.id ?? '';
        const mine = <T extends { unitId: string }>(list: unknown[]) => (list as T[]).filter((r) => r.unitId === id);
        const audit = mine<{ unitId: string; seq: number; action: string; summary: string }>(rows.audit).sort((a, b) => a.seq - b.seq);
        const imports = audit.filter((a) => a.action === 'member.import');
        return {
          version: db.version,
          stores,
          unitId: id,
          members: mine(rows.members).length,
          audit: audit.length,
          imports: imports.length,
          importSummaries: imports.map((a) => a.summary),
        };
      } finally {
        db.close();
      }
    },
    { name: DB_NAME, unitId },
  );
}

/** The stores whose records differ between two states. */
export function changedStores(a: DbState, b: DbState): string[] {
  const names = [...new Set([...Object.keys(a.stores), ...Object.keys(b.stores)])];
  return names.filter((n) => a.stores[n]?.sha256 !== b.stores[n]?.sha256).sort();
}
