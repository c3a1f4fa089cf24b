/**
 * A small unit, as a backup file to restore, for the special meetings' e2e: two branches, a
 * leadership of two, every required talk done, an opinion about every party member and every
 * cell of the register filled, every material approved but 赵刚's (submitted: the e2e approves it
 * on the analysis page). Built from the app's own declarations and checked the way a restore
 * checks it, so a change of the rules shows here first.
 *
 * Run by tsx (`npx tsx test/e2e/pages/meetingsFixture.ts` prints the file as base64): the shared
 * code it uses imports the template JSON, which Playwright's own loader cannot import.
 */
import { pathToFileURL } from 'node:url';
import { buildUnitBackup, decodeBackup, encodeBackup } from '../../../shared/backup/format';
import { defaultTemplate } from '../../../shared/campaign/defaultTemplate';
import { initialPlanActions } from '../../../shared/campaign/plan';
import { defaultSchedules } from '../../../shared/campaign/schedule';
import type { PlanReview } from '../../../shared/campaign/types';
import type { Analysis, AnalysisStep, AnalysisVersion } from '../../../shared/analysis/types';
import type { Branch, Member } from '../../../shared/members/types';
import { REQUIRED_CATEGORIES, REQUIRED_SOURCES } from '../../../shared/opinions/coverage';
import type { Opinion } from '../../../shared/opinions/types';
import { requiredTalkPairs } from '../../../shared/talks/pairs';
import type { Talk } from '../../../shared/talks/types';
import type { Unit } from '../../../shared/units/types';

export const FIXTURE_TODAY = '2005-09-20';
const T = '2005-09-12T09:00:00.000+08:00';
const UNIT_ID = 'meetings-e2e-unit';

const person = (id: string, name: string, over: Partial<Member>): Member => ({
  id,
  unitId: UNIT_ID,
  kind: 'party',
  name,
  gender: '男',
  birth: '1965-05',
  joinedParty: '1990-07',
  partyStatus: 'full',
  roles: [],
  oversees: [],
  employment: 'working',
  frail: false,
  cannotWrite: false,
  away: null,
  createdAt: T,
  updatedAt: T,
  ...over,
});

export function meetingsBackupBytes(): Uint8Array {
  const template = defaultTemplate();
  const unit: Unit = {
    id: UNIT_ID,
    name: '某市农业局',
    orgName: '中共某市农业局机关委员会',
    parentOrg: '中共某市直属机关工作委员会',
    year: 2005,
    contact: '王芳',
    templateId: template.id,
    templateVersion: template.version,
    isDemo: false,
    createdAt: T,
    updatedAt: T,
  };
  const branches: Branch[] = [
    { id: 'b1', unitId: UNIT_ID, name: '机关第一党支部', order: 1 },
    { id: 'b2', unitId: UNIT_ID, name: '机关第二党支部', order: 2 },
  ];
  const members: Member[] = [
    person('chen', '陈国强', { branchId: 'b1', roles: ['unitHead', 'partyGroupSecretary', 'leaderCadre'], post: '局长、党组书记', birth: '1956-03' }),
    person('wangfang', '王芳', { branchId: 'b1', roles: ['branchSecretary'], post: '办公室主任', gender: '女' }),
    person('zhaogang', '赵刚', { branchId: 'b1', post: '财务科科长' }),
    person('qian', '钱德福', { branchId: 'b1', post: '退休干部', birth: '1935-02', joinedParty: '1956-07', employment: 'retired', frail: true, education: 'primary' }),
    person('sunhai', '孙海', { branchId: 'b1', post: '科员', birth: '1978-09', joinedParty: '2001-07', away: { place: '广东省深圳市（外出务工）', contact: '13800000000' } }),
    person('liming', '李明', { branchId: 'b2', roles: ['teamMember', 'leaderCadre'], post: '副局长' }),
    person('zhouhua', '周华', { branchId: 'b2', roles: ['branchSecretary'], post: '农技科科长', gender: '女' }),
    person('wumin', '吴敏', { branchId: 'b2', post: '农技科科员', gender: '女' }),
    person('zheng', '郑秀英', { kind: 'masses', post: '群众代表', gender: '女', joinedParty: undefined, partyStatus: undefined }),
    person('feng', '冯建国', { kind: 'client', post: '种粮大户', joinedParty: undefined, partyStatus: undefined }),
  ].map((m) => Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined)) as Member);
  const party = members.filter((m) => m.kind === 'party');

  const talks: Talk[] = requiredTalkPairs(members, [], branches).map((p, i) => ({
    id: `talk-${i}`,
    unitId: UNIT_ID,
    aId: p.aId,
    bId: p.bId,
    reasons: p.reasons,
    status: 'done',
    date: '2005-09-10',
    doneOn: '2005-09-10',
    note: '交流了思想，交换了意见',
    createdAt: T,
    updatedAt: T,
  }));

  const opinion = (i: number, over: Partial<Opinion>): Opinion => ({
    id: `op-${i}`,
    unitId: UNIT_ID,
    text: '希望多深入基层，多听群众意见',
    channel: (['talk', 'box', 'form'] as const)[i % 3],
    source: 'masses',
    target: 'organisation',
    category: 'work',
    date: '2005-09-06',
    anonymous: true,
    fromStage1: false,
    createdAt: T,
    ...over,
  });
  const cells = (['organisation', 'leadership', 'member'] as const).flatMap((target) => REQUIRED_CATEGORIES.flatMap((category) => REQUIRED_SOURCES.map((source) => ({ target, category, source }))));
  const opinions: Opinion[] = [
    ...cells.map((c, i) => opinion(i, { ...c, ...(c.target === 'member' ? { targetMemberId: party[i % party.length].id } : {}) })),
    ...party.map((m, i) => opinion(100 + i, { target: 'member', targetMemberId: m.id, category: 'style' })),
  ];

  const analyses: Analysis[] = [];
  const analysisVersions: AnalysisVersion[] = [];
  const analysisSteps: AnalysisStep[] = [];
  for (const m of party) {
    const state = m.id === 'zhaogang' ? 'submitted' : 'approved';
    const id = `an-${m.id}`;
    analyses.push({
      id,
      unitId: UNIT_ID,
      memberId: m.id,
      mode: m.frail ? 'dictated' : 'self',
      ...(m.frail ? { recorderId: 'wangfang' } : {}),
      state,
      version: 1,
      ...(m.away ? { receivedOn: '2005-09-12', receivedWay: 'post' as const } : {}),
      createdAt: T,
      updatedAt: T,
    });
    analysisVersions.push({
      id: `${id}-v1`,
      unitId: UNIT_ID,
      analysisId: id,
      version: 1,
      problems: '理论学习不够系统，深入基层调研不够。',
      roots: '主观上放松了世界观改造。',
      measures: '每月深入基层不少于两次。',
      by: '王芳',
      savedAt: T,
    });
    const step = (event: 'submit' | 'approve', order: number): AnalysisStep => ({ id: `${id}-${event}`, unitId: UNIT_ID, analysisId: id, event, version: 1, reasons: [], by: '王芳', at: T, order });
    analysisSteps.push(step('submit', 1));
    if (state === 'approved') analysisSteps.push(step('approve', 2));
  }

  const stageId = template.focusStageId;
  let n = 0;
  const planReview: PlanReview = { unitId: UNIT_ID, stageId, state: 'draft', history: [{ state: 'draft', at: T, by: '王芳' }] };
  const backup = buildUnitBackup({
    unit,
    records: {
      branches,
      members,
      schedules: defaultSchedules(template, UNIT_ID, 2005),
      planActions: initialPlanActions(template, UNIT_ID, stageId, 2005, () => `pa-${n++}`),
      planReviews: [planReview],
      opinions,
      talks,
      analyses,
      analysisVersions,
      analysisSteps,
    } as never,
    appVersion: '0.1.0',
    exportedAt: `${FIXTURE_TODAY}T08:00:00.000+08:00`,
  });
  const bytes = encodeBackup(backup);
  const check = decodeBackup(bytes);
  if (!check.ok) throw new Error(`the meetings fixture does not restore: ${check.error.join('；')}`);
  return bytes;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(Buffer.from(meetingsBackupBytes()).toString('base64'));
}
