/**
 * 贯穿始终: the 边议边改整改台账 (R-FIX-NOW) and the study log (R-STUDY). Texts are cleaned here
 * whoever calls; linked opinions, owners and the people of a study entry must be the unit's own.
 */
import Dexie from 'dexie';
import { awaitsLedger, completionProblems, fixItemDraftProblems, type FixItemDraft } from '@shared/throughout/ledger';
import { awaitingLedgerOf } from '@shared/opinions/tally';
import type { Opinion, OpinionSource, OpinionTarget } from '@shared/opinions/types';
import { readOpinionCounts } from './opinions';
import { shortLabel } from '@shared/throughout/names';
import { studyDraftProblems, type StudyDraft } from '@shared/throughout/study';
import { STUDY_TOPIC_SHORT, type FixItem, type StudySession } from '@shared/throughout/types';
import { formatChineseDate } from '@shared/util/dates';
import { UserError } from '@shared/util/result';
import { cleanLine, cleanMultiline } from '@shared/util/text';
import type { PytDb } from '../db';
import { writeUnit } from '../write';
import type { CampaignContext } from './context';
import { failIf } from './errors';

type Ctx = Pick<CampaignContext, 'actor' | 'now' | 'today'>;

const quoted = (text: string) => `“${shortLabel(text, 20)}”`;

async function ownItem(db: PytDb, unitId: string, id: string): Promise<FixItem> {
  const item = await db.fixItems.get(id);
  if (!item || item.unitId !== unitId) throw new UserError('该整改事项不存在或已被删除');
  return item;
}

/** Creates (no `id`) or edits an item's problem, measure, owner, deadline and opinions; its status stays. */
export async function saveFixItem(db: PytDb, unitId: string, input: FixItemDraft & { id?: string }, ctx: Ctx): Promise<FixItem> {
  const draft: FixItemDraft = {
    opinionIds: [...input.opinionIds],
    problem: cleanMultiline(input.problem ?? ''),
    measure: cleanMultiline(input.measure ?? ''),
    ownerId: input.ownerId || undefined,
    ownerName: input.ownerId ? undefined : cleanLine(input.ownerName ?? ''),
    deadline: input.deadline,
  };
  failIf(fixItemDraftProblems(draft));
  return writeUnit(db, unitId, ctx, ['fixItems', 'opinions', 'members'], async (w) => {
    const old = input.id ? await ownItem(db, unitId, input.id) : undefined;
    const opinions = await db.opinions.bulkGet([...draft.opinionIds]);
    if (opinions.some((o) => !o || o.unitId !== unitId)) throw new UserError('所选意见不存在或已被删除，请重新选择');
    let ownerName = draft.ownerName ?? '';
    if (draft.ownerId) {
      const owner = await db.members.get(draft.ownerId);
      if (!owner || owner.unitId !== unitId) throw new UserError('所选责任人不在本单位名册中');
      ownerName = owner.name;
    }
    const siblings = old ? [] : await db.fixItems.where('unitId').equals(unitId).toArray();
    const item: FixItem = {
      id: old?.id ?? crypto.randomUUID(),
      unitId,
      opinionIds: draft.opinionIds.slice(),
      problem: draft.problem,
      measure: draft.measure,
      ...(draft.ownerId ? { ownerId: draft.ownerId } : {}),
      ownerName,
      deadline: draft.deadline,
      status: old?.status ?? 'open',
      ...(old?.doneOn ? { doneOn: old.doneOn } : {}),
      ...(old?.result !== undefined ? { result: old.result } : {}),
      order: old?.order ?? siblings.reduce((max, s) => Math.max(max, s.order + 1), 0),
      createdAt: old?.createdAt ?? ctx.now,
      updatedAt: ctx.now,
    };
    await db.fixItems.put(item);
    const from = item.opinionIds.length > 0 ? `（关联意见 ${item.opinionIds.length} 条）` : '';
    w.audit({
      action: old ? 'fixItem.update' : 'fixItem.create',
      entity: 'fixItem',
      entityId: item.id,
      summary: `${old ? '修改' : '新增'}整改事项${quoted(item.problem)}${from}，责任人${item.ownerName}，${formatChineseDate(item.deadline)}前完成`,
    });
    return item;
  });
}

/** Marks an item done (or corrects the result of a done one): the day, not after today, and the result. */
export async function completeFixItem(db: PytDb, unitId: string, id: string, input: { doneOn: string; result: string }, ctx: Ctx): Promise<FixItem> {
  const result = cleanMultiline(input.result ?? '');
  failIf(completionProblems({ doneOn: input.doneOn, result }, ctx.today));
  return writeUnit(db, unitId, ctx, ['fixItems'], async (w) => {
    const old = await ownItem(db, unitId, id);
    const item: FixItem = { ...old, status: 'done', doneOn: input.doneOn, result, updatedAt: ctx.now };
    await db.fixItems.put(item);
    w.audit({
      action: 'fixItem.done',
      entity: 'fixItem',
      entityId: id,
      summary: `整改事项${quoted(item.problem)}${old.status === 'done' ? '修改整改结果' : '已完成'}（${formatChineseDate(input.doneOn)}）：${shortLabel(result, 40)}`,
    });
    return item;
  });
}

/** Puts a done item back to 正在整改; its result text is kept for the next completion. */
export async function reopenFixItem(db: PytDb, unitId: string, id: string, ctx: Ctx): Promise<FixItem> {
  return writeUnit(db, unitId, ctx, ['fixItems'], async (w) => {
    const old = await ownItem(db, unitId, id);
    if (old.status === 'open') throw new UserError('该事项本来就在整改中');
    const { doneOn: _done, ...rest } = old;
    const item: FixItem = { ...rest, status: 'open', updatedAt: ctx.now };
    await db.fixItems.put(item);
    w.audit({ action: 'fixItem.reopen', entity: 'fixItem', entityId: id, summary: `整改事项${quoted(item.problem)}改回正在整改` });
    return item;
  });
}

export async function deleteFixItem(db: PytDb, unitId: string, id: string, ctx: Ctx): Promise<void> {
  await writeUnit(db, unitId, ctx, ['fixItems'], async (w) => {
    const old = await ownItem(db, unitId, id);
    await db.fixItems.delete(id);
    w.audit({ action: 'fixItem.delete', entity: 'fixItem', entityId: id, summary: `删除整改事项${quoted(old.problem)}` });
  });
}

/** Creates (no `id`) or edits a study entry; everyone in it must be a party member of the unit. */
export async function saveStudySession(db: PytDb, unitId: string, input: StudyDraft & { id?: string }, ctx: Ctx): Promise<StudySession> {
  const place = cleanLine(input.place ?? '');
  const host = cleanLine(input.host ?? '');
  const draft: StudyDraft = {
    date: input.date,
    topics: [...input.topics],
    content: cleanMultiline(input.content ?? ''),
    attendeeIds: [...input.attendeeIds],
    makeUps: input.makeUps.map((m) => ({ memberId: m.memberId, date: m.date })),
    place,
    host,
  };
  failIf(studyDraftProblems(draft, ctx.today));
  return writeUnit(db, unitId, ctx, ['studySessions', 'members'], async (w) => {
    const old = input.id ? await db.studySessions.get(input.id) : undefined;
    if (input.id && (!old || old.unitId !== unitId)) throw new UserError('该学习记录不存在或已被删除');
    const people = await db.members.bulkGet([...draft.attendeeIds, ...draft.makeUps.map((m) => m.memberId)]);
    const notParty = people.filter((m) => m && m.unitId === unitId && m.kind !== 'party').map((m) => m!.name);
    if (people.some((m) => !m || m.unitId !== unitId)) throw new UserError('所选人员不在本单位名册中，请重新选择');
    if (notParty.length > 0) throw new UserError(`学习记录只记党员，以下人员不是党员：${notParty.join('、')}`);
    const session: StudySession = {
      id: old?.id ?? crypto.randomUUID(),
      unitId,
      date: draft.date,
      topics: draft.topics.slice(),
      content: draft.content,
      attendeeIds: draft.attendeeIds.slice(),
      makeUpIds: draft.makeUps.map((m) => m.memberId),
      makeUpDates: draft.makeUps.map((m) => m.date),
      ...(place ? { place } : {}),
      ...(host ? { host } : {}),
      createdAt: old?.createdAt ?? ctx.now,
      updatedAt: ctx.now,
    };
    await db.studySessions.put(session);
    const topics = session.topics.map((t) => STUDY_TOPIC_SHORT[t]).join('、');
    const made = session.makeUpIds.length > 0 ? `，补学 ${session.makeUpIds.length} 人` : '';
    w.audit({
      action: old ? 'study.update' : 'study.create',
      entity: 'study',
      entityId: session.id,
      summary: `${old ? '修改' : '记录'}${formatChineseDate(session.date)}集中学习（${topics}），参加 ${session.attendeeIds.length} 人${made}`,
    });
    return session;
  });
}

export async function deleteStudySession(db: PytDb, unitId: string, id: string, ctx: Ctx): Promise<void> {
  await writeUnit(db, unitId, ctx, ['studySessions'], async (w) => {
    const old = await db.studySessions.get(id);
    if (!old || old.unitId !== unitId) throw new UserError('该学习记录不存在或已被删除');
    await db.studySessions.delete(id);
    w.audit({ action: 'study.delete', entity: 'study', entityId: id, summary: `删除${formatChineseDate(old.date)}的学习记录` });
  });
}

/**
 * For deleting a member (call inside that write's transaction, which must include `fixItems`
 * and `studySessions`): an item the member owned keeps the owner's name without the link; the
 * member leaves the study log. Returns what changed, for the audit summary.
 */
export async function releaseMemberFromThroughout(db: PytDb, unitId: string, memberId: string): Promise<{ items: number; sessions: number }> {
  const owned = (await db.fixItems.where('unitId').equals(unitId).toArray()).filter((f) => f.ownerId === memberId);
  for (const f of owned) {
    const { ownerId: _gone, ...rest } = f;
    await db.fixItems.put(rest);
  }
  const sessions = (await db.studySessions.where('unitId').equals(unitId).toArray()).filter(
    (s) => s.attendeeIds.includes(memberId) || s.makeUpIds.includes(memberId),
  );
  for (const s of sessions) {
    const keep = s.makeUpIds.map((id, i) => [id, s.makeUpDates[i]] as const).filter(([id]) => id !== memberId);
    await db.studySessions.put({
      ...s,
      attendeeIds: s.attendeeIds.filter((id) => id !== memberId),
      makeUpIds: keep.map(([id]) => id),
      makeUpDates: keep.map(([, d]) => d),
    });
  }
  return { items: owned.length, sessions: sessions.length };
}

/**
 * For deleting an opinion (call inside that write's transaction, which must include `fixItems`):
 * the items that answered it no longer link it. Returns how many items changed.
 */
export async function unlinkOpinionFromFixItems(db: PytDb, unitId: string, opinionId: string): Promise<number> {
  const linked = (await db.fixItems.where('unitId').equals(unitId).toArray()).filter((f) => f.opinionIds.includes(opinionId));
  for (const f of linked) await db.fixItems.put({ ...f, opinionIds: f.opinionIds.filter((id) => id !== opinionId) });
  return linked.length;
}

/** The masses' opinions on the organisation or the leadership that no ledger item answers yet. */
export interface Unanswered {
  count: number;
  /** The oldest few (by date, then as entered), for the page and the checklist line. */
  first: Opinion[];
}

const CHUNK = 50;
const byDateEntered = (a: Opinion, b: Opinion) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt) || a.text.localeCompare(b.text);

/**
 * R-FIX-NOW's "not yet in the ledger", without reading the register: the count from the
 * opinions' tally less those the ledger's items name; the oldest `limit` by reading the
 * [unitId+date+createdAt] index in order until they are found.
 */
export async function readUnanswered(db: PytDb, unitId: string, items: readonly Pick<FixItem, 'opinionIds'>[], limit: number): Promise<Unanswered> {
  return db.transaction('r', [db.opinions, db.tallies], async () => {
    const answered = new Set(items.flatMap((i) => i.opinionIds));
    return unansweredGiven(db, unitId, answered, await db.opinions.bulkGet([...answered]), limit);
  });
}

/** readUnanswered with the opinions the items name already read (`linked`, undefined where gone). In a transaction over opinions and tallies. */
export async function unansweredGiven(
  db: PytDb,
  unitId: string,
  answered: ReadonlySet<string>,
  linked: readonly (Opinion | undefined)[],
  limit: number,
): Promise<Unanswered> {
  const counts = await readOpinionCounts(db, unitId);
  const answeredAwaiting = linked.filter((o) => o !== undefined && o.unitId === unitId && awaitsLedger(o)).length;
  const waiting = (o: Opinion) => awaitsLedger(o) && !answered.has(o.id);
  // In (date, entered) order, 50 at a time through the index (no cursor), each batch completed by
  // the rest of its last key's ties (a pasted batch shares its createdAt), until enough.
  const index = '[unitId+date+createdAt]';
  const first: Opinion[] = [];
  let after: [string, string] | undefined;
  while (first.length < limit) {
    const lower = after === undefined ? [unitId, Dexie.minKey] : [unitId, ...after];
    const chunk = await db.opinions.where(index).between(lower, [unitId, Dexie.maxKey], after === undefined, true).limit(CHUNK).toArray();
    if (chunk.length === 0) break;
    const last = chunk[chunk.length - 1];
    after = [last.date, last.createdAt];
    const seen = new Set(chunk.map((o) => o.id));
    const ties = chunk.length === CHUNK ? (await db.opinions.where(index).equals([unitId, ...after]).toArray()).filter((o) => !seen.has(o.id)) : [];
    first.push(...chunk.filter(waiting), ...ties.filter(waiting));
  }
  return { count: awaitingLedgerOf(counts) - answeredAwaiting, first: first.sort(byDateEntered).slice(0, limit) };
}

/** What the ledger shows of an opinion (the register belongs to the opinions feature). */
export interface OpinionBrief {
  id: string;
  text: string;
  source: OpinionSource;
  target: OpinionTarget;
  date: string;
}

export const briefOf = (o: Opinion): OpinionBrief => ({ id: o.id, text: o.text, source: o.source, target: o.target, date: o.date });
export const byBriefDate = (a: OpinionBrief, b: OpinionBrief) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** How many unanswered masses' opinions the ledger page lists by name. */
export const UNANSWERED_SHOWN = 5;

export interface LedgerData {
  items: FixItem[];
  /** The opinions the items name (the unit's own). */
  opinions: OpinionBrief[];
  unanswered: { count: number; first: OpinionBrief[] };
  /** The names of the items' owners from the roster. */
  memberNames: ReadonlyMap<string, string>;
}

/** What the 边议边改 ledger tab reads (features/throughout/queries.ts; also timed by the records bench). */
export function loadLedgerData(db: PytDb, unitId: string): Promise<LedgerData> {
  return db.transaction('r', [db.fixItems, db.opinions, db.members, db.tallies], async () => {
    const items = await db.fixItems.where('unitId').equals(unitId).toArray();
    const linkedIds = [...new Set(items.flatMap((i) => i.opinionIds))];
    const ownerIds = [...new Set(items.flatMap((i) => (i.ownerId ? [i.ownerId] : [])))];
    const [linked, owners] = await Promise.all([db.opinions.bulkGet(linkedIds), db.members.bulkGet(ownerIds)]);
    // The opinions the items name, read once: for their briefs and for what is still unanswered.
    const unanswered = await unansweredGiven(db, unitId, new Set(linkedIds), linked, UNANSWERED_SHOWN);
    return {
      items,
      opinions: linked.flatMap((o) => (o && o.unitId === unitId ? [briefOf(o)] : [])).sort(byBriefDate),
      unanswered: { count: unanswered.count, first: unanswered.first.map(briefOf) },
      memberNames: new Map(owners.flatMap((m) => (m && m.unitId === unitId ? [[m.id, m.name] as const] : []))),
    };
  });
}
