import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type PytDb } from '../../renderer/db/db';
import { listAudit } from '../../renderer/db/repos/audit';
import {
  changeThreshold,
  extendSchedule,
  recordAcceptance,
  removePlanAction,
  saveMeeting,
  savePlanAction,
  setSchedule,
  setTick,
  transitionPlanReview,
} from '../../renderer/db/repos/campaign';
import { loadSnapshot } from '../../renderer/db/repos/snapshot';
import { createUnit } from '../../renderer/db/repos/units';
import { defaultTemplate } from '@shared/campaign/defaultTemplate';
import { canEnterStage } from '@shared/campaign/gates';
import { mobilisationStatus } from '@shared/campaign/mobilise';
import { UserError } from '@shared/util/result';

const template = defaultTemplate();
const open: PytDb[] = [];
const ctx = { actor: '张书记', now: '2005-09-02T09:00:00.000Z', today: '2005-09-02', template };
async function setup() {
  const db = await openDb(`repos-campaign-${crypto.randomUUID()}`);
  open.push(db);
  const draft = { name: '示例市财政局', orgName: '中共示例市财政局机关委员会', parentOrg: '', year: 2005, contact: '' };
  const unit = await createUnit(db, draft, { ...ctx, template });
  return { db, unitId: unit.id };
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});
const snap = (db: PytDb, unitId: string) => loadSnapshot(db, unitId, template);
const lastAudit = async (db: PytDb, unitId: string) => (await listAudit(db, unitId, { limit: 1 }))[0];

describe('campaign repository', () => {
  it('R-STAGE-LOOKBACK: a passed acceptance of stage 1 opens 分析评议; a failed one keeps it locked', async () => {
    const { db, unitId } = await setup();
    expect(canEnterStage(await snap(db, unitId), 'analysis').ok).toBe(false);
    const input = { stageId: 'study', supervisor: '刘督导', date: '2005-09-01', opinion: '回头看认真，同意转段', passed: true };
    await recordAcceptance(db, unitId, { ...input, passed: false, opinion: '学习笔记不全，补课' }, ctx);
    expect(canEnterStage(await snap(db, unitId), 'analysis').ok).toBe(false);
    await recordAcceptance(db, unitId, { ...input, date: '2005-09-02' }, ctx);
    expect(canEnterStage(await snap(db, unitId), 'analysis')).toEqual({ ok: true });
    expect(await lastAudit(db, unitId)).toMatchObject({ action: 'acceptance.record', summary: expect.stringContaining('验收合格') });
  });

  it('R-STAGE-ACCEPT: refuses an acceptance without supervisor or dated after today, writing nothing', async () => {
    const { db, unitId } = await setup();
    const bad = { stageId: 'study', supervisor: ' ', date: '2005-09-09', opinion: '', passed: true };
    await expect(recordAcceptance(db, unitId, bad, ctx)).rejects.toThrow('督导组同志姓名');
    await expect(recordAcceptance(db, unitId, { ...bad, stageId: 'nope' }, ctx)).rejects.toThrow(UserError);
    expect(await db.acceptances.count()).toBe(0);
  });

  it('R-STAGE-SCHEDULE: edits and extends a schedule; an extension needs a reason', async () => {
    const { db, unitId } = await setup();
    await setSchedule(db, unitId, { stageId: 'analysis', start: '2005-09-05', due: '2005-09-30' }, ctx);
    await expect(setSchedule(db, unitId, { stageId: 'analysis', start: '2005-10-05', due: '2005-09-30' }, ctx)).rejects.toThrow(UserError);
    await expect(extendSchedule(db, unitId, 'analysis', '2005-10-10', ' ', ctx)).rejects.toThrow('理由');
    const s = await extendSchedule(db, unitId, 'analysis', '2005-10-10', '谈心尚未全覆盖', ctx);
    expect(s).toMatchObject({ start: '2005-09-05', due: '2005-09-30', extendedDue: '2005-10-10', extensionReason: '谈心尚未全覆盖' });
    expect((await snap(db, unitId)).schedules.find((x) => x.stageId === 'analysis')).toEqual(s);
    expect(await lastAudit(db, unitId)).toMatchObject({ action: 'schedule.extend' });
  });

  it('ticks a hand-checked item and refuses a computed one', async () => {
    const { db, unitId } = await setup();
    await setTick(db, unitId, 'transition.briefing', { done: true, note: '9月2日党委会' }, ctx);
    expect((await snap(db, unitId)).ticks).toEqual([
      { unitId, itemId: 'transition.briefing', done: true, by: '张书记', at: ctx.now, note: '9月2日党委会' },
    ]);
    await expect(setTick(db, unitId, 'transition.mobilise', { done: true }, ctx)).rejects.toThrow('自动判断');
    await expect(setTick(db, unitId, 'no.such', { done: true }, ctx)).rejects.toThrow(UserError);
  });

  it('R-STAGE-PLAN: removePlanAction refuses a 规定动作 and removes a 自选动作', async () => {
    const { db, unitId } = await setup();
    const mandatory = (await snap(db, unitId)).planActions[0];
    await expect(removePlanAction(db, unitId, mandatory.id, ctx)).rejects.toThrow('规定动作不能删除或简化');
    await expect(savePlanAction(db, unitId, { ...mandatory, title: '开个会' }, ctx)).rejects.toThrow('不能改名');
    const own = await savePlanAction(db, unitId, { stageId: 'analysis', title: '走访困难党员', description: '每名班子成员走访两户', due: '2005-09-12' }, ctx);
    expect(own).toMatchObject({ mandatory: false, order: mandatory.order + template.planActions.filter((a) => a.stageId === 'analysis').length });
    await expect(savePlanAction(db, unitId, { ...own, due: '2005-12-01' }, ctx)).rejects.toThrow('不在本阶段时间安排内');
    await removePlanAction(db, unitId, own.id, ctx);
    expect((await snap(db, unitId)).planActions.some((a) => a.id === own.id)).toBe(false);
    expect(await db.planActions.get(mandatory.id)).toBeDefined();
  });

  it('R-STAGE-PLAN: submit, approve, then an edit sends the plan back to 草稿', async () => {
    const { db, unitId } = await setup();
    await transitionPlanReview(db, unitId, 'analysis', 'submit', ctx);
    await expect(transitionPlanReview(db, unitId, 'analysis', 'submit', ctx)).rejects.toThrow(UserError);
    const approved = await transitionPlanReview(db, unitId, 'analysis', 'approve', { ...ctx, actor: '刘督导', note: '同意' });
    expect(approved.state).toBe('approved');
    await savePlanAction(db, unitId, { stageId: 'analysis', title: '开设意见热线', description: '专人接听并登记', due: '2005-09-10' }, ctx);
    const review = (await snap(db, unitId)).planReviews[0];
    expect(review.state).toBe('draft');
    expect(review.history.map((h) => h.state)).toEqual(['draft', 'submitted', 'approved', 'draft']);
    const actions = (await listAudit(db, unitId)).map((a) => a.action);
    expect(actions.slice(0, 2)).toEqual(['planReview.edit', 'planAction.create']);
  });

  it('R-STAGE-MOBILISE: the saved mobilisation meeting satisfies the deadline', async () => {
    const { db, unitId } = await setup();
    await expect(saveMeeting(db, unitId, { kind: 'mobilise', date: '2005-09-03', place: '', host: '', supervisorsPresent: [] }, ctx)).rejects.toThrow('请填写会议地点');
    const m = await saveMeeting(db, unitId, {
      kind: 'mobilise', date: '2005-09-03', place: '机关三楼会议室', host: '张书记', speaker: '陈局长',
      keyStaffTrained: true, supervisorsPresent: ['刘督导', ' '],
    }, ctx);
    expect(m.supervisorsPresent).toEqual(['刘督导']);
    expect(mobilisationStatus(await snap(db, unitId), '2005-09-05').state).toBe('done');
    const edited = await saveMeeting(db, unitId, { ...m, notes: '全体党员参加' }, { ...ctx, now: '2005-09-04T08:00:00.000Z' });
    expect(edited).toMatchObject({ id: m.id, createdAt: m.createdAt, notes: '全体党员参加' });
    expect(await db.meetings.count()).toBe(1);
  });

  it('changeThreshold records the override, the change and the audit entry together', async () => {
    const { db, unitId } = await setup();
    await expect(changeThreshold(db, unitId, 'satisfactionRate', 0.8, '', ctx)).rejects.toThrow('依据');
    const c = await changeThreshold(db, unitId, 'satisfactionRate', 0.8, '市委办〔2005〕12号', ctx);
    expect(c).toMatchObject({ key: 'satisfactionRate', from: template.thresholds.satisfactionRate.value, to: 0.8, by: '张书记' });
    const s = await snap(db, unitId);
    expect(s.thresholdOverrides).toEqual({ satisfactionRate: 0.8 });
    expect(await db.thresholdChanges.where('unitId').equals(unitId).toArray()).toEqual([c]);
    expect(await lastAudit(db, unitId)).toMatchObject({ action: 'threshold.change', summary: expect.stringContaining('80%') });
    const again = await changeThreshold(db, unitId, 'satisfactionRate', 0.75, '复核后调整', ctx);
    expect(again.from).toBe(0.8);
  });
});
