import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../renderer/db/db';
import { schemaAt } from '@shared/data/registry';

/** Schema version 1 as it shipped: frozen here, so a declaration edited after the fact fails. */
const SCHEMA_V1 = {
  units: 'id, name',
  branches: 'id, unitId, [unitId+name]',
  members: 'id, unitId, [unitId+branchId], [unitId+name], [unitId+kind]',
  schedules: '[unitId+stageId], unitId',
  acceptances: 'id, unitId, [unitId+stageId]',
  ticks: '[unitId+itemId], unitId',
  planActions: 'id, unitId, [unitId+stageId]',
  planReviews: '[unitId+stageId], unitId',
  meetings: 'id, unitId, [unitId+kind]',
  thresholdOverrides: '[unitId+key], unitId',
  thresholdChanges: 'id, unitId',
  audit: '++seq, &id, unitId, [unitId+seq]',
};
const v1 = (name: string) => openDb(name, { upTo: 1 });

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
  it('the declarations still give version 1 exactly as it shipped', () => {
    expect(schemaAt(1)).toEqual(SCHEMA_V1);
  });

  it('an empty database opens at version 1 with every store and index', async () => {
    const name = fresh('empty');
    const db = await v1(name);
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
    (await v1(name)).close();
    const { stores } = await rawSchema(name);
    for (const t of Object.keys(SCHEMA_V1).filter((x) => x !== 'units')) {
      const s = stores[t];
      expect(s.indexes.includes('unitId') || s.primKey.startsWith('[unitId+'), t).toBe(true);
      expect(s.indexes, t).toContain('unitId');
    }
  });

  it('reopens an existing version-1 database without change', async () => {
    const name = fresh('reopen');
    const db = await v1(name);
    await db.units.add({
      id: 'u1', name: '甲', orgName: '中共甲', parentOrg: '', year: 2005, contact: '',
      templateId: 't', templateVersion: 1, isDemo: false, createdAt: 'x', updatedAt: 'x',
    });
    db.close();
    const again = await v1(name);
    expect(again.verno).toBe(1);
    expect(await again.units.count()).toBe(1);
    again.close();
  });
});
