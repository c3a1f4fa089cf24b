/**
 * Unit bench (`npm run bench -- unit`): does a big unit cost more per save than an empty one?
 *
 * A unit of 2,000 members in 10 branches with 50,000 audit entries against an empty unit, in
 * the same run, on fake-indexeddb:
 *   1. save one record through the write path (writeUnit: unit check, record, audit entry), then
 *      re-run the open home page's live query that the write touches, as Dexie's liveQuery does
 *      (test/integration/liveQueries.test.ts proves which one re-runs): a hand tick re-runs the
 *      campaign state, an edited member re-runs the features' facts;
 *   2. the home page's reads alone against one indexed count per table they touch.
 * Targets: (1) ≤ 2× the empty unit; (2) ≤ 2× the counts.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { defaultTemplate } from '../../shared/campaign/defaultTemplate';
import type { AuditEntry } from '../../shared/audit/types';
import type { Branch, Member } from '../../shared/members/types';
import { loadUnitFacts } from '../../renderer/app/facts';
import { PytDb } from '../../renderer/db/db';
import { setTick } from '../../renderer/db/repos/campaign';
import { CAMPAIGN_TABLES, loadSnapshot } from '../../renderer/db/repos/snapshot';
import { createUnit } from '../../renderer/db/repos/units';
import { writeUnit } from '../../renderer/db/write';
import { interleaved, REPEAT, stopwatch, timed } from './timing';

const template = defaultTemplate();
const TODAY = '2026-09-10';
const ctx = { actor: '张书记', now: `${TODAY}T09:00:00.000Z`, template, today: TODAY };
const MEMBERS = 2000;
const AUDIT = 50_000;
const BRANCHES = 10;

let dbCount = 0;

interface BenchUnit {
  db: PytDb;
  unitId: string;
  member: Member;
}

function person(unitId: string, i: number, branchId: string): Member {
  return {
    id: `m-${i}`,
    unitId,
    kind: i % 10 === 9 ? 'masses' : 'party',
    name: `党员${i}`,
    roles: [],
    oversees: [],
    employment: i % 7 === 0 ? 'retired' : 'working',
    frail: false,
    cannotWrite: false,
    away: null,
    ...(i % 10 === 9 ? {} : { branchId, joinedParty: '1990-07' }),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
}

async function makeUnit(big: boolean): Promise<BenchUnit> {
  const db = new PytDb(`bench-unit-${dbCount++}`, { indexedDB, IDBKeyRange });
  await db.open();
  const unit = await createUnit(db, { name: '某市财政局', orgName: '中共某市财政局机关委员会', parentOrg: '', year: 2026, contact: '张书记' }, ctx);
  const branches: Branch[] = Array.from({ length: BRANCHES }, (_, i) => ({ id: `b-${i}`, unitId: unit.id, name: `第${i + 1}党支部`, order: i }));
  const n = big ? MEMBERS : 1;
  const members = Array.from({ length: n }, (_, i) => person(unit.id, i, branches[i % BRANCHES].id));
  await db.branches.bulkAdd(branches);
  await db.members.bulkAdd(members);
  if (big) {
    const audit: AuditEntry[] = Array.from({ length: AUDIT }, (_, i) => ({
      id: `a-${i}`,
      unitId: unit.id,
      at: ctx.now,
      actor: '张书记',
      action: 'member.update',
      entity: 'member',
      entityId: `m-${i % MEMBERS}`,
      summary: `修改党员 党员${i % MEMBERS}`,
    }));
    await db.audit.bulkAdd(audit);
  }
  return { db, unitId: unit.id, member: members[0] };
}

/** What the open home page re-reads: its two live queries. */
const homeReads = (u: BenchUnit) => Promise.all([loadSnapshot(u.db, u.unitId, template), loadUnitFacts(u.db, u.unitId)]);

const HOME_TABLES = ['members', 'branches', ...CAMPAIGN_TABLES] as const;
/** The floor: one indexed count per table the home page reads. */
const countsFloor = (u: BenchUnit) => Promise.all(HOME_TABLES.map((t) => u.db[t].where('unitId').equals(u.unitId).count()));

let flip = false;
const saveTick = (u: BenchUnit) => setTick(u.db, u.unitId, 'transition.briefing', { done: (flip = !flip) }, ctx);
let edits = 0;
const saveMember = (u: BenchUnit) =>
  writeUnit(u.db, u.unitId, ctx, ['members'], async (w) => {
    edits += 1;
    await u.db.members.put({ ...u.member, post: `科员${edits}`, updatedAt: ctx.now });
    w.audit({ action: 'member.update', entity: 'member', entityId: u.member.id, summary: `修改党员 ${u.member.name}` });
  });

const ratio = (a: number, b: number) => (a / b).toFixed(2);

export async function runUnitBench(): Promise<void> {
  const empty = await makeUnit(false);
  const big = await makeUnit(true);
  console.log(`Unit of ${MEMBERS} members in ${BRANCHES} branches with ${AUDIT} audit entries vs an empty unit; median of ${REPEAT} runs, ms; fake-indexeddb`);
  const verdicts: string[] = [];
  try {
    const refreshSnapshot = (u: BenchUnit) => loadSnapshot(u.db, u.unitId, template);
    const refreshFacts = (u: BenchUnit) => loadUnitFacts(u.db, u.unitId);
    for (const [name, save, refresh] of [
      ['tick an item + home page refresh', saveTick, refreshSnapshot],
      ['edit a member + home page refresh', saveMember, refreshFacts],
    ] as const) {
      const run = (u: BenchUnit) => timed(() => stopwatch(async () => { await save(u); await refresh(u); }));
      const [e, b] = await interleaved([run(empty), run(big)]);
      const r = b / e;
      console.log(`${name.padEnd(36)} empty ${e.toFixed(2).padStart(7)}  big ${b.toFixed(2).padStart(7)}  ×empty ${ratio(b, e)}  (target ≤ 2)`);
      verdicts.push(r <= 2 ? `ok: ${name} ×${ratio(b, e)}` : `OVER: ${name} ×${ratio(b, e)} > 2`);
    }
    const [home, floor] = await interleaved([timed(() => stopwatch(() => homeReads(big))), timed(() => stopwatch(() => countsFloor(big)))]);
    console.log(`${'home page reads (big unit)'.padEnd(36)} ours  ${home.toFixed(2).padStart(7)}  ${HOME_TABLES.length} counts ${floor.toFixed(2).padStart(7)}  ×counts ${ratio(home, floor)}  (target ≤ 2)`);
    verdicts.push(home / floor <= 2 ? `ok: home page reads ×${ratio(home, floor)}` : `OVER: home page reads ×${ratio(home, floor)} > 2`);
  } finally {
    await empty.db.delete();
    await big.db.delete();
  }
  const over = verdicts.filter((v) => v.startsWith('OVER'));
  console.log(over.length === 0 ? `VERDICT: a big unit costs no more per save than an empty one (${verdicts.join('; ')})` : `VERDICT: ${over.join('; ')}`);
}
