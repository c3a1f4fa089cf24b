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
import { flushViews, forgetMemos, memoByFingerprints } from '../../renderer/db/memo';
import { loadUnitFacts } from '../../renderer/app/facts';
import { createDemoUnit } from '../../renderer/db/repos/demo';
import { defaultTemplate } from '@shared/campaign/defaultTemplate';
import type { TalkFacts } from '@shared/talks/facts';
import { TALKS_FEATURE } from '@shared/talks/measures';

const names: string[] = [];
const open: PytDb[] = [];
/** A database of its own for one test, closed and deleted after it. */
async function freshDb(tag: string): Promise<PytDb> {
  const name = `memo-${tag}-${crypto.randomUUID()}`;
  names.push(name);
  const db = await openDb(name);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('values kept by fingerprints', () => {
  it('computes again when, and only when, a table it reads changes for its unit', async () => {
    const db = await freshDb('fp');
    const name = db.name;
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

  it('kept on disk: the next session reads the row instead of computing, and a row the records no longer match is never given', async () => {
    const db = await freshDb('disk');
    const name = db.name;
    const bureau = makeBureau();
    await db.branches.bulkAdd(bureau.branches);
    await db.members.bulkAdd(bureau.members);
    let runs = 0;
    const load = memoByFingerprints(
      'test-disk',
      ['members'],
      async (d, unitId) => {
        runs += 1;
        return { names: (await d.members.where('unitId').equals(unitId).toArray()).map((m) => m.name).sort() };
      },
      { persist: 1 },
    );
    const first = await load(db, UNIT);
    await flushViews(db);
    expect(await db.views.count()).toBe(1);

    // A new session (nothing in memory, another connection): read from disk, not computed.
    forgetMemos(db);
    const next = await openDb(name);
    open.push(next);
    expect(await load(next, UNIT)).toEqual(first);
    expect(runs).toBe(1);

    // Changed in another window while this one was closed: the row no longer matches.
    await db.members.put({ ...bureau.members[0], name: '改了名' });
    forgetMemos(next);
    expect((await load(next, UNIT)).names).toContain('改了名');
    expect(runs).toBe(2);
    await flushViews(next);
    // The row was replaced: the next session reads the new value.
    forgetMemos(next);
    expect((await load(next, UNIT)).names).toContain('改了名');
    expect(runs).toBe(2);

    // A row some other release (or version of the memo) wrote is computed again, not trusted.
    const row = (await db.views.toArray())[0];
    await db.views.put({ ...row, key: row.key.replace(/^[^|]*/, '0.0.0-old'), value: { names: ['旧数据'] } });
    forgetMemos(next);
    expect((await load(next, UNIT)).names).not.toContain('旧数据');
    expect(runs).toBe(3);
  });

  it("the home page's facts read from disk in a new session equal those computed, and follow a write made meanwhile", async () => {
    const db = await freshDb('home');
    const name = db.name;
    const unitId = (await createDemoUnit(db, { actor: '系统', now: '2026-11-27T02:00:00.000Z', template: defaultTemplate() })).id;
    const computed = await loadUnitFacts(db, unitId);
    await flushViews(db);
    expect((await db.views.where('unitId').equals(unitId).toArray()).map((r) => r.name).sort()).toEqual(['analysis', 'evaluation', 'meetings', 'opinions', 'opinions.side', 'talks', 'throughout']);
    forgetMemos(db);
    expect(await loadUnitFacts(db, unitId)).toEqual(computed);

    // A talk recorded in another window: the next session's facts are computed from the records.
    // A talk the rules require, of two people at work: held, it adds one to the pairs done.
    const away = new Set((await db.members.where('unitId').equals(unitId).toArray()).filter((m) => m.away).map((m) => m.id));
    const talk = (await db.talks.where('unitId').equals(unitId).toArray()).find(
      (t) => t.status === 'planned' && t.reasons.length > 0 && !away.has(t.aId) && !away.has(t.bId),
    )!;
    const other = await openDb(name);
    open.push(other);
    await other.talks.put({ ...talk, status: 'done', doneOn: '2005-09-12', note: '谈了' });
    forgetMemos(db);
    const after = await loadUnitFacts(db, unitId);
    forgetMemos(db);
    await flushViews(db);
    await db.views.clear();
    const fresh = await openDb(name);
    open.push(fresh);
    expect(after).toEqual(await loadUnitFacts(fresh, unitId));
    expect((after[TALKS_FEATURE] as TalkFacts).done).toBe((computed[TALKS_FEATURE] as TalkFacts).done + 1);
  });
});
