/**
 * The talks' overview kept in memory (renderer/db/repos/talkModel.ts) is always the one computed
 * from the records read afresh, through random writes of what a unit does while its talks page
 * and home page are open: talks generated, planned, held, cancelled, added, deleted, edited in
 * bulk; people going away and coming back, given roles, moved between branches, deleted; offices
 * getting a new head; and writes the journal did not see (another window). R-TALK-PAIRS,
 * R-TALK-LEADER-ALL, R-TALK-PLAN: what the talks page and the home page say is the rules' answer.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { isNoLongerRequired, talkOverview, talkStage } from '@shared/talks/coverage';
import { pinyinOrder, talkFacts } from '@shared/talks/facts';
import { sortTalks, TALK_PAGE, type TalksHead } from '@shared/talks/list';
import { GONE, personLabels } from '@shared/talks/people';
import { nextSession } from '../../renderer/db/memo';
import { readTalksHead } from '../../renderer/features/talks/facts';
import { doneTalk, makeBureau, talk, UNIT } from '@shared/talks/testing';
import { requiredTalkPairs } from '@shared/talks/pairs';
import type { Talk } from '@shared/talks/types';
import { openDb, PytDb } from '../../renderer/db/db';
import { forgetJournals } from '../../renderer/db/journal';
import { readTalkModel } from '../../renderer/db/repos/talkModel';
import { rng } from '../fuzz/backupFuzz';

const names: string[] = [];
const open: PytDb[] = [];
const fresh = () => {
  const n = `talk-model-${crypto.randomUUID()}`;
  names.push(n);
  return n;
};
afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  for (const n of names.splice(0)) await Dexie.delete(n);
});

/** What the pages would show computed from the records read now. */
async function afresh(db: PytDb) {
  const [members, offices, branches, talks] = await Promise.all([
    db.members.where('unitId').equals(UNIT).toArray(),
    db.offices.where('unitId').equals(UNIT).toArray(),
    db.branches.where('unitId').equals(UNIT).toArray(),
    db.talks.where('unitId').equals(UNIT).toArray(),
  ]);
  const overview = talkOverview(members, offices, branches, talks);
  const facts = talkFacts(members, offices, branches, talks);
  // The talks page's first screen: the counts on its cards and filters, the first page of its list.
  const labels = personLabels(members, branches);
  const rank = new Map(pinyinOrder(members, labels).map((id, i) => [id, i]));
  const list = sortTalks(talks, rank);
  const rows = list.slice(0, TALK_PAGE);
  const stages = { unplanned: 0, planned: 0, done: 0, cancelled: 0 };
  for (const t of talks) stages[talkStage(t)] += 1;
  const head = {
    counts: {
      pairs: facts.pairs,
      planned: facts.planned,
      done: facts.done,
      awayPairs: facts.awayPairs,
      unlisted: facts.unlisted,
      stale: talks.filter((t) => isNoLongerRequired(t, overview.requiredByKey)).length,
      talks: talks.length,
      stages,
    },
    rows,
    labels: Object.fromEntries(rows.flatMap((t) => [t.aId, t.bId]).map((id) => [id, labels.get(id) ?? GONE])),
  };
  return { talks, overview, facts, head, list };
}

/** The first screen as the page shows it: counts, rows, and the names in them. */
const shown = (h: TalksHead) => ({
  counts: h.counts,
  rows: h.rows,
  labels: Object.fromEntries(h.people.map((p) => [p.id, p.label])),
});

async function expectInStep(db: PytDb, step: string) {
  const model = await readTalkModel(db, UNIT);
  const want = await afresh(db);
  expect(model.talks, `${step}: talks`).toEqual(want.talks);
  expect(model.overview, `${step}: overview`).toEqual(want.overview);
  expect(model.facts(), `${step}: facts`).toEqual(want.facts);
  expect(shown(model.head()), `${step}: the talks page's first screen`).toEqual(want.head);
  expect(model.list(), `${step}: the talks page's list`).toEqual(want.list);
  // What the page opens on, from memory, or from disk in a new session (every few steps).
  if (++sessions % 5 === 0) {
    await nextSession(db);
  }
  expect(shown(await readTalksHead(db, UNIT)), `${step}: the first screen the page opens on`).toEqual(want.head);
}
let sessions = 0;

describe('the talks’ overview kept in memory', () => {
  it('R-TALK-PAIRS, R-TALK-LEADER-ALL, R-TALK-PLAN: after 200 random writes, it is the overview of the records read afresh', async () => {
    const db = await openDb(fresh());
    open.push(db);
    const bureau = makeBureau();
    await db.branches.bulkAdd(bureau.branches);
    await db.offices.bulkAdd(bureau.offices);
    await db.members.bulkAdd(bureau.members);
    // 生成应谈名单: a talk per required pair.
    await db.talks.bulkAdd(requiredTalkPairs(bureau.members, bureau.offices, bureau.branches).map((p) => talk(p.aId, p.bId, { reasons: p.reasons })));
    await expectInStep(db, 'generated');
    const r = rng(20050913);
    let hits = 0;
    for (let step = 0; step < 200; step++) {
      const [talks, members, offices] = await Promise.all([db.talks.toArray(), db.members.toArray(), db.offices.toArray()]);
      const op = r.int(12);
      const t = talks.length > 0 ? r.pick(talks) : undefined;
      if (op <= 2 && t) {
        // Planned with a date, time and place, or held.
        const when = { date: '2005-09-1' + r.int(9), time: `${10 + r.int(8)}:00`, place: '党员活动室' };
        await db.talks.put(r.next() < 0.5 ? { ...t, ...when } : { ...t, ...when, status: 'done', doneOn: when.date, note: '交流思想' });
      } else if (op === 3 && t) {
        await db.talks.put({ ...t, status: 'cancelled' });
      } else if (op === 4) {
        const a = r.pick(members);
        const b = r.pick(members);
        if (a.id !== b.id) await db.talks.add(r.next() < 0.5 ? talk(a.id, b.id) : doneTalk(a.id, b.id));
      } else if (op === 5 && t) {
        await db.talks.delete(t.id);
      } else if (op === 6) {
        // A bulk edit in one call.
        await db.talks.bulkPut(talks.filter(() => r.next() < 0.1).map((x): Talk => ({ ...x, topic: `准备${step}` })));
      } else if (op === 7) {
        const m = r.pick(members);
        await db.members.put({ ...m, away: m.away ? null : { place: '深圳', contact: '' } });
      } else if (op === 8) {
        const m = r.pick(members);
        await db.members.put({ ...m, roles: r.next() < 0.5 ? [] : ['branchSecretary'], branchId: r.pick(bureau.branches).id });
      } else if (op === 9) {
        const o = r.pick(offices);
        await db.offices.put({ ...o, headId: r.pick(members).id });
      } else if (op === 10 && r.next() < 0.3) {
        // Written where this window's journal cannot see it.
        await db.talks.bulkPut(talks.filter(() => r.next() < 0.2).map((x): Talk => ({ ...x, note: `另一窗口${step}` })));
        forgetJournals(db.name);
      } else if (op === 11) {
        await db.talks.where('[unitId+status]').equals([UNIT, 'cancelled']).delete();
      } else {
        // Nothing written: the same overview, read from memory.
        const before = await readTalkModel(db, UNIT);
        if ((await readTalkModel(db, UNIT)) === before) hits += 1;
      }
      await expectInStep(db, `step ${step} (op ${op})`);
    }
    expect(hits, 'an unchanged unit is answered from memory').toBeGreaterThan(0);
  });

  it('reads again only the talks written since, and the roster only when it changed', async () => {
    const db = new PytDb(fresh());
    // How the talks table is read: the unit's talks whole (query) or some by key (getMany).
    const reads: string[] = [];
    db.use({
      stack: 'dbcore',
      name: 'talkReads',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          if (name !== 'talks') return t;
          return { ...t, query: (req) => (reads.push('query'), t.query(req)), getMany: (req) => (reads.push(`getMany ${req.keys.length}`), t.getMany(req)) };
        },
      }),
    });
    await db.open();
    open.push(db);
    const bureau = makeBureau();
    await db.branches.bulkAdd(bureau.branches);
    await db.offices.bulkAdd(bureau.offices);
    await db.members.bulkAdd(bureau.members);
    const talks = requiredTalkPairs(bureau.members, bureau.offices, bureau.branches).map((p) => talk(p.aId, p.bId, { reasons: p.reasons }));
    await db.talks.bulkAdd(talks);
    const first = await readTalkModel(db, UNIT);
    reads.length = 0;
    await db.talks.put({ ...talks[0], status: 'done', date: '2005-09-10', time: '10:00', place: '会议室', doneOn: '2005-09-10' });
    const second = await readTalkModel(db, UNIT);
    expect(second).not.toBe(first);
    // The overview reads the one talk written (the tallies' reads happen below this recorder).
    expect(reads).toEqual(['getMany 1']);
    // The roster's part is the same objects: not read again.
    expect(second.members).toBe(first.members);
    expect(second.overview.pairs.find((p) => p.talk?.id === talks[0].id)?.stage).toBe('done');
    await db.members.put({ ...bureau.members[5], away: { place: '深圳', contact: '' } });
    const third = await readTalkModel(db, UNIT);
    expect(third.members).not.toBe(first.members);
    expect(third.members.find((m) => m.id === bureau.members[5].id)?.away).toEqual({ place: '深圳', contact: '' });
  });
});
