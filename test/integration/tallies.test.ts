/**
 * The tallies (renderer/db/tallies.ts) stay equal to the records counted from scratch, whatever
 * writes the app makes: adds, edits that move an opinion to another cell, stage or member,
 * deletes by key and by range, a unit deleted, a failed transaction rolled back, an upgrade from
 * version 3. R-OPIN-CONTENT: the coverage the page shows from the tally is the register's.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { countAll, type TallyRow } from '@shared/data/tally';
import { tallyOpinions } from '@shared/opinions/coverage';
import { opinionTallyOf, opinionTallySpec } from '@shared/opinions/tally';
import { OPINION_CATEGORIES, OPINION_CHANNELS, OPINION_SOURCES, OPINION_TARGETS, type Opinion } from '@shared/opinions/types';
import { openDb, type PytDb } from '../../renderer/db/db';
import { SIGNATURE_ID, TALLY_SPECS } from '../../renderer/db/tallies';
import { readOpinionTally } from '../../renderer/db/repos/opinions';
import { rng, type Rng } from '../fuzz/backupFuzz';

const names: string[] = [];
const fresh = () => {
  const n = `tallies-${crypto.randomUUID()}`;
  names.push(n);
  return n;
};
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

const UNITS = ['u-1', 'u-2'];
const MEMBERS = ['m-1', 'm-2', 'm-3', 'm-4'];

function randomOpinion(r: Rng, id: string): Opinion {
  const target = r.pick(OPINION_TARGETS);
  return {
    id,
    unitId: r.pick(UNITS),
    text: `意见${id}`,
    channel: r.pick(OPINION_CHANNELS),
    source: r.pick(OPINION_SOURCES),
    target,
    ...(target === 'member' ? { targetMemberId: r.pick(MEMBERS) } : {}),
    category: r.pick(OPINION_CATEGORIES),
    date: '2005-09-01',
    anonymous: true,
    fromStage1: r.next() < 0.3,
    createdAt: '2005-09-01T09:00:00.000+08:00',
  };
}

/** The tally rows, without those counting nothing, by id. */
const normalise = (rows: readonly TallyRow[]) =>
  Object.fromEntries(rows.filter((r) => Object.keys(r.counts).length > 0).map((r) => [r.id, r.counts]).sort(([a], [b]) => String(a).localeCompare(String(b))));

/** Every unit's tally rows (not the row naming the specs they were counted by). */
const unitRows = async (db: PytDb) => (await db.tallies.toArray()).filter((r) => r.id !== SIGNATURE_ID);

async function expectInStep(db: PytDb, step: string) {
  const opinions = await db.opinions.toArray();
  const expected = [];
  for (const s of TALLY_SPECS) expected.push(...countAll(s, await db.table(s.table).toArray()));
  expect(normalise(await unitRows(db)), step).toEqual(normalise(expected));
  for (const unitId of UNITS) {
    const mine = opinions.filter((o) => o.unitId === unitId);
    expect(await readOpinionTally(db, unitId), `${step}: ${unitId}`).toEqual(tallyOpinions(mine));
  }
}

describe('tallies', () => {
  it('R-OPIN-CONTENT: after 300 random writes of every kind, the tally is the register counted again', async () => {
    const db = await openDb(fresh());
    const r = rng(20051001);
    let n = 0;
    for (let step = 0; step < 300; step++) {
      const all = await db.opinions.toArray();
      const op = r.int(8);
      if (op <= 2 || all.length === 0) {
        await db.opinions.bulkAdd(Array.from({ length: 1 + r.int(5) }, () => randomOpinion(r, `o-${n++}`)));
      } else if (op === 3) {
        // An edit: another cell, stage, kind of people or member (same unit).
        const o = r.pick(all);
        await db.opinions.put({ ...randomOpinion(r, o.id), unitId: o.unitId });
      } else if (op === 4) {
        await db.opinions.bulkDelete(all.filter(() => r.next() < 0.2).map((o) => o.id));
      } else if (op === 5 && r.next() < 0.3 && all.length > 0) {
        // One call putting the same opinion twice: the second replaces the first.
        const o = r.pick(all);
        await db.opinions.bulkPut([{ ...randomOpinion(r, o.id), unitId: o.unitId }, { ...randomOpinion(r, o.id), unitId: o.unitId }]);
      } else if (op === 5) {
        await db.opinions.where('[unitId+target]').equals([r.pick(UNITS), 'member']).modify({ fromStage1: r.next() < 0.5 });
      } else if (op === 6) {
        // A transaction that fails after writing leaves the tally as it was.
        await db
          .transaction('rw', db.opinions, async () => {
            await db.opinions.add(randomOpinion(r, `o-${n++}`));
            await db.opinions.delete(r.pick(all).id);
            throw new Error('abandoned');
          })
          .catch(() => undefined);
      } else if (r.next() < 0.3) {
        await db.opinions.where('unitId').equals(r.pick(UNITS)).delete();
      } else {
        await db.opinions.where('id').between('o-1', 'o-5').delete();
      }
      await expectInStep(db, `step ${step} (op ${op})`);
    }
    await db.opinions.clear();
    await expectInStep(db, 'cleared');
    expect(await unitRows(db), 'nothing counted, no rows').toEqual([]);
  });

  it('a database of version 3 is counted when it is upgraded', async () => {
    const name = fresh();
    const old = await openDb(name, { upTo: 3 });
    const r = rng(7);
    await old.table('opinions').bulkAdd(Array.from({ length: 120 }, (_, i) => randomOpinion(r, `o-${i}`)));
    old.close();
    const db = await openDb(name);
    expect((await unitRows(db)).length > 0).toBe(true);
    await expectInStep(db, 'upgraded');
    // And from then on kept in step.
    await db.opinions.add(randomOpinion(r, 'o-new'));
    await expectInStep(db, 'after an add');
  });

  it('a tally is the only thing the page needs: membersTargeted counts distinct members', async () => {
    const db = await openDb(fresh());
    const base = randomOpinion(rng(1), 'x');
    const about = (id: string, member: string): Opinion => ({ ...base, id, unitId: 'u-1', target: 'member', targetMemberId: member });
    await db.opinions.bulkAdd([about('a', 'm-1'), about('b', 'm-1'), about('c', 'm-2')]);
    expect((await readOpinionTally(db, 'u-1')).membersTargeted).toBe(2);
    await db.opinions.delete('a');
    expect((await readOpinionTally(db, 'u-1')).membersTargeted).toBe(2);
    await db.opinions.delete('b');
    expect((await readOpinionTally(db, 'u-1')).membersTargeted).toBe(1);
    expect(opinionTallyOf({}).stage2.total).toBe(0);
    expect(opinionTallySpec.table).toBe('opinions');
  });
});
