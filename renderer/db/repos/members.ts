/** Roster (花名册): members and branches of one unit (offices: ./offices.ts). */
import Dexie from 'dexie';
import type { WriteContext } from '@shared/audit/types';
import { TEXT_LIMITS } from '@shared/data/fields';
import { PERSON_KIND_LABEL, type Branch, type Member, type MemberDraft, type PersonKind } from '@shared/members/types';
import { UserError } from '@shared/util/result';
import { cleanLine } from '@shared/util/text';
import type { PytDb } from '../db';
import { deleteTalksOfMember } from './talks';
import { releaseMemberFromThroughout } from './throughout';
import { writeUnit } from '../write';
import { failIf, requireText } from './errors';
import { cleanMemberDraft, memberDraftProblems } from './memberChecks';

export { deleteOffice, listOffices, saveOffice, type OfficeInput } from './offices';

/** Members of a unit ordered by name; narrowed by branch, office or kind through an index. */
export async function listMembers(
  db: PytDb,
  unitId: string,
  opts: { branchId?: string; officeId?: string; kind?: PersonKind } = {},
): Promise<Member[]> {
  const ofKind = (rows: Member[]) => rows.filter((m) => opts.kind === undefined || m.kind === opts.kind).sort(byName);
  if (opts.branchId !== undefined) {
    return ofKind(await db.members.where('[unitId+branchId]').equals([unitId, opts.branchId]).toArray());
  }
  if (opts.officeId !== undefined) {
    return ofKind(await db.members.where('[unitId+officeId]').equals([unitId, opts.officeId]).toArray());
  }
  if (opts.kind !== undefined) {
    return (await db.members.where('[unitId+kind]').equals([unitId, opts.kind]).toArray()).sort(byName);
  }
  return db.members.where('[unitId+name]').between([unitId, Dexie.minKey], [unitId, Dexie.maxKey]).toArray();
}

const byName = (a: Member, b: Member) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export async function getMember(db: PytDb, unitId: string, memberId: string): Promise<Member | undefined> {
  const m = await db.members.get(memberId);
  return m && m.unitId === unitId ? m : undefined;
}

export async function listBranches(db: PytDb, unitId: string): Promise<Branch[]> {
  const rows = await db.branches.where('unitId').equals(unitId).toArray();
  return rows.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN'));
}

/**
 * Creates (no `id`) or updates a member, its texts cleaned (./memberChecks.ts) whoever calls.
 * The branch, the office worked in and the offices overseen (分管) must exist in the unit.
 */
export async function saveMember(
  db: PytDb,
  unitId: string,
  draft: MemberDraft,
  ctx: WriteContext & { id?: string; today?: string },
): Promise<Member> {
  failIf(memberDraftProblems(draft, ctx.today ?? ctx.now.slice(0, 10)));
  const clean = cleanMemberDraft(draft);
  return writeUnit(db, unitId, ctx, ['branches', 'offices', 'members'], async (w) => {
    if (clean.branchId && (await db.branches.get(clean.branchId))?.unitId !== unitId) {
      throw new UserError(`${clean.name}所在的党支部不存在`);
    }
    const officeIds = new Set((await db.offices.where('unitId').equals(unitId).toArray()).map((o) => o.id));
    if (clean.officeId && !officeIds.has(clean.officeId)) throw new UserError(`${clean.name}所在的科室或二级单位不存在`);
    if (clean.oversees.some((id) => !officeIds.has(id))) throw new UserError(`${clean.name}分管的科室或二级单位不存在`);
    const old = ctx.id ? await getMember(db, unitId, ctx.id) : undefined;
    if (ctx.id && !old) throw new UserError('该人员不存在或已被删除');
    const member: Member = {
      ...clean,
      id: old?.id ?? crypto.randomUUID(),
      unitId,
      createdAt: old?.createdAt ?? ctx.now,
      updatedAt: ctx.now,
    };
    await db.members.put(member);
    const label = PERSON_KIND_LABEL[member.kind];
    w.audit({
      action: old ? 'member.update' : 'member.create',
      entity: 'member',
      entityId: member.id,
      summary: old ? `修改${label} ${member.name}` : `新增${label} ${member.name}`,
    });
    return member;
  });
}

/** Deletes a member; an office he or she headed is left without a 负责人 (said in the audit). */
/**
 * Deletes a person. Records of the campaign's working steps that are about this person and
 * cannot lose them are kept, and the deletion is refused, naming them (a 党性分析材料 written or
 * recorded, opinions about the person, feedback given or received, a talk already held);
 * talks only planned are deleted with the person; a 边议边改 item keeps the owner's name; the
 * person leaves the study log. One transaction.
 */
export async function deleteMember(db: PytDb, unitId: string, memberId: string, ctx: WriteContext): Promise<void> {
  const tables = ['members', 'offices', 'talks', 'fixItems', 'studySessions', 'analyses', 'opinions', 'feedbacks', 'specialMeetings', 'meetingAttendance', 'meetingTurns', 'evaluations'] as const;
  await writeUnit(db, unitId, ctx, tables, async (w) => {
    const m = await getMember(db, unitId, memberId);
    if (!m) throw new UserError('该人员不存在或已被删除');
    const [materials, recorded, opinions, feedbackTo, feedbackFrom, talksA, talksB] = await Promise.all([
      db.analyses.where('[unitId+memberId]').equals([unitId, memberId]).count(),
      db.analyses.where('unitId').equals(unitId).filter((a) => a.recorderId === memberId).count(),
      db.opinions.where('[unitId+targetMemberId]').equals([unitId, memberId]).count(),
      db.feedbacks.where('[unitId+toId]').equals([unitId, memberId]).count(),
      db.feedbacks.where('[unitId+fromId]').equals([unitId, memberId]).count(),
      db.talks.where('[unitId+aId]').equals([unitId, memberId]).toArray(),
      db.talks.where('[unitId+bId]').equals([unitId, memberId]).toArray(),
    ]);
    const held = [...talksA, ...talksB].filter((t) => t.status === 'done').length;
    const [attended, turns, evaluated, helping, meetingRoles] = await Promise.all([
      db.meetingAttendance.where('[unitId+memberId]').equals([unitId, memberId]).count(),
      db.meetingTurns.where('[unitId+memberId]').equals([unitId, memberId]).count(),
      db.evaluations.where('[unitId+memberId]').equals([unitId, memberId]).count(),
      db.evaluations.where('unitId').equals(unitId).filter((e) => e.helperId === memberId).count(),
      db.specialMeetings.where('unitId').equals(unitId).filter((x) => x.hostId === memberId || x.recorderId === memberId).count(),
    ]);
    const kept = [
      attended + turns > 0 && '专题生活会的到会和发言记录',
      meetingRoles > 0 && `专题生活会主持或记录 ${meetingRoles} 次`,
      evaluated > 0 && '党员评议意见',
      helping > 0 && `帮助 ${helping} 名党员整改`,
      materials > 0 && '党性分析材料',
      recorded > 0 && `代为记录的党性分析材料 ${recorded} 份`,
      opinions > 0 && `针对本人的意见 ${opinions} 条`,
      feedbackTo + feedbackFrom > 0 && `意见反馈 ${feedbackTo + feedbackFrom} 次`,
      held > 0 && `已谈的谈心 ${held} 次`,
    ].filter(Boolean);
    if (kept.length > 0) {
      throw new UserError(`${m.name}已有${kept.join('、')}，这些记录要保留，不能删除此人。如已调离，可在备注中注明。`);
    }
    const headed = (await db.offices.where('unitId').equals(unitId).toArray()).filter((o) => o.headId === memberId);
    for (const o of headed) {
      const { headId: _gone, ...rest } = o;
      await db.offices.put(rest);
    }
    const talks = await deleteTalksOfMember(db, unitId, memberId);
    const released = await releaseMemberFromThroughout(db, unitId, memberId);
    await db.members.delete(memberId);
    const notes = [
      headed.length > 0 && `${headed.map((o) => o.name).join('、')}暂无负责人`,
      talks > 0 && `取消未谈的谈心 ${talks} 次`,
      released.items > 0 && `${released.items} 项整改保留责任人姓名`,
      released.sessions > 0 && `学习记录 ${released.sessions} 次中去掉此人`,
    ].filter(Boolean);
    w.audit({
      action: 'member.delete',
      entity: 'member',
      entityId: memberId,
      summary: `删除${PERSON_KIND_LABEL[m.kind]} ${m.name}${notes.length > 0 ? `（${notes.join('；')}）` : ''}`,
    });
  });
}

/**
 * Creates (no `id`) or renames/reorders a branch. The name is cleaned (cleanLine) whoever calls;
 * names are unique within the unit, compared cleaned, so one stored before cleaning counts.
 */
export async function saveBranch(
  db: PytDb,
  unitId: string,
  input: { id?: string; name: string; order?: number },
  ctx: WriteContext,
): Promise<Branch> {
  const name = requireText(cleanLine(input.name ?? ''), '支部名称');
  const max = TEXT_LIMITS.branchName;
  if (name.length > max) throw new UserError(`支部名称不能超过 ${max} 个字`);
  return writeUnit(db, unitId, ctx, ['branches'], async (w) => {
    const all = await db.branches.where('unitId').equals(unitId).toArray();
    const old = input.id ? all.find((b) => b.id === input.id) : undefined;
    if (input.id && !old) throw new UserError('该支部不存在或已被删除');
    if (all.some((b) => cleanLine(b.name) === name && b.id !== input.id)) throw new UserError(`已有名为“${name}”的支部`);
    const order = input.order ?? old?.order ?? all.reduce((max, b) => Math.max(max, b.order + 1), 0);
    const branch: Branch = { id: old?.id ?? crypto.randomUUID(), unitId, name, order };
    await db.branches.put(branch);
    w.audit({
      action: old ? 'branch.update' : 'branch.create',
      entity: 'branch',
      entityId: branch.id,
      summary: old ? (old.name === name ? `调整支部 ${name}` : `支部更名 ${old.name} → ${name}`) : `新增支部 ${name}`,
    });
    return branch;
  });
}

export async function renameBranch(db: PytDb, unitId: string, branchId: string, name: string, ctx: WriteContext) {
  return saveBranch(db, unitId, { id: branchId, name }, ctx);
}

/** Refuses while anyone belongs to the branch. */
export async function deleteBranch(db: PytDb, unitId: string, branchId: string, ctx: WriteContext): Promise<void> {
  await writeUnit(db, unitId, ctx, ['branches', 'members', 'specialMeetings', 'notices'], async (w) => {
    const b = await db.branches.get(branchId);
    if (!b || b.unitId !== unitId) throw new UserError('该支部不存在或已被删除');
    const inside = await db.members.where('[unitId+branchId]').equals([unitId, branchId]).count();
    if (inside > 0) throw new UserError(`“${b.name}”还有 ${inside} 名人员，请先将他们转到其他支部`);
    // Its meeting and notice are the branch's records of the campaign: kept, so the branch stays.
    const meetings = await db.specialMeetings.where('[unitId+branchId]').equals([unitId, branchId]).count();
    if (meetings > 0) throw new UserError(`“${b.name}”已安排专题组织生活会，不能删除；如确需删除，请先删除该支部的会议安排`);
    const notices = await db.notices.where('[unitId+branchId]').equals([unitId, branchId]).count();
    if (notices > 0) throw new UserError(`“${b.name}”已有民主评议情况通报，不能删除`);
    await db.branches.delete(branchId);
    w.audit({ action: 'branch.delete', entity: 'branch', entityId: branchId, summary: `删除支部 ${b.name}` });
  });
}
export { importMembers, type ImportRow, type ImportResult } from './importMembers';
