/**
 * The roster's, the materials' and the feedback's tallies (renderer/db/tallies.ts) against the
 * records counted from scratch, through random writes of the kinds a unit sees: people added,
 * moved between branches, given and stripped of roles, made non-party members, deleted;
 * materials moving through their states, dictated or received in writing, some of people who
 * are no longer party members; feedback given and withdrawn. After each step, what the pages and
 * the home page read from the tallies equals what the records say:
 *  - 党性分析材料's checklist facts (R-ANALYSIS-MODE, R-EVAL-COVER: who has not written, who is
 *    dictated without a recorder, who waits, is returned, not yet publicised) and the list's
 *    counts per state;
 *  - R-OPIN-FEEDBACK: how many are owed feedback, how many still wait, and what the roster lacks.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { countAll, type TallyRow } from '@shared/data/tally';
import { analysisFacts, factLists, type NamedPerson } from '@shared/analysis/facts';
import { ANALYSIS_MODES, ANALYSIS_STATES, type Analysis } from '@shared/analysis/types';
import type { Member, Role } from '@shared/members/types';
import { feedbackDuties } from '@shared/opinions/feedback';
import type { Feedback } from '@shared/opinions/types';
import { openDb, type PytDb } from '../../renderer/db/db';
import { SIGNATURE_ID, TALLY_SPECS } from '../../renderer/db/tallies';
import { readAnalysisCounts, stateCounts } from '../../renderer/db/repos/analysisTally';
import { feedbackPeople } from '../../renderer/db/repos/opinions';
import { ANALYSIS_PAGE, loadAnalysisFacts, readAnalysisCountsKept, readAnalysisFirstPage } from '../../renderer/features/analysis/facts';
import { pageAnalysisList } from '../../renderer/db/repos/analysis';
import { nextSession } from '../../renderer/db/memo';
import { loadOpinionFacts, loadOpinionSideFacts } from '../../renderer/features/opinions/facts';
import { rng, type Rng } from '../fuzz/backupFuzz';

const names: string[] = [];
const fresh = () => {
  const n = `tallies-roster-${crypto.randomUUID()}`;
  names.push(n);
  return n;
};
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

const T = '2005-09-01T09:00:00.000+08:00';
const UNITS = ['u-1', 'u-2'];
const BRANCHES = ['b-1', 'b-2', 'b-3'];
const SURNAMES = ['张', '李', '王', '赵', '孙', '周', '吴', '郑'];
const ROLE_SETS: Role[][] = [[], [], [], ['unitHead'], ['teamMember'], ['teamMember', 'leaderCadre'], ['branchSecretary'], ['partyGroupSecretary']];

function randomMember(r: Rng, id: string, unitId: string): Member {
  const party = r.next() < 0.8;
  const roles = party ? r.pick(ROLE_SETS) : r.next() < 0.1 ? (['teamMember'] as Role[]) : [];
  const branchId = r.next() < 0.9 ? r.pick(BRANCHES) : undefined;
  return {
    id,
    unitId,
    kind: party ? 'party' : 'masses',
    name: `${r.pick(SURNAMES)}${id}`,
    roles,
    oversees: [],
    employment: 'working',
    frail: false,
    cannotWrite: false,
    away: r.next() < 0.1 ? { place: '深圳', contact: '' } : null,
    ...(party ? { joinedParty: '1990-07', partyStatus: 'full' as const, ...(branchId ? { branchId } : {}) } : {}),
    createdAt: T,
    updatedAt: T,
  } as Member;
}

function randomAnalysis(r: Rng, member: Member, others: readonly Member[]): Analysis {
  const mode = r.pick(ANALYSIS_MODES);
  const state = r.pick(ANALYSIS_STATES);
  const recorder = others.find((m) => m.id !== member.id);
  return {
    id: `a-${member.id}`,
    unitId: member.unitId,
    memberId: member.id,
    mode,
    ...(mode === 'dictated' && recorder && r.next() < 0.6 ? { recorderId: recorder.id } : {}),
    state,
    version: 1,
    ...(state === 'draft' && r.next() < 0.3 ? { receivedOn: '2005-09-05', receivedWay: 'post' as const } : {}),
    createdAt: T,
    updatedAt: T,
  };
}

/** What the records say, as the loaders computed it before the tallies. */
async function expectedAnalysisFacts(db: PytDb, unitId: string) {
  const [partyIds, analyses] = await Promise.all([
    db.members.where('[unitId+kind]').equals([unitId, 'party']).primaryKeys(),
    db.analyses.where('unitId').equals(unitId).toArray(),
  ]);
  const lists = factLists(partyIds as string[], analyses);
  const people = new Map<string, NamedPerson>();
  for (const m of await db.members.where('unitId').equals(unitId).toArray()) people.set(m.id, { name: m.name, away: m.away !== null });
  const party = new Set(partyIds as string[]);
  const states = new Map<string, number>([['none', party.size - analyses.filter((a) => party.has(a.memberId)).length]]);
  for (const a of analyses) if (party.has(a.memberId)) states.set(a.state, (states.get(a.state) ?? 0) + 1);
  return { facts: analysisFacts(lists, people), states };
}

async function expectedFeedback(db: PytDb, unitId: string) {
  const [people, branches, feedbacks] = await Promise.all([
    feedbackPeople(db, unitId),
    db.branches.where('unitId').equals(unitId).toArray(),
    db.feedbacks.where('unitId').equals(unitId).toArray(),
  ]);
  const fed = new Set(feedbacks.map((f) => f.toId));
  const plan = feedbackDuties(people, branches);
  const missing = plan.duties.filter((d) => !fed.has(d.receiverId));
  return { required: plan.duties.length, missing, problems: plan.problems };
}

const normalise = (rows: readonly TallyRow[]) =>
  Object.fromEntries(rows.filter((r) => r.id !== SIGNATURE_ID && Object.keys(r.counts).length > 0).map((r) => [r.id, r.counts]).sort(([a], [b]) => String(a).localeCompare(String(b))));

let sessions = 0;
async function expectInStep(db: PytDb, step: string) {
  const expected = [];
  for (const s of TALLY_SPECS) expected.push(...countAll(s, await db.table(s.table).toArray()));
  expect(normalise(await db.tallies.toArray()), `${step}: the tallies`).toEqual(normalise(expected));
  for (const unitId of UNITS) {
    const want = await expectedAnalysisFacts(db, unitId);
    expect(await loadAnalysisFacts(db, unitId), `${step}: ${unitId} analysis facts`).toEqual(want.facts);
    const counts = stateCounts(await readAnalysisCountsKept(db, unitId), ANALYSIS_STATES);
    expect(Object.fromEntries([...counts].filter(([, n]) => n !== 0)), `${step}: ${unitId} list counts`).toEqual(Object.fromEntries([...want.states].filter(([, n]) => n !== 0)));
    // The list as the page opens on it, from memory, or from disk in a new session (every few steps).
    if (++sessions % 4 === 0) {
      await nextSession(db);
    }
    expect(await readAnalysisFirstPage(db, unitId), `${step}: ${unitId} the list as it opens`).toEqual(
      await pageAnalysisList(db, unitId, {}, { offset: 0, limit: ANALYSIS_PAGE }),
    );

    const fb = await expectedFeedback(db, unitId);
    const got = (await loadOpinionFacts(db, unitId)).feedback;
    // What the 征求意见 page shows of it (kept apart from the home page's).
    expect((await loadOpinionSideFacts(db, unitId)).feedback, `${step}: ${unitId} the page's feedback`).toEqual(got);
    expect({ required: got.required, missingCount: got.missingCount, problems: got.problems }, `${step}: ${unitId} feedback`).toEqual({
      required: fb.required,
      missingCount: fb.missing.length,
      problems: fb.problems,
    });
    // Five of those still waiting (all when fewer), team members first.
    expect(got.missingNames, `${step}: ${unitId} names`).toHaveLength(Math.min(5, fb.missing.length));
    const waiting = new Map(fb.missing.map((d) => [d.receiverName, d.as]));
    for (const n of got.missingNames) expect(waiting.has(n), `${step}: ${n} waits`).toBe(true);
    const kinds = got.missingNames.map((n) => waiting.get(n));
    expect(kinds, `${step}: team first`).toEqual([...kinds].sort((a, b) => (a === b ? 0 : a === 'team' ? -1 : 1)));
  }
}

describe('roster, materials and feedback tallies', () => {
  it('R-OPIN-FEEDBACK, R-ANALYSIS-MODE, R-EVAL-COVER: after 250 random writes, what the pages read from the tallies is what the records say', async () => {
    const db = await openDb(fresh());
    const r = rng(20050913);
    for (const unitId of UNITS) await db.branches.bulkAdd(BRANCHES.map((id, i) => ({ id, unitId, name: `第${i + 1}党支部`, order: i })).map((b) => ({ ...b, id: `${unitId}-${b.id}` })));
    // Branch ids are per unit; members refer to them through BRANCHES mapped per unit.
    const inUnit = (m: Member): Member => (m.branchId ? { ...m, branchId: `${m.unitId}-${m.branchId}` } : m);
    let n = 0;
    for (const unitId of UNITS) await db.members.bulkAdd(Array.from({ length: 12 }, () => inUnit(randomMember(r, `m${n++}`, unitId))));
    for (let step = 0; step < 250; step++) {
      const members = await db.members.toArray();
      const analyses = await db.analyses.toArray();
      const feedbacks = await db.feedbacks.toArray();
      const op = r.int(10);
      if (op === 0) {
        await db.members.add(inUnit(randomMember(r, `m${n++}`, r.pick(UNITS))));
      } else if (op === 1 && members.length > 0) {
        // A person edited: another kind, roles or branch (the same unit, the same id).
        const m = r.pick(members);
        await db.members.put({ ...inUnit(randomMember(r, m.id, m.unitId)), name: m.name });
      } else if (op === 2 && members.length > 4) {
        // Deleted with what is about them, as a restore would replace them.
        const m = r.pick(members);
        await db.transaction('rw', [db.members, db.analyses, db.feedbacks], async () => {
          await db.members.delete(m.id);
          await db.analyses.where('[unitId+memberId]').equals([m.unitId, m.id]).delete();
          await db.feedbacks.where('[unitId+toId]').equals([m.unitId, m.id]).delete();
        });
      } else if (op <= 5 && members.length > 0) {
        // A material written, moved on, or rewritten (of anyone: some are not party members any more).
        const m = r.pick(members);
        await db.analyses.put(randomAnalysis(r, m, members.filter((x) => x.unitId === m.unitId)));
      } else if (op === 6 && analyses.length > 0) {
        await db.analyses.bulkDelete(analyses.filter(() => r.next() < 0.15).map((a) => a.id));
      } else if (op <= 8 && members.length > 1) {
        const to = r.pick(members);
        const from = members.find((m) => m.unitId === to.unitId && m.id !== to.id);
        if (from) {
          const f: Feedback = { id: `f-${n++}`, unitId: to.unitId, fromId: from.id, toId: to.id, date: '2005-09-06', way: 'separate', createdAt: T };
          await db.feedbacks.add(f);
        }
      } else if (feedbacks.length > 0) {
        await db.feedbacks.delete(r.pick(feedbacks).id);
      }
      await expectInStep(db, `step ${step} (op ${op})`);
    }
  });

  it('a database whose tallies were counted by other specs (an older release) is counted again when it opens', async () => {
    const name = fresh();
    const db = await openDb(name);
    const r = rng(3);
    await db.members.bulkAdd(Array.from({ length: 20 }, (_, i) => randomMember(r, `m${i}`, 'u-1')));
    // As an older release left it: the roster not counted, and its own signature.
    await db.tallies.where('unitId').equals('u-1').delete();
    await db.tallies.put({ id: SIGNATURE_ID, unitId: SIGNATURE_ID, name: 'opinions:opinions@1', counts: {} });
    expect(await readAnalysisCounts(db, 'u-1')).toMatchObject({ party: 0 });
    db.close();
    const again = await openDb(name);
    const party = await again.members.where('[unitId+kind]').equals(['u-1', 'party']).count();
    expect(party).toBeGreaterThan(0);
    expect(await readAnalysisCounts(again, 'u-1')).toMatchObject({ party });
    await expectInStep(again, 'reopened');
    again.close();
  });

  it('near the end of the step, the few still missing are named though the first 64 party members are all done', async () => {
    const db = await openDb(fresh());
    const r = rng(11);
    await db.branches.add({ id: 'b-1', unitId: 'u-1', name: '机关党支部', order: 0 });
    const people = Array.from({ length: 150 }, (_, i): Member => ({ ...randomMember(r, `m${String(i).padStart(3, '0')}`, 'u-1'), kind: 'party', roles: i === 0 ? ['branchSecretary'] : [], branchId: 'b-1', name: `党员${i}`, away: null }) as Member);
    await db.members.bulkAdd(people);
    // All but the last three have written and been fed back to.
    const done = people.slice(0, -3);
    await db.analyses.bulkAdd(done.map((m) => ({ ...randomAnalysis(r, m, people), mode: 'self' as const, state: 'final' as const })));
    await db.feedbacks.bulkAdd(done.slice(1).map((m, i) => ({ id: `f${i}`, unitId: 'u-1', fromId: 'm000', toId: m.id, date: '2005-09-06', way: 'separate' as const, createdAt: T })));
    const analysis = await loadAnalysisFacts(db, 'u-1');
    expect(analysis.notWritten).toEqual({ count: 3, names: ['党员147', '党员148', '党员149'] });
    const feedback = (await loadOpinionFacts(db, 'u-1')).feedback;
    expect(feedback).toMatchObject({ required: 149, missingCount: 3 });
    expect([...feedback.missingNames].sort()).toEqual(['党员147', '党员148', '党员149']);
  });
});
