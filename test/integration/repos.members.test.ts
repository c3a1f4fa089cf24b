import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type PytDb } from '../../renderer/db/db';
import { listAudit } from '../../renderer/db/repos/audit';
import {
  deleteBranch,
  deleteMember,
  importMembers,
  listBranches,
  listMembers,
  renameBranch,
  saveBranch,
  saveMember,
  type ImportRow,
} from '../../renderer/db/repos/members';
import { createUnit } from '../../renderer/db/repos/units';
import { defaultTemplate } from '@shared/campaign/defaultTemplate';

const template = defaultTemplate();
import type { ImportedPerson } from '@shared/members/import/types';
import type { MemberDraft } from '@shared/members/types';
import { UserError } from '@shared/util/result';

const open: PytDb[] = [];
const ctx = { actor: '张书记', now: '2005-08-20T09:00:00.000Z' };
async function setup() {
  const db = await openDb(`repos-members-${crypto.randomUUID()}`);
  open.push(db);
  const unit = await createUnit(db, { name: '示例市财政局', orgName: '中共示例市财政局机关委员会', parentOrg: '', year: 2005, contact: '' }, { ...ctx, template });
  return { db, unitId: unit.id };
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const person = (name: string, extra: Partial<MemberDraft> = {}): MemberDraft => ({
  kind: 'party', name, roles: [], oversees: [], employment: 'working', frail: false, cannotWrite: false, away: null, ...extra,
});
const row = (line: number, name: string, branchName?: string, extra: Partial<ImportRow> = {}): ImportRow => ({
  line, draft: person(name), branchName, overseesNames: [], ...extra,
});

describe('members repository', () => {
  it('saves, updates and deletes a member with audit entries', async () => {
    const { db, unitId } = await setup();
    const br = await saveBranch(db, unitId, { name: '机关第一党支部' }, ctx);
    const m = await saveMember(db, unitId, person(' 王伟 ', { branchId: br.id }), ctx);
    expect(m).toMatchObject({ name: '王伟', unitId, branchId: br.id, createdAt: ctx.now });
    const later = { ...ctx, now: '2005-08-21T09:00:00.000Z' };
    const up = await saveMember(db, unitId, { ...m, post: '科长' }, { ...later, id: m.id });
    expect(up).toMatchObject({ id: m.id, post: '科长', createdAt: ctx.now, updatedAt: later.now });
    expect(await listMembers(db, unitId)).toHaveLength(1);
    await deleteMember(db, unitId, m.id, later);
    expect(await listMembers(db, unitId)).toEqual([]);
    const actions = (await listAudit(db, unitId)).map((a) => a.action).sort();
    expect(actions).toEqual(['branch.create', 'member.create', 'member.delete', 'member.update', 'unit.create']);
    expect((await listAudit(db, unitId)).some((a) => a.summary === '新增党员 王伟')).toBe(true);
  });

  it('refuses a party member without an existing branch, changing nothing', async () => {
    const { db, unitId } = await setup();
    await expect(saveMember(db, unitId, person('王伟'), ctx)).rejects.toThrow('须选择所在党支部');
    await expect(saveMember(db, unitId, person('王伟', { branchId: 'ghost' }), ctx)).rejects.toThrow(UserError);
    expect(await db.members.count()).toBe(0);
    expect(await db.audit.count()).toBe(1);
  });

  it('lists by branch and kind through indexes, and keeps units apart', async () => {
    const { db, unitId } = await setup();
    const other = await setup();
    const b1 = await saveBranch(db, unitId, { name: '一支部' }, ctx);
    const b2 = await saveBranch(db, unitId, { name: '二支部' }, ctx);
    await saveMember(db, unitId, person('甲', { branchId: b1.id }), ctx);
    await saveMember(db, unitId, person('乙', { branchId: b2.id }), ctx);
    await saveMember(db, unitId, person('丙', { kind: 'masses' }), ctx);
    expect((await listMembers(db, unitId, { branchId: b1.id })).map((m) => m.name)).toEqual(['甲']);
    expect((await listMembers(db, unitId, { kind: 'masses' })).map((m) => m.name)).toEqual(['丙']);
    expect(await listMembers(other.db, other.unitId)).toEqual([]);
    expect((await listBranches(db, unitId)).map((b) => b.name)).toEqual(['一支部', '二支部']);
  });

  it('branches: unique names, rename, refuse deleting a branch with members', async () => {
    const { db, unitId } = await setup();
    const b = await saveBranch(db, unitId, { name: '一支部' }, ctx);
    await expect(saveBranch(db, unitId, { name: '一支部' }, ctx)).rejects.toThrow('已有名为');
    await renameBranch(db, unitId, b.id, '机关第一党支部', ctx);
    expect((await listBranches(db, unitId))[0].name).toBe('机关第一党支部');
    const m = await saveMember(db, unitId, person('王伟', { branchId: b.id }), ctx);
    await expect(deleteBranch(db, unitId, b.id, ctx)).rejects.toThrow('还有 1 名人员');
    await deleteMember(db, unitId, m.id, ctx);
    await deleteBranch(db, unitId, b.id, ctx);
    expect(await listBranches(db, unitId)).toEqual([]);
  });

  it('importMembers: creates branches once, resolves 分管 names, keeps same-name people', async () => {
    const { db, unitId } = await setup();
    const existing = await saveBranch(db, unitId, { name: '机关第一党支部' }, ctx);
    const rows = [
      row(2, '王伟', '机关第一党支部'),
      row(3, '王伟', '机关第二党支部'),
      row(4, '李强', '机关第二党支部', { overseesNames: ['机关第一党支部', '机关第二党支部'] }),
      row(5, '赵群众', undefined, { draft: person('赵群众', { kind: 'masses' }) }),
    ];
    expect(await importMembers(db, unitId, rows, ctx)).toEqual({ created: 4, branchesCreated: 1 });
    const branches = await listBranches(db, unitId);
    expect(branches.map((b) => b.name)).toEqual(['机关第一党支部', '机关第二党支部']);
    const members = await listMembers(db, unitId);
    expect(members.filter((m) => m.name === '王伟').map((m) => m.branchId).sort()).toEqual([existing.id, branches[1].id].sort());
    expect(members.find((m) => m.name === '李强')?.oversees).toEqual([existing.id, branches[1].id]);
    expect((await listAudit(db, unitId, { limit: 1 }))[0]).toMatchObject({ action: 'member.import', summary: expect.stringContaining('4 人') });
  });

  it('importMembers takes the roster preview rows as they are (ImportedPerson)', async () => {
    const { db, unitId } = await setup();
    const preview: ImportedPerson[] = [
      { ...row(2, '王伟', '机关第一党支部'), problems: [{ level: 'warning', message: '党员未填写入党时间' }], sameName: { existingIds: [], otherLines: [3] } },
      { ...row(3, '王伟', '机关第一党支部'), problems: [], sameName: { existingIds: [], otherLines: [2] } },
    ];
    expect(await importMembers(db, unitId, preview, ctx)).toEqual({ created: 2, branchesCreated: 1 });
    expect((await listMembers(db, unitId)).map((m) => m.name)).toEqual(['王伟', '王伟']);
  });

  it('importMembers is all-or-nothing: one bad row writes nothing and names its line', async () => {
    const { db, unitId } = await setup();
    const rows = [row(2, '王伟', '新支部'), row(3, '', '新支部'), row(7, '李强', undefined)];
    const err = await importMembers(db, unitId, rows, ctx).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toContain('第3行、第7行');
    const flagged = [row(2, '王伟', '新支部', { problems: [{ level: 'error', message: '出生年月无法识别' }] })];
    await expect(importMembers(db, unitId, flagged, ctx)).rejects.toThrow('第2行');
    expect(await db.members.count()).toBe(0);
    expect(await db.branches.count()).toBe(0);
    expect(await db.audit.count()).toBe(1);
  });

  it('handles a 2,000-member unit through the unitId indexes', async () => {
    const { db, unitId } = await setup();
    const rows = Array.from({ length: 2000 }, (_, i) => row(i + 2, `党员${String(i).padStart(4, '0')}`, `第${(i % 20) + 1}支部`));
    expect(await importMembers(db, unitId, rows, ctx)).toEqual({ created: 2000, branchesCreated: 20 });
    const all = await listMembers(db, unitId);
    expect(all).toHaveLength(2000);
    expect(all[0].name).toBe('党员0000');
    const b = (await listBranches(db, unitId))[0];
    expect(await listMembers(db, unitId, { branchId: b.id })).toHaveLength(100);
  });
});
