import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, PytDb, SCHEMA_V1, UNIT_TABLES } from '../../renderer/db/db';

const names: string[] = [];
const fresh = (tag: string) => {
  const n = `db-v1-${tag}-${crypto.randomUUID()}`;
  names.push(n);
  return n;
};
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

/** What IndexedDB itself holds, read without the app's schema. */
async function rawSchema(name: string) {
  const raw = new Dexie(name);
  await raw.open();
  const out = Object.fromEntries(
    raw.tables.map((t) => [
      t.name,
      { primKey: t.schema.primKey.src, indexes: t.schema.indexes.map((i) => i.src).sort() },
    ]),
  );
  const version = raw.verno;
  raw.close();
  return { version, stores: out };
}

describe('schema version 1', () => {
  it('an empty database opens at version 1 with every store and index', async () => {
    const name = fresh('empty');
    const db = await openDb(name);
    db.close();
    const { version, stores } = await rawSchema(name);
    expect(version).toBe(1);
    expect(Object.keys(stores).sort()).toEqual(Object.keys(SCHEMA_V1).sort());
    expect(stores.members).toEqual({
      primKey: 'id',
      indexes: ['[unitId+branchId]', '[unitId+kind]', '[unitId+name]', 'unitId'],
    });
    expect(stores.schedules.primKey).toBe('[unitId+stageId]');
    expect(stores.ticks.primKey).toBe('[unitId+itemId]');
    expect(stores.planReviews.primKey).toBe('[unitId+stageId]');
    expect(stores.thresholdOverrides.primKey).toBe('[unitId+key]');
    expect(stores.audit).toEqual({ primKey: '++seq', indexes: ['&id', '[unitId+seq]', 'unitId'] });
  });

  it('every store of a unit’s records is indexed by unitId', async () => {
    const name = fresh('unitid');
    (await openDb(name)).close();
    const { stores } = await rawSchema(name);
    for (const t of UNIT_TABLES) {
      const s = stores[t];
      expect(s.indexes.includes('unitId') || s.primKey.startsWith('[unitId+'), t).toBe(true);
      expect(s.indexes, t).toContain('unitId');
    }
  });

  it('reopens an existing version-1 database without change', async () => {
    const name = fresh('reopen');
    const db = await openDb(name);
    await db.units.add({
      id: 'u1', name: '甲', orgName: '中共甲', parentOrg: '', year: 2005, contact: '',
      templateId: 't', isDemo: false, createdAt: 'x', updatedAt: 'x',
    });
    db.close();
    const again = new PytDb(name);
    expect(await again.units.count()).toBe(1);
    again.close();
  });
});
