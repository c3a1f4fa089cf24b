/**
 * Data upgrades between database versions, each calling a pure transform in shared/ that has
 * its own unit test. Keyed by the version they upgrade to. Append-only.
 */
import type { Transaction } from 'dexie';
import { overseesToOffices } from '@shared/members/migrations/overseesToOffices';

interface Row {
  id: string;
  unitId: string;
  [k: string]: unknown;
}

export const UPGRADES: Record<number, (tx: Transaction) => Promise<void>> = {
  /** 2: 分管 over offices instead of branches; units record their template version. */
  2: async (tx) => {
    await tx.table('units').toCollection().modify((u: Row) => {
      if (u.templateVersion === undefined) u.templateVersion = 1;
    });
    const branches = (await tx.table('branches').toArray()) as (Row & { name: string; order: number })[];
    const members = (await tx.table('members').toArray()) as (Row & { oversees: string[] })[];
    const withOversees = members.filter((m) => m.oversees.length > 0);
    if (withOversees.length === 0) return;
    const { offices, members: moved } = overseesToOffices(branches, withOversees);
    await tx.table('offices').bulkAdd(offices);
    await tx.table('members').bulkPut(moved);
  },
};
