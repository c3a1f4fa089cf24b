import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type PytDb } from '../../renderer/db/db';
import { listAudit } from '../../renderer/db/repos/audit';
import { addTalk, changeTalkStatus, deleteTalk, deleteTalksOfMember, generateTalks, listTalks, planTalk, planTalksInRow, recordTalkDone } from '../../renderer/db/repos/talks';
import { createUnit } from '../../renderer/db/repos/units';
import { loadTalkFacts } from '../../renderer/features/talks/facts';
import { defaultTemplate } from '@shared/campaign/defaultTemplate';
import { isNoLongerRequired, talkOverview } from '@shared/talks/coverage';
import { pairKey } from '@shared/talks/pairs';
import { makeBureau } from '@shared/talks/testing';
import type { Talk } from '@shared/talks/types';
import { UserError } from '@shared/util/result';

const template = defaultTemplate();
const ctx = { actor: '孙丽萍', now: '2005-09-06T09:00:00.000Z', today: '2005-09-06' };
const open: PytDb[] = [];

async function setup() {
  const db = await openDb(`repos-talks-${crypto.randomUUID()}`);
  open.push(db);
  const unit = await createUnit(db, { name: '示例市经济局', orgName: '中共示例市经济局机关委员会', parentOrg: '', year: 2005, contact: '' }, { ...ctx, template });
  const b = makeBureau();
  const mine = <T extends { unitId: string }>(rows: T[]) => rows.map((r) => ({ ...r, unitId: unit.id }));
  await db.branches.bulkAdd(mine(b.branches));
  await db.offices.bulkAdd(mine(b.offices));
  await db.members.bulkAdd(mine(b.members));
  return { db, unitId: unit.id };
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const between = (talks: Talk[], x: string, y: string) => talks.find((t) => pairKey(t.aId, t.bId) === pairKey(x, y))!;
const plan = { date: '2005-09-08', time: '15:00', minutes: 60, place: '局长办公室', topic: '交换对班子作风的意见' };

describe('talks repository', () => {
  it('R-TALK-PAIRS: 生成应谈名单 adds one talk per required pair, with its reasons, once', async () => {
    const { db, unitId } = await setup();
    expect(await generateTalks(db, unitId, ctx)).toEqual({ created: 37, refreshed: 0, noLongerRequired: 0 });
    const talks = await listTalks(db, unitId);
    expect(talks).toHaveLength(37);
    expect(between(talks, 'chen', 'wang')).toMatchObject({ aId: 'chen', bId: 'wang', reasons: ['headTeam', 'leaderBranch'], status: 'planned' });
    expect(talks.some((t) => t.aId === t.bId)).toBe(false);
    expect((await listAudit(db, unitId, { limit: 1 }))[0]).toMatchObject({ action: 'talk.generate', summary: '生成应谈名单：应谈 37 对，新增 37 对' });
    expect(await generateTalks(db, unitId, ctx)).toEqual({ created: 0, refreshed: 0, noLongerRequired: 0 });
    expect(await db.talks.count()).toBe(37);
  });

  it('R-TALK-PAIRS: generating again keeps planned and done talks, refreshes reasons, and keeps a pair no longer required', async () => {
    const { db, unitId } = await setup();
    await generateTalks(db, unitId, ctx);
    let talks = await listTalks(db, unitId);
    await planTalk(db, unitId, between(talks, 'chen', 'wang').id, plan, ctx);
    await recordTalkDone(db, unitId, between(talks, 'sun', 'wangwei').id, { doneOn: '2005-09-05', note: '谈了学习笔记不全的问题' }, ctx);
    // The roster changes: 孙丽萍 is no longer the secretary, 黄志明 is.
    await db.members.update('sun', { roles: [] });
    await db.members.update('huang', { roles: ['branchSecretary'] });
    const r = await generateTalks(db, unitId, ctx);
    expect(r.noLongerRequired).toBe(2); // 孙丽萍 with 王伟 (done) and with 蒋卫东
    expect(r.created).toBe(2); // 黄志明 with 王伟 and with 蒋卫东
    talks = await listTalks(db, unitId);
    expect(between(talks, 'chen', 'wang')).toMatchObject({ date: '2005-09-08', time: '15:00', place: '局长办公室' });
    const kept = between(talks, 'sun', 'wangwei');
    expect(kept).toMatchObject({ status: 'done', note: '谈了学习笔记不全的问题', reasons: ['secretaryMember'] });
    const [members, offices, branches] = await Promise.all([db.members.toArray(), db.offices.toArray(), db.branches.toArray()]);
    expect(isNoLongerRequired(kept, talkOverview(members, offices, branches, talks).requiredByKey)).toBe(true);
    // 孙丽萍 still talks with the leaders of her branch; that pair lost its secretary reason.
    expect(between(talks, 'sun', 'chen').reasons).toEqual(['leaderBranch']);
  });

  it('R-TALK-PLAN: a talk is booked with date, time, place and topic; a clash is refused, naming it, and nothing changes', async () => {
    const { db, unitId } = await setup();
    await generateTalks(db, unitId, ctx);
    const talks = await listTalks(db, unitId);
    const first = await planTalk(db, unitId, between(talks, 'chen', 'wang').id, plan, ctx);
    expect(first).toMatchObject({ date: '2005-09-08', time: '15:00', minutes: 60, place: '局长办公室', topic: '交换对班子作风的意见' });
    const other = between(talks, 'chen', 'li');
    await expect(planTalk(db, unitId, other.id, { ...plan, time: '15:30' }, ctx)).rejects.toThrow('陈国栋 9月8日 15:00 已安排与王建华谈心');
    expect(await db.talks.get(other.id)).toEqual(other);
    await expect(planTalk(db, unitId, other.id, { ...plan, time: '25:00', place: ' ' }, ctx)).rejects.toThrow(/请填写谈心时间[\s\S]*请填写谈心地点/);
    expect(await planTalk(db, unitId, other.id, { ...plan, time: '16:00', topic: '' }, ctx)).not.toHaveProperty('topic');
    expect((await listAudit(db, unitId, { limit: 1 }))[0].summary).toBe('安排谈心 陈国栋—李秀英：9月8日 16:00，局长办公室');
  });

  it('R-TALK-PAIRS: a talk is recorded with its day and a short note; cancelled, restored, taken back', async () => {
    const { db, unitId } = await setup();
    await generateTalks(db, unitId, ctx);
    const t = between(await listTalks(db, unitId), 'zhou', 'deng');
    await expect(recordTalkDone(db, unitId, t.id, { doneOn: '2005-09-07', note: '谈了' }, ctx)).rejects.toThrow('谈心日期不能晚于今天');
    await expect(recordTalkDone(db, unitId, t.id, { doneOn: '2005-09-06', note: '  ' }, ctx)).rejects.toThrow('请简要记录谈了什么');
    expect(await recordTalkDone(db, unitId, t.id, { doneOn: '2005-09-06', note: '听取对法规科的意见' }, ctx)).toMatchObject({ status: 'done', doneOn: '2005-09-06' });
    await expect(changeTalkStatus(db, unitId, t.id, 'cancel', ctx)).rejects.toThrow('只有还没谈的谈心才能取消');
    const back = await changeTalkStatus(db, unitId, t.id, 'undoDone', ctx);
    expect(back.status).toBe('planned');
    expect(back).not.toHaveProperty('note');
    expect((await changeTalkStatus(db, unitId, t.id, 'cancel', ctx)).status).toBe('cancelled');
    await expect(planTalk(db, unitId, t.id, plan, ctx)).rejects.toThrow('请先恢复');
    expect((await changeTalkStatus(db, unitId, t.id, 'reopen', ctx)).status).toBe('planned');
    await expect(deleteTalk(db, unitId, t.id, ctx)).rejects.toThrow('这是应谈的谈心，不能删除');
  });

  it('extra talks: 党员与群众 by kind, planned at once with the clash check, one open talk per pair', async () => {
    const { db, unitId } = await setup();
    const extra = await addTalk(db, unitId, { aId: 'xu', bId: 'qian', plan: { ...plan, place: '企业服务科' } }, ctx);
    expect(extra).toMatchObject({ reasons: ['memberMasses'], date: '2005-09-08', status: 'planned' });
    await expect(addTalk(db, unitId, { aId: 'qian', bId: 'xu' }, ctx)).rejects.toThrow('钱小红和徐静已有一次还没谈的谈心');
    await expect(addTalk(db, unitId, { aId: 'xu', bId: 'liufang', plan: { ...plan, time: '15:59' } }, ctx)).rejects.toThrow('徐静 9月8日 15:00 已安排与钱小红谈心');
    await expect(addTalk(db, unitId, { aId: 'xu', bId: 'xu' }, ctx)).rejects.toThrow(UserError);
    expect(await addTalk(db, unitId, { aId: 'xu', bId: 'liufang' }, ctx)).toMatchObject({ reasons: ['memberMember'] });
    // A required pair added by hand carries its rules' reasons.
    expect(await addTalk(db, unitId, { aId: 'zhang', bId: 'li' }, ctx)).toMatchObject({ reasons: ['teamTeam', 'secretaryMember', 'leaderBranch'] });
    await deleteTalk(db, unitId, extra.id, ctx);
    expect(await db.talks.get(extra.id)).toBeUndefined();
  });

  it('the home page facts name who has not talked yet, and shrink as talks are held', async () => {
    const { db, unitId } = await setup();
    await generateTalks(db, unitId, ctx);
    let f = await loadTalkFacts(db, unitId);
    expect(f).toMatchObject({ pairs: 32, awayPairs: 5, unlisted: 0, planned: 0, done: 0 });
    const silent = f.silent.count;
    expect(silent).toBeGreaterThan(10);
    expect(f.silent.names).toHaveLength(10);
    for (const t of (await listTalks(db, unitId)).filter((x) => x.aId === 'zhou' || x.bId === 'zhou')) {
      await recordTalkDone(db, unitId, t.id, { doneOn: '2005-09-06', note: '谈了' }, ctx);
    }
    f = await loadTalkFacts(db, unitId);
    // 周海涛 has talked with 邓红梅, the second 王伟 and 李秀英 (who oversees his office).
    expect(f.silent.count).toBe(silent - 4);
    expect(f.done).toBe(3);
  });
});

describe('talks in a row', () => {
  it('R-TALK-PLAN: 批量安排 books a secretary\'s talks one after another, or nothing when one clashes', async () => {
    const { db, unitId } = await setup();
    await generateTalks(db, unitId, ctx);
    const sun = (await listTalks(db, unitId)).filter((t) => t.aId === 'sun' || t.bId === 'sun');
    const [first, second, third] = sun;
    // 孙丽萍 already sees someone else at 14:30.
    const booked = await planTalk(db, unitId, third.id, { ...plan, time: '14:30', minutes: 30 }, ctx);
    const row = { ...plan, time: '14:00', minutes: 30, place: '党员活动室' };
    await expect(planTalksInRow(db, unitId, [first.id, second.id], row, ctx)).rejects.toThrow(`孙丽萍 9月8日 14:30 已安排与`);
    expect(await db.talks.get(first.id)).toEqual(first);
    // Moving the booked one into the row frees its old time.
    const done = await planTalksInRow(db, unitId, [first.id, second.id, booked.id], row, ctx);
    expect(done.map((t) => [t.time, t.minutes, t.place])).toEqual([
      ['14:00', 30, '党员活动室'],
      ['14:30', 30, '党员活动室'],
      ['15:00', 30, '党员活动室'],
    ]);
    await expect(planTalksInRow(db, unitId, [first.id, second.id], { ...row, time: '23:30' }, ctx)).rejects.toThrow('当天排不下');
    expect((await listAudit(db, unitId, { limit: 1 }))[0].summary).toBe('批量安排谈心 3 次：9月8日 14:00 起，每次 30 分钟，党员活动室');
  });
});

describe('deleting a person', () => {
  it('deleteTalksOfMember removes every talk of the person, inside the caller\'s transaction', async () => {
    const { db, unitId } = await setup();
    await generateTalks(db, unitId, ctx);
    const before = await db.talks.count();
    const his = (await listTalks(db, unitId)).filter((t) => t.aId === 'zhou' || t.bId === 'zhou').length;
    expect(his).toBe(3);
    await db.transaction('rw', [db.talks, db.members], async () => {
      expect(await deleteTalksOfMember(db, unitId, 'zhou')).toBe(3);
      await db.members.delete('zhou');
    });
    expect(await db.talks.count()).toBe(before - 3);
    expect((await listTalks(db, unitId)).some((t) => t.aId === 'zhou' || t.bId === 'zhou')).toBe(false);
  });
});
