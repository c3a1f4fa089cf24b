/**
 * R-MEET-SIX gate bench (`npm run bench -- gate`): what deciding the “六个不开” of a meeting costs
 * in a unit of 2,000 members with all its records, against one pass over the indexes the gate
 * reads (the same queries, the rows only read). Target: the gate ≤ 2× that pass.
 *
 * The unit: 2,000 people in 10 branches (a tenth non-party), a unit head and team, a secretary per
 * branch; 10 opinions a member, every required talk done, a material per party member, the
 * leadership's and every branch's meeting planned with everyone present and conditions 1–2
 * confirmed. Timed: one branch meeting's gate (`meetingGateNow`, what 召开 decides in its
 * transaction), the leadership's, and the meetings page's read (all 11 gates at once).
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import Dexie from 'dexie';
import { defaultTemplate } from '../../shared/campaign/defaultTemplate';
import type { Analysis } from '../../shared/analysis/types';
import type { Branch } from '../../shared/members/types';
import { meetingScope } from '../../shared/meetings/scope';
import type { MeetingAttendance, MeetingGateCheck, SpecialMeeting } from '../../shared/meetings/types';
import type { Opinion } from '../../shared/opinions/types';
import { requiredTalkPairs } from '../../shared/talks/pairs';
import type { Talk } from '../../shared/talks/types';
import { PytDb } from '../../renderer/db/db';
import { meetingGateNow } from '../../renderer/db/repos/specialMeetings';
import { createUnit } from '../../renderer/db/repos/units';
import { loadMeetingsWorld, meetingsData } from '../../renderer/features/meetings/meetingsData';
import { benchRoster } from './benchRoster';
import { interleaved, looped, timed } from './timing';

const template = defaultTemplate();
const NOW = '2005-09-20T09:00:00.000+08:00';
const ctx = { actor: '孙丽萍', now: NOW, template, today: '2005-09-20' };
const N = Number(process.env.BENCH_BIG ?? 2000);
const BRANCHES = 10;
const TARGET = 2;

async function makeUnit(n: number) {
  const db = new PytDb(`bench-gate-${n}-${Date.now()}`, { indexedDB, IDBKeyRange });
  await db.open();
  const unitId = (await createUnit(db, { name: '某市财政局', orgName: '中共某市财政局机关委员会', parentOrg: '', year: 2005, contact: '孙丽萍' }, ctx)).id;
  const branches: Branch[] = Array.from({ length: BRANCHES }, (_, i) => ({ id: `b-${i}`, unitId, name: `第${i + 1}党支部`, order: i }));
  const members = benchRoster(unitId, n, branches, NOW, { teamAreLeaderCadres: true });
  const party = members.filter((m) => m.kind === 'party');
  await db.branches.bulkAdd(branches);
  await db.members.bulkAdd(members);
  const targets = ['organisation', 'leadership', 'member'] as const;
  await db.opinions.bulkAdd(
    Array.from({ length: n * 10 }, (_, i): Opinion => {
      const target = targets[i % 3];
      return {
        id: `o-${i}`,
        unitId,
        text: `第${i + 1}条意见：工作作风要进一步改进。`,
        channel: (['talk', 'box', 'form', 'forum', 'hotline'] as const)[i % 5],
        source: (['party', 'masses', 'client'] as const)[i % 3],
        target,
        ...(target === 'member' ? { targetMemberId: party[Math.floor(i / 3) % party.length].id } : {}),
        category: (['ideals', 'work', 'style'] as const)[Math.floor(i / 3) % 3],
        date: '2005-09-01',
        anonymous: true,
        fromStage1: false,
        createdAt: NOW,
      };
    }),
  );
  const pairs = requiredTalkPairs(members, [], branches);
  await db.talks.bulkAdd(
    pairs.map((p, i): Talk => ({ id: `t-${i}`, unitId, aId: p.aId, bId: p.bId, reasons: p.reasons, status: 'done', date: '2005-09-10', doneOn: '2005-09-10', createdAt: NOW, updatedAt: NOW })),
  );
  await db.analyses.bulkAdd(party.map((m, i): Analysis => ({ id: `a-${i}`, unitId, memberId: m.id, mode: 'self', state: 'approved', version: 1, createdAt: NOW, updatedAt: NOW })));
  const meeting = (id: string, over: Partial<SpecialMeeting>): SpecialMeeting => ({
    id,
    unitId,
    kind: 'orgLife',
    status: 'planned',
    date: '2005-09-22',
    place: '会议室',
    hostName: '孙丽萍',
    recorderName: '王伟',
    nonParty: ['钱小红'],
    higherNames: ['高建华'],
    higherOrgs: ['市直机关工委'],
    supervisorNames: ['刘督导'],
    agenda: ['党员逐一作党性分析'],
    createdAt: NOW,
    updatedAt: NOW,
    ...over,
  });
  const meetings = [meeting('dl', { kind: 'democraticLife' }), ...branches.map((b) => meeting(`m-${b.id}`, { branchId: b.id }))];
  await db.specialMeetings.bulkAdd(meetings);
  await db.meetingAttendance.bulkAdd(
    meetings.flatMap((m) => meetingScope(m, members).map((p): MeetingAttendance => ({ id: `${m.id}-${p.id}`, unitId, meetingId: m.id, memberId: p.id, present: true, createdAt: NOW, updatedAt: NOW }))),
  );
  await db.meetingGateChecks.bulkAdd(
    meetings.flatMap((m) => (['opinions', 'talks'] as const).map((condition): MeetingGateCheck => ({ id: `${m.id}-${condition}`, unitId, meetingId: m.id, condition, by: '刘督导', on: '2005-09-20', createdAt: NOW }))),
  );
  return { db, unitId, meetings, members, talks: pairs.length };
}

/** The same queries as readGateWorld for `ids` (the people of the meetings), the rows read and nothing done with them. */
async function onePass(db: PytDb, unitId: string, ids: readonly string[]) {
  const within = [[unitId, Dexie.minKey], [unitId, Dexie.maxKey]] as const;
  await Promise.all([
    ...ids.map((id) => db.opinions.where('[unitId+targetMemberId]').equals([unitId, id]).count()),
    db.members.where('unitId').equals(unitId).toArray(),
    db.branches.where('unitId').equals(unitId).toArray(),
    db.offices.where('unitId').equals(unitId).toArray(),
    db.analyses.where('unitId').equals(unitId).toArray(),
    db.talks.where('[unitId+status]').equals([unitId, 'done']).toArray(),
    (async () => {
      // The skip scan of the coverage index, as readGateWorld does it.
      let lower: unknown[] = [unitId, Dexie.minKey];
      for (let first = true; ; first = false) {
        const o = await db.opinions.where('[unitId+target+category+source+channel]').between(lower, within[1], first, true).first();
        if (!o) return;
        lower = [unitId, o.target, o.category, o.source, o.channel];
      }
    })(),
    db.meetingAttendance.where('unitId').equals(unitId).toArray(),
    db.meetingGateChecks.where('unitId').equals(unitId).toArray(),
    db.thresholdOverrides.where('unitId').equals(unitId).toArray(),
  ]);
}

const ms_ = (t: number) => `${t.toFixed(1)} ms`;

export async function runGateBench(): Promise<void> {
  const t0 = performance.now();
  const u = await makeUnit(N);
  const branch = u.meetings.find((m) => m.kind === 'orgLife')!;
  const leadership = u.meetings.find((m) => m.kind === 'democraticLife')!;
  console.log(
    `A unit of ${N} members in ${BRANCHES} branches: ${N * 10} opinions, ${u.talks} talks done, a material per party member, ` +
      `${u.meetings.length} meetings with attendance; set up in ${((performance.now() - t0) / 1000).toFixed(1)} s; median of each; fake-indexeddb`,
  );
  // The gate must really be open here, or the bench times a refusal.
  for (const m of [branch, leadership]) {
    const g = await meetingGateNow(u.db, u.unitId, m, template);
    if (!g.gate.ok) throw new Error(`the bench unit's gate is shut: ${g.gate.reasons.map((r) => r.message).join('; ')}`);
  }
  const clock = (fn: () => Promise<unknown>) =>
    timed(async () => {
      const s = performance.now();
      await fn();
      return performance.now() - s;
    });
  const idsOf = (ms: readonly SpecialMeeting[]) => [...new Set(ms.flatMap((m) => meetingScope(m, u.members).map((p) => p.id)))];
  const cases: [string, SpecialMeeting[], () => Promise<unknown>][] = [
    ['一个支部的专题组织生活会（召开时的判断）', [branch], () => meetingGateNow(u.db, u.unitId, branch, template)],
    ['领导班子专题民主生活会（召开时的判断）', [leadership], () => meetingGateNow(u.db, u.unitId, leadership, template)],
    [
      `专题会议页面（${u.meetings.length} 次会议的门槛一起算）`,
      u.meetings,
      async () => {
        const raw = await loadMeetingsWorld(u.db, u.unitId, template);
        return meetingsData(raw.world, raw.meetings).gates.size;
      },
    ],
  ];
  const samplers = cases.flatMap(([, ms, gate]) => {
    const ids = idsOf(ms);
    return [clock(() => onePass(u.db, u.unitId, ids)), clock(gate)];
  });
  const medians = await interleaved(samplers);
  let missed = 0;
  cases.forEach(([label, ms], i) => {
    const [pass, gate] = [medians[2 * i], medians[2 * i + 1]];
    const ratio = gate / pass;
    if (ratio > TARGET) missed += 1;
    console.log(`${label}: gate ${ms.length === 1 ? '' : '(all) '}${ms_(gate)}, one pass over its indexes ${ms_(pass)} (${idsOf(ms).length} opinion counts): ×${ratio.toFixed(2)}  ${ratio <= TARGET ? 'OK' : 'MISSED'} (target ≤ ${TARGET}×)`);
  });
  // The rule itself, on the records already read: the required pairs, the indexes, 11 gates.
  const raw = await loadMeetingsWorld(u.db, u.unitId, template);
  const [pure] = await interleaved([looped(() => meetingsData(raw.world, raw.meetings))]);
  console.log(`of which the rule itself (pure, all ${u.meetings.length} gates on the records read): ${ms_(pure)}`);
  console.log(missed === 0 ? `OK: the R-MEET-SIX gate costs at most ${TARGET}× one pass over the indexes it reads` : `SLOW: ${missed} of ${cases.length} over ${TARGET}×`);
  u.db.close();
}
