import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDb, type PytDb } from '../../renderer/db/db';
import { listAudit } from '../../renderer/db/repos/audit';
import { deleteEvaluation, evaluationOf, evaluationReportOf, saveEvaluation, saveEvaluationReport, sendEvaluationReport } from '../../renderer/db/repos/evaluation';
import { createUnit } from '../../renderer/db/repos/units';
import { loadEvaluationFacts } from '../../renderer/features/evaluation/facts';
import { defaultTemplate } from '@shared/campaign/defaultTemplate';
import { opinionResult, reportResult } from '@shared/evaluation/measures';
import { defaultReportDraft } from '@shared/evaluation/report';
import { MILD, SERIOUS, goodDraft, shortDraft } from '@shared/evaluation/testing';
import type { SpecialMeeting } from '@shared/meetings/types';
import { makeBureau } from '@shared/talks/testing';
import { UserError } from '@shared/util/result';

const template = defaultTemplate();
const ctx = { actor: '孙丽萍', now: '2005-09-28T09:00:00.000Z', today: '2005-09-28', template };
const open: PytDb[] = [];
const T = '2005-09-20T08:00:00.000Z';

async function setup() {
  const db = await openDb(`repos-evaluation-${crypto.randomUUID()}`);
  open.push(db);
  const unit = await createUnit(db, { name: '示例市经济局', orgName: '中共示例市经济局机关委员会', parentOrg: '', year: 2005, contact: '' }, ctx);
  const b = makeBureau();
  const mine = <R extends { unitId: string }>(rows: R[]) => rows.map((r) => ({ ...r, unitId: unit.id }));
  await db.branches.bulkAdd(mine(b.branches));
  await db.offices.bulkAdd(mine(b.offices));
  await db.members.bulkAdd(mine(b.members));
  return { db, unitId: unit.id };
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

function meeting(unitId: string, branchId: string, status: 'planned' | 'held', date: string): SpecialMeeting {
  return {
    id: `meeting-${branchId}-${status}`,
    unitId,
    kind: 'orgLife',
    branchId,
    status,
    date,
    place: '党员活动室',
    hostName: '孙丽萍',
    recorderName: '王伟',
    nonParty: [],
    higherNames: [],
    higherOrgs: [],
    supervisorNames: [],
    agenda: [],
    ...(status === 'held' ? { heldAt: `${date}T10:00:00.000Z` } : {}),
    createdAt: T,
    updatedAt: T,
  };
}

/** Refused with a Chinese message containing `text`, and nothing written. */
async function refused(db: PytDb, unitId: string, action: () => Promise<unknown>, text: string) {
  const before = [await db.evaluations.count(), await db.evaluationReports.count(), (await listAudit(db, unitId)).length];
  const e = await action().then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(UserError);
  expect((e as Error).message).toContain(text);
  expect([await db.evaluations.count(), await db.evaluationReports.count(), (await listAudit(db, unitId)).length]).toEqual(before);
}

const proposal = { distinctions: SERIOUS, proposal: 'notFulfilling' as const, facts: '连续一年不参加组织生活，不交党费。', help: '支部书记三次上门谈心，讲明党员义务。' };
const review = { ...defaultReportDraft('中共示例市经济局机关委员会', '2005-09-28'), supervisorReview: '经市委第三督导组审核，情况属实，同意上报。' };

describe('evaluation repository', () => {
  it('R-EVAL-OPINION: a member is evaluated only after the branch’s 专题组织生活会 is held, then the opinion is saved once per member with its audit entry', async () => {
    const { db, unitId } = await setup();
    await refused(db, unitId, () => saveEvaluation(db, unitId, goodDraft('wangwei'), ctx), '机关第一党支部的专题组织生活会还没有召开，开过会以后才能评议党员');
    await db.specialMeetings.add(meeting(unitId, 'b1', 'planned', '2005-09-22'));
    await refused(db, unitId, () => saveEvaluation(db, unitId, goodDraft('wangwei'), ctx), '还没有召开（已安排在2005年9月22日）');
    // Another branch's meeting does not open this one.
    await db.specialMeetings.add(meeting(unitId, 'b2', 'held', '2005-09-22'));
    await refused(db, unitId, () => saveEvaluation(db, unitId, goodDraft('wangwei'), ctx), '机关第一党支部的专题组织生活会还没有召开');

    await db.specialMeetings.add(meeting(unitId, 'b1', 'held', '2005-09-24'));
    await refused(db, unitId, () => saveEvaluation(db, unitId, goodDraft('wangwei', { decidedOn: '2005-09-23' }), ctx), '评议日期不能早于机关第一党支部专题组织生活会召开的日期（2005年9月24日）');
    const saved = await saveEvaluation(db, unitId, goodDraft('wangwei', { opinion: '  能够履行党员义务，符合党员条件。\u200b ' }), ctx);
    expect(saved).toMatchObject({ memberId: 'wangwei', fulfils: true, qualified: true, opinion: '能够履行党员义务，符合党员条件。', distinctions: {}, decidedOn: '2005-09-26' });
    expect((await listAudit(db, unitId, { limit: 1 }))[0]).toMatchObject({ action: 'evaluation.add', summary: '评议 王伟：履行党员义务，符合党员条件' });

    const again = await saveEvaluation(db, unitId, shortDraft('wangwei'), ctx);
    expect(again.id).toBe(saved.id);
    expect(await db.evaluations.count()).toBe(1);
    expect((await listAudit(db, unitId, { limit: 1 }))[0]).toMatchObject({
      action: 'evaluation.update',
      summary: '修改评议意见 王伟：没有履行党员义务，符合党员条件，限2005年12月31日前改进，帮助人孙丽萍',
    });
  });

  it('R-EVAL-OPINION: bad input is refused in Chinese and writes nothing', async () => {
    const { db, unitId } = await setup();
    await db.specialMeetings.add(meeting(unitId, 'b1', 'held', '2005-09-24'));
    await refused(db, unitId, () => saveEvaluation(db, unitId, goodDraft('qian'), ctx), '钱小红不是党员，党员评议只评议党员');
    await refused(db, unitId, () => saveEvaluation(db, unitId, goodDraft('nobody'), ctx), '这名党员不在本单位名册中');
    await refused(db, unitId, () => saveEvaluation(db, unitId, goodDraft('wangwei', { opinion: ' ' }), ctx), '请填写支部评议意见');
    await refused(db, unitId, () => saveEvaluation(db, unitId, goodDraft('wangwei', { opinion: '好'.repeat(501) }), ctx), '支部评议意见不能超过 500 个字');
    await refused(db, unitId, () => saveEvaluation(db, unitId, shortDraft('wangwei', { requirement: '', helperName: '' }), ctx), '请写明对这名党员的明确要求\n请指定帮助这名党员的同志');
    await refused(db, unitId, () => saveEvaluation(db, unitId, shortDraft('wangwei', { helperId: 'nobody' }), ctx), '所选帮助人不在本单位名册中');
    await refused(db, unitId, () => saveEvaluation(db, unitId, shortDraft('wangwei', { helperId: 'wangwei' }), ctx), '帮助人不能是这名党员本人');
    // A helper chosen from the roster is stored under the roster's name.
    // As the page sends it: the helper's id, and the name left to the roster.
    const e = await saveEvaluation(db, unitId, shortDraft('wangwei', { helperId: 'sun', helperName: '' }), ctx);
    expect(e).toMatchObject({ helperId: 'sun', helperName: '孙丽萍' });
  });

  it('R-EVAL-FIVE: a member cannot be said to fall short until the branch has gone through each of the five distinctions; a proposal needs a serious side', async () => {
    const { db, unitId } = await setup();
    await db.specialMeetings.add(meeting(unitId, 'b1', 'held', '2005-09-24'));
    await refused(db, unitId, () => saveEvaluation(db, unitId, shortDraft('wangwei', { distinctions: { understanding: 'mild' } }), ctx), '还有这几条没有判断：二、是年老体弱');
    await refused(db, unitId, () => saveEvaluation(db, unitId, shortDraft('wangwei', { ...proposal, distinctions: MILD }), ctx), '每一条都不属于后一种情况，应当教育帮助，不能拟定为不履行党员义务');
    const e = await saveEvaluation(db, unitId, shortDraft('wangwei', proposal), ctx);
    expect(e.distinctions).toEqual(SERIOUS);
    expect(e.proposal).toBe('notFulfilling');
  });

  it('R-EVAL-NOGRADE: the repository refuses a grade under the 2005 template and keeps it under a template copy that allows grades', async () => {
    const { db, unitId } = await setup();
    await db.specialMeetings.add(meeting(unitId, 'b1', 'held', '2005-09-24'));
    await refused(db, unitId, () => saveEvaluation(db, unitId, goodDraft('wangwei', { grade: 'excellent' }), ctx), '本次活动不确定党员格次');
    const graded = { ...ctx, template: { ...template, allowGrades: true } };
    const e = await saveEvaluation(db, unitId, goodDraft('wangwei', { grade: 'excellent' }), graded);
    expect(e.grade).toBe('excellent');
    expect((await listAudit(db, unitId, { limit: 1 }))[0].summary).toBe('评议 王伟：履行党员义务，符合党员条件，格次优秀');
  });

  it('one transaction: when the audit entry cannot be written, the opinion is not written either', async () => {
    const { db, unitId } = await setup();
    await db.specialMeetings.add(meeting(unitId, 'b1', 'held', '2005-09-24'));
    const spy = vi.spyOn(db.audit, 'add').mockRejectedValueOnce(new Error('磁盘已满'));
    await expect(saveEvaluation(db, unitId, goodDraft('wangwei'), ctx)).rejects.toThrow('磁盘已满');
    spy.mockRestore();
    expect(await db.evaluations.count()).toBe(0);
    expect(await evaluationOf(db, unitId, 'wangwei')).toBeUndefined();
  });

  it('R-EVAL-REPORT: the proposed are reported after the 督导组’s review, a later proposal is still to be reported, and the checklist follows', async () => {
    const { db, unitId } = await setup();
    for (const b of ['b1', 'b2', 'b3', 'retired']) await db.specialMeetings.add(meeting(unitId, b, 'held', '2005-09-24'));
    const party = (await db.members.where('[unitId+kind]').equals([unitId, 'party']).toArray()).map((m) => m.id);
    let f = await loadEvaluationFacts(db, unitId);
    expect(opinionResult(f)).toMatchObject({ done: false, progress: { done: 0, total: party.length } });

    for (const id of party) await saveEvaluation(db, unitId, id === 'wangwei' ? shortDraft(id, proposal) : goodDraft(id), ctx);
    f = await loadEvaluationFacts(db, unitId);
    expect(opinionResult(f)).toMatchObject({ done: true, detail: `${party.length} 名党员都已有支部评议意见，其中拟上报 1 人` });
    expect(reportResult(f)).toEqual({ done: false, detail: '拟上报 1 人，报告还没有报送组织部和活动办公室：王伟' });

    await saveEvaluationReport(db, unitId, { ...review, supervisorReview: '' }, ctx);
    await refused(db, unitId, () => sendEvaluationReport(db, unitId, { ...review, supervisorReview: '', sentOn: '2005-09-28' }, ctx), '报送前要请督导组把关，填写督导组审核意见');
    await refused(db, unitId, () => saveEvaluationReport(db, unitId, { ...review, recipients: '' }, ctx), '请填写主送单位');
    const sent = await sendEvaluationReport(db, unitId, { ...review, sentOn: '2005-09-28' }, ctx);
    expect(sent).toMatchObject({ recipients: '市委组织部、市先进性教育活动办公室', sentOn: '2005-09-28', memberIds: ['wangwei'] });
    expect(await db.evaluationReports.count()).toBe(1);
    expect((await listAudit(db, unitId, { limit: 1 }))[0].summary).toBe('2005年9月28日向市委组织部、市先进性教育活动办公室报送拟上报党员情况报告，共 1 人：王伟');
    expect(reportResult(await loadEvaluationFacts(db, unitId))).toEqual({ done: true, detail: '已于9月28日报送组织部和活动办公室，拟上报 1 人：王伟' });

    // Editing the text later keeps it sent; a member proposed after it went is named until sent again.
    expect(await saveEvaluationReport(db, unitId, { ...review, intro: '补充说明。' }, ctx)).toMatchObject({ sentOn: '2005-09-28', memberIds: ['wangwei'] });
    await saveEvaluation(db, unitId, shortDraft('huang', { ...proposal, qualified: false, proposal: 'notQualified' }), ctx);
    expect(reportResult(await loadEvaluationFacts(db, unitId))).toEqual({ done: false, detail: '1 名拟上报党员是报告送出后拟定的，还要补报：黄志明' });
    await refused(db, unitId, () => deleteEvaluation(db, unitId, 'wangwei', ctx), '王伟已在2005年9月28日上报，评议意见不能撤销');
    await sendEvaluationReport(db, unitId, { ...review, sentOn: '2005-09-28' }, ctx);
    expect(reportResult(await loadEvaluationFacts(db, unitId)).done).toBe(true);
    expect((await evaluationReportOf(db, unitId))?.memberIds.sort()).toEqual(['huang', 'wangwei']);
  });

  it('R-EVAL-REPORT: nobody proposed — nothing to send, and the item is met once everyone is evaluated', async () => {
    const { db, unitId } = await setup();
    await db.specialMeetings.add(meeting(unitId, 'b1', 'held', '2005-09-24'));
    await saveEvaluation(db, unitId, goodDraft('wangwei'), ctx);
    await refused(db, unitId, () => sendEvaluationReport(db, unitId, { ...review, sentOn: '2005-09-28' }, ctx), '没有拟定上报的党员，不需要报送');
    await deleteEvaluation(db, unitId, 'wangwei', ctx);
    expect(await db.evaluations.count()).toBe(0);
    expect((await listAudit(db, unitId, { limit: 1 }))[0]).toMatchObject({ action: 'evaluation.delete', summary: '撤销 王伟 的评议意见' });
  });
});
