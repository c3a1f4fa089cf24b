import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type PytDb } from '../../renderer/db/db';
import { listAudit } from '../../renderer/db/repos/audit';
import { saveBranch, saveMember } from '../../renderer/db/repos/members';
import {
  addOpinions,
  deleteFeedback,
  deleteLastYearOpinion,
  deleteOpinion,
  listOpinions,
  pageOpinions,
  saveFeedback,
  saveLastYearOpinion,
  saveOpinion,
} from '../../renderer/db/repos/opinions';
import { createUnit } from '../../renderer/db/repos/units';
import { loadOpinionFacts } from '../../renderer/features/opinions/facts';
import { defaultTemplate } from '@shared/campaign/defaultTemplate';
import type { MemberDraft, Role } from '@shared/members/types';
import { presenceOfTally, tallyOpinions } from '@shared/opinions/coverage';
import { contentResult, feedbackResult, lastYearResult, scopeResult } from '@shared/opinions/measures';
import type { OpinionDraft } from '@shared/opinions/types';
import { UserError } from '@shared/util/result';

const template = defaultTemplate();
const ctx = { actor: '张书记', now: '2005-09-12T09:00:00.000Z', today: '2005-09-12', template };
const open: PytDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const person = (name: string, o: Partial<MemberDraft> = {}): MemberDraft => ({
  kind: 'party',
  name,
  roles: [],
  oversees: [],
  employment: 'working',
  frail: false,
  cannotWrite: false,
  away: null,
  ...o,
});

async function setup() {
  const db = await openDb(`repos-opinions-${crypto.randomUUID()}`);
  open.push(db);
  const unit = await createUnit(db, { name: '示例市财政局', orgName: '中共示例市财政局机关委员会', parentOrg: '', year: 2005, contact: '' }, ctx);
  const [b1, b2] = [await saveBranch(db, unit.id, { name: '第一支部' }, ctx), await saveBranch(db, unit.id, { name: '第二支部' }, ctx)];
  const add = (name: string, o: Partial<MemberDraft> & { roles?: Role[] } = {}) => saveMember(db, unit.id, person(name, { branchId: b1.id, ...o }), ctx);
  const people = {
    head: await add('陈局长', { roles: ['unitHead', 'partyGroupSecretary'] }),
    deputy: await add('王副局长', { roles: ['teamMember', 'leaderCadre'] }),
    sec1: await add('孙书记', { roles: ['branchSecretary'] }),
    zhang: await add('张三'),
    li: await add('李四', { branchId: b2.id }),
    masses: await saveMember(db, unit.id, person('赵群众', { kind: 'masses' }), ctx),
  };
  return { db, unitId: unit.id, b1, b2, people };
}

const draft = (o: Partial<OpinionDraft> = {}): OpinionDraft => ({
  text: '会议多、文件多，下基层调研少',
  channel: 'forum',
  source: 'masses',
  target: 'leadership',
  category: 'style',
  date: '2005-09-10',
  anonymous: true,
  fromStage1: false,
  ...o,
});

describe('opinion repository', () => {
  it('registers an opinion with its text cleaned, edits it, and records both in the audit log', async () => {
    const { db, unitId, people } = await setup();
    const o = await saveOpinion(db, unitId, draft({ text: '  对张三：\u200b学习笔记不全  ', target: 'member', targetMemberId: people.zhang.id, giver: '王某', anonymous: false }), ctx);
    expect(o).toMatchObject({ text: '对张三：学习笔记不全', targetMemberId: people.zhang.id, giver: '王某' });
    const edited = await saveOpinion(db, unitId, draft({ text: '学习笔记不全', target: 'organisation', targetMemberId: people.zhang.id, giver: '王某' }), { ...ctx, id: o.id });
    // 匿名 keeps no name; an opinion on the organisation keeps no member.
    expect(edited).toMatchObject({ id: o.id, target: 'organisation', anonymous: true, createdAt: o.createdAt });
    expect(edited.targetMemberId).toBeUndefined();
    expect(edited.giver).toBeUndefined();
    const audit = await listAudit(db, unitId, { limit: 2 });
    expect(audit.map((a) => a.action)).toEqual(['opinion.update', 'opinion.create']);
    expect(audit[0].summary).toContain('对党组织·工作作风');
  });

  it('refuses, writing nothing: no text, a member opinion without its member, a date after today, a member of another unit or a non-party person', async () => {
    const { db, unitId, people } = await setup();
    await expect(saveOpinion(db, unitId, draft({ text: ' \u3000 ' }), ctx)).rejects.toThrow('请填写意见内容');
    await expect(saveOpinion(db, unitId, draft({ target: 'member' }), ctx)).rejects.toThrow('要选定是哪名党员');
    await expect(saveOpinion(db, unitId, draft({ date: '2005-09-13' }), ctx)).rejects.toThrow('不能晚于今天');
    await expect(saveOpinion(db, unitId, draft({ date: '2005-02-30' }), ctx)).rejects.toThrow('不是有效的日期');
    await expect(saveOpinion(db, unitId, draft({ target: 'member', targetMemberId: people.masses.id }), ctx)).rejects.toThrow('不在本单位名册中');
    const other = await setup();
    await expect(saveOpinion(db, unitId, draft({ target: 'member', targetMemberId: other.people.zhang.id }), ctx)).rejects.toThrow(UserError);
    expect(await db.opinions.count()).toBe(0);
  });

  it('saves a pasted batch in one transaction: one bad line refuses the whole batch and names it', async () => {
    const { db, unitId } = await setup();
    const batch = [draft(), draft({ text: '窗口办事要跑几趟', source: 'client' }), draft({ text: 'x'.repeat(501) })];
    await expect(addOpinions(db, unitId, batch, { ...ctx, labels: ['第 1 行', '第 2 行', '第 5 行'] })).rejects.toThrow(/^第 5 行：意见内容不能超过 500 字/);
    expect(await db.opinions.count()).toBe(0);
    const saved = await addOpinions(db, unitId, batch.slice(0, 2), ctx);
    expect(saved).toHaveLength(2);
    expect((await listOpinions(db, unitId)).map((o) => o.text).sort()).toEqual(['会议多、文件多，下基层调研少', '窗口办事要跑几趟']);
    expect((await listAudit(db, unitId, { limit: 1 }))[0]).toMatchObject({ action: 'opinion.import', summary: '批量录入意见 2 条' });
    await expect(addOpinions(db, unitId, [], ctx)).rejects.toThrow('没有可保存的意见');
  });

  it('deletes an opinion, but not one a 边议边改 item answers', async () => {
    const { db, unitId } = await setup();
    const [a, b] = await addOpinions(db, unitId, [draft(), draft({ text: '经费使用不公开' })], ctx);
    await db.fixItems.add({
      id: 'fix-1',
      unitId,
      opinionIds: [b.id],
      problem: '经费使用不公开',
      measure: '每季度公开一次',
      ownerName: '孙书记',
      deadline: '2005-09-30',
      status: 'open',
      order: 0,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await expect(deleteOpinion(db, unitId, b.id, ctx)).rejects.toThrow('已列入边议边改台账');
    await deleteOpinion(db, unitId, a.id, ctx);
    expect((await listOpinions(db, unitId)).map((o) => o.id)).toEqual([b.id]);
  });

  it('R-OPIN-CONTENT, R-OPIN-SCOPE: the facts loader reads the coverage from index keys, the same as counting the whole register', async () => {
    const { db, unitId, people } = await setup();
    const cells = (['organisation', 'leadership', 'member'] as const).flatMap((target) =>
      (['ideals', 'work', 'style'] as const).map((category) => draft({ text: `${target}${category}`, target, category, ...(target === 'member' ? { targetMemberId: people.zhang.id } : {}) })),
    );
    await addOpinions(db, unitId, cells.slice(1), ctx);
    let facts = await loadOpinionFacts(db, unitId);
    expect(contentResult(facts.presence)).toMatchObject({ done: false, detail: '还有 1 处空白：对党组织的理想信念方面还没有意见' });
    await saveOpinion(db, unitId, cells[0], ctx);
    facts = await loadOpinionFacts(db, unitId);
    expect(contentResult(facts.presence).done).toBe(true);
    expect(scopeResult(facts.presence).detail).toMatch(/^还没有党员、服务对象提的意见/);
    await addOpinions(db, unitId, [draft({ text: 'a', source: 'party' }), draft({ text: 'b', source: 'client', fromStage1: true })], ctx);
    facts = await loadOpinionFacts(db, unitId);
    expect(scopeResult(facts.presence).done).toBe(true);
    expect(facts.presence).toEqual(presenceOfTally(tallyOpinions(await listOpinions(db, unitId))));
    expect(facts.presence).toMatchObject({ total: 11, membersTargeted: 1 });
  });

  it('R-OPIN-LASTYEAR: last year’s opinions with their status, edited and deleted', async () => {
    const { db, unitId } = await setup();
    expect(lastYearResult((await loadOpinionFacts(db, unitId)).lastYear).done).toBe(false);
    const a = await saveLastYearOpinion(db, unitId, { text: ' 办事窗口少 ', status: 'partial', note: '增设一个窗口' }, ctx);
    await saveLastYearOpinion(db, unitId, { text: '办事窗口少', status: 'fixed' }, { ...ctx, id: a.id });
    const b = await saveLastYearOpinion(db, unitId, { text: '公车私用', status: 'notFixed' }, ctx);
    expect(lastYearResult((await loadOpinionFacts(db, unitId)).lastYear).detail).toBe('已检查去年民主生活会意见 2 条：已改 1 条，未改 1 条');
    await expect(saveLastYearOpinion(db, unitId, { text: '', status: 'fixed' }, ctx)).rejects.toThrow('请填写去年的意见内容');
    await deleteLastYearOpinion(db, unitId, b.id, ctx);
    expect(await db.lastYearOpinions.count()).toBe(1);
  });

  it('R-OPIN-FEEDBACK: the unit head to team members, the branch secretary to the branch; names who is left; refuses the wrong giver', async () => {
    const { db, unitId, people } = await setup();
    let facts = (await loadOpinionFacts(db, unitId)).feedback;
    // 王副局长 (from the head), 张三 (from 孙书记); 李四's branch has no secretary yet.
    expect(facts).toEqual({ required: 3, missingCount: 3, missingNames: ['王副局长', '李四', '张三'], problems: ['第二支部还没有设定支部书记'] });

    const fb = (fromId: string, toId: string, o: object = {}) => ({ fromId, toId, date: '2005-09-12', way: 'separate' as const, ...o });
    await expect(saveFeedback(db, unitId, fb(people.sec1.id, people.deputy.id), ctx)).rejects.toThrow('王副局长的意见应由陈局长反馈');
    await expect(saveFeedback(db, unitId, fb(people.head.id, people.li.id), ctx)).rejects.toThrow('李四的意见应由所在支部的支部书记反馈');
    await expect(saveFeedback(db, unitId, fb(people.head.id, people.masses.id), ctx)).rejects.toThrow('不在需要反馈意见');
    await expect(saveFeedback(db, unitId, fb(people.head.id, people.deputy.id, { date: '2005-09-13' }), ctx)).rejects.toThrow('不能晚于今天');

    await db.talks.add({ id: 'talk-1', unitId, aId: people.zhang.id, bId: people.sec1.id, reasons: [], status: 'done', doneOn: '2005-09-11', createdAt: ctx.now, updatedAt: ctx.now });
    await expect(saveFeedback(db, unitId, fb(people.head.id, people.deputy.id, { way: 'talk', talkId: 'talk-1' }), ctx)).rejects.toThrow('不是这两人之间的谈心');
    await saveFeedback(db, unitId, fb(people.head.id, people.deputy.id), ctx);
    const inTalk = await saveFeedback(db, unitId, fb(people.sec1.id, people.zhang.id, { way: 'talk', talkId: 'talk-1' }), ctx);
    expect(inTalk.talkId).toBe('talk-1');
    await expect(saveFeedback(db, unitId, fb(people.sec1.id, people.zhang.id), ctx)).rejects.toThrow('已记录过孙书记向张三反馈意见');

    facts = (await loadOpinionFacts(db, unitId)).feedback;
    expect(feedbackResult(facts)).toMatchObject({ done: false, detail: '1 人还没有反馈意见：李四；第二支部还没有设定支部书记（在党员名册中设定角色）' });
    const sec2 = await saveMember(db, unitId, person('周书记', { branchId: people.li.branchId, roles: ['branchSecretary'] }), ctx);
    const last = await saveFeedback(db, unitId, fb(sec2.id, people.li.id), ctx);
    expect(feedbackResult((await loadOpinionFacts(db, unitId)).feedback)).toMatchObject({ done: true, progress: { done: 3, total: 3 } });
    await deleteFeedback(db, unitId, last.id, ctx);
    expect((await loadOpinionFacts(db, unitId)).feedback.missingNames).toEqual(['李四']);
    expect((await listAudit(db, unitId, { limit: 1 }))[0].summary).toContain('删除意见反馈记录：周书记向李四');
  });

  it('the register is read a page at a time, newest first, with the filter, its total and only the names its rows need', async () => {
    const { db, unitId, people } = await setup();
    const days = ['2005-09-01', '2005-09-03', '2005-09-02', '2005-09-05', '2005-09-04'];
    await addOpinions(
      db,
      unitId,
      days.map((date, i) =>
        draft({ text: `第${i + 1}条`, date, ...(i % 2 === 0 ? { target: 'member', targetMemberId: i === 0 ? people.zhang.id : people.li.id, category: 'work' } : {}) }),
      ),
      ctx,
    );
    const first = await pageOpinions(db, unitId, {}, { offset: 0, limit: 2 });
    expect(first.rows.map((o) => o.date)).toEqual(['2005-09-05', '2005-09-04']);
    expect(first.total).toBe(5);
    expect([...first.names.values()]).toEqual(['李四']);
    const last = await pageOpinions(db, unitId, {}, { offset: 4, limit: 2 });
    expect(last.rows.map((o) => o.date)).toEqual(['2005-09-01']);
    expect((await pageOpinions(db, unitId, {}, { offset: 0, limit: 2, order: 'oldest' })).rows.map((o) => o.date)).toEqual(['2005-09-01', '2005-09-02']);
    // The whole register, page by page, is the register in the order listOpinions gives.
    const pages = await Promise.all([0, 2, 4].map((offset) => pageOpinions(db, unitId, {}, { offset, limit: 2 })));
    expect(pages.flatMap((p) => p.rows.map((o) => o.id))).toEqual((await listOpinions(db, unitId)).map((o) => o.id));

    const members = await pageOpinions(db, unitId, { target: 'member' }, { offset: 0, limit: 50 });
    expect(members.rows.map((o) => o.text)).toEqual(['第5条', '第3条', '第1条']);
    expect(members.total).toBe(3);
    const zhang = await pageOpinions(db, unitId, { target: 'member', targetMemberId: people.zhang.id }, { offset: 0, limit: 50 });
    expect(zhang.rows.map((o) => o.text)).toEqual(['第1条']);
    expect(zhang.names).toEqual(new Map([[people.zhang.id, '张三']]));
    expect((await pageOpinions(db, unitId, { target: 'member', category: 'work', source: 'masses' }, { offset: 1, limit: 1 })).rows.map((o) => o.text)).toEqual(['第3条']);
    expect((await pageOpinions(db, unitId, { category: 'style' }, { offset: 0, limit: 50 })).rows.map((o) => o.text)).toEqual(['第4条', '第2条']);
    const found = await pageOpinions(db, unitId, { query: '4条' }, { offset: 0, limit: 50 });
    expect([found.total, found.rows[0].text]).toEqual([1, '第4条']);
    expect((await pageOpinions(db, unitId, { channel: 'box' }, { offset: 0, limit: 50 })).total).toBe(0);
  });
});
