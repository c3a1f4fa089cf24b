/**
 * 征求意见 (R-OPIN-*): the opinion register, last year's 民主生活会 opinions and the feedback
 * given to each person. Each user action is one transaction with its audit entry; bad input is
 * refused with a Chinese message and changes nothing. A pasted batch is saved whole or not at all.
 */
import Dexie from 'dexie';
import type { WriteContext } from '@shared/audit/types';
import { feedbackDuties, type FeedbackPerson } from '@shared/opinions/feedback';
import { samePair } from '@shared/opinions/backupRules';
import { opinionRecord } from '@shared/opinions/schema';
import {
  FEEDBACK_WAY_LABEL,
  LAST_YEAR_STATUS_LABEL,
  OPINION_CATEGORY_LABEL,
  type Feedback,
  type LastYearOpinion,
  type Opinion,
  type OpinionCategory,
  type OpinionChannel,
  type OpinionDraft,
  type OpinionSource,
  type OpinionTarget,
} from '@shared/opinions/types';
import { TARGET_WORDS, type OpinionTally } from '@shared/opinions/coverage';
import { tallyId } from '@shared/data/tally';
import { OPINION_TALLY, opinionTallyOf } from '@shared/opinions/tally';
import {
  cleanFeedbackDraft,
  cleanLastYearDraft,
  cleanOpinionDraft,
  feedbackDraftProblems,
  lastYearDraftProblems,
  opinionDraftProblems,
  type FeedbackDraft,
  type LastYearDraft,
} from '@shared/opinions/validate';
import { excerpt } from '@shared/util/excerpt';
import { UserError } from '@shared/util/result';
import type { PytDb } from '../db';
import { writeUnit } from '../write';
import { failIf } from './errors';

/** Who and when, and the unit's today (no date after it is accepted). */
export type OpinionContext = WriteContext & { today: string };

/** Newest first, as the [unitId+date] index reversed: by date, then by id, both descending. */
const newestFirst = (a: Opinion, b: Opinion) => (a.date === b.date ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.date < b.date ? 1 : -1);
const oldestFirst = (a: Opinion, b: Opinion) => newestFirst(b, a);

/** The whole register, newest first (one getAll of the unit's opinions, sorted here). */
export async function listOpinions(db: PytDb, unitId: string): Promise<Opinion[]> {
  return (await db.opinions.where('unitId').equals(unitId).toArray()).sort(newestFirst);
}

/** What the register can be narrowed to (all optional; `query` is a substring of the text or the giver). */
export interface OpinionFilter {
  target?: OpinionTarget;
  targetMemberId?: string;
  category?: OpinionCategory;
  channel?: OpinionChannel;
  source?: OpinionSource;
  query?: string;
}

export interface OpinionPage {
  rows: Opinion[];
  /** How many opinions the filter lets through (the pager's total). */
  total: number;
  /** Names of the members the rows are about, by id (read for these rows only). */
  names: Map<string, string>;
}

/**
 * One page of the register (R-OPIN-*), newest first (or oldest first), with the filter applied.
 * Unfiltered, the page is read through [unitId+date] with offset and limit and the total is a
 * count: the register's size costs nothing but the count. A member is read through
 * [unitId+targetMemberId]; target, category, source and channel through the longest prefix of
 * [unitId+target+category+source+channel] they give; a text query, or a filter with no target,
 * scans the unit's opinions. Names: bulkGet of the members the page's rows name.
 */
/** The register's tally counters (renderer/db/tallies.ts): one row, whatever the size of the register. */
export async function readOpinionCounts(db: PytDb, unitId: string): Promise<Record<string, number>> {
  return (await db.tallies.get(tallyId(unitId, OPINION_TALLY)))?.counts ?? {};
}

/** The coverage matrix's counts, as tallyOpinions gives them from every opinion, read from the tally. */
export async function readOpinionTally(db: PytDb, unitId: string): Promise<OpinionTally> {
  return opinionTallyOf(await readOpinionCounts(db, unitId));
}

export async function pageOpinions(
  db: PytDb,
  unitId: string,
  filter: OpinionFilter,
  page: { offset: number; limit: number; order?: 'newest' | 'oldest' },
): Promise<OpinionPage> {
  return db.transaction('r', [db.opinions, db.members, db.tallies], async () => {
    const q = filter.query?.trim();
    const filtered = Boolean(filter.target || filter.targetMemberId || filter.category || filter.channel || filter.source || q);
    let rows: Opinion[];
    let total: number;
    if (!filtered) {
      const range = db.opinions.where('[unitId+date]').between([unitId, Dexie.minKey], [unitId, Dexie.maxKey]);
      [rows, total] = await Promise.all([
        (page.order === 'oldest' ? range : range.reverse()).offset(page.offset).limit(page.limit).toArray(),
        readOpinionTally(db, unitId).then((t) => t.stage1.total + t.stage2.total),
      ]);
    } else {
      const all = (await candidates(db, unitId, filter))
        .filter(
          (o) =>
            (!filter.target || o.target === filter.target) &&
            (!filter.targetMemberId || o.targetMemberId === filter.targetMemberId) &&
            (!filter.category || o.category === filter.category) &&
            (!filter.channel || o.channel === filter.channel) &&
            (!filter.source || o.source === filter.source) &&
            (!q || o.text.includes(q) || (o.giver ?? '').includes(q)),
        )
        .sort(page.order === 'oldest' ? oldestFirst : newestFirst);
      rows = all.slice(page.offset, page.offset + page.limit);
      total = all.length;
    }
    const ids = [...new Set(rows.flatMap((o) => (o.targetMemberId ? [o.targetMemberId] : [])))];
    const members = ids.length > 0 ? await db.members.bulkGet(ids) : [];
    const names = new Map(members.flatMap((m) => (m && m.unitId === unitId ? [[m.id, m.name] as const] : [])));
    return { rows, total, names };
  });
}

/** The fewest opinions an index can give for a filter (the caller checks every field again). */
function candidates(db: PytDb, unitId: string, f: OpinionFilter): Promise<Opinion[]> {
  if (f.targetMemberId) return db.opinions.where('[unitId+targetMemberId]').equals([unitId, f.targetMemberId]).toArray();
  if (f.target) {
    const prefix: string[] = [f.target];
    for (const k of [f.category, f.source, f.channel]) {
      if (!k) break;
      prefix.push(k);
    }
    const index = '[unitId+target+category+source+channel]';
    return prefix.length === 4
      ? db.opinions.where(index).equals([unitId, ...prefix]).toArray()
      : db.opinions.where(index).between([unitId, ...prefix, Dexie.minKey], [unitId, ...prefix, Dexie.maxKey]).toArray();
  }
  return db.opinions.where('unitId').equals(unitId).toArray();
}

export async function listLastYearOpinions(db: PytDb, unitId: string): Promise<LastYearOpinion[]> {
  return (await db.lastYearOpinions.where('unitId').equals(unitId).toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function listFeedbacks(db: PytDb, unitId: string): Promise<Feedback[]> {
  return (await db.feedbacks.where('unitId').equals(unitId).toArray()).sort((a, b) => a.date.localeCompare(b.date));
}

const about = (o: OpinionDraft, memberName?: string) =>
  `对${o.target === 'member' ? (memberName ?? '党员') : TARGET_WORDS[o.target]}·${OPINION_CATEGORY_LABEL[o.category]}“${excerpt(o.text, 20)}”`;

/** Cleans and checks drafts; the members they name must be party members of the unit. */
async function checkedOpinions(db: PytDb, unitId: string, drafts: readonly OpinionDraft[], ctx: OpinionContext, labels?: readonly string[]) {
  const clean = drafts.map(cleanOpinionDraft);
  const label = (i: number) => (drafts.length > 1 || labels ? `${labels?.[i] ?? `第 ${i + 1} 条`}：` : '');
  failIf(clean.flatMap((d, i) => opinionDraftProblems(d, ctx.today).map((p) => `${label(i)}${p}`)));
  const ids = [...new Set(clean.flatMap((d) => (d.targetMemberId ? [d.targetMemberId] : [])))];
  const found = await db.members.bulkGet(ids);
  const names = new Map<string, string>();
  ids.forEach((id, i) => {
    const m = found[i];
    if (m && m.unitId === unitId && m.kind === 'party') names.set(id, m.name);
  });
  failIf(clean.flatMap((d, i) => (d.targetMemberId && !names.has(d.targetMemberId) ? [`${label(i)}所选的党员不在本单位名册中`] : [])));
  return { clean, names };
}

function record(d: OpinionDraft, unitId: string, id: string, createdAt: string): Opinion {
  const parsed = opinionRecord.safeParse({ ...d, id, unitId, createdAt });
  if (!parsed.success) throw new UserError(parsed.error.issues.map((i) => i.message).join('\n'));
  return parsed.data;
}

/** Registers (no `ctx.id`) or edits one opinion. */
export async function saveOpinion(db: PytDb, unitId: string, draft: OpinionDraft, ctx: OpinionContext & { id?: string }): Promise<Opinion> {
  return writeUnit(db, unitId, ctx, ['opinions', 'members'], async (w) => {
    const old = ctx.id ? await db.opinions.get(ctx.id) : undefined;
    if (ctx.id && (!old || old.unitId !== unitId)) throw new UserError('这条意见不存在或已被删除');
    const { clean, names } = await checkedOpinions(db, unitId, [draft], ctx);
    const o = record(clean[0], unitId, old?.id ?? crypto.randomUUID(), old?.createdAt ?? ctx.now);
    await db.opinions.put(o);
    const what = about(o, names.get(o.targetMemberId ?? ''));
    w.audit({ action: old ? 'opinion.update' : 'opinion.create', entity: 'opinion', entityId: o.id, summary: `${old ? '修改' : '登记'}意见：${what}` });
    return o;
  });
}

/** A pasted batch: every draft is checked first; one problem refuses the whole batch. */
export async function addOpinions(
  db: PytDb,
  unitId: string,
  drafts: readonly OpinionDraft[],
  ctx: OpinionContext & { labels?: readonly string[] },
): Promise<Opinion[]> {
  if (drafts.length === 0) throw new UserError('没有可保存的意见');
  return writeUnit(db, unitId, ctx, ['opinions', 'members'], async (w) => {
    const { clean } = await checkedOpinions(db, unitId, drafts, ctx, ctx.labels);
    const rows = clean.map((d) => record(d, unitId, crypto.randomUUID(), ctx.now));
    await db.opinions.bulkAdd(rows);
    w.audit({ action: 'opinion.import', entity: 'opinion', summary: `批量录入意见 ${rows.length} 条` });
    return rows;
  });
}

/** Refused while a 边议边改 item answers the opinion: the ledger would lose what it answers. */
export async function deleteOpinion(db: PytDb, unitId: string, opinionId: string, ctx: WriteContext): Promise<void> {
  await writeUnit(db, unitId, ctx, ['opinions', 'fixItems'], async (w) => {
    const o = await db.opinions.get(opinionId);
    if (!o || o.unitId !== unitId) throw new UserError('这条意见不存在或已被删除');
    const fix = await db.fixItems.where('unitId').equals(unitId).filter((f) => f.opinionIds.includes(opinionId)).first();
    if (fix) throw new UserError(`这条意见已列入边议边改台账（“${excerpt(fix.problem, 20)}”），请先在台账中取消关联再删除`);
    await db.opinions.delete(opinionId);
    w.audit({ action: 'opinion.delete', entity: 'opinion', entityId: opinionId, summary: `删除意见：${about(o)}` });
  });
}

export async function saveLastYearOpinion(db: PytDb, unitId: string, draft: LastYearDraft, ctx: WriteContext & { id?: string }): Promise<LastYearOpinion> {
  const clean = cleanLastYearDraft(draft);
  failIf(lastYearDraftProblems(clean));
  return writeUnit(db, unitId, ctx, ['lastYearOpinions'], async (w) => {
    const old = ctx.id ? await db.lastYearOpinions.get(ctx.id) : undefined;
    if (ctx.id && (!old || old.unitId !== unitId)) throw new UserError('这条意见不存在或已被删除');
    const row: LastYearOpinion = { ...clean, id: old?.id ?? crypto.randomUUID(), unitId, createdAt: old?.createdAt ?? ctx.now };
    await db.lastYearOpinions.put(row);
    w.audit({
      action: old ? 'lastYearOpinion.update' : 'lastYearOpinion.create',
      entity: 'lastYearOpinion',
      entityId: row.id,
      summary: `${old ? '修改' : '登记'}去年民主生活会意见“${excerpt(row.text, 20)}”：${LAST_YEAR_STATUS_LABEL[row.status]}`,
    });
    return row;
  });
}

export async function deleteLastYearOpinion(db: PytDb, unitId: string, id: string, ctx: WriteContext): Promise<void> {
  await writeUnit(db, unitId, ctx, ['lastYearOpinions'], async (w) => {
    const old = await db.lastYearOpinions.get(id);
    if (!old || old.unitId !== unitId) throw new UserError('这条意见不存在或已被删除');
    await db.lastYearOpinions.delete(id);
    w.audit({ action: 'lastYearOpinion.delete', entity: 'lastYearOpinion', entityId: id, summary: `删除去年民主生活会意见“${excerpt(old.text, 20)}”` });
  });
}

/** The people R-OPIN-FEEDBACK looks at, by name: party members and the leaders (who may be non-party). */
export async function feedbackPeople(db: PytDb, unitId: string): Promise<FeedbackPerson[]> {
  // The unit's own people, not the `roles` index: that one holds every unit's role holders (the
  // 督导组's workspace holds hundreds of units). Leaders keep the index's order: by role, then id.
  const everyone = await db.members.where('unitId').equals(unitId).toArray();
  const party = everyone.filter((m) => m.kind === 'party');
  const roleOf = (m: FeedbackPerson): string => m.roles.filter((r) => r === 'unitHead' || r === 'teamMember' || r === 'branchSecretary').sort().at(0) ?? '';
  const leaders = everyone.filter((m) => m.kind !== 'party' && roleOf(m) !== '').sort((a, b) => (roleOf(a) < roleOf(b) ? -1 : roleOf(a) > roleOf(b) ? 1 : 0));
  return [...party, ...leaders].sort((a, b) => zh.compare(a.name, b.name));
}

const zh = new Intl.Collator('zh-CN');

/**
 * Records (no `ctx.id`) or edits who fed back to whom (R-OPIN-FEEDBACK): the giver must be one
 * the rule names for the receiver; a talk it was given in must be between the two.
 */
export async function saveFeedback(db: PytDb, unitId: string, draft: FeedbackDraft, ctx: OpinionContext & { id?: string }): Promise<Feedback> {
  const clean = cleanFeedbackDraft(draft);
  failIf(feedbackDraftProblems(clean, ctx.today));
  return writeUnit(db, unitId, ctx, ['feedbacks', 'members', 'branches', 'talks'], async (w) => {
    const old = ctx.id ? await db.feedbacks.get(ctx.id) : undefined;
    if (ctx.id && (!old || old.unitId !== unitId)) throw new UserError('这条反馈记录不存在或已被删除');
    const people = await feedbackPeople(db, unitId);
    const name = new Map(people.map((p) => [p.id, p.name]));
    const duty = feedbackDuties(people, []).duties.find((d) => d.receiverId === clean.toId);
    if (!duty) throw new UserError(`${name.get(clean.toId) ?? '所选的人'}不在需要反馈意见的班子成员和党员名单中`);
    if (!duty.giverIds.includes(clean.fromId)) {
      const who = duty.giverIds.map((id) => name.get(id)).join('、') || (duty.as === 'team' ? '单位主要负责同志' : '所在支部的支部书记');
      throw new UserError(`${duty.receiverName}的意见应由${who}反馈`);
    }
    const twice = (await db.feedbacks.where('[unitId+toId]').equals([unitId, clean.toId]).toArray()).find(
      (f) => f.fromId === clean.fromId && f.id !== old?.id,
    );
    if (twice) throw new UserError(`已记录过${name.get(clean.fromId)}向${duty.receiverName}反馈意见，可修改那一条`);
    if (clean.talkId) {
      const t = await db.talks.get(clean.talkId);
      if (!t || t.unitId !== unitId || !samePair(t, clean)) throw new UserError('所选的谈心不是这两人之间的谈心');
      if (t.status === 'cancelled') throw new UserError('所选的谈心已取消');
    }
    const row: Feedback = { ...clean, id: old?.id ?? crypto.randomUUID(), unitId, createdAt: old?.createdAt ?? ctx.now };
    await db.feedbacks.put(row);
    w.audit({
      action: old ? 'feedback.update' : 'feedback.create',
      entity: 'feedback',
      entityId: row.id,
      summary: `${old ? '修改' : '记录'}意见反馈：${name.get(row.fromId)}向${duty.receiverName}${FEEDBACK_WAY_LABEL[row.way]}（${row.date}）`,
    });
    return row;
  });
}

export async function deleteFeedback(db: PytDb, unitId: string, id: string, ctx: WriteContext): Promise<void> {
  await writeUnit(db, unitId, ctx, ['feedbacks', 'members'], async (w) => {
    const old = await db.feedbacks.get(id);
    if (!old || old.unitId !== unitId) throw new UserError('这条反馈记录不存在或已被删除');
    const [from, to] = await db.members.bulkGet([old.fromId, old.toId]);
    await db.feedbacks.delete(id);
    w.audit({ action: 'feedback.delete', entity: 'feedback', entityId: id, summary: `删除意见反馈记录：${from?.name ?? ''}向${to?.name ?? ''}（${old.date}）` });
  });
}
