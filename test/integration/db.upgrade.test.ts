/**
 * The upgrade pattern every future version follows: data written at the current version, then
 * opened by the next version whose `.upgrade()` calls a pure transform. Version 2 here is a
 * stand-in declared by the test only; the app has no version 2 yet.
 */
import 'fake-indexeddb/auto';
import Dexie, { type Table, type Transaction, type Version } from 'dexie';
import { expect, it } from 'vitest';
import { declareVersions, openDb } from '../../renderer/db/db';
import type { Member } from '@shared/members/types';

/** Example pure transform (a real one lives in shared/<area>/migrations/ with its own test). */
const trimNames = (m: Member): Member => ({ ...m, name: m.name.trim() });

class NextDb extends Dexie {
  constructor(name: string) {
    super(name);
    declareVersions(this);
    const v2: Version = this.version(2);
    v2.stores({});
    v2.upgrade(async (tx: Transaction) => {
      const members: Table<Member, string> = tx.table('members');
      await members.toCollection().modify((m, ref) => {
        ref.value = trimNames(m);
      });
    });
  }
}

it('data written at version 1 is carried forward by an upgrade that calls a pure transform', async () => {
  const name = `db-upgrade-${crypto.randomUUID()}`;
  const v1 = await openDb(name);
  await v1.members.add({
    id: 'm1', unitId: 'u1', kind: 'party', name: ' 王伟 ', roles: [], oversees: [], employment: 'working',
    frail: false, cannotWrite: false, away: null, createdAt: 'x', updatedAt: 'x',
  });
  v1.close();
  const v2 = new NextDb(name);
  await v2.open();
  expect(v2.verno).toBe(2);
  expect(await v2.table<Member>('members').get('m1')).toMatchObject({ name: '王伟', unitId: 'u1' });
  expect(await v2.table('members').where('[unitId+name]').equals(['u1', '王伟']).count()).toBe(1);
  await v2.delete();
});
