/**
 * 两个通报 (R-NOTICE-BRANCH, R-NOTICE-LEADERSHIP): one notice per branch and one for the
 * leadership, saved as edited, then recorded as given (day, way) — only once the meeting it
 * reports on is held and, for a branch, every party member of it has the branch's evaluation.
 */
import { noticeDraftProblems, givenProblems, type NoticeDraft } from '@shared/notices/draft';
import { giveNoticeGate, type NoticeOrderFacts } from '@shared/notices/order';
import { NOTICE_KIND_LABEL, NOTICE_WAY_LABEL, type Notice, type NoticeKind, type NoticeWay } from '@shared/notices/types';
import { zhCollator } from '@shared/members/rosterView';
import type { SpecialMeeting } from '@shared/meetings/types';
import { formatChineseDate } from '@shared/util/dates';
import { UserError } from '@shared/util/result';
import { cleanLine, cleanMultiline } from '@shared/util/text';
import type { PytDb } from '../db';
import { writeUnit } from '../write';
import type { CampaignContext } from './context';
import { failGate, failIf } from './errors';

type Ctx = Pick<CampaignContext, 'actor' | 'now' | 'today'>;

async function ownNotice(db: PytDb, unitId: string, id: string): Promise<Notice> {
  const n = await db.notices.get(id);
  if (!n || n.unitId !== unitId) throw new UserError('该通报不存在或已被删除');
  return n;
}

/** The meeting a notice reports on: the held one if any, else the latest planned. */
export function pickMeeting(meetings: readonly SpecialMeeting[]): SpecialMeeting | undefined {
  return [...meetings].sort((a, b) => Number(a.status === 'held') - Number(b.status === 'held') || a.date.localeCompare(b.date)).at(-1);
}

export async function meetingOf(db: PytDb, unitId: string, kind: NoticeKind, branchId: string | undefined): Promise<SpecialMeeting | undefined> {
  const all =
    kind === 'branch'
      ? (await db.specialMeetings.where('[unitId+branchId]').equals([unitId, branchId ?? '']).toArray()).filter((m) => m.kind === 'orgLife')
      : await db.specialMeetings.where('[unitId+kind]').equals([unitId, 'democraticLife']).toArray();
  return pickMeeting(all);
}

/** What the order of the steps says about a notice: its meeting, and the branch's members not yet evaluated. */
export async function noticeOrderFacts(db: PytDb, unitId: string, kind: NoticeKind, branchId: string | undefined): Promise<NoticeOrderFacts> {
  const meeting = await meetingOf(db, unitId, kind, branchId);
  const base: NoticeOrderFacts = { kind, ...(meeting ? { meeting: { status: meeting.status, date: meeting.date } } : {}) };
  if (kind !== 'branch' || !branchId) return base;
  const [branch, party, evaluations] = await Promise.all([
    db.branches.get(branchId),
    db.members.where('[unitId+kind+branchId]').equals([unitId, 'party', branchId]).toArray(),
    db.evaluations.where('unitId').equals(unitId).toArray(),
  ]);
  const evaluated = new Set(evaluations.map((e) => e.memberId));
  const unevaluated = party
    .filter((m) => !evaluated.has(m.id))
    .map((m) => m.name)
    .sort((a, b) => zhCollator.compare(a, b));
  return { ...base, branchName: branch?.name, unevaluated };
}

/** Creates (no `id`) or edits a notice's text; whether it was given stays as it was. */
export async function saveNotice(db: PytDb, unitId: string, input: NoticeDraft & { id?: string }, ctx: Ctx): Promise<Notice> {
  const opt = (v: string | undefined, clean: (s: string) => string) => {
    const c = clean(v ?? '');
    return c ? c : undefined;
  };
  const draft: NoticeDraft = {
    kind: input.kind,
    branchId: input.kind === 'branch' ? input.branchId || undefined : undefined,
    title: opt(input.title, cleanLine),
    recipients: opt(input.recipients, cleanLine),
    issuer: opt(input.issuer, cleanLine),
    facts: cleanMultiline(input.facts ?? ''),
    problems: cleanMultiline(input.problems ?? ''),
    measures: cleanMultiline(input.measures ?? ''),
    direction: input.kind === 'branch' ? cleanMultiline(input.direction ?? '') : undefined,
    results: input.kind === 'branch' ? cleanMultiline(input.results ?? '') : undefined,
    closing: opt(input.closing, cleanMultiline),
    date: input.date,
  };
  failIf(noticeDraftProblems(draft));
  return writeUnit(db, unitId, ctx, ['notices', 'branches', 'specialMeetings'], async (w) => {
    const old = input.id ? await ownNotice(db, unitId, input.id) : undefined;
    if (old && (old.kind !== draft.kind || old.branchId !== draft.branchId)) throw new UserError('不能把通报改成另一个支部或另一类通报');
    let branchName = '';
    if (draft.kind === 'branch') {
      const b = await db.branches.get(draft.branchId!);
      if (!b || b.unitId !== unitId) throw new UserError('所选党支部不存在或已被删除');
      branchName = b.name;
    }
    if (!old) {
      const same =
        draft.kind === 'branch'
          ? await db.notices.where('[unitId+branchId]').equals([unitId, draft.branchId!]).first()
          : await db.notices.where('[unitId+kind]').equals([unitId, 'leadership']).first();
      if (same) throw new UserError(`${draft.kind === 'branch' ? `${branchName}的通报` : '领导班子的通报'}已经起草过，请在原来的通报上修改`);
    }
    const meeting = await meetingOf(db, unitId, draft.kind, draft.branchId);
    const { kind, branchId, title, recipients, issuer, facts, problems, measures, direction, results, closing, date } = draft;
    const notice: Notice = {
      id: old?.id ?? crypto.randomUUID(),
      unitId,
      kind,
      ...(branchId ? { branchId } : {}),
      ...(meeting ? { meetingId: meeting.id } : {}),
      ...(title ? { title } : {}),
      ...(recipients ? { recipients } : {}),
      ...(issuer ? { issuer } : {}),
      facts,
      problems,
      measures,
      ...(direction !== undefined ? { direction } : {}),
      ...(results !== undefined ? { results } : {}),
      ...(closing ? { closing } : {}),
      date,
      ...(old?.givenOn && old.way ? { givenOn: old.givenOn, way: old.way } : {}),
      createdAt: old?.createdAt ?? ctx.now,
      updatedAt: ctx.now,
    };
    await db.notices.put(notice);
    const what = kind === 'branch' ? `${branchName}${NOTICE_KIND_LABEL.branch}` : NOTICE_KIND_LABEL.leadership;
    w.audit({ action: old ? 'notice.update' : 'notice.create', entity: 'notice', entityId: notice.id, summary: `${old ? '修改' : '起草'}${what}` });
    return notice;
  });
}

/** Records the notice as given on a day, a way: refused, naming why, before its meeting and evaluation. */
export async function giveNotice(db: PytDb, unitId: string, id: string, input: { givenOn: string; way: NoticeWay }, ctx: Ctx): Promise<Notice> {
  failIf(givenProblems(input));
  return writeUnit(db, unitId, ctx, ['notices', 'branches', 'specialMeetings', 'members', 'evaluations'], async (w) => {
    const old = await ownNotice(db, unitId, id);
    const facts = await noticeOrderFacts(db, unitId, old.kind, old.branchId);
    failGate(giveNoticeGate(facts, old, input.givenOn, ctx.today));
    // The meeting it reports on is the one held now (the draft may predate it).
    const meeting = await meetingOf(db, unitId, old.kind, old.branchId);
    const notice: Notice = { ...old, ...(meeting ? { meetingId: meeting.id } : {}), givenOn: input.givenOn, way: input.way, updatedAt: ctx.now };
    await db.notices.put(notice);
    const what = old.kind === 'branch' ? `${facts.branchName ?? ''}${NOTICE_KIND_LABEL.branch}` : NOTICE_KIND_LABEL.leadership;
    w.audit({ action: 'notice.give', entity: 'notice', entityId: id, summary: `${what}已于${formatChineseDate(input.givenOn)}通报（${NOTICE_WAY_LABEL[input.way]}）` });
    return notice;
  });
}

/** Takes back a mistaken “given” record; the text stays. */
export async function withdrawNotice(db: PytDb, unitId: string, id: string, ctx: Ctx): Promise<Notice> {
  return writeUnit(db, unitId, ctx, ['notices', 'branches'], async (w) => {
    const old = await ownNotice(db, unitId, id);
    if (!old.givenOn) throw new UserError('这份通报本来就没有记录为已通报');
    const { givenOn: _g, way: _w, ...rest } = old;
    const notice: Notice = { ...rest, updatedAt: ctx.now };
    await db.notices.put(notice);
    const branch = old.branchId ? await db.branches.get(old.branchId) : undefined;
    const what = old.kind === 'branch' ? `${branch?.name ?? ''}${NOTICE_KIND_LABEL.branch}` : NOTICE_KIND_LABEL.leadership;
    w.audit({ action: 'notice.withdraw', entity: 'notice', entityId: id, summary: `${what}改回未通报` });
    return notice;
  });
}
