/**
 * Data upgrades between database versions, each calling a pure transform in shared/ that has
 * its own unit test. Keyed by the version they upgrade to. Append-only.
 */
import Dexie, { type Transaction } from 'dexie';
import { gzipSync, strToU8 } from 'fflate';
import { overseesToOffices } from '@shared/members/migrations/overseesToOffices';
import type { AutoBackup } from '@shared/backup/auto';
import { cleanRecordsV1, cleanUnitV1 } from '@shared/backup/formats/cleanV1';
import { rebuildTallies } from './tallies';

/** The tables of a unit at schema 1 (frozen: what a format-1 backup holds). */
const V1_UNIT_TABLES = ['branches', 'members', 'schedules', 'acceptances', 'ticks', 'planActions', 'planReviews', 'meetings', 'thresholdOverrides', 'thresholdChanges'] as const;

/**
 * Before the schema-2 upgrade changes anything: each unit as a format-1 backup file, kept as an
 * automatic backup, so the data as it was can be restored (and read by this program) afterwards.
 */
async function backupBeforeV2(tx: Transaction, now: string): Promise<void> {
  const units = (await tx.table('units').toArray()) as Row[];
  for (const unit of units) {
    const records: Record<string, unknown[]> = {};
    for (const t of V1_UNIT_TABLES) records[t] = await tx.table(t).where('unitId').equals(unit.id).toArray();
    const audit = (await tx.table('audit').where('[unitId+seq]').between([unit.id, Dexie.minKey], [unit.id, Dexie.maxKey]).toArray()) as Row[];
    records.audit = audit.map(({ seq: _s, ...entry }) => entry);
    const file = { type: 'pingyitong.unitBackup', formatVersion: 1, appVersion: 'schema-1', exportedAt: now, unit, records };
    const backup: AutoBackup = {
      id: crypto.randomUUID(),
      unitId: unit.id,
      unitName: String(unit.name).slice(0, 60),
      reason: 'beforeMigration',
      at: now,
      people: records.members.length,
      gzip: gzipSync(strToU8(`${JSON.stringify(file, null, 2)}\n`)),
    };
    await tx.table('autoBackups').add(backup);
  }
}

interface Row {
  id: string;
  unitId: string;
  [k: string]: unknown;
}

export const UPGRADES: Record<number, (tx: Transaction) => Promise<void>> = {
  /** 2: 分管 over offices instead of branches; units record their template version. */
  2: async (tx) => {
    await backupBeforeV2(tx, new Date().toISOString());
    // Text stored before entry points cleaned it (the same step a format-1 backup goes through).
    await tx.table('units').toCollection().modify((u: Row, ref: { value: Row }) => {
      ref.value = { ...cleanUnitV1(u), templateVersion: u.templateVersion ?? 1 };
    });
    for (const table of V1_UNIT_TABLES) {
      const rows = (await tx.table(table).toArray()) as Row[];
      const clean = cleanRecordsV1({ [table]: rows })[table];
      const changed = clean.filter((r, i) => r !== rows[i] && JSON.stringify(r) !== JSON.stringify(rows[i]));
      if (changed.length > 0) await tx.table(table).bulkPut(changed);
    }
    const audit = (await tx.table('audit').toArray()) as Row[];
    const cleanAudit = cleanRecordsV1({ audit }).audit.filter((r, i) => JSON.stringify(r) !== JSON.stringify(audit[i]));
    if (cleanAudit.length > 0) await tx.table('audit').bulkPut(cleanAudit);
    const branches = (await tx.table('branches').toArray()) as (Row & { name: string; order: number })[];
    const members = (await tx.table('members').toArray()) as (Row & { oversees: string[] })[];
    const withOversees = members.filter((m) => m.oversees.length > 0);
    if (withOversees.length === 0) return;
    const { offices, members: moved } = overseesToOffices(branches, withOversees);
    await tx.table('offices').bulkAdd(offices);
    await tx.table('members').bulkPut(moved);
  },
  /**
   * 4: the tallies (./tallies.ts) counted from the records already held. A later upgrade that
   * changes counted records must rebuild them again (the middleware does not run in upgrades).
   */
  4: async (tx) => {
    await rebuildTallies(tx);
  },
};
