/**
 * The upgrade pattern every future version follows: data written at the current version, then
 * opened by the next version whose `.upgrade()` calls a pure transform. The next version here
 * is a stand-in declared by the test only.
 */
import 'fake-indexeddb/auto';
import Dexie, { type Table, type Transaction, type Version } from 'dexie';
import { expect, it } from 'vitest';
import { DB_VERSION } from '@shared/data/registry';
import type { Member } from '@shared/members/types';
import { declareVersions, openDb } from '../../renderer/db/db';

/** Example pure transform (a real one lives in shared/<area>/migrations/ with its own test). */
const trimNames = (m: Member): Member => ({ ...m, name: m.name.trim() });

class NextDb extends Dexie {
  constructor(name: string) {
    super(name);
    declareVersions(this);
    const next: Version = this.version(DB_VERSION + 1);
    next.stores({});
    next.upgrade(async (tx: Transaction) => {
      const members: Table<Member, string> = tx.table('members');
      await members.toCollection().modify((m, ref) => {
        ref.value = trimNames(m);
      });
    });
  }
}

it('data written at the current version is carried forward by an upgrade that calls a pure transform', async () => {
  const name = `db-upgrade-${crypto.randomUUID()}`;
  const current = await openDb(name);
  await current.members.add({
    id: 'm1', unitId: 'u1', kind: 'party', name: ' 王伟 ', roles: [], oversees: [], employment: 'working',
    frail: false, cannotWrite: false, away: null, createdAt: 'x', updatedAt: 'x',
  });
  current.close();
  const next = new NextDb(name);
  await next.open();
  expect(next.verno).toBe(DB_VERSION + 1);
  expect(await next.table<Member>('members').get('m1')).toMatchObject({ name: '王伟', unitId: 'u1' });
  expect(await next.table('members').where('[unitId+name]').equals(['u1', '王伟']).count()).toBe(1);
  await next.delete();
});
