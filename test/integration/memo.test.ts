/**
 * A value kept by the fingerprints of the tables it reads (renderer/db/memo.ts) is computed again
 * exactly when one of those tables changes for its unit — by any write path, in any connection —
 * and otherwise given again without reading the records.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { makeBureau, UNIT } from '@shared/talks/testing';
import { openDb, type PytDb } from '../../renderer/db/db';
import { memoByFingerprints } from '../../renderer/db/memo';

const names: string[] = [];
const open: PytDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('values kept by fingerprints', () => {
  it('computes again when, and only when, a table it reads changes for its unit', async () => {
    const name = `memo-${crypto.randomUUID()}`;
    names.push(name);
    const db = await openDb(name);
    open.push(db);
    const bureau = makeBureau();
    await db.branches.bulkAdd(bureau.branches);
    await db.members.bulkAdd(bureau.members);
    let runs = 0;
    const load = memoByFingerprints('test', ['members', 'branches'], async (d, unitId) => {
      runs += 1;
      const [members, branches] = await Promise.all([d.members.where('unitId').equals(unitId).toArray(), d.branches.where('unitId').equals(unitId).toArray()]);
      return { away: members.filter((m) => m.away).map((m) => m.name).sort(), branches: branches.length };
    });
    const first = await load(db, UNIT);
    expect(first).toEqual({ away: ['沈玉珍', '蒋卫东'].sort(), branches: 4 });
    expect(await load(db, UNIT)).toBe(first);
    expect(runs).toBe(1);

    // Writes elsewhere: another table, another unit, a record put back as it was.
    await db.opinions.add({ id: 'o1', unitId: UNIT, text: '意见', channel: 'box', source: 'masses', target: 'organisation', category: 'style', date: '2005-09-01', anonymous: true, fromStage1: false, createdAt: '2005-09-01T09:00:00.000+08:00' });
    await db.members.add({ ...bureau.members[0], id: 'other', unitId: 'unit-2' });
    await db.members.put(bureau.members[3]);
    expect(await load(db, UNIT)).toBe(first);
    expect(runs).toBe(1);

    // A change to a table it reads, through another connection: computed again.
    const other = await openDb(name);
    open.push(other);
    await other.members.put({ ...bureau.members[5], away: { place: '深圳', contact: '' } });
    const second = await load(db, UNIT);
    expect(runs).toBe(2);
    expect(second.away).toContain(bureau.members[5].name);
    await db.branches.delete(bureau.branches[3].id);
    expect((await load(db, UNIT)).branches).toBe(3);
    expect(runs).toBe(3);
    // And changed back: the same content, the same fingerprint.
    await db.members.put(bureau.members[5]);
    expect((await load(db, UNIT)).away).not.toContain(bureau.members[5].name);
    expect(runs).toBe(4);
  });
});
