import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { openDb, type PytDb } from '../../renderer/db/db';
import { loadUnitFacts } from '../../renderer/app/facts';
import { listAudit } from '../../renderer/db/repos/audit';
import { exportUnitBackup, restoreUnitBackup } from '../../renderer/db/repos/backup';
import { saveBranch, saveMember } from '../../renderer/db/repos/members';
import { getSelfCheck, markSelfCheckReady, markSelfCheckReported, saveSelfCheck } from '../../renderer/db/repos/selfcheck';
import { createUnit } from '../../renderer/db/repos/units';
import { loadLaterFacts } from '../../renderer/features/selfcheck/laterFacts';
import { defaultTemplate } from '@shared/campaign/defaultTemplate';
import { MEASURES } from '@shared/campaign/measures';
import { makeSnapshot } from '@shared/campaign/testing';
import { buildSelfCheckReport } from '@shared/documents';
import type { MemberDraft } from '@shared/members/types';
import { meetingAttendanceRecord, meetingTurnRecord, specialMeetingRecord } from '@shared/meetings/schema';
import { noticeRecord } from '@shared/notices/schema';
import { selfCheckBackupProblems } from '@shared/selfcheck/backupRules';
import { draftAssessments } from '@shared/selfcheck/drafts';
import { flattenFigures, measuredFigures, type Figures } from '@shared/selfcheck/figures';
import { SELF_CHECK_POINTS, type SelfCheckPoint } from '@shared/selfcheck/points';
import { selfCheckReportModel } from '@shared/selfcheck/reportModel';
import { selfCheckRecord } from '@shared/selfcheck/schema';
import { sourcesFrom } from '@shared/selfcheck/stage';
import { surveyRoundRecord } from '@shared/survey/schema';
import type { SelfCheckDraft } from '@shared/selfcheck/validate';
import { UserError } from '@shared/util/result';

const template = defaultTemplate();
const stageId = template.focusStageId;
const open: PytDb[] = [];
const ctx = { actor: '张书记', now: '2005-09-28T09:00:00.000Z', today: '2005-09-28', template };
const T = ctx.now;

const person = (name: string, extra: Partial<MemberDraft> = {}): MemberDraft => ({
  kind: 'party', name, roles: [], oversees: [], employment: 'working', frail: false, cannotWrite: false, away: null, ...extra,
});

afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

async function setup() {
  const db = await openDb(`repos-selfcheck-${crypto.randomUUID()}`);
  open.push(db);
  const unit = await createUnit(db, { name: '示例市财政局', orgName: '中共示例市财政局机关委员会', parentOrg: '中共示例市直属机关工委', year: 2005, contact: '' }, ctx);
  const branch = await saveBranch(db, unit.id, { name: '机关第一党支部' }, ctx);
  const add = (name: string, extra: Partial<MemberDraft> = {}) => saveMember(db, unit.id, person(name, { branchId: branch.id, ...extra }), ctx);
  // The team as well as a branch: the held 专题民主生活会 (m1) below is theirs, as the meetings' backup rules require.
  const people = { zhang: await add('张三', { roles: ['branchSecretary', 'teamMember'] }), li: await add('李四', { roles: ['teamMember'] }), wang: await add('王五', { roles: ['teamMember'] }), masses: await add('赵大妈', { kind: 'masses', branchId: undefined }) };
  return { db, unit, unitId: unit.id, branchId: branch.id, people };
}

type Setup = Awaited<ReturnType<typeof setup>>;

/** What the other features' pages would have written: opinions, a held meeting with its minutes, a survey, a notice. */
async function addRecords({ db, unitId, branchId, people }: Setup) {
  const opinion = (text: string, over: Record<string, unknown>) =>
    db.opinions.add({ id: crypto.randomUUID(), unitId, text, channel: 'box', source: 'masses', target: 'organisation', category: 'style', date: '2005-09-08', anonymous: true, fromStage1: false, createdAt: T, ...over } as never);
  await opinion('窗口办事要跑好几趟', {});
  await opinion('张三上班常迟到', { target: 'member', targetMemberId: people.zhang.id, source: 'party', channel: 'talk' });
  const base = { nonParty: [], higherNames: [], higherOrgs: [], supervisorNames: [], agenda: [], createdAt: T, updatedAt: T };
  const held = specialMeetingRecord.parse({ id: 'm1', unitId, kind: 'democraticLife', status: 'held', date: '2005-09-22', place: '会议室', hostName: '张三', recorderName: '李四', heldAt: T, ...base });
  const planned = specialMeetingRecord.parse({ id: 'm2', unitId, kind: 'orgLife', branchId, status: 'planned', date: '2005-09-30', place: '活动室', hostName: '张三', recorderName: '李四', ...base });
  await db.specialMeetings.bulkAdd([held, planned]);
  await db.meetingAttendance.bulkAdd(
    [[people.zhang.id, true], [people.li.id, true], [people.wang.id, false]].map(([memberId, present], i) =>
      meetingAttendanceRecord.parse({ id: `a${i}`, unitId, meetingId: 'm1', memberId, present, ...(present ? {} : { absentReason: '因病' }), createdAt: T, updatedAt: T }),
    ),
  );
  const turn = (id: string, memberId: string, criticisms: string[], presentation = 'inPerson') =>
    meetingTurnRecord.parse({ id, unitId, meetingId: 'm1', memberId, order: 1, presentation, criticFrom: criticisms.map(() => '李四'), criticisms, createdAt: T, updatedAt: T });
  await db.meetingTurns.bulkAdd([turn('t1', people.zhang.id, ['学习不够', '深入基层少']), turn('t2', people.li.id, ['作风浮躁']), turn('t3', people.wang.id, [], 'none')]);
  await db.surveyRounds.add(
    surveyRoundRecord.parse({
      id: 's1', unitId, round: 1, scale: 'three', date: '2005-09-26', issued: 40, returned: 40, tallies: [{ subject: 'democraticLife', counts: [20, 10, 10], invalid: 0 }],
      status: 'closed', floor: 0.7, rate: 0.75, closedOn: '2005-09-26', createdAt: T, updatedAt: T,
    }),
  );
  await db.notices.add(noticeRecord.parse({ id: 'n1', unitId, kind: 'branch', branchId, facts: '', problems: '', measures: '', date: '2005-09-27', givenOn: '2005-09-27', way: 'meeting', createdAt: T, updatedAt: T }));
}

async function measured(db: PytDb, unitId: string): Promise<{ figures: Figures; drafts: Record<SelfCheckPoint, string> }> {
  const s = sourcesFrom(await loadUnitFacts(db, unitId), await loadLaterFacts(db, unitId), 0.7, ctx.today)!;
  return { figures: measuredFigures(s), drafts: draftAssessments(s) };
}

async function draftFor(db: PytDb, unitId: string, empty: SelfCheckPoint[] = []): Promise<SelfCheckDraft> {
  const { figures, drafts } = await measured(db, unitId);
  const assessments = Object.fromEntries(SELF_CHECK_POINTS.map((p) => [p, empty.includes(p) ? '' : drafts[p]])) as Record<SelfCheckPoint, string>;
  return { stageId, recipients: '市先进性教育活动第三督导组', intro: '现将自查情况报告如下。', assessments, shortcomings: '谈心还不够普遍。', nextSteps: '抓紧补课。', figures: flattenFigures(figures) };
}

const item = async (db: PytDb, unitId: string, key: 'selfCheck.done' | 'selfCheck.report') =>
  MEASURES[key].compute(makeSnapshot(), await loadUnitFacts(db, unitId), ctx.today);
const value = (f: { label: string; value: string }[], label: string) => f.find((x) => x.label === label)?.value;

describe('阶段自查', () => {
  it('R-STAGE-SELFCHECK: the figures are the ones the records give, meetings, survey and notices read from their tables', async () => {
    const s = await setup();
    await addRecords(s);
    const { figures: f } = await measured(s.db, s.unitId);
    expect(value(f.opinions, '征求到意见')).toBe('2条');
    expect(value(f.opinions, '涉及党员')).toBe('1名（共有党员3名）');
    expect(value(f.analysis, '应交党性分析材料')).toBe('3人');
    expect(value(f.meetings, '领导班子专题民主生活会')).toBe('9月22日已召开');
    expect(value(f.meetings, '专题组织生活会')).toBe('0/1个支部已召开，1个在筹备');
    expect(value(f.meetings, '到会')).toBe('应到3人，实到2人');
    expect(value(f.meetings, '会上作党性分析')).toBe('2人');
    expect(value(f.meetings, '提出批评意见')).toBe('3条');
    expect(value(f.satisfaction, '满意度测评')).toBe('第1轮满意率75%（不得低于70%）');
    expect(value(f.satisfaction, '支部通报')).toBe('1/1个支部已向群众通报');
    expect(value(f.satisfaction, '领导班子通报')).toBe('尚未通报');
    // One more opinion: the figure moves with the register.
    await s.db.opinions.add({ id: 'o9', unitId: s.unitId, text: '收费不公开', channel: 'form', source: 'client', target: 'leadership', category: 'work', date: '2005-09-09', anonymous: true, fromStage1: false, createdAt: T });
    expect(value((await measured(s.db, s.unitId)).figures.opinions, '征求到意见')).toBe('3条');
  });

  it('R-STAGE-SELFCHECK: a point left empty keeps the self-inspection unmet; filled, it is met with the figures kept as saved', async () => {
    const s = await setup();
    await addRecords(s);
    expect((await item(s.db, s.unitId, 'selfCheck.done')).done).toBe(false);
    const partial = await saveSelfCheck(s.db, s.unitId, await draftFor(s.db, s.unitId, ['satisfaction']), ctx);
    expect(selfCheckRecord.safeParse(partial).success).toBe(true);
    expect(await item(s.db, s.unitId, 'selfCheck.done')).toMatchObject({ done: false, detail: '还有 1 个方面没有写自查情况：“群众满意程度”' });
    const full = await saveSelfCheck(s.db, s.unitId, await draftFor(s.db, s.unitId), ctx);
    expect(full.id).toBe(partial.id);
    expect(await item(s.db, s.unitId, 'selfCheck.done')).toMatchObject({ done: true });
    const i = full.figureLabels.indexOf('到会');
    expect([full.figurePoints[i], full.figureValues[i]]).toEqual(['meetings', '应到3人，实到2人']);
    expect((await listAudit(s.db, s.unitId, { limit: 1 }))[0]).toMatchObject({ action: 'selfCheck.update', entity: 'selfCheck', summary: '修改阶段自查（六个方面都已填写）' });
  });

  it('R-STAGE-SELFCHECK: the request for acceptance is refused until the report is exported; a later change withdraws both', async () => {
    const s = await setup();
    await expect(markSelfCheckReady(s.db, s.unitId, stageId, ctx)).rejects.toThrow('还没有保存自查情况');
    await saveSelfCheck(s.db, s.unitId, await draftFor(s.db, s.unitId, ['talks']), ctx);
    await expect(markSelfCheckReady(s.db, s.unitId, stageId, ctx)).rejects.toThrow(
      '还有 1 个方面没有写自查情况：谈心活动是否普遍、深入、有效\n还没有导出自查报告：请先导出（Word），核对后再提请验收',
    );
    const draft = await draftFor(s.db, s.unitId);
    await saveSelfCheck(s.db, s.unitId, draft, ctx);
    await expect(markSelfCheckReady(s.db, s.unitId, stageId, ctx)).rejects.toThrow('还没有导出自查报告');
    expect((await item(s.db, s.unitId, 'selfCheck.report')).detail).toBe('自查情况已保存，还没有导出自查报告（修改后要重新导出）');
    await markSelfCheckReported(s.db, s.unitId, stageId, ctx);
    const ready = await markSelfCheckReady(s.db, s.unitId, stageId, { ...ctx, today: '2005-09-29' });
    expect(ready).toMatchObject({ reportOn: '2005-09-28', readyOn: '2005-09-29' });
    expect(await item(s.db, s.unitId, 'selfCheck.report')).toMatchObject({ done: true });
    await expect(markSelfCheckReady(s.db, s.unitId, stageId, ctx)).rejects.toThrow('不必重复提请');
    // Saving the same content changes nothing; an edit withdraws the export and the request.
    expect((await saveSelfCheck(s.db, s.unitId, draft, ctx)).readyOn).toBe('2005-09-29');
    const edited = await saveSelfCheck(s.db, s.unitId, { ...draft, nextSteps: '抓紧补课，10月初完成。' }, ctx);
    expect(edited.reportOn).toBeUndefined();
    expect(edited.readyOn).toBeUndefined();
    expect((await listAudit(s.db, s.unitId, { limit: 1 }))[0].summary).toContain('撤回了验收申请');
    expect((await item(s.db, s.unitId, 'selfCheck.report')).done).toBe(false);
  });

  it('refuses bad input with a Chinese message and writes nothing', async () => {
    const s = await setup();
    const draft = await draftFor(s.db, s.unitId);
    await expect(saveSelfCheck(s.db, s.unitId, { ...draft, stageId: 'nope' }, ctx)).rejects.toThrow('模板中没有阶段 nope');
    await expect(saveSelfCheck(s.db, s.unitId, { ...draft, assessments: { ...draft.assessments, talks: '谈'.repeat(5001) } }, ctx)).rejects.toThrow(
      '“谈心活动是否普遍、深入、有效”的自查情况不能超过 5000 个字（现有 5001 个字）',
    );
    await expect(saveSelfCheck(s.db, s.unitId, { ...draft, figures: { ...draft.figures, figureValues: [] } }, ctx)).rejects.toThrow(UserError);
    await expect(markSelfCheckReported(s.db, s.unitId, stageId, ctx)).rejects.toThrow('还没有保存自查情况');
    expect(await s.db.selfChecks.count()).toBe(0);
    // Invisible characters are cleaned at entry.
    const saved = await saveSelfCheck(s.db, s.unitId, { ...draft, intro: ' 现将情况\u200b报告如下。 ' }, ctx);
    expect(saved.intro).toBe('现将情况报告如下。');
  });

  it('exports the 自查报告 with each point’s assessment and its figures, and survives a backup', async () => {
    const s = await setup();
    await addRecords(s);
    const saved = await saveSelfCheck(s.db, s.unitId, await draftFor(s.db, s.unitId), ctx);
    const xml = strFromU8(unzipSync(await buildSelfCheckReport(selfCheckReportModel(saved, s.unit)))['word/document.xml']);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('中共示例市财政局机关委员会分析评议阶段自查报告');
    expect(text).toContain('市先进性教育活动第三督导组：');
    expect(text).toContain('批评与自我批评开展情况和会议质量');
    expect(text).toContain('主要数据：领导班子专题民主生活会9月22日已召开；');
    expect(text).toContain('满意度测评第1轮满意率75%');
    expect(text).toContain(saved.assessments.opinions);
    expect(text).toContain('谈心还不够普遍。');

    await markSelfCheckReported(s.db, s.unitId, stageId, ctx);
    const backup = await exportUnitBackup(s.db, s.unitId, '0.1.0', ctx.now);
    expect(selfCheckBackupProblems(backup.records, template)).toEqual([]);
    const { unit: copy } = await restoreUnitBackup(s.db, backup, { mode: 'asNew', actor: '张书记', now: ctx.now, appVersion: '0.0.0-test' });
    expect(copy.id).not.toBe(s.unitId);
    expect(await getSelfCheck(s.db, copy.id, stageId)).toMatchObject({ reportOn: '2005-09-28', assessments: saved.assessments });
    expect(selfCheckBackupProblems({ selfChecks: [saved, { ...saved, id: 'x' }] }, template)).toEqual(['records.selfChecks[1].stageId: 同一阶段只能有一份阶段自查']);
  });
});
