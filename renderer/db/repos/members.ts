/** Roster (花名册): members and branches of one unit. */
import Dexie from 'dexie';
import type { WriteContext } from '@shared/audit/types';
import { PERSON_KIND_LABEL, type Branch, type Member, type MemberDraft, type PersonKind } from '@shared/members/types';
import { UserError } from '@shared/util/result';
import type { PytDb } from '../db';
import { appendAudit } from './audit';
import { failIf, requireText } from './errors';
import { cleanMemberDraft, memberDraftProblems } from './memberChecks';

/** Members of a unit ordered by name; narrowed by branch or kind through an index. */
export async function listMembers(
  db: PytDb,
  unitId: string,
  opts: { branchId?: string; kind?: PersonKind } = {},
): Promise<Member[]> {
  if (opts.branchId !== undefined) {
    const rows = await db.members.where('[unitId+branchId]').equals([unitId, opts.branchId]).toArray();
    return rows.filter((m) => opts.kind === undefined || m.kind === opts.kind).sort(byName);
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

/** Creates (no `id`) or updates a member; a party member's branch must exist in the unit. */
export async function saveMember(
  db: PytDb,
  unitId: string,
  draft: MemberDraft,
  ctx: WriteContext & { id?: string; today?: string },
): Promise<Member> {
  failIf(memberDraftProblems(draft, ctx.today ?? ctx.now.slice(0, 10)));
  const clean = cleanMemberDraft(draft);
  return db.transaction('rw', [db.units, db.branches, db.members, db.audit], async () => {
    if (!(await db.units.get(unitId))) throw new UserError('单位不存在或已被删除');
    const branchIds = new Set((await db.branches.where('unitId').equals(unitId).toArray()).map((b) => b.id));
    if (clean.branchId && !branchIds.has(clean.branchId)) throw new UserError(`${clean.name}所在的党支部不存在`);
    if (clean.oversees.some((id) => !branchIds.has(id))) throw new UserError(`${clean.name}分管的支部或部门不存在`);
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
    await appendAudit(db, {
      unitId,
      actor: ctx.actor,
      now: ctx.now,
      action: old ? 'member.update' : 'member.create',
      entity: 'member',
      entityId: member.id,
      summary: old ? `修改${label} ${member.name}` : `新增${label} ${member.name}`,
    });
    return member;
  });
}

export async function deleteMember(db: PytDb, unitId: string, memberId: string, ctx: WriteContext): Promise<void> {
  await db.transaction('rw', [db.members, db.audit], async () => {
    const m = await getMember(db, unitId, memberId);
    if (!m) throw new UserError('该人员不存在或已被删除');
    await db.members.delete(memberId);
    await appendAudit(db, {
      unitId,
      ...ctx,
      action: 'member.delete',
      entity: 'member',
      entityId: memberId,
      summary: `删除${PERSON_KIND_LABEL[m.kind]} ${m.name}`,
    });
  });
}

/** Creates (no `id`) or renames/reorders a branch; names are unique within the unit. */
export async function saveBranch(
  db: PytDb,
  unitId: string,
  input: { id?: string; name: string; order?: number },
  ctx: WriteContext,
): Promise<Branch> {
  const name = requireText(input.name, '支部名称');
  if (name.length > 40) throw new UserError('支部名称不能超过 40 个字');
  return db.transaction('rw', [db.units, db.branches, db.audit], async () => {
    if (!(await db.units.get(unitId))) throw new UserError('单位不存在或已被删除');
    const all = await db.branches.where('unitId').equals(unitId).toArray();
    const old = input.id ? all.find((b) => b.id === input.id) : undefined;
    if (input.id && !old) throw new UserError('该支部不存在或已被删除');
    if (all.some((b) => b.name === name && b.id !== input.id)) throw new UserError(`已有名为“${name}”的支部`);
    const order = input.order ?? old?.order ?? all.reduce((max, b) => Math.max(max, b.order + 1), 0);
    const branch: Branch = { id: old?.id ?? crypto.randomUUID(), unitId, name, order };
    await db.branches.put(branch);
    await appendAudit(db, {
      unitId,
      ...ctx,
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

/** Refuses while anyone belongs to the branch; removes it from leaders' 分管 lists. */
export async function deleteBranch(db: PytDb, unitId: string, branchId: string, ctx: WriteContext): Promise<void> {
  await db.transaction('rw', [db.branches, db.members, db.audit], async () => {
    const b = await db.branches.get(branchId);
    if (!b || b.unitId !== unitId) throw new UserError('该支部不存在或已被删除');
    const inside = await db.members.where('[unitId+branchId]').equals([unitId, branchId]).count();
    if (inside > 0) throw new UserError(`“${b.name}”还有 ${inside} 名人员，请先将他们转到其他支部`);
    const overseers = (await db.members.where('unitId').equals(unitId).toArray()).filter((m) => m.oversees.includes(branchId));
    for (const m of overseers) {
      await db.members.put({ ...m, oversees: m.oversees.filter((id) => id !== branchId), updatedAt: ctx.now });
    }
    await db.branches.delete(branchId);
    await appendAudit(db, { unitId, ...ctx, action: 'branch.delete', entity: 'branch', entityId: branchId, summary: `删除支部 ${b.name}` });
  });
}
export { importMembers, type ImportRow, type ImportResult } from './importMembers';
