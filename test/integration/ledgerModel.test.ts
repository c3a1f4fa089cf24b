/**
 * The 边议边改 ledger kept in memory (renderer/db/repos/ledgerModel.ts) is always what
 * loadLedgerData reads afresh, through random writes of what a unit does while the ledger is open:
 * items added, linked to other opinions, given other owners, completed, deleted; opinions of the
 * masses and others registered, edited and deleted; owners renamed and removed; writes this
 * window's journal did not see. R-FIX-NOW: the ledger, the opinions it answers and the masses'
 * opinions still unanswered are the records' answer.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { OPINION_SOURCES, OPINION_TARGETS, type Opinion } from '@shared/opinions/types';
import type { FixItem } from '@shared/throughout/types';
import type { Member } from '@shared/members/types';
import { person } from '@shared/talks/testing';
import { openDb, PytDb } from '../../renderer/db/db';
import { forgetJournals } from '../../renderer/db/journal';
import { LEDGER_PAGE, ledgerHeadOf, readLedger, readLedgerHead } from '../../renderer/db/repos/ledgerModel';
import { nextSession } from '../../renderer/db/memo';
import { rankFixItems } from '@shared/throughout/ledger';
import { loadLedgerData } from '../../renderer/db/repos/throughout';
import { rng, type Rng } from '../fuzz/backupFuzz';

const names: string[] = [];
const open: PytDb[] = [];
const fresh = () => {
  const n = `ledger-model-${crypto.randomUUID()}`;
  names.push(n);
  return n;
};
afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  for (const n of names.splice(0)) await Dexie.delete(n);
});

const U = 'u-1';
const T = '2005-09-01T09:00:00.000+08:00';
const pad = (n: number) => String(n).padStart(2, '0');

function opinion(r: Rng, id: string, unitId = U): Opinion {
  const date = `2005-08-${pad(10 + r.int(20))}`;
  return {
    id,
    unitId,
    text: `意见${id}`,
    channel: 'box',
    source: r.pick(OPINION_SOURCES),
    target: r.pick(OPINION_TARGETS.filter((t) => t !== 'member')),
    category: 'style',
    date,
    anonymous: true,
    fromStage1: false,
    createdAt: `${date}T09:${pad(r.int(60))}:00.000+08:00`,
  };
}

function item(r: Rng, id: string, opinionIds: string[], ownerId: string | undefined): FixItem {
  const done = r.next() < 0.3;
  return {
    id,
    unitId: U,
    opinionIds,
    problem: `问题${id}`,
    measure: '立即整改',
    ...(ownerId ? { ownerId } : {}),
    ownerName: ownerId ? `成员${ownerId}` : '办公室',
    deadline: '2005-09-30',
    status: done ? 'done' : 'open',
    ...(done ? { doneOn: '2005-09-12', result: '已整改' } : {}),
    order: r.int(1000),
    createdAt: T,
    updatedAt: T,
  };
}

const member = (id: string, name: string): Member => person(id, name, { unitId: U });

describe('the 边议边改 ledger kept in memory', () => {
  it('R-FIX-NOW: after 200 random writes, it is what the ledger reads afresh', async () => {
    const db = await openDb(fresh());
    open.push(db);
    const r = rng(20050920);
    await db.members.bulkAdd(['m1', 'm2', 'm3', 'm4'].map((id) => member(id, `成员${id}`)));
    let n = 0;
    await db.opinions.bulkAdd(Array.from({ length: 40 }, () => opinion(r, `o${n++}`)));
    // Another unit's opinion an item cannot name as its own.
    await db.opinions.add(opinion(r, 'elsewhere', 'u-2'));
    expect(await readLedger(db, U)).toEqual(await loadLedgerData(db, U));
    let hits = 0;
    for (let step = 0; step < 200; step++) {
      const [opinions, items, members] = await Promise.all([db.opinions.where('unitId').equals(U).toArray(), db.fixItems.toArray(), db.members.toArray()]);
      const someOpinions = () => [...new Set(Array.from({ length: r.int(4) }, () => (r.next() < 0.05 ? 'elsewhere' : r.pick(opinions).id)))];
      const owner = () => (r.next() < 0.8 && members.length > 0 ? r.pick(members).id : undefined);
      const op = r.int(11);
      const it = items.length > 0 ? r.pick(items) : undefined;
      if (op <= 2) await db.fixItems.add(item(r, `f${n++}`, someOpinions(), owner()));
      else if (op === 3 && it) await db.fixItems.put({ ...item(r, it.id, someOpinions(), owner()), order: it.order });
      else if (op === 4 && it) await db.fixItems.delete(it.id);
      else if (op === 5) await db.opinions.add(opinion(r, `o${n++}`));
      else if (op === 6 && opinions.length > 0) await db.opinions.put({ ...opinion(r, r.pick(opinions).id), text: `改过${step}` });
      else if (op === 7 && opinions.length > 0) await db.opinions.delete(r.pick(opinions).id);
      else if (op === 8 && members.length > 0) {
        const m = r.pick(members);
        if (r.next() < 0.7) await db.members.put({ ...m, name: `${m.name}改` });
        else await db.members.delete(m.id);
      } else if (op === 9 && items.length > 0) {
        // Written where this window's journal cannot see it.
        await db.fixItems.bulkPut(items.filter(() => r.next() < 0.3).map((x) => ({ ...x, measure: `另一窗口${step}` })));
        forgetJournals(db.name);
      } else {
        const before = await readLedger(db, U);
        if ((await readLedger(db, U)) === before) hits += 1;
      }
      const fresh = await loadLedgerData(db, U);
      expect(await readLedger(db, U), `step ${step} (op ${op})`).toEqual(fresh);
      // The first screen the tab opens on, from memory, or from disk in a new session (every few steps).
      if (step % 5 === 0) {
        await nextSession(db);
      }
      const head = await readLedgerHead(db, U);
      expect(head, `step ${step}: the first screen`).toEqual(ledgerHeadOf(fresh));
      expect(head.rows.map((x) => x.item.id), `step ${step}: the first page`).toEqual(
        rankFixItems(fresh.items, fresh.opinions)
          .slice(0, LEDGER_PAGE)
          .map((x) => x.item.id),
      );
    }
    expect(hits, 'an unchanged ledger is answered from memory').toBeGreaterThan(0);
  });

  it('an item saved reads that item, and the opinions and owner it names, not the whole ledger', async () => {
    const db = new PytDb(fresh());
    const reads: string[] = [];
    db.use({
      stack: 'dbcore',
      name: 'ledgerReads',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          if (name !== 'fixItems' && name !== 'members') return t;
          return {
            ...t,
            query: (req) => (reads.push(`${name} query`), t.query(req)),
            getMany: (req) => (req.keys.length > 0 && reads.push(`${name} getMany ${req.keys.length}`), t.getMany(req)),
          };
        },
      }),
    });
    await db.open();
    open.push(db);
    const r = rng(5);
    await db.members.bulkAdd(['m1', 'm2'].map((id) => member(id, `成员${id}`)));
    await db.opinions.bulkAdd(Array.from({ length: 30 }, (_, i) => opinion(r, `o${i}`)));
    await db.fixItems.bulkAdd(Array.from({ length: 20 }, (_, i) => item(r, `f${String(i).padStart(2, '0')}`, [`o${i}`], 'm1')));
    await readLedger(db, U);
    reads.length = 0;
    await db.fixItems.add(item(r, 'f99', ['o25'], 'm2'));
    const after = await readLedger(db, U);
    expect(after.items).toHaveLength(21);
    expect(after.memberNames.get('m2')).toBe('成员m2');
    expect(reads).toEqual(['fixItems getMany 1', 'members getMany 1']);
  });
});
