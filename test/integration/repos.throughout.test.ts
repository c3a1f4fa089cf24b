import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type PytDb } from '../../renderer/db/db';
import { listAudit } from '../../renderer/db/repos/audit';
import { exportUnitBackup, restoreUnitBackup } from '../../renderer/db/repos/backup';
import { saveBranch, saveMember } from '../../renderer/db/repos/members';
import {
  completeFixItem,
  deleteFixItem,
  deleteStudySession,
  releaseMemberFromThroughout,
  reopenFixItem,
  saveFixItem,
  saveStudySession,
  unlinkOpinionFromFixItems,
} from '../../renderer/db/repos/throughout';
import { createUnit } from '../../renderer/db/repos/units';
import { loadThroughoutFacts } from '../../renderer/features/throughout/facts';
import { checkBackupConsistency } from '@shared/backup/consistency';
import { decodeBackup, encodeBackup } from '@shared/backup/format';
import { defaultTemplate } from '@shared/campaign/defaultTemplate';
import { MEASURES } from '@shared/campaign/measures';
import { makeSnapshot } from '@shared/campaign/testing';
import type { MemberDraft } from '@shared/members/types';
import type { OpinionSource } from '@shared/opinions/types';
import { throughoutBackupProblems } from '@shared/throughout/backupRules';
import { fixItemRecord, studySessionRecord } from '@shared/throughout/schema';
import { UserError } from '@shared/util/result';

const template = defaultTemplate();
const open: PytDb[] = [];
const ctx = { actor: '张书记', now: '2005-09-20T09:00:00.000Z', today: '2005-09-20', template };

const person = (name: string, extra: Partial<MemberDraft> = {}): MemberDraft => ({
  kind: 'party', name, roles: [], oversees: [], employment: 'working', frail: false, cannotWrite: false, away: null, ...extra,
});

async function setup() {
  const db = await openDb(`repos-throughout-${crypto.randomUUID()}`);
  open.push(db);
  const unit = await createUnit(db, { name: '示例市财政局', orgName: '中共示例市财政局机关委员会', parentOrg: '', year: 2005, contact: '' }, ctx);
  const branch = await saveBranch(db, unit.id, { name: '机关第一党支部' }, ctx);
  const add = (name: string, extra: Partial<MemberDraft> = {}) => saveMember(db, unit.id, person(name, { branchId: branch.id, ...extra }), ctx);
  const people = {
    zhang: await add('张三'),
    li: await add('李四'),
    wang: await add('王五'),
    masses: await add('赵大妈', { kind: 'masses', branchId: undefined }),
  };
  return { db, unitId: unit.id, people };
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

/** An opinion as the register (another feature) stores it. */
async function addOpinion(db: PytDb, unitId: string, text: string, source: OpinionSource, aboutMemberId?: string): Promise<string> {
  const id = crypto.randomUUID();
  const target = aboutMemberId ? { target: 'member' as const, targetMemberId: aboutMemberId } : { target: 'organisation' as const };
  await db.opinions.add({
    id, unitId, text, channel: 'box', source, ...target, category: 'style', date: '2005-09-08', anonymous: true, fromStage1: false, createdAt: ctx.now,
  });
  return id;
}

const lastAudit = async (db: PytDb, unitId: string) => (await listAudit(db, unitId, { limit: 1 }))[0];
const measure = async (db: PytDb, unitId: string, key: string, now = ctx.today) =>
  MEASURES[key].compute(makeSnapshot(), { throughout: await loadThroughoutFacts(db, unitId) }, now);

const draft = { opinionIds: [] as string[], problem: '会议多、文件多', measure: '精简会议文件', ownerName: '办公室刘主任', deadline: '2005-09-25' };

describe('the 边议边改 ledger', () => {
  it('R-FIX-NOW: an item from the masses\' opinions, owned by a member, is tracked to its result; the checklist follows and names the masses\' opinions on the organisation still unanswered', async () => {
    const { db, unitId, people } = await setup();
    const o1 = await addOpinion(db, unitId, '窗口办事要跑好几趟', 'masses');
    await addOpinion(db, unitId, '收费标准不公开', 'client');
    // About one member: it goes back to that member, the ledger is not asked to answer it.
    await addOpinion(db, unitId, '张三上班常迟到', 'masses', people.zhang.id);
    await addOpinion(db, unitId, '党员学习笔记不全', 'party');
    expect(await measure(db, unitId, 'throughout.fixNow')).toMatchObject({
      done: false,
      detail: '尚未建立边议边改整改台账；2 条群众意见尚未列入台账：“收费标准不公开”、“窗口办事要跑好几趟”',
    });

    const item = await saveFixItem(
      db,
      unitId,
      { opinionIds: [o1], problem: '  窗口办事要跑好几趟\u200b ', measure: '实行一次性告知', ownerId: people.zhang.id, deadline: '2005-09-18' },
      ctx,
    );
    expect(item).toMatchObject({ problem: '窗口办事要跑好几趟', ownerId: people.zhang.id, ownerName: '张三', status: 'open', order: 0 });
    expect(fixItemRecord.safeParse(item).success).toBe(true);
    expect(await lastAudit(db, unitId)).toMatchObject({ action: 'fixItem.create', entity: 'fixItem', entityId: item.id });

    // Past its deadline and still open: named on the checklist, with the opinion still unanswered.
    expect(await measure(db, unitId, 'throughout.fixNow')).toEqual({
      done: false,
      detail: '1 项整改已过期：“窗口办事要跑好几趟”；1 条群众意见尚未列入台账：“收费标准不公开”',
    });

    await expect(completeFixItem(db, unitId, item.id, { doneOn: '2005-09-19', result: ' ' }, ctx)).rejects.toThrow('请填写整改结果');
    await expect(completeFixItem(db, unitId, item.id, { doneOn: '2005-09-21', result: '已实行' }, ctx)).rejects.toThrow('完成日期不能晚于今天');
    const done = await completeFixItem(db, unitId, item.id, { doneOn: '2005-09-19', result: '9月19日起实行一次性告知' }, ctx);
    expect(done).toMatchObject({ status: 'done', doneOn: '2005-09-19', result: '9月19日起实行一次性告知' });
    expect(fixItemRecord.safeParse(done).success).toBe(true);
    expect(await measure(db, unitId, 'throughout.fixNow')).toMatchObject({ done: true, detail: expect.stringContaining('整改台账 1 项，已完成 1 项') });

    const back = await reopenFixItem(db, unitId, item.id, ctx);
    expect(back.status).toBe('open');
    expect(back.doneOn).toBeUndefined();
    expect(fixItemRecord.safeParse(back).success).toBe(true);
    expect((await measure(db, unitId, 'throughout.fixNow')).done).toBe(false);
  });

  it('refuses an item without problem, measure or owner, or with another unit\'s opinion, writing nothing', async () => {
    const { db, unitId } = await setup();
    const foreign = await addOpinion(db, 'another-unit', '别的单位的意见', 'masses');
    await expect(saveFixItem(db, unitId, { ...draft, problem: ' ', measure: '', ownerName: '' }, ctx)).rejects.toThrow(
      '请填写存在的问题\n请填写整改措施\n请选定或填写责任人',
    );
    await expect(saveFixItem(db, unitId, { ...draft, opinionIds: [foreign] }, ctx)).rejects.toThrow('所选意见不存在或已被删除');
    await expect(saveFixItem(db, unitId, { ...draft, ownerId: 'nobody', ownerName: undefined }, ctx)).rejects.toThrow(UserError);
    await expect(saveFixItem(db, unitId, { ...draft, id: 'nope' }, ctx)).rejects.toThrow('该整改事项不存在');
    expect(await db.fixItems.count()).toBe(0);
  });

  it('keeps the status when an item is edited, and deletes one with an audit entry', async () => {
    const { db, unitId } = await setup();
    const a = await saveFixItem(db, unitId, draft, ctx);
    const b = await saveFixItem(db, unitId, { ...draft, problem: '走访群众少' }, ctx);
    expect(b.order).toBe(1);
    await completeFixItem(db, unitId, a.id, { doneOn: '2005-09-20', result: '每周只开一次例会' }, ctx);
    const edited = await saveFixItem(db, unitId, { ...draft, id: a.id, measure: '精简会议文件，合并例会' }, ctx);
    expect(edited).toMatchObject({ status: 'done', doneOn: '2005-09-20', result: '每周只开一次例会', order: 0, measure: '精简会议文件，合并例会' });
    await deleteFixItem(db, unitId, b.id, ctx);
    expect(await db.fixItems.count()).toBe(1);
    expect(await lastAudit(db, unitId)).toMatchObject({ action: 'fixItem.delete', summary: '删除整改事项“走访群众少”' });
  });
});

describe('the study log', () => {
  it('R-STUDY: attendance and make-ups decide who has studied each required topic; the checklist names who has not', async () => {
    const { db, unitId, people } = await setup();
    expect(await measure(db, unitId, 'throughout.study')).toMatchObject({ done: false, detail: '尚未记录集中学习' });
    const s1 = await saveStudySession(
      db,
      unitId,
      { date: '2005-09-08', topics: ['constitutionRights', 'sixRequirements'], content: '学习党章第一章', attendeeIds: [people.zhang.id, people.li.id], makeUps: [] },
      ctx,
    );
    expect(studySessionRecord.safeParse(s1).success).toBe(true);
    expect(await measure(db, unitId, 'throughout.study')).toEqual({
      done: false,
      detail: '两项必学内容尚有 1 人未参加也未补学：王五',
    });

    const s2 = await saveStudySession(
      db,
      unitId,
      { id: s1.id, date: s1.date, topics: s1.topics, content: s1.content, attendeeIds: s1.attendeeIds, makeUps: [{ memberId: people.wang.id, date: '2005-09-12' }] },
      ctx,
    );
    expect(s2).toMatchObject({ makeUpIds: [people.wang.id], makeUpDates: ['2005-09-12'], createdAt: s1.createdAt });
    expect(await lastAudit(db, unitId)).toMatchObject({ action: 'study.update', summary: expect.stringContaining('补学 1 人') });
    expect(await measure(db, unitId, 'throughout.study')).toEqual({
      done: true,
      detail: '两项必学内容已学完，集中学习 1 次，3 名党员均已参加或补学',
    });
  });

  it('refuses non-party people, a make-up by someone who attended, and a future date, writing nothing', async () => {
    const { db, unitId, people } = await setup();
    const base = { date: '2005-09-08', topics: ['constitutionRights' as const], content: '', attendeeIds: [people.zhang.id], makeUps: [] };
    await expect(saveStudySession(db, unitId, { ...base, attendeeIds: [people.zhang.id, people.masses.id] }, ctx)).rejects.toThrow(
      '学习记录只记党员，以下人员不是党员：赵大妈',
    );
    await expect(saveStudySession(db, unitId, { ...base, makeUps: [{ memberId: people.zhang.id, date: '2005-09-09' }] }, ctx)).rejects.toThrow(
      '已参加学习的党员不需要补学',
    );
    await expect(saveStudySession(db, unitId, { ...base, date: '2005-09-21' }, ctx)).rejects.toThrow('学习日期不能晚于今天');
    await expect(saveStudySession(db, unitId, { ...base, attendeeIds: ['nobody'] }, ctx)).rejects.toThrow('不在本单位名册中');
    expect(await db.studySessions.count()).toBe(0);
    const s = await saveStudySession(db, unitId, base, ctx);
    await deleteStudySession(db, unitId, s.id, ctx);
    expect(await db.studySessions.count()).toBe(0);
  });
});

describe('the records in a backup, and others\' deletions', () => {
  it('restores as a new unit with make-ups, owners and opinions pointing at the new copies', async () => {
    const { db, unitId, people } = await setup();
    const o = await addOpinion(db, unitId, '窗口办事要跑好几趟', 'masses');
    await saveFixItem(db, unitId, { ...draft, opinionIds: [o], ownerId: people.li.id, ownerName: undefined }, ctx);
    await saveStudySession(
      db,
      unitId,
      { date: '2005-09-08', topics: ['sixRequirements'], content: '', attendeeIds: [people.zhang.id], makeUps: [{ memberId: people.wang.id, date: '2005-09-10' }] },
      ctx,
    );
    const backup = await exportUnitBackup(db, unitId, '0.0.0-test', ctx.now);
    expect(checkBackupConsistency(backup)).toEqual([]);
    expect(throughoutBackupProblems(backup.records)).toEqual([]);
    const decoded = decodeBackup(encodeBackup(backup));
    if (!decoded.ok) throw new Error(decoded.error.join('\n'));
    const { unit } = await restoreUnitBackup(db, decoded.value, { mode: 'asNew', actor: '张书记', now: ctx.now, appVersion: '0.0.0-test' });
    const names = new Map((await db.members.where('unitId').equals(unit.id).toArray()).map((m) => [m.id, m.name]));
    const [session] = await db.studySessions.where('unitId').equals(unit.id).toArray();
    expect(session.makeUpIds.map((id) => names.get(id))).toEqual(['王五']);
    expect(session.attendeeIds.map((id) => names.get(id))).toEqual(['张三']);
    const [item] = await db.fixItems.where('unitId').equals(unit.id).toArray();
    expect(names.get(item.ownerId!)).toBe('李四');
    expect((await db.opinions.get(item.opinionIds[0]))?.unitId).toBe(unit.id);
  });

  it('a backup listing a non-party person in the study log is refused by the study rule', async () => {
    const { db, unitId, people } = await setup();
    await saveStudySession(db, unitId, { date: '2005-09-08', topics: ['sixRequirements'], content: '', attendeeIds: [people.zhang.id], makeUps: [] }, ctx);
    const backup = await exportUnitBackup(db, unitId, '0.0.0-test', ctx.now);
    backup.records.studySessions[0].attendeeIds.push(people.masses.id);
    expect(throughoutBackupProblems(backup.records)).toEqual([`records.studySessions[0].attendeeIds[1]: 赵大妈不是党员，不能列入党员学习记录`]);
  });

  it('a member leaving the roster keeps the owner\'s name on the ledger and leaves the study log; an opinion deleted leaves its items', async () => {
    const { db, unitId, people } = await setup();
    const o = await addOpinion(db, unitId, '窗口办事要跑好几趟', 'masses');
    const item = await saveFixItem(db, unitId, { ...draft, opinionIds: [o], ownerId: people.wang.id, ownerName: undefined }, ctx);
    const s = await saveStudySession(
      db,
      unitId,
      { date: '2005-09-08', topics: ['sixRequirements'], content: '', attendeeIds: [people.zhang.id], makeUps: [{ memberId: people.wang.id, date: '2005-09-10' }] },
      ctx,
    );
    const changed = await db.transaction('rw', [db.fixItems, db.studySessions], () => releaseMemberFromThroughout(db, unitId, people.wang.id));
    expect(changed).toEqual({ items: 1, sessions: 1 });
    const after = (await db.fixItems.get(item.id))!;
    expect(after.ownerId).toBeUndefined();
    expect(after.ownerName).toBe('王五');
    expect(await db.studySessions.get(s.id)).toMatchObject({ attendeeIds: [people.zhang.id], makeUpIds: [], makeUpDates: [] });
    expect(await db.transaction('rw', [db.fixItems], () => unlinkOpinionFromFixItems(db, unitId, o))).toBe(1);
    expect((await db.fixItems.get(item.id))!.opinionIds).toEqual([]);
  });
});

describe('R-FIX-NOW: the unanswered masses’ opinions without reading the register', () => {
  it('readUnanswered gives the same count and the same oldest ones as going through every opinion, in two units side by side', async () => {
    const { readUnanswered, loadLedgerData } = await import('../../renderer/db/repos/throughout');
    const { awaitsLedger } = await import('@shared/throughout/ledger');
    const db = await openDb(`repos-throughout-unanswered-${crypto.randomUUID()}`);
    open.push(db);
    const sources: OpinionSource[] = ['party', 'masses', 'client', 'npcDeputy'];
    const targets = ['organisation', 'leadership', 'member'] as const;
    let seed = 42;
    const next = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    const rows = Array.from({ length: 400 }, (_, i) => {
      const target = targets[Math.floor(next() * 3)];
      return {
        id: `o-${String(i).padStart(4, '0')}`,
        unitId: i % 4 === 0 ? 'other-unit' : 'u-1',
        text: `意见${i}`,
        channel: 'box' as const,
        source: sources[Math.floor(next() * sources.length)],
        target,
        ...(target === 'member' ? { targetMemberId: 'm-1' } : {}),
        category: 'work' as const,
        // Few dates, so that many share a day and the order within it counts.
        date: `2005-09-0${1 + Math.floor(next() * 5)}`,
        anonymous: true,
        fromStage1: false,
        createdAt: `2005-09-10T09:${String(Math.floor(next() * 60)).padStart(2, '0')}:00.000Z`,
      };
    });
    await db.opinions.bulkAdd(rows);
    const mine = rows.filter((o) => o.unitId === 'u-1');
    const items = [{ opinionIds: mine.filter((_, i) => i % 5 === 0).map((o) => o.id) }, { opinionIds: ['o-0000', 'gone'] }];
    const answered = new Set(items.flatMap((i) => i.opinionIds));
    const expected = mine
      .filter((o) => awaitsLedger(o) && !answered.has(o.id))
      .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt) || a.text.localeCompare(b.text));
    expect(expected.length).toBeGreaterThan(20);
    for (const limit of [0, 1, 3, 5, 1000]) {
      const got = await readUnanswered(db, 'u-1', items, limit);
      expect(got.count, `limit ${limit}`).toBe(expected.length);
      expect(got.first.map((o) => o.id), `limit ${limit}`).toEqual(expected.slice(0, limit).map((o) => o.id));
    }
    // The page's query, with no item in the ledger yet: every one of them awaits it.
    const ledger = await loadLedgerData(db, 'u-1');
    expect(ledger.unanswered.count).toBe(mine.filter(awaitsLedger).length);
  });
});
