/**
 * 谈心 (R-TALK-PAIRS, R-TALK-LEADER-ALL, R-TALK-PLAN): the talk records of a unit. The required
 * pairs come from the roster (shared/talks/pairs.ts); each user action is one transaction with
 * its audit entry; bad input is refused with a Chinese message and writes nothing.
 */
import type { WriteContext } from '@shared/audit/types';
import type { Member } from '@shared/members/types';
import { checkTalkClash, consecutiveTimes } from '@shared/talks/clash';
import { isNoLongerRequired } from '@shared/talks/coverage';
import { extraTalkReasons, pairKey, requiredTalkPairs } from '@shared/talks/pairs';
import { GONE, personLabels } from '@shared/talks/people';
import { TALK_REASONS, type Talk, type TalkReason } from '@shared/talks/types';
import {
  cleanTalkPlan,
  talkDoneProblems,
  talkPlanProblems,
  type TalkDoneInput,
  type TalkPlanInput,
} from '@shared/talks/validate';
import { formatChineseMonthDay } from '@shared/util/dates';
import { UserError } from '@shared/util/result';
import { cleanMultiline } from '@shared/util/text';
import type { PytDb } from '../db';
import { writeUnit } from '../write';
import { failGate, failIf } from './errors';

export type TalkContext = WriteContext & { today: string };

export async function listTalks(db: PytDb, unitId: string): Promise<Talk[]> {
  return db.talks.where('unitId').equals(unitId).toArray();
}

async function getTalk(db: PytDb, unitId: string, talkId: string): Promise<Talk> {
  const t = await db.talks.get(talkId);
  if (!t || t.unitId !== unitId) throw new UserError('这条谈心不存在或已被删除');
  return t;
}

/** Names of a few people, told apart where two of them share a name. */
async function namesOf(db: PytDb, unitId: string, ids: readonly string[]): Promise<(id: string) => string> {
  const found = (await db.members.bulkGet([...new Set(ids)])).filter((m): m is Member => m !== undefined && m.unitId === unitId);
  const labels = personLabels(found, await db.branches.where('unitId').equals(unitId).toArray());
  return (id) => labels.get(id) ?? GONE;
}

const sameReasons = (a: readonly TalkReason[], b: readonly TalkReason[]) => a.length === b.length && a.every((r, i) => r === b[i]);
const sorted = (rs: Iterable<TalkReason>) => TALK_REASONS.filter((r) => [...rs].includes(r));

export interface GenerateResult {
  created: number;
  /** Talks whose reasons changed with the roster. */
  refreshed: number;
  /** Talks kept although the roster no longer requires their pair. */
  noLongerRequired: number;
}

/**
 * 生成应谈名单: a talk record for each required pair that has none yet (a cancelled one counts:
 * the user cancelled it on purpose); existing talks are kept, their reasons refreshed from the
 * roster. A talk whose pair is no longer required keeps its old reasons, so the page shows it
 * as such; nothing is deleted.
 */
export async function generateTalks(db: PytDb, unitId: string, ctx: WriteContext): Promise<GenerateResult> {
  return writeUnit(db, unitId, ctx, ['talks', 'members', 'offices', 'branches'], async (w) => {
    const [members, offices, branches, talks] = await Promise.all([
      db.members.where('unitId').equals(unitId).toArray(),
      db.offices.where('unitId').equals(unitId).toArray(),
      db.branches.where('unitId').equals(unitId).toArray(),
      listTalks(db, unitId),
    ]);
    const required = requiredTalkPairs(members, offices, branches);
    if (required.length === 0) {
      throw new UserError('名册中还没有标明主要负责同志、班子成员、支部书记等角色，也没有分管科室的负责人，生成不了应谈名单。请先在党员名册中设置。');
    }
    const requiredByKey = new Map(required.map((p) => [p.key, p]));
    const kind = new Map(members.map((m) => [m.id, m]));
    const listed = new Set(talks.map((t) => pairKey(t.aId, t.bId)));
    const updates: Talk[] = [];
    let noLongerRequired = 0;
    for (const t of talks) {
      const pair = requiredByKey.get(pairKey(t.aId, t.bId));
      let reasons: TalkReason[];
      if (pair) reasons = pair.reasons;
      else if (isNoLongerRequired(t, requiredByKey)) {
        noLongerRequired += 1;
        continue;
      } else {
        const a = kind.get(t.aId);
        const b = kind.get(t.bId);
        if (!a || !b) continue;
        reasons = extraTalkReasons(a, b);
      }
      if (!sameReasons(t.reasons, reasons)) updates.push({ ...t, reasons: [...reasons], updatedAt: ctx.now });
    }
    const created: Talk[] = required
      .filter((p) => !listed.has(p.key))
      .map((p) => ({
        id: crypto.randomUUID(),
        unitId,
        aId: p.aId,
        bId: p.bId,
        reasons: [...p.reasons],
        status: 'planned',
        createdAt: ctx.now,
        updatedAt: ctx.now,
      }));
    await db.talks.bulkPut([...updates, ...created]);
    const parts = [`新增 ${created.length} 对`];
    if (updates.length > 0) parts.push(`${updates.length} 对按名册更新了谈话类型`);
    if (noLongerRequired > 0) parts.push(`${noLongerRequired} 对已不在应谈名单（保留未删）`);
    w.audit({ action: 'talk.generate', entity: 'talk', summary: `生成应谈名单：应谈 ${required.length} 对，${parts.join('，')}` });
    return { created: created.length, refreshed: updates.length, noLongerRequired };
  });
}

/** Refuses, naming the clash, a time at which one of the two already has a talk (R-TALK-PLAN). */
async function refuseClash(db: PytDb, unitId: string, slot: Pick<Talk, 'aId' | 'bId' | 'date' | 'time' | 'minutes'> & { id?: string }) {
  const sameDay = await db.talks.where('[unitId+date]').equals([unitId, slot.date!]).toArray();
  const involved = sameDay.filter((t) => [t.aId, t.bId].some((id) => id === slot.aId || id === slot.bId));
  const nameOf = await namesOf(db, unitId, [slot.aId, slot.bId, ...involved.flatMap((t) => [t.aId, t.bId])]);
  failGate(checkTalkClash({ ...slot, status: 'planned' }, involved, nameOf));
}

function checkedPlan(input: TalkPlanInput): TalkPlanInput {
  const plan = cleanTalkPlan(input);
  failIf(talkPlanProblems(plan));
  return plan;
}

const planFields = (p: TalkPlanInput) => ({ date: p.date, time: p.time, minutes: p.minutes, place: p.place, ...(p.topic ? { topic: p.topic } : {}) });
const when = (p: Pick<TalkPlanInput, 'date' | 'time'>) => `${formatChineseMonthDay(p.date)} ${p.time}`;

/** 预约: the date, time, length, place and prepared topic of a talk not yet held. */
export async function planTalk(db: PytDb, unitId: string, talkId: string, input: TalkPlanInput, ctx: WriteContext): Promise<Talk> {
  const plan = checkedPlan(input);
  return writeUnit(db, unitId, ctx, ['talks', 'members', 'branches'], async (w) => {
    const old = await getTalk(db, unitId, talkId);
    if (old.status === 'done') throw new UserError('这次谈心已经谈过，不能再安排');
    if (old.status === 'cancelled') throw new UserError('这次谈心已取消，请先恢复再安排');
    await refuseClash(db, unitId, { id: old.id, aId: old.aId, bId: old.bId, ...plan });
    const { topic: _t, ...rest } = old;
    const talk: Talk = { ...rest, ...planFields(plan), updatedAt: ctx.now };
    await db.talks.put(talk);
    const nameOf = await namesOf(db, unitId, [talk.aId, talk.bId]);
    w.audit({ action: 'talk.plan', entity: 'talk', entityId: talk.id, summary: `安排谈心 ${nameOf(talk.aId)}—${nameOf(talk.bId)}：${when(plan)}，${plan.place}` });
    return talk;
  });
}

/** How many talks one 批量安排 may book. */
export const BATCH_MAX = 60;

/**
 * 批量安排: several talks one after another on one day and at one place, in the order given
 * (e.g. a secretary's afternoon with the branch's members), each `minutes` long. Refused as a
 * whole, naming the first clashes, when any of them clashes with another talk of the day.
 */
export async function planTalksInRow(db: PytDb, unitId: string, talkIds: readonly string[], input: TalkPlanInput, ctx: WriteContext): Promise<Talk[]> {
  const plan = checkedPlan(input);
  const ids = [...new Set(talkIds)];
  if (ids.length === 0) throw new UserError('请先勾选要安排的谈心');
  if (ids.length > BATCH_MAX) throw new UserError(`一次最多安排 ${BATCH_MAX} 次谈心`);
  const times = consecutiveTimes(plan.time, plan.minutes, ids.length);
  if (!times) throw new UserError(`从 ${plan.time} 起连着谈 ${ids.length} 次，每次 ${plan.minutes} 分钟，当天排不下，请提前开始时间或分两天安排`);
  return writeUnit(db, unitId, ctx, ['talks', 'members', 'branches'], async (w) => {
    const olds = await Promise.all(ids.map((id) => getTalk(db, unitId, id)));
    const closed = olds.filter((t) => t.status !== 'planned');
    if (closed.length > 0) throw new UserError('勾选的谈心中有已谈或已取消的，请只勾选还没谈的');
    const moving = new Set(ids);
    const sameDay = (await db.talks.where('[unitId+date]').equals([unitId, plan.date]).toArray()).filter((t) => !moving.has(t.id));
    const talks: Talk[] = olds.map((old, i) => {
      const { topic: _t, ...rest } = old;
      return { ...rest, ...planFields({ ...plan, time: times[i] }), updatedAt: ctx.now };
    });
    const nameOf = await namesOf(db, unitId, [...talks, ...sameDay].flatMap((t) => [t.aId, t.bId]));
    const problems = talks.flatMap((t, i) => {
      const g = checkTalkClash({ ...t, id: undefined }, [...sameDay, ...talks.slice(0, i)], nameOf);
      return g.ok ? [] : g.reasons.map((r) => r.message);
    });
    failIf(problems.slice(0, 5), problems.length > 5 ? `有 ${problems.length} 处时间冲突，例如：` : undefined);
    await db.talks.bulkPut(talks);
    w.audit({
      action: 'talk.planRow',
      entity: 'talk',
      summary: `批量安排谈心 ${talks.length} 次：${formatChineseMonthDay(plan.date)} ${times[0]} 起，每次 ${plan.minutes} 分钟，${plan.place}`,
    });
    return talks;
  });
}

/**
 * A talk the rules do not require pair by pair (党员之间, 党员与群众 …), or a required pair that
 * has no record yet; planned at once when `plan` is given.
 */
export async function addTalk(
  db: PytDb,
  unitId: string,
  input: { aId: string; bId: string; plan?: TalkPlanInput },
  ctx: WriteContext,
): Promise<Talk> {
  if (!input.aId || !input.bId) throw new UserError('请选择谈话人和谈话对象');
  if (input.aId === input.bId) throw new UserError('谈话人和谈话对象不能是同一个人');
  const plan = input.plan ? checkedPlan(input.plan) : undefined;
  return writeUnit(db, unitId, ctx, ['talks', 'members', 'offices', 'branches'], async (w) => {
    const [a, b] = await db.members.bulkGet([input.aId, input.bId]);
    if (!a || a.unitId !== unitId || !b || b.unitId !== unitId) throw new UserError('谈话人或谈话对象不在名册中');
    const nameOf = await namesOf(db, unitId, [a.id, b.id]);
    const key = pairKey(a.id, b.id);
    const open = [...(await db.talks.where('[unitId+aId]').equals([unitId, a.id]).toArray()), ...(await db.talks.where('[unitId+bId]').equals([unitId, a.id]).toArray())]
      .filter((t) => pairKey(t.aId, t.bId) === key && t.status === 'planned');
    if (open.length > 0) throw new UserError(`${nameOf(a.id)}和${nameOf(b.id)}已有一次还没谈的谈心，请直接安排那一次`);
    const [members, offices, branches] = await Promise.all([
      db.members.where('unitId').equals(unitId).toArray(),
      db.offices.where('unitId').equals(unitId).toArray(),
      db.branches.where('unitId').equals(unitId).toArray(),
    ]);
    const pair = requiredTalkPairs(members, offices, branches).find((p) => p.key === key);
    if (plan) await refuseClash(db, unitId, { aId: a.id, bId: b.id, ...plan });
    const talk: Talk = {
      id: crypto.randomUUID(),
      unitId,
      aId: a.id,
      bId: b.id,
      reasons: pair ? [...pair.reasons] : sorted(extraTalkReasons(a, b)),
      status: 'planned',
      ...(plan ? planFields(plan) : {}),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    await db.talks.add(talk);
    w.audit({
      action: 'talk.add',
      entity: 'talk',
      entityId: talk.id,
      summary: `添加谈心 ${nameOf(a.id)}—${nameOf(b.id)}${plan ? `：${when(plan)}，${plan.place}` : ''}`,
    });
    return talk;
  });
}

/** 已谈: the day it was held and a short note of what was said (also to correct a record). */
export async function recordTalkDone(db: PytDb, unitId: string, talkId: string, input: TalkDoneInput, ctx: TalkContext): Promise<Talk> {
  failIf(talkDoneProblems(input, ctx.today));
  const note = cleanMultiline(input.note);
  return writeUnit(db, unitId, ctx, ['talks', 'members', 'branches'], async (w) => {
    const old = await getTalk(db, unitId, talkId);
    if (old.status === 'cancelled') throw new UserError('这次谈心已取消，请先恢复再记录');
    const talk: Talk = { ...old, status: 'done', doneOn: input.doneOn, note, updatedAt: ctx.now };
    await db.talks.put(talk);
    const nameOf = await namesOf(db, unitId, [talk.aId, talk.bId]);
    w.audit({
      action: old.status === 'done' ? 'talk.editRecord' : 'talk.done',
      entity: 'talk',
      entityId: talk.id,
      summary: `${old.status === 'done' ? '修改谈心记录' : '记录已谈'} ${nameOf(talk.aId)}—${nameOf(talk.bId)}（${formatChineseMonthDay(input.doneOn)}）`,
    });
    return talk;
  });
}

type StatusChange = 'cancel' | 'reopen' | 'undoDone';
const CHANGE: Record<StatusChange, { from: Talk['status']; refuse: string; verb: string }> = {
  cancel: { from: 'planned', refuse: '只有还没谈的谈心才能取消', verb: '取消谈心' },
  reopen: { from: 'cancelled', refuse: '只有已取消的谈心才能恢复', verb: '恢复谈心' },
  undoDone: { from: 'done', refuse: '这次谈心还没有记为已谈', verb: '改为未谈' },
};

/** 取消 a talk not held, 恢复 a cancelled one, or take back a "done" recorded by mistake. */
export async function changeTalkStatus(db: PytDb, unitId: string, talkId: string, change: StatusChange, ctx: WriteContext): Promise<Talk> {
  const c = CHANGE[change];
  return writeUnit(db, unitId, ctx, ['talks', 'members', 'branches'], async (w) => {
    const old = await getTalk(db, unitId, talkId);
    if (old.status !== c.from) throw new UserError(c.refuse);
    const { doneOn: _d, note: _n, ...rest } = old;
    const talk: Talk = { ...(change === 'undoDone' ? rest : old), status: change === 'cancel' ? 'cancelled' : 'planned', updatedAt: ctx.now };
    await db.talks.put(talk);
    const nameOf = await namesOf(db, unitId, [talk.aId, talk.bId]);
    w.audit({ action: `talk.${change}`, entity: 'talk', entityId: talk.id, summary: `${c.verb} ${nameOf(talk.aId)}—${nameOf(talk.bId)}` });
    return talk;
  });
}

/** Deletes a talk the roster does not require (an extra one, or one no longer required); a required one is cancelled instead. */
export async function deleteTalk(db: PytDb, unitId: string, talkId: string, ctx: WriteContext): Promise<void> {
  await writeUnit(db, unitId, ctx, ['talks', 'members', 'offices', 'branches'], async (w) => {
    const old = await getTalk(db, unitId, talkId);
    const [members, offices, branches] = await Promise.all([
      db.members.where('unitId').equals(unitId).toArray(),
      db.offices.where('unitId').equals(unitId).toArray(),
      db.branches.where('unitId').equals(unitId).toArray(),
    ]);
    const key = pairKey(old.aId, old.bId);
    if (requiredTalkPairs(members, offices, branches).some((p) => p.key === key)) {
      throw new UserError('这是应谈的谈心，不能删除；确实不谈的，请点“取消”');
    }
    await db.talks.delete(talkId);
    const nameOf = await namesOf(db, unitId, [old.aId, old.bId]);
    w.audit({ action: 'talk.delete', entity: 'talk', entityId: talkId, summary: `删除谈心 ${nameOf(old.aId)}—${nameOf(old.bId)}` });
  });
}

/**
 * For deleting a person (call inside a write over `talks`): removes his or her talks and says
 * how many, so no talk points at someone who is gone.
 */
export async function deleteTalksOfMember(db: PytDb, unitId: string, memberId: string): Promise<number> {
  const ids = [
    ...(await db.talks.where('[unitId+aId]').equals([unitId, memberId]).primaryKeys()),
    ...(await db.talks.where('[unitId+bId]').equals([unitId, memberId]).primaryKeys()),
  ];
  await db.talks.bulkDelete(ids);
  return ids.length;
}
