/**
 * Schema version 5: the views table (shared/data/views.ts), where values computed from a unit's
 * records are kept between sessions. Opened empty, and over version-4 data with nothing lost, the
 * tallies kept, and the views never in a backup.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultTemplate } from '@shared/campaign/defaultTemplate';
import { schemaAt } from '@shared/data/registry';
import { decodeBackup, encodeBackup } from '@shared/backup/format';
import { openDb } from '../../renderer/db/db';
import { exportUnitBackup } from '../../renderer/db/repos/backup';
import { createDemoUnit } from '../../renderer/db/repos/demo';
import { loadUnitFacts } from '../../renderer/app/facts';
import { flushViews } from '../../renderer/db/memo';

const names: string[] = [];
const fresh = (tag: string) => {
  const n = `db-v5-${tag}-${crypto.randomUUID()}`;
  names.push(n);
  return n;
};
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('schema version 5', () => {
  it('an empty database opens at version 5 with the views table', async () => {
    const name = fresh('empty');
    (await openDb(name)).close();
    const raw = new Dexie(name);
    await raw.open();
    expect(raw.verno).toBe(5);
    expect(raw.tables.map((t) => t.name).sort()).toEqual(Object.keys(schemaAt(5)).sort());
    expect(raw.tables.map((t) => t.name)).toContain('views');
    raw.close();
  });

  it('upgrades version-4 data: every record and tally stays, the views start empty, and a backup carries none', async () => {
    const name = fresh('upgrade');
    const old = await openDb(name, { upTo: 4 });
    const unit = await createDemoUnit(old, { actor: '系统', now: '2026-11-27T02:00:00.000Z', template: defaultTemplate() });
    const before = Object.fromEntries(await Promise.all(old.tables.map(async (t) => [t.name, await t.toArray()] as const)));
    old.close();

    const db = await openDb(name);
    expect(db.verno).toBe(5);
    for (const [table, rows] of Object.entries(before)) expect(await db.table(table).toArray(), table).toEqual(rows);
    expect(await db.views.count()).toBe(0);

    const withoutViews = await exportUnitBackup(db, unit.id, 'test', '2026-12-01T00:00:00.000Z');
    await loadUnitFacts(db, unit.id);
    await flushViews(db);
    expect(await db.views.where('unitId').equals(unit.id).count()).toBeGreaterThan(0);
    const backup = await exportUnitBackup(db, unit.id, 'test', '2026-12-01T00:00:00.000Z');
    expect(Object.keys(backup.records)).not.toContain('views');
    expect(backup.records).toEqual(withoutViews.records);
    expect(decodeBackup(encodeBackup(backup)).ok).toBe(true);
    db.close();
  });
});
