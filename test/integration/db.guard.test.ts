/**
 * The database across windows and versions: an old connection does not silently reopen after an
 * upgrade elsewhere, a connection that never closes is reported, and a build refuses a database
 * newer than itself instead of writing to it.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_VERSION } from '@shared/data/registry';
import { openDb } from '../../renderer/db/db';
import { BLOCKED_MESSAGE, guardDatabase, NEWER_DATABASE_MESSAGE, RELOAD_MESSAGE } from '../../renderer/db/guard';

const names: string[] = [];
const fresh = () => {
  const n = `db-guard-${crypto.randomUUID()}`;
  names.push(n);
  return n;
};
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n).catch(() => {});
});

const unit = { id: 'u1', name: '甲', orgName: '中共甲', parentOrg: '', year: 2005, contact: '', templateId: 't', templateVersion: 1, isDemo: false, createdAt: 'x', updatedAt: 'x' };

/** A later build: the current schema plus one more version. */
async function openNext(name: string) {
  const next = new Dexie(name);
  const { declareVersions } = await import('../../renderer/db/db');
  declareVersions(next);
  next.version(DB_VERSION + 1).stores({});
  await next.open();
  return next;
}

describe('the database across windows and versions', () => {
  it('an upgrade in another window closes this connection for good and asks for a reload', async () => {
    const name = fresh();
    const old = await openDb(name);
    const onVersionChange = vi.fn();
    guardDatabase(old, { onVersionChange, onBlocked: vi.fn() });
    await old.units.add(unit);
    const next = await openNext(name);
    expect(onVersionChange).toHaveBeenCalledWith(RELOAD_MESSAGE);
    // No silent reopen: the old build can no longer write unmigrated records.
    await expect(old.units.put({ ...unit, name: '乙' })).rejects.toThrow();
    expect((await next.table('units').get('u1')).name).toBe('甲');
    next.close();
  });

  it('an upgrade blocked by a connection that never closes is reported to the user', async () => {
    const name = fresh();
    (await openDb(name)).close();
    // A stubborn connection: raw IndexedDB that ignores versionchange.
    const stubborn = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const next = new Dexie(name);
    const { declareVersions } = await import('../../renderer/db/db');
    declareVersions(next);
    next.version(DB_VERSION + 1).stores({});
    const onBlocked = vi.fn();
    guardDatabase(next, { onVersionChange: vi.fn(), onBlocked });
    const opening = next.open();
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalledWith(BLOCKED_MESSAGE));
    stubborn.close();
    await opening;
    expect(next.verno).toBe(DB_VERSION + 1);
    next.close();
  });

  it('this build refuses a database newer than itself, and writes nothing to it', async () => {
    const name = fresh();
    const next = await openNext(name);
    await next.table('units').add(unit);
    next.close();
    await expect(openDb(name)).rejects.toThrow(NEWER_DATABASE_MESSAGE);
    const again = await openNext(name);
    expect(await again.table('units').count()).toBe(1);
    again.close();
  });

  it('an older build (version 1) refuses the current database', async () => {
    const name = fresh();
    (await openDb(name)).close();
    await expect(openDb(name, { upTo: 1 })).rejects.toThrow(NEWER_DATABASE_MESSAGE);
  });
});
