/**
 * Working-records bench (`npm run bench -- records`): do the pages of 征求意见, 谈心, 党性分析材料
 * and 边议边改 stay as quick in a unit of 2,000 members as in one of 200?
 *
 * Two units in the same run, on fake-indexeddb: 200 and 2,000 members in 10 branches, each with
 * 10 opinions a member, the talks the roster requires (生成应谈名单), a material for every party
 * member with 3 versions, a ledger item per 20 members and 3 study sessions. For each page:
 *   - open: what the page reads when it opens (its list, and the home page's facts, which every
 *     page's checklist shares);
 *   - save: one record through the page's write, then the home page's facts again (the live query
 *     the write touches).
 * Target: the 2,000-member unit ≤ 2× the 200-member one (printed as a ratio). Then the batch export
 * of 2,000 materials into one .zip, with its progress counted.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { defaultTemplate } from '../../shared/campaign/defaultTemplate';
import type { Branch, Member } from '../../shared/members/types';
import type { Opinion } from '../../shared/opinions/types';
import type { Analysis, AnalysisVersion } from '../../shared/analysis/types';
import { loadUnitFacts } from '../../renderer/app/facts';
import { PytDb } from '../../renderer/db/db';
import { listOpinions, saveOpinion } from '../../renderer/db/repos/opinions';
import { generateTalks, listTalks, planTalk } from '../../renderer/db/repos/talks';
import { listAnalyses, saveAnalysisText } from '../../renderer/db/repos/analysis';
import { saveFixItem } from '../../renderer/db/repos/throughout';
import { createUnit } from '../../renderer/db/repos/units';
import { buildSelfAnalysisBatch } from '../../shared/documents';
import { selfAnalysisExample } from '../fixtures/documents/selfAnalysis';
import { interleaved, stopwatch, timed } from './timing';

const template = defaultTemplate();
const TODAY = '2005-09-13';
const NOW = `${TODAY}T09:00:00.000+08:00`;
const ctx = { actor: '孙丽萍', now: NOW, template, today: TODAY };
const BRANCHES = 10;
const SMALL = Number(process.env.BENCH_SMALL ?? 200);
const BIG = Number(process.env.BENCH_BIG ?? 2000);
const BATCH = Number(process.env.BENCH_BATCH ?? 2000);

interface BenchUnit {
  db: PytDb;
  unitId: string;
  members: Member[];
}

let dbCount = 0;

function roster(unitId: string, n: number, branches: Branch[]): Member[] {
  return Array.from({ length: n }, (_, i) => {
    const party = i % 10 !== 9;
    const branch = branches[i % BRANCHES];
    const roles: Member['roles'] = i === 0 ? ['unitHead', 'partyGroupSecretary'] : i < 5 ? ['teamMember'] : i < 5 + BRANCHES ? ['branchSecretary'] : [];
    // Branch secretaries are the first member of their branch after the team.
    const branchId = i >= 5 && i < 5 + BRANCHES ? branches[i - 5].id : branch.id;
    return {
      id: `m-${i}`,
      unitId,
      kind: party ? 'party' : 'masses',
      name: `成员${i}`,
      roles,
      oversees: [],
      employment: 'working',
      frail: false,
      cannotWrite: false,
      away: null,
      ...(party ? { branchId, joinedParty: '1990-07', partyStatus: 'full' as const } : {}),
      createdAt: NOW,
      updatedAt: NOW,
    };
  });
}

const TARGETS = ['organisation', 'leadership', 'member'] as const;
const CATEGORIES = ['ideals', 'work', 'style'] as const;
const CHANNELS = ['talk', 'box', 'form', 'forum', 'hotline'] as const;
const SOURCES = ['party', 'masses', 'client'] as const;

async function makeUnit(n: number): Promise<BenchUnit> {
  const db = new PytDb(`bench-records-${dbCount++}`, { indexedDB, IDBKeyRange });
  await db.open();
  const unit = await createUnit(db, { name: `某市财政局${n}`, orgName: '中共某市财政局机关委员会', parentOrg: '', year: 2005, contact: '孙丽萍' }, ctx);
  const unitId = unit.id;
  const branches: Branch[] = Array.from({ length: BRANCHES }, (_, i) => ({ id: `b-${i}`, unitId, name: `第${i + 1}党支部`, order: i }));
  const members = roster(unitId, n, branches);
  const party = members.filter((m) => m.kind === 'party');
  await db.branches.bulkAdd(branches);
  await db.members.bulkAdd(members);
  const opinions: Opinion[] = Array.from({ length: n * 10 }, (_, i) => {
    const target = TARGETS[i % 3];
    return {
      id: `o-${i}`,
      unitId,
      text: `第${i + 1}条意见：工作作风要进一步改进，服务企业要更主动。`,
      channel: CHANNELS[i % CHANNELS.length],
      source: SOURCES[i % SOURCES.length],
      target,
      ...(target === 'member' ? { targetMemberId: party[i % party.length].id } : {}),
      category: CATEGORIES[i % 3],
      date: '2005-09-08',
      anonymous: true,
      fromStage1: i % 7 === 0,
      createdAt: NOW,
    };
  });
  await db.opinions.bulkAdd(opinions);
  await generateTalks(db, unitId, ctx);
  const analyses: Analysis[] = party.map((m, i) => ({
    id: `a-${i}`,
    unitId,
    memberId: m.id,
    mode: 'self',
    // Drafts: the bench saves text into one, which a submitted material refuses.
    state: 'draft',
    version: 3,
    createdAt: NOW,
    updatedAt: NOW,
  }));
  await db.analyses.bulkAdd(analyses);
  const versions: AnalysisVersion[] = analyses.flatMap((a) =>
    [1, 2, 3].map((v) => ({
      id: `${a.id}-v${v}`,
      unitId,
      analysisId: a.id,
      version: v,
      problems: selfAnalysisExample.problems,
      roots: selfAnalysisExample.roots,
      measures: selfAnalysisExample.measures,
      by: '孙丽萍',
      savedAt: NOW,
    })),
  );
  await db.analysisVersions.bulkAdd(versions);
  for (let i = 0; i < n / 20; i++) {
    await saveFixItem(db, unitId, { opinionIds: [`o-${i}`], problem: `问题${i}`, measure: '立即整改', ownerName: '张建国', deadline: '2005-09-30' }, ctx);
  }
  return { db, unitId, members };
}

export async function runRecordsBench(): Promise<void> {
  let t0 = performance.now();
  const small = await makeUnit(SMALL);
  const big = await makeUnit(BIG);
  console.log(
    `Units of ${SMALL} and ${BIG} members (10 opinions a member, the required talks, a material with 3 versions per party member); ` +
      `set up in ${((performance.now() - t0) / 1000).toFixed(1)} s; median ms; fake-indexeddb`,
  );
  const talkCount = async (u: BenchUnit) => u.db.talks.where('unitId').equals(u.unitId).count();
  console.log(`talks generated: ${await talkCount(small)} and ${await talkCount(big)}`);
  const facts = (u: BenchUnit) => loadUnitFacts(u.db, u.unitId);
  let k = 0;
  const pages: [string, (u: BenchUnit) => Promise<unknown>, (u: BenchUnit) => Promise<unknown>][] = [
    [
      '征求意见',
      (u) => Promise.all([listOpinions(u.db, u.unitId), facts(u)]),
      (u) =>
        saveOpinion(u.db, u.unitId, { text: `新意见${k++}`, channel: 'box', source: 'masses', target: 'organisation', category: 'style', date: TODAY, anonymous: true, fromStage1: false }, ctx),
    ],
    [
      '谈心谈话',
      (u) => Promise.all([listTalks(u.db, u.unitId), u.db.members.where('unitId').equals(u.unitId).toArray(), facts(u)]),
      async (u) => {
        const t = (await u.db.talks.where('[unitId+status]').equals([u.unitId, 'planned']).first())!;
        return planTalk(u.db, u.unitId, t.id, { date: TODAY, time: `${String(8 + (k++ % 10)).padStart(2, '0')}:00`, minutes: 30, place: '会议室', topic: '交流思想' }, ctx);
      },
    ],
    [
      '党性分析材料',
      (u) => Promise.all([listAnalyses(u.db, u.unitId), u.db.members.where('unitId').equals(u.unitId).toArray(), facts(u)]),
      (u) => saveAnalysisText(u.db, u.unitId, u.members.find((m, i) => i >= 15 && m.kind === 'party')!.id, { problems: `问题${k++}`, roots: '根源', measures: '措施' }, ctx),
    ],
    [
      '边议边改',
      (u) => Promise.all([u.db.fixItems.where('unitId').equals(u.unitId).toArray(), facts(u)]),
      (u) => saveFixItem(u.db, u.unitId, { opinionIds: [], problem: `问题${k++}`, measure: '整改', ownerName: '张建国', deadline: '2005-09-30' }, ctx),
    ],
  ];
  const verdicts: string[] = [];
  try {
    for (const [name, open, save] of pages) {
      const [os, ob] = await interleaved([timed(() => stopwatch(() => open(small))), timed(() => stopwatch(() => open(big)))]);
      const saveAndRefresh = (u: BenchUnit) => timed(() => stopwatch(async () => { await save(u); await facts(u); }));
      const [ss, sb] = await interleaved([saveAndRefresh(small), saveAndRefresh(big)]);
      for (const [what, a, b] of [[`${name} open`, os, ob], [`${name} save + refresh`, ss, sb]] as const) {
        const r = b / a;
        console.log(`${what.padEnd(22)} ${SMALL}: ${a.toFixed(2).padStart(8)}  ${BIG}: ${b.toFixed(2).padStart(8)}  ×${r.toFixed(2)}  (target ≤ 2)`);
        verdicts.push(r <= 2 ? `ok: ${what} ×${r.toFixed(2)}` : `OVER: ${what} ×${r.toFixed(2)}`);
      }
    }
  } finally {
    await small.db.delete();
    await big.db.delete();
  }

  const models = Array.from({ length: BATCH }, (_, i) => ({ ...selfAnalysisExample, memberName: `成员${i}` }));
  let progress = 0;
  t0 = performance.now();
  const zip = await buildSelfAnalysisBatch(models, { onProgress: () => progress++ });
  const batch = performance.now() - t0;
  console.log(`batch export of ${BATCH} materials: ${(batch / 1000).toFixed(1)} s, ${(zip.length / 1024 / 1024).toFixed(1)} MiB, progress told ${progress} times`);
  const over = verdicts.filter((v) => v.startsWith('OVER'));
  console.log(over.length === 0 ? `VERDICT: every page as quick at ${BIG} as at ${SMALL} (${verdicts.join('; ')})` : `VERDICT: ${over.join('; ')}`);
}
