/**
 * 党性分析材料 (R-ANALYSIS-*): one material per party member, every version of its text, the
 * review steps with their reasons, and the comments of its 公示. The list reads only the
 * `analyses` table; a material's versions, steps and comments are read when it is opened.
 */
import { suggestMode } from '@shared/analysis/mode';
import { applyReviewStep, editEffect, SECTION_KEYS, SECTION_LABEL, type AnalysisTexts } from '@shared/analysis/review';
import {
  ANALYSIS_EVENT_LABEL,
  ANALYSIS_MODE_LABEL,
  ANALYSIS_STATE_LABEL,
  RECEIVED_WAY_LABEL,
  RECEIVED_WAYS,
  REWRITE_REASON_LABEL,
  type Analysis,
  type AnalysisComment,
  type AnalysisEvent,
  type AnalysisMode,
  type AnalysisState,
  type AnalysisStep,
  type AnalysisVersion,
  type ReceivedWay,
  type RewriteReason,
} from '@shared/analysis/types';
import { MAX_TEXT, TEXT_LIMITS } from '@shared/data/fields';
import { ROLES, type Branch, type Member, type Office } from '@shared/members/types';
import { zhCollator } from '@shared/members/rosterView';
import { formatChineseDate, isValidIsoDate } from '@shared/util/dates';
import { UserError } from '@shared/util/result';
import { cleanLine, cleanMultiline } from '@shared/util/text';
import type { PytDb } from '../db';
import { writeUnit, type UnitWrite } from '../write';
import { actorName } from './audit';
import type { CampaignContext } from './context';
import { MEMBER_TALLY } from '@shared/members/tally';
import { readCounts, readSet } from '../tallies';
import { reasonsMessage } from './errors';

const TABLES = ['analyses', 'analysisVersions', 'analysisSteps', 'analysisComments', 'members'] as const;

/** Every material of the unit (state, mode, dates; no text). */
export async function listAnalyses(db: PytDb, unitId: string): Promise<Analysis[]> {
  return db.analyses.where('unitId').equals(unitId).toArray();
}

/** What the list of materials can be narrowed to. */
export interface AnalysisListFilter {
  /** A substring of the name. */
  query?: string;
  branchId?: string;
  /** A state, or `none`: no material yet. */
  state?: AnalysisState | 'none';
}

export interface AnalysisListRow {
  member: Member;
  analysis?: Analysis;
}

export interface AnalysisListPage {
  rows: AnalysisListRow[];
  /** Party members the filter lets through (the pager's total). */
  total: number;
  branches: Branch[];
  offices: Office[];
  /** The unit's party members who hold a role, and the page's members: enough to name reviewers and recorders. */
  people: Member[];
}

/**
 * One page of the party members with their materials, in the list's order: by branch (in the
 * branches' order, members of no branch first), then by name in pinyin. Unfiltered (or by branch
 * only) it counts the party members of each branch ([unitId+kind+branchId]) and reads only the
 * branches the page falls in, so the unit's size costs counts; a name, a state or 未开始 reads
 * the candidates the filter allows (a state through [unitId+state]) and sorts them. The page's
 * materials are read by [unitId+memberId], recorders by bulkGet, reviewers from the role holders
 * (`roles`) and offices.
 */
export async function pageAnalysisList(
  db: PytDb,
  unitId: string,
  filter: AnalysisListFilter,
  page: { offset: number; limit: number },
): Promise<AnalysisListPage> {
  return db.transaction('r', [db.members, db.branches, db.offices, db.analyses, db.tallies], async () => {
    const [branches, offices, roleHolders] = await Promise.all([
      db.branches.where('unitId').equals(unitId).toArray(),
      db.offices.where('unitId').equals(unitId).toArray(),
      // The unit's own role holders (the roster's tally keeps their ids), in the `roles` index's
      // order (by role, then id); not the index itself, which holds every unit's (hundreds of
      // units' in the 督导组's workspace).
      readSet(db, unitId, MEMBER_TALLY, 'roleHolders')
        .then((ids) => db.members.bulkGet(ids))
        .then((found) => {
          const role = (m: Member): string => m.roles.filter((r) => ROLES.includes(r)).sort().at(0) ?? '';
          return found
            .filter((m): m is Member => m !== undefined && m.unitId === unitId && role(m) !== '')
            .sort((a, b) => (role(a) < role(b) ? -1 : role(a) > role(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        }),
    ]);
    branches.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN'));
    const branchOrder = new Map(branches.map((b, i) => [b.id, i]));
    const order = (m: Member) => (m.branchId ? (branchOrder.get(m.branchId) ?? -1) : -1);
    const listOrder = (a: Member, b: Member) => order(a) - order(b) || zhCollator.compare(a.name, b.name);
    const inScope = (m: Member | undefined): m is Member => m !== undefined && m.unitId === unitId && m.kind === 'party';
    const { offset, limit } = page;
    const q = filter.query?.trim();
    let members: Member[];
    let total: number;
    if (!q && !filter.state) {
      // Groups in the list's order: [members of no (known) branch], then each branch.
      const shown = filter.branchId ? branches.filter((b) => b.id === filter.branchId) : branches;
      // Party members in all and per branch, from the roster's tally (one row).
      const tally = await readCounts(db, unitId, MEMBER_TALLY);
      const counts = shown.map((b) => tally[`party.in.${b.id}`] ?? 0);
      const party = filter.branchId ? 0 : (tally.party ?? 0);
      const branched = counts.reduce((a, b) => a + b, 0);
      const loose = filter.branchId ? 0 : party - branched;
      const groups: { n: number; read: () => Promise<Member[]> }[] = [
        ...(loose > 0
          ? [
              {
                n: loose,
                read: async () =>
                  (await db.members.where('[unitId+kind]').equals([unitId, 'party']).toArray()).filter((m) => !m.branchId || !branchOrder.has(m.branchId)),
              },
            ]
          : []),
        ...shown.map((b, i) => ({ n: counts[i], read: () => db.members.where('[unitId+kind+branchId]').equals([unitId, 'party', b.id]).toArray() })),
      ];
      total = loose + branched;
      members = [];
      let start = 0;
      for (const g of groups) {
        const end = start + g.n;
        if (end > offset && start < offset + limit) {
          const rows = (await g.read()).sort(listOrder);
          members.push(...rows.slice(Math.max(0, offset - start), offset + limit - start));
        }
        start = end;
      }
    } else {
      let candidates: Member[];
      if (filter.state && filter.state !== 'none') {
        const ids = (await db.analyses.where('[unitId+state]').equals([unitId, filter.state]).toArray()).map((a) => a.memberId);
        candidates = (await db.members.bulkGet(ids)).filter(inScope);
      } else {
        candidates = filter.branchId
          ? await db.members.where('[unitId+kind+branchId]').equals([unitId, 'party', filter.branchId]).toArray()
          : await db.members.where('[unitId+kind]').equals([unitId, 'party']).toArray();
        if (filter.state === 'none') {
          const written = new Set((await db.analyses.where('unitId').equals(unitId).toArray()).map((a) => a.memberId));
          candidates = candidates.filter((m) => !written.has(m.id));
        }
      }
      const all = candidates.filter((m) => (!q || m.name.includes(q)) && (!filter.branchId || m.branchId === filter.branchId)).sort(listOrder);
      total = all.length;
      members = all.slice(offset, offset + limit);
    }
    const analyses = await Promise.all(members.map((m) => getAnalysisOf(db, unitId, m.id)));
    const known = new Set([...members, ...roleHolders].map((m) => m.id));
    const recorderIds = [...new Set(analyses.flatMap((a) => (a?.recorderId && !known.has(a.recorderId) ? [a.recorderId] : [])))];
    const recorders = recorderIds.length > 0 ? (await db.members.bulkGet(recorderIds)).filter((m): m is Member => m !== undefined && m.unitId === unitId) : [];
    const leaders = roleHolders.filter(inScope).filter((m) => !members.some((p) => p.id === m.id));
    return {
      rows: members.map((member, i) => ({ member, ...(analyses[i] ? { analysis: analyses[i] } : {}) })),
      total,
      branches,
      offices,
      people: [...members, ...leaders, ...recorders],
    };
  });
}

export async function getAnalysisOf(db: PytDb, unitId: string, memberId: string): Promise<Analysis | undefined> {
  return db.analyses.where('[unitId+memberId]').equals([unitId, memberId]).first();
}

export interface AnalysisDetail {
  /** Oldest first. */
  versions: AnalysisVersion[];
  /** In the order they happened. */
  steps: AnalysisStep[];
  /** By date, then as entered. */
  comments: AnalysisComment[];
}

/** What the material's page shows besides the record: read only when one material is opened. */
export async function loadAnalysisDetail(db: PytDb, unitId: string, analysisId: string): Promise<AnalysisDetail> {
  const [versions, steps, comments] = await Promise.all([
    db.analysisVersions.where('[analysisId+version]').between([analysisId, 0], [analysisId, Infinity]).toArray(),
    db.analysisSteps.where('analysisId').equals(analysisId).toArray(),
    db.analysisComments.where('analysisId').equals(analysisId).toArray(),
  ]);
  const mine = <T extends { unitId: string }>(rows: T[]) => rows.filter((r) => r.unitId === unitId);
  return {
    versions: mine(versions),
    steps: mine(steps).sort((a, b) => a.order - b.order),
    comments: mine(comments).sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt)),
  };
}

/** The newest version's text of a material (for a Word file). */
export async function getCurrentVersion(db: PytDb, a: Analysis): Promise<AnalysisVersion | undefined> {
  const v = await db.analysisVersions.where('[analysisId+version]').equals([a.id, a.version]).first();
  return v && v.unitId === a.unitId ? v : undefined;
}

async function partyMember(db: PytDb, unitId: string, memberId: string, what = '该党员'): Promise<Member> {
  const m = await db.members.get(memberId);
  if (!m || m.unitId !== unitId) throw new UserError(`${what}不在本单位名册中`);
  if (m.kind !== 'party') throw new UserError(`${m.name}不是党员，不写党性分析材料`);
  return m;
}

/** The member's material, created (mode suggested from the roster, an empty first version) when there is none. */
async function ensureAnalysis(db: PytDb, w: UnitWrite, unitId: string, member: Member, ctx: CampaignContext): Promise<Analysis> {
  const old = await getAnalysisOf(db, unitId, member.id);
  if (old) return old;
  const a: Analysis = {
    id: crypto.randomUUID(),
    unitId,
    memberId: member.id,
    mode: suggestMode(member).mode,
    state: 'draft',
    version: 1,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await db.analyses.add(a);
  await db.analysisVersions.add({
    id: crypto.randomUUID(),
    unitId,
    analysisId: a.id,
    version: 1,
    problems: '',
    roots: '',
    measures: '',
    by: actorName(ctx.actor),
    savedAt: ctx.now,
  });
  w.audit({ action: 'analysis.create', entity: 'analysis', entityId: a.id, summary: `建立${member.name}的党性分析材料（${ANALYSIS_MODE_LABEL[a.mode]}）` });
  return a;
}

async function getOwn(db: PytDb, unitId: string, analysisId: string): Promise<Analysis> {
  const a = await db.analyses.get(analysisId);
  if (!a || a.unitId !== unitId) throw new UserError('这份党性分析材料不存在或已被删除');
  return a;
}

async function memberName(db: PytDb, id: string): Promise<string> {
  return (await db.members.get(id))?.name ?? '（已删除的人员）';
}

export interface ModeInput {
  mode: AnalysisMode;
  /** 记录人 (a party member, not the author) when dictated. */
  recorderId?: string;
}

/** R-ANALYSIS-MODE: how the member's material is written, and by whom when dictated. */
export async function saveAnalysisMode(db: PytDb, unitId: string, memberId: string, input: ModeInput, ctx: CampaignContext): Promise<Analysis> {
  if (input.mode !== 'self' && input.mode !== 'dictated') throw new UserError('请选择撰写方式');
  return writeUnit(db, unitId, ctx, TABLES, async (w) => {
    const member = await partyMember(db, unitId, memberId);
    const a = await ensureAnalysis(db, w, unitId, member, ctx);
    if (a.state === 'final') throw new UserError('材料已定稿，不能再改撰写方式');
    let recorderId: string | undefined;
    if (input.mode === 'dictated' && input.recorderId) {
      if (input.recorderId === memberId) throw new UserError('记录人不能是本人，请另选一名党员');
      recorderId = (await partyMember(db, unitId, input.recorderId, '记录人')).id;
    }
    const { recorderId: _old, ...rest } = a;
    const next: Analysis = { ...rest, mode: input.mode, ...(recorderId ? { recorderId } : {}), updatedAt: ctx.now };
    if (next.mode === a.mode && next.recorderId === a.recorderId) return a;
    await db.analyses.put(next);
    const recorder = recorderId ? `，记录人 ${await memberName(db, recorderId)}` : '';
    w.audit({ action: 'analysis.mode', entity: 'analysis', entityId: a.id, summary: `${member.name}的党性分析材料：${ANALYSIS_MODE_LABEL[next.mode]}${recorder}` });
    return next;
  });
}

/** Cleans the three sections; refuses one that is too long, naming it. */
function cleanTexts(t: AnalysisTexts): AnalysisTexts {
  const out = { problems: '', roots: '', measures: '' };
  for (const k of SECTION_KEYS) {
    const v = cleanMultiline(t[k] ?? '');
    if (v.length > MAX_TEXT) throw new UserError(`“${SECTION_LABEL[k]}”不能超过 ${MAX_TEXT} 个字（现有 ${v.length} 字）`);
    out[k] = v;
  }
  return out;
}

/**
 * Saves the text typed in from the paper. A version the reviewer or the 公示 has seen is kept:
 * the change becomes a new version; otherwise the newest version is saved over.
 */
export async function saveAnalysisText(
  db: PytDb,
  unitId: string,
  memberId: string,
  texts: AnalysisTexts,
  ctx: CampaignContext,
): Promise<{ analysis: Analysis; version: number; changed: boolean }> {
  const clean = cleanTexts(texts);
  return writeUnit(db, unitId, ctx, TABLES, async (w) => {
    const member = await partyMember(db, unitId, memberId);
    const a = await ensureAnalysis(db, w, unitId, member, ctx);
    const current = await getCurrentVersion(db, a);
    if (current && SECTION_KEYS.every((k) => current[k] === clean[k])) return { analysis: a, version: a.version, changed: false };
    const seen = (await db.analysisSteps.where('analysisId').equals(a.id).toArray()).some((s) => s.version === a.version);
    const effect = editEffect(a.state, seen);
    if (!effect.ok) throw new UserError(reasonsMessage(effect.reasons));
    const version = effect.newVersion ? a.version + 1 : a.version;
    await db.analysisVersions.put({
      id: effect.newVersion || !current ? crypto.randomUUID() : current.id,
      unitId,
      analysisId: a.id,
      version,
      ...clean,
      by: actorName(ctx.actor),
      savedAt: ctx.now,
    });
    const next: Analysis = { ...a, version, updatedAt: ctx.now };
    await db.analyses.put(next);
    w.audit({
      action: 'analysis.text',
      entity: 'analysis',
      entityId: a.id,
      summary: `${effect.newVersion ? '修改' : '录入'}${member.name}的党性分析材料（第 ${version} 稿）`,
    });
    return { analysis: next, version, changed: true };
  });
}

export interface StepOptions {
  /** R-ANALYSIS-REWRITE reasons, for a return. */
  reasons?: RewriteReason[];
  note?: string;
  /** Who reviewed (for 退回 / 审阅通过); the operator otherwise. */
  by?: string;
  publicFrom?: string;
  publicTo?: string;
}

/** 提交 / 退回修改 / 审阅通过 / 开始公示 / 修改定稿, each a step in the material's history. */
export async function reviewAnalysis(
  db: PytDb,
  unitId: string,
  analysisId: string,
  event: AnalysisEvent,
  opts: StepOptions,
  ctx: CampaignContext,
): Promise<Analysis> {
  const note = opts.note === undefined ? '' : cleanMultiline(opts.note);
  if (note.length > TEXT_LIMITS.opinion) throw new UserError(`说明不能超过 ${TEXT_LIMITS.opinion} 个字`);
  const by = cleanLine(opts.by ?? '').slice(0, TEXT_LIMITS.actor).trim() || actorName(ctx.actor);
  return writeUnit(db, unitId, ctx, TABLES, async (w) => {
    const a = await getOwn(db, unitId, analysisId);
    const publicFrom = event === 'publish' ? opts.publicFrom : a.publicFrom;
    const publicTo = event === 'publish' ? opts.publicTo : a.publicTo;
    const current = await getCurrentVersion(db, a);
    const r = applyReviewStep(a.state, event, {
      mode: a.mode,
      recorderId: a.recorderId,
      texts: current ?? { problems: '', roots: '', measures: '' },
      reasons: opts.reasons,
      publicFrom,
      publicTo,
      today: ctx.today,
    });
    if (!r.ok) throw new UserError(reasonsMessage(r.reasons));
    const steps = await db.analysisSteps.where('analysisId').equals(a.id).toArray();
    const reasons = event === 'return' ? [...new Set(opts.reasons ?? [])] : [];
    await db.analysisSteps.add({
      id: crypto.randomUUID(),
      unitId,
      analysisId: a.id,
      event,
      version: a.version,
      reasons,
      ...(note ? { note } : {}),
      by: event === 'return' || event === 'approve' ? by : actorName(ctx.actor),
      at: ctx.now,
      order: steps.reduce((max, s) => Math.max(max, s.order + 1), 0),
    });
    const next: Analysis = {
      ...a,
      state: r.state,
      ...(event === 'publish' ? { publicFrom, publicTo } : {}),
      updatedAt: ctx.now,
    };
    await db.analyses.put(next);
    const name = await memberName(db, a.memberId);
    const why = reasons.length > 0 ? `：${reasons.map((x) => REWRITE_REASON_LABEL[x]).join('；')}` : '';
    const period = event === 'publish' ? `（${formatChineseDate(publicFrom!)}至${formatChineseDate(publicTo!)}）` : '';
    w.audit({
      action: `analysis.${event}`,
      entity: 'analysis',
      entityId: a.id,
      summary: `${name}的党性分析材料（第 ${a.version} 稿）${ANALYSIS_EVENT_LABEL[event]}${period}，状态为“${ANALYSIS_STATE_LABEL[r.state]}”${why}`,
    });
    return next;
  });
}

/** 公示 of many approved materials at once (a branch's, on one 公示栏); refuses all if one cannot. */
export async function publishAnalyses(
  db: PytDb,
  unitId: string,
  analysisIds: readonly string[],
  period: { publicFrom: string; publicTo: string },
  ctx: CampaignContext,
): Promise<number> {
  if (analysisIds.length === 0) throw new UserError('没有审阅通过、可以公示的材料');
  return writeUnit(db, unitId, ctx, TABLES, async () => {
    for (const id of analysisIds) await reviewAnalysis(db, unitId, id, 'publish', period, ctx);
    return analysisIds.length;
  });
}

/** R-EVAL-COVER: an away member's material received in writing (date and how), or `null` to clear it. */
export async function saveReceived(
  db: PytDb,
  unitId: string,
  memberId: string,
  received: { receivedOn: string; receivedWay: ReceivedWay } | null,
  ctx: CampaignContext,
): Promise<Analysis> {
  if (received) {
    if (!isValidIsoDate(received.receivedOn)) throw new UserError('请写明收到材料的日期');
    if (received.receivedOn > ctx.today) throw new UserError('收到材料的日期不能晚于今天');
    if (!RECEIVED_WAYS.includes(received.receivedWay)) throw new UserError('请选择材料寄回的方式');
  }
  return writeUnit(db, unitId, ctx, TABLES, async (w) => {
    const member = await partyMember(db, unitId, memberId);
    if (received && !member.away) throw new UserError(`${member.name}不是外出党员：书面寄回只用于外出党员`);
    const a = await ensureAnalysis(db, w, unitId, member, ctx);
    const { receivedOn: _on, receivedWay: _way, ...rest } = a;
    const next: Analysis = { ...rest, ...(received ?? {}), updatedAt: ctx.now };
    await db.analyses.put(next);
    w.audit({
      action: 'analysis.received',
      entity: 'analysis',
      entityId: a.id,
      summary: received
        ? `外出党员${member.name}的党性分析材料已书面寄回（${formatChineseDate(received.receivedOn)}，${RECEIVED_WAY_LABEL[received.receivedWay]}）`
        : `取消${member.name}党性分析材料的书面寄回登记`,
    });
    return next;
  });
}

export interface CommentInput {
  from: string;
  text: string;
  date: string;
}

/** R-ANALYSIS-PUBLIC: a comment received while the material is publicised. */
export async function addAnalysisComment(
  db: PytDb,
  unitId: string,
  analysisId: string,
  input: CommentInput,
  ctx: CampaignContext,
): Promise<AnalysisComment> {
  const from = cleanLine(input.from ?? '');
  const text = cleanMultiline(input.text ?? '');
  if (!from) throw new UserError('请填写提意见的人');
  if (from.length > TEXT_LIMITS.personName) throw new UserError(`提意见的人不能超过 ${TEXT_LIMITS.personName} 个字`);
  if (!text) throw new UserError('请填写意见内容');
  if (text.length > TEXT_LIMITS.opinion) throw new UserError(`意见内容不能超过 ${TEXT_LIMITS.opinion} 个字`);
  if (!isValidIsoDate(input.date)) throw new UserError('请填写提意见的日期');
  if (input.date > ctx.today) throw new UserError('提意见的日期不能晚于今天');
  return writeUnit(db, unitId, ctx, TABLES, async (w) => {
    const a = await getOwn(db, unitId, analysisId);
    if (a.state !== 'public') throw new UserError('材料在公示中才能登记大家的意见');
    if (a.publicFrom && input.date < a.publicFrom) {
      throw new UserError(`提意见的日期不能早于公示开始的日期（${formatChineseDate(a.publicFrom)}）`);
    }
    const c: AnalysisComment = { id: crypto.randomUUID(), unitId, analysisId, from, text, date: input.date, createdAt: ctx.now };
    await db.analysisComments.add(c);
    await db.analyses.put({ ...a, updatedAt: ctx.now });
    w.audit({ action: 'analysis.comment', entity: 'analysis', entityId: a.id, summary: `登记${from}对${await memberName(db, a.memberId)}党性分析材料的意见` });
    return c;
  });
}

export async function deleteAnalysisComment(db: PytDb, unitId: string, commentId: string, ctx: CampaignContext): Promise<void> {
  await writeUnit(db, unitId, ctx, TABLES, async (w) => {
    const c = await db.analysisComments.get(commentId);
    if (!c || c.unitId !== unitId) throw new UserError('这条意见不存在或已被删除');
    const a = await getOwn(db, unitId, c.analysisId);
    if (a.state !== 'public') throw new UserError('公示结束后，公示意见不能再删除');
    await db.analysisComments.delete(commentId);
    w.audit({ action: 'analysis.commentDelete', entity: 'analysis', entityId: a.id, summary: `删除${c.from}对${await memberName(db, a.memberId)}党性分析材料的意见` });
  });
}
