import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type PytDb } from '../../renderer/db/db';
import { listAudit } from '../../renderer/db/repos/audit';
import { changeThreshold } from '../../renderer/db/repos/thresholds';
import {
  confirmGateCondition,
  deleteSpecialMeeting,
  holdSpecialMeeting,
  meetingGateNow,
  planSpecialMeeting,
  saveAttendance,
  saveConclusions,
  saveTurn,
} from '../../renderer/db/repos/specialMeetings';
import { createUnit } from '../../renderer/db/repos/units';
import { loadMeetingFacts } from '../../renderer/features/meetings/facts';
import { defaultTemplate } from '@shared/campaign/defaultTemplate';
import { MEASURES } from '@shared/campaign/measures';
import type { Analysis } from '@shared/analysis/types';
import { meetingScope } from '@shared/meetings/scope';
import type { MeetingPlanInput } from '@shared/meetings/validate';
import { REQUIRED_CATEGORIES, REQUIRED_SOURCES } from '@shared/opinions/coverage';
import type { Opinion } from '@shared/opinions/types';
import { requiredTalkPairs } from '@shared/talks/pairs';
import { makeBureau } from '@shared/talks/testing';
import type { Talk } from '@shared/talks/types';
import { UserError } from '@shared/util/result';

const template = defaultTemplate();
const ctx = { actor: '孙丽萍', now: '2005-09-22T09:00:00.000Z', today: '2005-09-22', template };
const open: PytDb[] = [];

/** The bureau with every talk done, an opinion about everyone, every material approved. */
async function setup() {
  const db = await openDb(`repos-meetings-${crypto.randomUUID()}`);
  open.push(db);
  const unit = await createUnit(db, { name: '示例市经济局', orgName: '中共示例市经济局机关委员会', parentOrg: '', year: 2005, contact: '' }, ctx);
  const b = makeBureau();
  const unitId = unit.id;
  const mine = <T extends { unitId: string }>(rows: T[]) => rows.map((r) => ({ ...r, unitId }));
  await db.branches.bulkAdd(mine(b.branches));
  await db.offices.bulkAdd(mine(b.offices));
  await db.members.bulkAdd(mine(b.members));
  const party = b.members.filter((m) => m.kind === 'party');
  const T = ctx.now;
  await db.analyses.bulkAdd(
    party.map((m): Analysis => ({ id: `a-${m.id}`, unitId, memberId: m.id, mode: 'self', state: 'approved', version: 1, createdAt: T, updatedAt: T })),
  );
  await db.talks.bulkAdd(
    requiredTalkPairs(b.members, b.offices, b.branches).map(
      (p, i): Talk => ({ id: `t-${i}`, unitId, aId: p.aId, bId: p.bId, reasons: p.reasons, status: 'done', date: '2005-09-10', doneOn: '2005-09-10', createdAt: T, updatedAt: T }),
    ),
  );
  const opinion = (i: number, over: Partial<Opinion>): Opinion => ({
    id: `o-${i}`,
    unitId,
    text: '希望多下基层',
    channel: 'talk',
    source: 'masses',
    target: 'organisation',
    category: 'work',
    date: '2005-09-05',
    anonymous: true,
    fromStage1: false,
    createdAt: T,
    ...over,
  });
  const cells = (['organisation', 'leadership', 'member'] as const).flatMap((target) => REQUIRED_CATEGORIES.flatMap((category) => REQUIRED_SOURCES.map((source) => ({ target, category, source }))));
  await db.opinions.bulkAdd([
    ...cells.map((c, i) => opinion(i, { ...c, ...(c.target === 'member' ? { targetMemberId: party[i % party.length].id } : {}) })),
    ...party.map((m, i) => opinion(100 + i, { target: 'member', targetMemberId: m.id })),
  ]);
  return { db, unitId, bureau: b };
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const plan: MeetingPlanInput = {
  date: '2005-09-22',
  time: '08:30',
  place: '三楼会议室',
  hostId: 'sun',
  hostName: '孙丽萍',
  recorderName: '王伟',
  nonParty: ['钱小红'],
  higher: [{ name: '高建华', org: '市直机关工委' }],
  supervisors: [],
  agenda: ['党员逐一作党性分析', '开展批评与自我批评'],
};
const B1 = ['chen', 'wang', 'zhao', 'sun', 'wangwei', 'jiang', 'huang'];
const allPresent = B1.map((memberId) => ({ memberId, present: true }));

async function refused(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(UserError);
  return (e as Error).message;
}

describe('special meetings repository', () => {
  it('R-MEET-SIX: 召开 is refused while the gate is shut, naming each unmet condition, and nothing is written', async () => {
    const { db, unitId } = await setup();
    const m = await planSpecialMeeting(db, unitId, { kind: 'orgLife', branchId: 'b1' }, plan, ctx);
    const before = (await listAudit(db, unitId)).length;
    const msg = await refused(holdSpecialMeeting(db, unitId, m.id, '2005-09-22', ctx));
    expect(msg.split('\n')).toEqual([
      '“六个不开”还有 5 项没有达到，会议不能召开：',
      '1. 征求意见深入：督导组还没有确认征求意见深入',
      '2. 谈心广泛：督导组还没有确认谈心广泛',
      '4. 参会党员达到规定数量：还没有登记到会情况（应到 7 人，至少 6 人到会）',
      '5. 书记能够参加：支部书记孙丽萍还没有登记到会',
      '6. 上级党组织和督导组的同志到会：还没有督导组的同志参加',
    ]);
    expect(await db.specialMeetings.get(m.id)).toMatchObject({ status: 'planned' });
    expect(await listAudit(db, unitId)).toHaveLength(before);

    // Fixed one action at a time, each one transaction with one audit entry; then it opens.
    await saveAttendance(db, unitId, m.id, allPresent, ctx);
    await confirmGateCondition(db, unitId, m.id, 'opinions', { by: '刘督导', on: '2005-09-21' }, ctx);
    await confirmGateCondition(db, unitId, m.id, 'talks', { by: '刘督导', on: '2005-09-21' }, ctx);
    await planSpecialMeeting(db, unitId, { kind: 'orgLife' }, { ...plan, supervisors: ['刘督导'] }, ctx, m.id);
    expect((await listAudit(db, unitId)).length).toBe(before + 4);
    expect((await meetingGateNow(db, unitId, (await db.specialMeetings.get(m.id))!, template)).gate).toEqual({ ok: true });
    const held = await holdSpecialMeeting(db, unitId, m.id, '2005-09-22', ctx);
    expect(held).toMatchObject({ status: 'held', date: '2005-09-22', heldAt: ctx.now });
    expect((await listAudit(db, unitId, { limit: 1 }))[0]).toMatchObject({
      action: 'specialMeeting.hold',
      summary: '机关第一党支部专题组织生活会于2005年9月22日召开（“六个不开”各项均已达到）',
    });
  });

  it('R-MEET-SIX: the material condition reads the records at the moment of 召开, and the quorum follows the unit\'s own ratio', async () => {
    const { db, unitId } = await setup();
    const m = await planSpecialMeeting(db, unitId, { kind: 'orgLife', branchId: 'b1' }, { ...plan, supervisors: ['刘督导'] }, ctx);
    for (const c of ['opinions', 'talks'] as const) await confirmGateCondition(db, unitId, m.id, c, { by: '刘督导', on: '2005-09-21' }, ctx);
    const absent = ['jiang', 'huang'];
    await saveAttendance(db, unitId, m.id, B1.map((id) => (absent.includes(id) ? { memberId: id, present: false, absentReason: '外出' } : { memberId: id, present: true })), ctx);
    await db.analyses.update('a-huang', { state: 'submitted' });
    const msg = await refused(holdSpecialMeeting(db, unitId, m.id, '2005-09-22', ctx));
    expect(msg).toContain('3. 党性分析材料达到要求：机关第一党支部 1 名党员的党性分析材料未审阅通过：黄志明');
    expect(msg).toContain('4. 参会党员达到规定数量：实到 5 人，不到应到 7 人的 80%（至少 6 人）；缺席：黄志明（外出）、蒋卫东（外出）');
    await db.analyses.update('a-huang', { state: 'approved' });
    await changeThreshold(db, unitId, 'meetingAttendanceRatio', 0.7, '市委文件调整', ctx);
    expect(await holdSpecialMeeting(db, unitId, m.id, '2005-09-22', ctx)).toMatchObject({ status: 'held' });
  });

  it('R-MEET-SIX: a held meeting keeps its quorum: an attendance change that breaks it is refused and the old attendance stays', async () => {
    const { db, unitId } = await setup();
    const m = await planSpecialMeeting(db, unitId, { kind: 'orgLife', branchId: 'b1' }, { ...plan, supervisors: ['刘督导'] }, ctx);
    for (const c of ['opinions', 'talks'] as const) await confirmGateCondition(db, unitId, m.id, c, { by: '刘督导', on: '2005-09-21' }, ctx);
    await saveAttendance(db, unitId, m.id, allPresent, ctx);
    await holdSpecialMeeting(db, unitId, m.id, '2005-09-22', ctx);
    const msg = await refused(saveAttendance(db, unitId, m.id, B1.map((id) => ({ memberId: id, present: id === 'sun', ...(id === 'sun' ? {} : { absentReason: '出差' }) })), ctx));
    expect(msg).toContain('会议已经召开，这样修改后到会情况不再符合“六个不开”的要求');
    expect(await db.meetingAttendance.where('[unitId+meetingId]').equals([unitId, m.id]).filter((a) => a.present).count()).toBe(7);
    expect(await refused(planSpecialMeeting(db, unitId, { kind: 'orgLife' }, { ...plan, supervisors: [] }, ctx, m.id))).toContain('还没有督导组的同志参加');
    expect(await refused(confirmGateCondition(db, unitId, m.id, 'talks', { by: '刘督导', on: '2005-09-22' }, ctx))).toBe('会议已经召开，不能再改督导组的确认');
    expect(await refused(deleteSpecialMeeting(db, unitId, m.id, ctx))).toBe('会议已经召开，不能删除');
  });

  it('refuses bad plans and attendance in Chinese and writes nothing', async () => {
    const { db, unitId } = await setup();
    const before = (await listAudit(db, unitId)).length;
    expect(await refused(planSpecialMeeting(db, unitId, { kind: 'orgLife', branchId: 'b1' }, { ...plan, place: ' ', hostName: '' }, ctx))).toBe('请填写会议地点\n请填写主持人');
    expect(await refused(planSpecialMeeting(db, unitId, { kind: 'orgLife', branchId: 'b1' }, { ...plan, higher: [{ name: '高建华', org: '' }] }, ctx))).toBe('上级党组织参加人员高建华要写明所在单位');
    const m = await planSpecialMeeting(db, unitId, { kind: 'orgLife', branchId: 'b1' }, plan, ctx);
    expect(await refused(planSpecialMeeting(db, unitId, { kind: 'orgLife', branchId: 'b1' }, plan, ctx))).toBe('机关第一党支部已经安排了专题组织生活会，请打开它修改');
    await planSpecialMeeting(db, unitId, { kind: 'democraticLife' }, { ...plan, hostId: 'chen', hostName: '陈国栋' }, ctx);
    expect(await refused(planSpecialMeeting(db, unitId, { kind: 'democraticLife' }, plan, ctx))).toBe('已经安排了领导班子专题民主生活会，请打开它修改');
    expect(await refused(saveAttendance(db, unitId, m.id, [{ memberId: 'sun', present: false }], ctx))).toBe('缺席要写明原因：孙丽萍');
    expect(await refused(saveAttendance(db, unitId, m.id, [{ memberId: 'li', present: true }], ctx))).toBe('这些人不是机关第一党支部专题组织生活会的应到人员：李秀英');
    expect(await refused(confirmGateCondition(db, unitId, m.id, 'opinions', { by: '刘督导', on: '2005-09-30' }, ctx))).toBe('确认的日期不能晚于今天');
    expect(await refused(holdSpecialMeeting(db, unitId, m.id, '2005-09-25', ctx))).toBe('召开日期2005年9月25日还没到，会议开过后再登记');
    expect(await db.meetingAttendance.count()).toBe(0);
    expect(await db.meetingGateChecks.count()).toBe(0);
    expect((await listAudit(db, unitId)).length).toBe(before + 2);
  });

  it('R-EVAL-COVER and R-MEET-CONDUCT: turns are recorded after 召开, in person only for those present; the checklist names who is missing', async () => {
    const { db, unitId, bureau } = await setup();
    const m = await planSpecialMeeting(db, unitId, { kind: 'orgLife', branchId: 'b1' }, { ...plan, supervisors: ['刘督导'] }, ctx);
    await saveAttendance(db, unitId, m.id, B1.map((id) => (id === 'jiang' ? { memberId: id, present: false, absentReason: '援疆挂职' } : { memberId: id, present: true })), ctx);
    const turn = (memberId: string, presentation: 'inPerson' | 'oral' | 'written') => ({ memberId, presentation, analysis: '理论学习不够', criticisms: [{ from: '孙丽萍', text: '调研少' }] });
    expect(await refused(saveTurn(db, unitId, m.id, turn('sun', 'inPerson'), ctx))).toBe('会议召开后再记录发言');
    for (const c of ['opinions', 'talks'] as const) await confirmGateCondition(db, unitId, m.id, c, { by: '刘督导', on: '2005-09-21' }, ctx);
    await holdSpecialMeeting(db, unitId, m.id, '2005-09-22', ctx);
    expect(await refused(saveTurn(db, unitId, m.id, turn('jiang', 'inPerson'), ctx))).toBe('蒋卫东没有登记到会，不能记为“到会作党性分析”：外出或缺席的党员可以书面提交');
    expect(await refused(saveTurn(db, unitId, m.id, turn('li', 'inPerson'), ctx))).toBe('李秀英不是机关第一党支部专题组织生活会的应到人员');
    expect(await refused(saveTurn(db, unitId, m.id, { ...turn('sun', 'inPerson'), criticisms: [{ from: '', text: '调研少' }] }, ctx))).toBe('第 1 条批评意见要写明提出人');
    const first = await saveTurn(db, unitId, m.id, turn('sun', 'inPerson'), ctx);
    expect(first).toMatchObject({ order: 1, criticFrom: ['孙丽萍'], criticisms: ['调研少'] });
    expect(await refused(saveTurn(db, unitId, m.id, turn('sun', 'oral'), ctx))).toBe('孙丽萍的发言已经记录过，请打开修改');
    await saveTurn(db, unitId, m.id, turn('jiang', 'written'), ctx);
    await saveConclusions(db, unitId, m.id, '意见纳入整改台账', ctx);

    const facts = await loadMeetingFacts(db, unitId);
    const cover = MEASURES['evaluation.cover'].compute({} as never, { meetings: facts }, ctx.today);
    expect(cover.done).toBe(false);
    expect(cover.detail).toBe('15 名党员的党性分析还没有在支部会上作出（到会、口头或书面）：陈国栋、邓红梅、黄志明、李秀英、刘芳、沈玉珍（外出）、王建华、王伟（办公室科员）、王伟（运行科副科长）、吴德厚等 15 人');
    const conduct = MEASURES['meetings.orgLife'].compute({} as never, { meetings: facts }, ctx.today);
    expect(conduct.detail).toBe(
      '机关第一党支部：5 名到会党员还没有记录党性分析发言：陈国栋、黄志明、王建华、王伟（办公室科员）、赵文斌；机关第二党支部专题组织生活会还没有安排；机关第三党支部专题组织生活会还没有安排；离退休党支部专题组织生活会还没有安排',
    );
    // Every present member of the branch presents: the branch's line goes.
    for (const id of meetingScope(m, bureau.members).map((p) => p.id).filter((id) => id !== 'sun' && id !== 'jiang')) await saveTurn(db, unitId, m.id, turn(id, 'inPerson'), ctx);
    const after = MEASURES['meetings.orgLife'].compute({} as never, { meetings: await loadMeetingFacts(db, unitId) }, ctx.today);
    expect(after.detail.startsWith('机关第二党支部')).toBe(true);
  });
});
