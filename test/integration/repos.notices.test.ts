import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type PytDb } from '../../renderer/db/db';
import { listAudit } from '../../renderer/db/repos/audit';
import { exportUnitBackup } from '../../renderer/db/repos/backup';
import { saveBranch, saveMember } from '../../renderer/db/repos/members';
import { giveNotice, saveNotice, withdrawNotice } from '../../renderer/db/repos/notices';
import { createUnit } from '../../renderer/db/repos/units';
import { loadNoticeFacts } from '../../renderer/features/notices/facts';
import { loadNoticePrefill } from '../../renderer/features/notices/prefill';
import { checkBackupConsistency } from '@shared/backup/consistency';
import { defaultTemplate } from '@shared/campaign/defaultTemplate';
import { MEASURES } from '@shared/campaign/measures';
import { makeSnapshot } from '@shared/campaign/testing';
import type { MemberDraft } from '@shared/members/types';
import type { SpecialMeeting } from '@shared/meetings/types';
import { noticeBackupProblems } from '@shared/notices/backupRules';
import type { NoticeDraft } from '@shared/notices/draft';
import { noticeRecord } from '@shared/notices/schema';

const template = defaultTemplate();
const open: PytDb[] = [];
const ctx = { actor: '张书记', now: '2005-09-27T09:00:00.000Z', today: '2005-09-27', template };
const T = ctx.now;

const person = (name: string, extra: Partial<MemberDraft> = {}): MemberDraft => ({
  kind: 'party', name, roles: [], oversees: [], employment: 'working', frail: false, cannotWrite: false, away: null, ...extra,
});

async function setup() {
  const db = await openDb(`repos-notices-${crypto.randomUUID()}`);
  open.push(db);
  const unit = await createUnit(db, { name: '某市经济局', orgName: '中共某市经济局机关委员会', parentOrg: '', year: 2005, contact: '' }, ctx);
  const first = await saveBranch(db, unit.id, { name: '机关第一党支部' }, ctx);
  const second = await saveBranch(db, unit.id, { name: '机关第二党支部' }, ctx);
  const add = (name: string, branchId: string, extra: Partial<MemberDraft> = {}) => saveMember(db, unit.id, person(name, { branchId, ...extra }), ctx);
  const people = {
    zhang: await add('张三', first.id),
    li: await add('李四', first.id),
    wang: await add('王五', first.id),
    zhao: await add('赵六', second.id),
    masses: await add('钱大妈', first.id, { kind: 'masses' }),
  };
  return { db, unitId: unit.id, first, second, people };
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

/** A meeting as the meetings feature stores it. */
async function addMeeting(db: PytDb, unitId: string, over: Partial<SpecialMeeting>): Promise<SpecialMeeting> {
  const m: SpecialMeeting = {
    id: crypto.randomUUID(),
    unitId,
    kind: 'orgLife',
    status: 'planned',
    date: '2005-09-22',
    place: '机关三楼会议室',
    hostName: '张三',
    recorderName: '李四',
    nonParty: [],
    higherNames: [],
    higherOrgs: [],
    supervisorNames: ['钱督导'],
    agenda: [],
    createdAt: T,
    updatedAt: T,
    ...over,
  };
  await db.specialMeetings.put(m);
  return m;
}
const hold = (db: PytDb, m: SpecialMeeting) => db.specialMeetings.put({ ...m, status: 'held', heldAt: T });

/** An evaluation as the evaluation feature stores it. */
async function evaluate(db: PytDb, unitId: string, memberId: string) {
  await db.evaluations.put({ id: crypto.randomUUID(), unitId, memberId, fulfils: true, qualified: true, opinion: '能够履行党员义务', distinctions: {}, decidedOn: '2005-09-23', createdAt: T, updatedAt: T });
}

const branchDraft = (branchId: string, over: Partial<NoticeDraft> = {}): NoticeDraft => ({
  kind: 'branch', branchId, facts: '支部召开专题组织生活会', problems: '张三：学习不够', measures: '每周学习一次', direction: '转入整改提高', results: '支部对3名党员逐一提出了评议意见', date: '2005-09-27', ...over,
});
const leadershipDraft: NoticeDraft = { kind: 'leadership', facts: '局党组召开专题民主生活会', problems: '调查研究不够', measures: '班子成员每月下基层', date: '2005-09-27' };
const measure = async (db: PytDb, unitId: string, key: string) => MEASURES[key].compute(makeSnapshot(), { notices: await loadNoticeFacts(db, unitId) }, ctx.today);

describe('两个通报', () => {
  it('R-NOTICE-BRANCH: a branch notice is given only after its meeting is held and every party member is evaluated; the checklist names the branches still to inform', async () => {
    const { db, unitId, first, second, people } = await setup();
    expect(await measure(db, unitId, 'notices.branch')).toEqual({ done: false, progress: { done: 0, total: 2 }, detail: '2 个支部尚未向群众通报：机关第一党支部、机关第二党支部' });
    const n = await saveNotice(db, unitId, branchDraft(first.id), ctx);
    expect(noticeRecord.safeParse(n).success).toBe(true);
    const give = () => giveNotice(db, unitId, n.id, { givenOn: '2005-09-27', way: 'posting' }, ctx);
    await expect(give()).rejects.toThrow('机关第一党支部的专题组织生活会还没有安排，召开以后才能通报\n3 名党员还没有评议意见，评议完成后才能通报：李四、王五、张三');

    const m = await addMeeting(db, unitId, { branchId: first.id });
    await expect(give()).rejects.toThrow('机关第一党支部的专题组织生活会还没有召开（计划2005年9月22日），召开以后才能通报');
    await hold(db, m);
    await evaluate(db, unitId, people.zhang.id);
    await evaluate(db, unitId, people.li.id);
    // The masses person in the branch is not evaluated, and not asked for.
    await expect(give()).rejects.toThrow(/^1 名党员还没有评议意见，评议完成后才能通报：王五$/);
    await evaluate(db, unitId, people.wang.id);
    await expect(giveNotice(db, unitId, n.id, { givenOn: '2005-09-21', way: 'posting' }, ctx)).rejects.toThrow('通报日期不能早于会议召开的日期（2005年9月22日）');
    expect((await db.notices.get(n.id))!.givenOn).toBeUndefined();

    const given = await give();
    expect(given).toMatchObject({ givenOn: '2005-09-27', way: 'posting', meetingId: m.id });
    expect(noticeRecord.safeParse(given).success).toBe(true);
    expect((await listAudit(db, unitId, { limit: 1 }))[0]).toMatchObject({ action: 'notice.give', summary: '机关第一党支部支部民主评议情况通报已于2005年9月27日通报（张榜公布）' });
    expect(await measure(db, unitId, 'notices.branch')).toEqual({ done: false, progress: { done: 1, total: 2 }, detail: '1 个支部尚未向群众通报：机关第二党支部' });

    // Editing the text keeps it given; taking the record back makes it a draft again.
    expect(await saveNotice(db, unitId, { ...branchDraft(first.id), id: n.id, direction: '巩固成果' }, ctx)).toMatchObject({ givenOn: '2005-09-27', direction: '巩固成果' });
    await withdrawNotice(db, unitId, n.id, ctx);
    expect((await measure(db, unitId, 'notices.branch')).detail).toBe('2 个支部尚未向群众通报：机关第一党支部、机关第二党支部');
    await give();

    const m2 = await addMeeting(db, unitId, { branchId: second.id });
    await hold(db, m2);
    await evaluate(db, unitId, people.zhao.id);
    const n2 = await saveNotice(db, unitId, branchDraft(second.id), ctx);
    await giveNotice(db, unitId, n2.id, { givenOn: '2005-09-26', way: 'meeting' }, ctx);
    expect(await measure(db, unitId, 'notices.branch')).toMatchObject({ done: true, detail: '2 个支部都已向群众通报民主评议情况' });

    const backup = await exportUnitBackup(db, unitId, '0.0.0-test', ctx.now);
    expect(checkBackupConsistency(backup)).toEqual([]);
    expect(noticeBackupProblems(backup.records)).toEqual([]);
  });

  it('R-NOTICE-LEADERSHIP: the leadership notice is given only after the 专题民主生活会 is held', async () => {
    const { db, unitId } = await setup();
    const n = await saveNotice(db, unitId, leadershipDraft, ctx);
    expect(await measure(db, unitId, 'notices.leadership')).toEqual({ done: false, detail: '通报已起草，尚未向干部群众通报' });
    const give = () => giveNotice(db, unitId, n.id, { givenOn: '2005-09-26', way: 'meeting' }, ctx);
    await expect(give()).rejects.toThrow('领导班子专题民主生活会还没有安排，召开以后才能通报');
    const m = await addMeeting(db, unitId, { kind: 'democraticLife', date: '2005-09-24' });
    await expect(give()).rejects.toThrow('领导班子专题民主生活会还没有召开（计划2005年9月24日）');
    await hold(db, m);
    await expect(saveNotice(db, unitId, { ...leadershipDraft, id: n.id, measures: '' }, ctx)).resolves.toBeTruthy();
    await expect(give()).rejects.toThrow('通报内容还没有写完，请填写：整改措施');
    await saveNotice(db, unitId, { ...leadershipDraft, id: n.id }, ctx);
    expect(await give()).toMatchObject({ givenOn: '2005-09-26', meetingId: m.id });
    expect(await measure(db, unitId, 'notices.leadership')).toEqual({ done: true, detail: '已于2005年9月26日以“召开通报会”方式通报' });
  });

  it('prefills the branch notice from the meeting, its minutes, the evaluation and the ledger', async () => {
    const { db, unitId, first, people } = await setup();
    const m = await addMeeting(db, unitId, { branchId: first.id, conclusions: '转入整改提高阶段' });
    await hold(db, m);
    for (const [p, present] of [[people.zhang, true], [people.li, true], [people.wang, false]] as const) {
      await db.meetingAttendance.put({ id: crypto.randomUUID(), unitId, meetingId: m.id, memberId: p.id, present, ...(present ? {} : { absentReason: '外出务工' }), createdAt: T, updatedAt: T });
    }
    await db.meetingTurns.put({ id: crypto.randomUUID(), unitId, meetingId: m.id, memberId: people.li.id, order: 1, presentation: 'inPerson', analysis: '服务意识不强', criticFrom: [], criticisms: [], createdAt: T, updatedAt: T });
    await evaluate(db, unitId, people.zhang.id);
    await db.fixItems.put({ id: 'f1', unitId, opinionIds: [], problem: '办事难', measure: '首问负责', ownerId: people.li.id, ownerName: '李四', deadline: '2005-09-30', status: 'open', order: 0, createdAt: T, updatedAt: T });
    await db.fixItems.put({ id: 'f2', unitId, opinionIds: [], problem: '别的支部', measure: '不在本支部', ownerId: 'elsewhere', ownerName: '外人', deadline: '2005-09-30', status: 'open', order: 1, createdAt: T, updatedAt: T });
    const p = await loadNoticePrefill(db, { id: unitId, orgName: '中共某市经济局机关委员会' }, 'branch', first.id);
    expect(p.facts).toBe('2005年9月22日，机关第一党支部在机关三楼会议室召开专题组织生活会，张三主持。应到党员3名，实到2名，王五因外出务工缺席。督导组钱督导到会指导。会上，1名党员逐一作党性分析，开展批评和自我批评。');
    expect(p.problems).toBe('李四：服务意识不强');
    expect(p.measures).toBe('首问负责（李四负责，2005年9月30日前完成）');
    expect(p.direction).toBe('转入整改提高阶段');
    expect(p.results).toContain('支部对1名党员逐一提出了评议意见');
    expect(p.results).toContain('尚有2名党员的评议意见待定');
    const l = await loadNoticePrefill(db, { id: unitId, orgName: '中共某市经济局机关委员会' }, 'leadership');
    expect(l.facts).toBe('');
    expect(l.measures).toBe('首问负责（李四负责，2005年9月30日前完成）\n不在本支部（外人负责，2005年9月30日前完成）');
  });

  it('refuses bad input in Chinese and writes nothing', async () => {
    const { db, unitId, first } = await setup();
    const count = async () => [await db.notices.count(), (await listAudit(db, unitId, {})).length];
    const before = await count();
    await expect(saveNotice(db, unitId, branchDraft(first.id, { title: '长'.repeat(121), date: '2005-02-30' }), ctx)).rejects.toThrow('请填写通报的日期\n标题不能超过 120 个字');
    await expect(saveNotice(db, unitId, branchDraft(''), ctx)).rejects.toThrow('请选择党支部');
    await expect(saveNotice(db, unitId, branchDraft('another-units-branch'), ctx)).rejects.toThrow('所选党支部不存在或已被删除');
    await expect(saveNotice(db, unitId, { ...leadershipDraft, facts: 'x'.repeat(5001) }, ctx)).rejects.toThrow('会议情况不能超过 5000 个字');
    expect(await count()).toEqual(before);

    const n = await saveNotice(db, unitId, branchDraft(first.id, { title: '  关于\u200b通报 ', facts: ' 第一行 \r\n第二行\u0007 ' }), ctx);
    expect(n).toMatchObject({ title: '关于通报', facts: '第一行\n第二行' });
    const saved = await count();
    await expect(saveNotice(db, unitId, branchDraft(first.id), ctx)).rejects.toThrow('机关第一党支部的通报已经起草过，请在原来的通报上修改');
    await expect(saveNotice(db, unitId, { ...leadershipDraft, id: n.id }, ctx)).rejects.toThrow('不能把通报改成另一个支部或另一类通报');
    await expect(giveNotice(db, unitId, n.id, { givenOn: '', way: 'posting' }, ctx)).rejects.toThrow('请填写通报日期');
    await expect(giveNotice(db, unitId, n.id, { givenOn: '2005-09-27', way: 'radio' as never }, ctx)).rejects.toThrow('请选择通报方式');
    await expect(giveNotice(db, unitId, 'nope', { givenOn: '2005-09-27', way: 'posting' }, ctx)).rejects.toThrow('该通报不存在或已被删除');
    await expect(withdrawNotice(db, unitId, n.id, ctx)).rejects.toThrow('这份通报本来就没有记录为已通报');
    expect(await count()).toEqual(saved);
    expect(await db.notices.get(n.id)).toEqual(n);
  });
});
