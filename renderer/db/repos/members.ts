/** Roster (花名册): members and branches of one unit (offices: ./offices.ts). */
import Dexie from 'dexie';
import type { WriteContext } from '@shared/audit/types';
import { TEXT_LIMITS } from '@shared/data/fields';
import { PERSON_KIND_LABEL, type Branch, type Member, type MemberDraft, type PersonKind } from '@shared/members/types';
import { UserError } from '@shared/util/result';
import { cleanLine } from '@shared/util/text';
import type { PytDb } from '../db';
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
export async function deleteMember(db: PytDb, unitId: string, memberId: string, ctx: WriteContext): Promise<void> {
  await writeUnit(db, unitId, ctx, ['members', 'offices'], async (w) => {
    const m = await getMember(db, unitId, memberId);
    if (!m) throw new UserError('该人员不存在或已被删除');
    const headed = (await db.offices.where('unitId').equals(unitId).toArray()).filter((o) => o.headId === memberId);
    for (const o of headed) {
      const { headId: _gone, ...rest } = o;
      await db.offices.put(rest);
    }
    await db.members.delete(memberId);
    const freed = headed.length > 0 ? `（${headed.map((o) => o.name).join('、')}暂无负责人）` : '';
    w.audit({ action: 'member.delete', entity: 'member', entityId: memberId, summary: `删除${PERSON_KIND_LABEL[m.kind]} ${m.name}${freed}` });
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
  await writeUnit(db, unitId, ctx, ['branches', 'members'], async (w) => {
    const b = await db.branches.get(branchId);
    if (!b || b.unitId !== unitId) throw new UserError('该支部不存在或已被删除');
    const inside = await db.members.where('[unitId+branchId]').equals([unitId, branchId]).count();
    if (inside > 0) throw new UserError(`“${b.name}”还有 ${inside} 名人员，请先将他们转到其他支部`);
    await db.branches.delete(branchId);
    w.audit({ action: 'branch.delete', entity: 'branch', entityId: branchId, summary: `删除支部 ${b.name}` });
  });
}
export { importMembers, type ImportRow, type ImportResult } from './importMembers';
