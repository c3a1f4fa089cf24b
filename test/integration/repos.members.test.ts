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
import { deleteOffice, listOffices, saveOffice } from '../../renderer/db/repos/offices';
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

  it('a branch with its meeting planned, and a member with meeting records, are kept: deleting them is refused and changes nothing', async () => {
    const { db, unitId } = await setup();
    const b = await saveBranch(db, unitId, { name: '一支部' }, ctx);
    const other = await saveBranch(db, unitId, { name: '二支部' }, ctx);
    const m = await saveMember(db, unitId, person('王伟', { branchId: other.id }), ctx);
    await db.specialMeetings.add({
      id: 'sm-1', unitId, kind: 'orgLife', branchId: b.id, status: 'planned', date: '2005-09-23', place: '会议室', hostName: '王伟', recorderName: '李敏',
      nonParty: [], higherNames: [], higherOrgs: [], supervisorNames: [], agenda: [], createdAt: ctx.now, updatedAt: ctx.now,
    });
    await db.meetingAttendance.add({ id: 'ma-1', unitId, meetingId: 'sm-1', memberId: m.id, present: true, createdAt: ctx.now, updatedAt: ctx.now });
    await expect(deleteBranch(db, unitId, b.id, ctx)).rejects.toThrow('已安排专题组织生活会');
    await expect(deleteMember(db, unitId, m.id, ctx)).rejects.toThrow('专题生活会的到会和发言记录');
    expect((await listBranches(db, unitId)).map((x) => x.name)).toEqual(['一支部', '二支部']);
    expect((await listMembers(db, unitId)).map((x) => x.name)).toEqual(['王伟']);
  });

  it('importMembers: creates branches and offices once, resolves 所在科室 and 分管 names, keeps same-name people', async () => {
    const { db, unitId } = await setup();
    const existing = await saveBranch(db, unitId, { name: '机关第一党支部' }, ctx);
    const office = await saveOffice(db, unitId, { name: '办公室' }, ctx);
    const rows = [
      row(2, '王伟', '机关第一党支部', { officeName: '办公室' }),
      row(3, '王伟', '机关第二党支部', { officeName: '财务科' }),
      row(4, '李强', '机关第二党支部', { draft: person('李强', { roles: ['teamMember'] }), overseesNames: ['办公室', '财务科', '市中小企业服务中心'] }),
      row(5, '赵群众', undefined, { draft: person('赵群众', { kind: 'masses' }) }),
    ];
    expect(await importMembers(db, unitId, rows, ctx)).toEqual({ created: 4, branchesCreated: 1, officesCreated: 2 });
    const branches = await listBranches(db, unitId);
    expect(branches.map((b) => b.name)).toEqual(['机关第一党支部', '机关第二党支部']);
    const offices = await listOffices(db, unitId);
    expect(offices.map((o) => [o.name, o.kind])).toEqual([['办公室', 'office'], ['财务科', 'office'], ['市中小企业服务中心', 'subUnit']]);
    const members = await listMembers(db, unitId);
    expect(members.filter((m) => m.name === '王伟').map((m) => m.branchId).sort()).toEqual([existing.id, branches[1].id].sort());
    expect(members.filter((m) => m.name === '王伟').map((m) => m.officeId).sort()).toEqual([office.id, offices[1].id].sort());
    expect(members.find((m) => m.name === '李强')?.oversees).toEqual(offices.map((o) => o.id));
    expect((await listAudit(db, unitId, { limit: 1 }))[0]).toMatchObject({
      action: 'member.import',
      summary: '导入花名册 4 人，新建支部 机关第二党支部，新建科室或二级单位 财务科、市中小企业服务中心',
    });
  });

  it('importMembers stores the new fields and what the secretary confirmed from 备注', async () => {
    const { db, unitId } = await setup();
    const draft = person('郑小兵', {
      partyStatus: 'probationary',
      joinedParty: '2004-12',
      education: 'highSchool',
      chronicIll: false,
      away: { place: '广东东莞', contact: '13900000007' },
    });
    await importMembers(db, unitId, [row(9, '郑小兵', '东街社区党支部', { draft })], ctx);
    const [m] = await listMembers(db, unitId);
    expect(m).toMatchObject({ partyStatus: 'probationary', education: 'highSchool', away: { place: '广东东莞', contact: '13900000007' } });
    // 长期患病 false is stored as absent, one form for one fact.
    expect('chronicIll' in m).toBe(false);
  });

  it('importMembers takes the roster preview rows as they are (ImportedPerson)', async () => {
    const { db, unitId } = await setup();
    const preview: ImportedPerson[] = [
      { ...row(2, '王伟', '机关第一党支部'), problems: [{ level: 'warning', message: '党员未填写入党时间' }], inferred: [], sameName: { existingIds: [], otherLines: [3] } },
      { ...row(3, '王伟', '机关第一党支部'), problems: [], inferred: [], sameName: { existingIds: [], otherLines: [2] } },
    ];
    expect(await importMembers(db, unitId, preview, ctx)).toEqual({ created: 2, branchesCreated: 1, officesCreated: 0 });
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
    expect(await db.offices.count()).toBe(0);
    expect(await db.audit.count()).toBe(1);
  });

  it('handles a 2,000-member unit through the unitId indexes', async () => {
    const { db, unitId } = await setup();
    const rows = Array.from({ length: 2000 }, (_, i) => row(i + 2, `党员${String(i).padStart(4, '0')}`, `第${(i % 20) + 1}支部`));
    expect(await importMembers(db, unitId, rows, ctx)).toEqual({ created: 2000, branchesCreated: 20, officesCreated: 0 });
    const all = await listMembers(db, unitId);
    expect(all).toHaveLength(2000);
    expect(all[0].name).toBe('党员0000');
    const b = (await listBranches(db, unitId))[0];
    expect(await listMembers(db, unitId, { branchId: b.id })).toHaveLength(100);
  });

  it('saves the new fields: 正式/预备, 文化程度, 所在科室, 长期患病, 分管 over offices', async () => {
    const { db, unitId } = await setup();
    const b = await saveBranch(db, unitId, { name: '机关第一党支部' }, ctx);
    const finance = await saveOffice(db, unitId, { name: '财务科' }, ctx);
    const centre = await saveOffice(db, unitId, { name: '市中小企业服务中心', kind: 'subUnit' }, ctx);
    const m = await saveMember(
      db,
      unitId,
      person('王建华', { branchId: b.id, partyStatus: 'full', education: 'bachelor', officeId: finance.id, chronicIll: true, roles: ['teamMember', 'leaderCadre'], oversees: [finance.id, centre.id] }),
      ctx,
    );
    expect(await db.members.get(m.id)).toMatchObject({ partyStatus: 'full', education: 'bachelor', officeId: finance.id, chronicIll: true, oversees: [finance.id, centre.id] });
    expect((await listMembers(db, unitId, { officeId: finance.id })).map((x) => x.name)).toEqual(['王建华']);
  });

  it('refuses a member whose office or 分管 is not an office of the unit (branches are not 分管), changing nothing', async () => {
    const { db, unitId } = await setup();
    const other = await setup();
    const b = await saveBranch(db, unitId, { name: '机关第一党支部' }, ctx);
    const foreign = await saveOffice(other.db, other.unitId, { name: '财务科' }, ctx);
    await expect(saveMember(db, unitId, person('甲', { branchId: b.id, officeId: 'ghost' }), ctx)).rejects.toThrow('甲所在的科室或二级单位不存在');
    await expect(saveMember(db, unitId, person('甲', { branchId: b.id, oversees: [b.id] }), ctx)).rejects.toThrow('甲分管的科室或二级单位不存在');
    await expect(saveMember(db, unitId, person('甲', { branchId: b.id, oversees: [foreign.id] }), ctx)).rejects.toThrow(UserError);
    expect(await db.members.count()).toBe(0);
  });

  it('drops party-only fields of a non-party person and keeps the non-party roles', async () => {
    const { db, unitId } = await setup();
    await expect(saveMember(db, unitId, person('乙', { kind: 'masses', partyStatus: 'full' }), ctx)).rejects.toThrow('非党员不应填写正式或预备党员');
    const m = await saveMember(db, unitId, person('乙', { kind: 'masses', roles: ['teamMember'], officeId: '' }), ctx);
    expect(m.roles).toEqual(['teamMember']);
    expect('officeId' in m).toBe(false);
  });

  it('offices: unique names, a 负责人 from the unit, audit entries', async () => {
    const { db, unitId } = await setup();
    const other = await setup();
    const b = await saveBranch(db, unitId, { name: '机关第一党支部' }, ctx);
    const head = await saveMember(db, unitId, person('黄志明', { branchId: b.id }), ctx);
    const stranger = await saveMember(other.db, other.unitId, person('外人', { kind: 'masses' }), ctx);
    const o = await saveOffice(db, unitId, { name: ' 财务科 ' }, ctx);
    expect(o).toMatchObject({ name: '财务科', kind: 'office', order: 0, unitId });
    expect('headId' in o).toBe(false);
    await expect(saveOffice(db, unitId, { name: '财务科' }, ctx)).rejects.toThrow('已有名为“财务科”的科室或二级单位');
    await expect(saveOffice(db, unitId, { name: '  ' }, ctx)).rejects.toThrow('请填写科室或二级单位名称');
    await expect(saveOffice(db, unitId, { id: o.id, name: '财务科', headId: stranger.id }, ctx)).rejects.toThrow('负责人不在本单位名册中');
    const withHead = await saveOffice(db, unitId, { id: o.id, name: '计划财务科', headId: head.id }, ctx);
    expect(withHead).toMatchObject({ id: o.id, name: '计划财务科', headId: head.id });
    // Unset keeps the head; null clears it.
    expect((await saveOffice(db, unitId, { id: o.id, name: '计划财务科', kind: 'office' }, ctx)).headId).toBe(head.id);
    const centre = await saveOffice(db, unitId, { name: '市中小企业服务中心', kind: 'subUnit' }, ctx);
    expect(centre.order).toBe(1);
    expect((await listOffices(db, unitId)).map((x) => x.name)).toEqual(['计划财务科', '市中小企业服务中心']);
    expect((await saveOffice(db, unitId, { id: o.id, name: '计划财务科', headId: null }, ctx)).headId).toBeUndefined();
    const summaries = (await listAudit(db, unitId)).filter((a) => a.entity === 'office').map((a) => a.summary);
    expect(summaries).toEqual([
      '修改内设科室 计划财务科：取消负责人',
      '新增二级单位 市中小企业服务中心',
      '修改内设科室 计划财务科',
      '修改内设科室 财务科：更名为 计划财务科，负责人改为 黄志明',
      '新增内设科室 财务科',
    ]);
  });

  it('refuses to delete an office someone works in or 分管, naming them; deletes it once free', async () => {
    const { db, unitId } = await setup();
    const b = await saveBranch(db, unitId, { name: '机关第一党支部' }, ctx);
    const o = await saveOffice(db, unitId, { name: '财务科' }, ctx);
    const worker = await saveMember(db, unitId, person('黄志明', { branchId: b.id, officeId: o.id }), ctx);
    const leader = await saveMember(db, unitId, person('王建华', { branchId: b.id, roles: ['teamMember'], oversees: [o.id] }), ctx);
    await expect(deleteOffice(db, unitId, o.id, ctx)).rejects.toThrow('不能删除“财务科”：黄志明在此工作，王建华分管财务科。请先在人员信息中修改他们的所在科室或分管。');
    await saveMember(db, unitId, { ...worker, officeId: undefined }, { ...ctx, id: worker.id });
    await expect(deleteOffice(db, unitId, o.id, ctx)).rejects.toThrow('王建华分管财务科');
    await saveMember(db, unitId, { ...leader, oversees: [] }, { ...ctx, id: leader.id });
    await deleteOffice(db, unitId, o.id, ctx);
    expect(await listOffices(db, unitId)).toEqual([]);
    expect((await listAudit(db, unitId, { limit: 1 }))[0]).toMatchObject({ action: 'office.delete', summary: '删除内设科室 财务科' });
    await expect(deleteOffice(db, unitId, o.id, ctx)).rejects.toThrow('不存在');
  });

  it('deleting an office head leaves the office without a 负责人, in the same write', async () => {
    const { db, unitId } = await setup();
    const b = await saveBranch(db, unitId, { name: '机关第一党支部' }, ctx);
    const head = await saveMember(db, unitId, person('黄志明', { branchId: b.id }), ctx);
    const o = await saveOffice(db, unitId, { name: '财务科', headId: head.id }, ctx);
    await deleteMember(db, unitId, head.id, ctx);
    expect((await db.offices.get(o.id))?.headId).toBeUndefined();
    expect((await listAudit(db, unitId, { limit: 1 }))[0].summary).toBe('删除党员 黄志明（财务科暂无负责人）');
  });

  it('every write names the unit: a deleted unit writes nothing', async () => {
    const { db } = await setup();
    await expect(saveOffice(db, 'ghost-unit', { name: '财务科' }, ctx)).rejects.toThrow('单位不存在或已被删除');
    await expect(saveBranch(db, 'ghost-unit', { name: '一支部' }, ctx)).rejects.toThrow('单位不存在或已被删除');
    expect(await db.offices.count()).toBe(0);
  });
});

describe('issue 7: text entering the roster through the repositories is cleaned, whoever calls', () => {
  it('finding: control characters, NUL, lone surrogates and bidi overrides in a saved member are removed', async () => {
    const { db, unitId } = await setup();
    const b = await saveBranch(db, unitId, { name: '机关第一党支部' }, ctx);
    const m = await saveMember(
      db,
      unitId,
      person('\u202e王\u0000伟\ud800', { branchId: b.id, post: '科\u200b员', phone: '\u2066138\u0007\u2069', note: '长期卧床\r\n口述代记\u200b', away: { place: '深圳\ufeff', contact: '' } }),
      ctx,
    );
    const stored = await db.members.get(m.id);
    expect(stored).toMatchObject({ name: '王伟', post: '科员', phone: '138', note: '长期卧床\n口述代记', away: { place: '深圳', contact: '' } });
    expect((await listAudit(db, unitId, { limit: 1 }))[0].summary).toBe('新增党员 王伟');
  });

  it('finding: a zero-width-only name is refused, writing nothing', async () => {
    const { db, unitId } = await setup();
    const b = await saveBranch(db, unitId, { name: '机关第一党支部' }, ctx);
    await expect(saveMember(db, unitId, person('\u200b\u200d\ufeff', { branchId: b.id }), ctx)).rejects.toThrow('请填写姓名');
    await expect(importMembers(db, unitId, [row(2, '\u200b\u2060', '机关第一党支部')], ctx)).rejects.toThrow('第2行');
    expect(await db.members.count()).toBe(0);
  });

  it('finding: a decomposed Zéynep is stored composed (NFC), as the same-name check compares it', async () => {
    const { db, unitId } = await setup();
    const m = await saveMember(db, unitId, person('Ze\u0301ynep', { kind: 'masses' }), ctx);
    expect(m.name).toBe('Z\u00e9ynep');
  });

  it('finding: a 10,000-character branch or office name is refused, as the forms refuse more than 40', async () => {
    const { db, unitId } = await setup();
    await expect(saveBranch(db, unitId, { name: '支'.repeat(10_000) }, ctx)).rejects.toThrow('支部名称不能超过 40 个字');
    await expect(saveOffice(db, unitId, { name: '科'.repeat(41) }, ctx)).rejects.toThrow('科室或二级单位名称不能超过 40 个字');
    expect((await saveBranch(db, unitId, { name: `${'支'.repeat(40)}\u200b ` }, ctx)).name).toBe('支'.repeat(40));
    const err = await importMembers(db, unitId, [row(2, '王伟', '支'.repeat(10_000)), row(3, '李强', '机关第二党支部', { officeName: '科'.repeat(41) })], ctx).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toContain('第2行：所在支部名称有10000个字，不能超过40个字');
    expect((err as Error).message).toContain('第3行：所在科室名称有41个字，不能超过40个字');
    expect(await db.members.count()).toBe(0);
    expect(await db.branches.count()).toBe(1);
    expect(await db.offices.count()).toBe(0);
  });

  it('branch and office names are cleaned and unique as cleaned, also against names stored before cleaning', async () => {
    const { db, unitId } = await setup();
    const b = await saveBranch(db, unitId, { name: '\u202e一\u200b支部 ' }, ctx);
    expect(b.name).toBe('一支部');
    await expect(saveBranch(db, unitId, { name: '一\u2060支部' }, ctx)).rejects.toThrow('已有名为“一支部”的支部');
    await expect(saveBranch(db, unitId, { name: '\u200b' }, ctx)).rejects.toThrow('请填写支部名称');
    // Stored before entry points cleaned (a later upgrade cleans it): it still counts.
    await db.branches.put({ id: 'legacy', unitId, name: '二\u200b支部', order: 9 });
    await expect(saveBranch(db, unitId, { name: '二支部' }, ctx)).rejects.toThrow('已有名为“二支部”的支部');
    const o = await saveOffice(db, unitId, { name: '财务\u200b科\u0000' }, ctx);
    expect(o.name).toBe('财务科');
    await expect(saveOffice(db, unitId, { name: ' 财务科\u202c' }, ctx)).rejects.toThrow('已有名为“财务科”的科室或二级单位');
  });

  it('importMembers cleans what a direct call brings: names, branch, office and 分管 names resolve to the clean records', async () => {
    const { db, unitId } = await setup();
    const b = await saveBranch(db, unitId, { name: '机关第一党支部' }, ctx);
    const o = await saveOffice(db, unitId, { name: '财务科' }, ctx);
    const rows = [
      row(2, '王\u200b伟', '机关第一\u200b党支部', { officeName: '\u202e财务科' }),
      row(3, 'Ze\u0301ynep', '机关第二党支部\u0000', { draft: person('Ze\u0301ynep', { roles: ['teamMember'], note: '第一行\r\n第二行' }), overseesNames: ['财务\u2060科', ' 办公室 '] }),
    ];
    expect(await importMembers(db, unitId, rows, ctx)).toEqual({ created: 2, branchesCreated: 1, officesCreated: 1 });
    const members = await listMembers(db, unitId);
    const wang = members.find((m) => m.name === '王伟');
    expect(wang).toMatchObject({ branchId: b.id, officeId: o.id });
    const z = members.find((m) => m.name === 'Z\u00e9ynep');
    expect(z?.note).toBe('第一行\n第二行');
    expect((await listBranches(db, unitId)).map((x) => x.name)).toEqual(['机关第一党支部', '机关第二党支部']);
    const offices = await listOffices(db, unitId);
    expect(offices.map((x) => x.name)).toEqual(['财务科', '办公室']);
    expect(z?.oversees).toEqual(offices.map((x) => x.id));
  });

  it('a DDE formula as 支部 is stored as the text it is (the export makes it inert)', async () => {
    const { db, unitId } = await setup();
    const dde = "=cmd|' /C calc'!A0";
    await importMembers(db, unitId, [row(2, '王伟', dde)], ctx);
    expect((await listBranches(db, unitId)).map((x) => x.name)).toEqual([dde]);
  });
});

describe('deleting a person who has working records', () => {
  const stamp = '2005-09-10T09:00:00.000Z';
  it('is refused while a material, opinions about the person or a held talk exist, naming them; nothing changes', async () => {
    const { db, unitId } = await setup();
    const b = await saveBranch(db, unitId, { name: '机关第一党支部' }, ctx);
    const zhang = await saveMember(db, unitId, person('张建国', { branchId: b.id }), ctx);
    const li = await saveMember(db, unitId, person('李德顺', { branchId: b.id }), ctx);
    await db.analyses.add({ id: 'a1', unitId, memberId: zhang.id, mode: 'self', state: 'draft', version: 1, createdAt: stamp, updatedAt: stamp });
    await db.talks.add({ id: 't1', unitId, aId: zhang.id, bId: li.id, reasons: ['memberMember'], status: 'done', doneOn: '2005-09-08', createdAt: stamp, updatedAt: stamp } as never);
    const before = await db.members.count();
    const err = await deleteMember(db, unitId, zhang.id, ctx).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toBe('张建国已有党性分析材料、已谈的谈心 1 次，这些记录要保留，不能删除此人。如已调离，可在备注中注明。');
    expect(await db.members.count()).toBe(before);
    expect(await db.talks.count()).toBe(1);
  });

  it('takes only-planned talks with the person and says so in the audit log', async () => {
    const { db, unitId } = await setup();
    const b = await saveBranch(db, unitId, { name: '机关第一党支部' }, ctx);
    const zhang = await saveMember(db, unitId, person('张建国', { branchId: b.id }), ctx);
    const li = await saveMember(db, unitId, person('李德顺', { branchId: b.id }), ctx);
    await db.talks.add({ id: 't1', unitId, aId: li.id, bId: zhang.id, reasons: ['memberMember'], status: 'planned', createdAt: stamp, updatedAt: stamp } as never);
    await deleteMember(db, unitId, zhang.id, ctx);
    expect(await db.talks.count()).toBe(0);
    expect(await db.members.get(zhang.id)).toBeUndefined();
    expect((await listAudit(db, unitId)).map((a) => a.summary)).toContainEqual(expect.stringContaining('取消未谈的谈心 1 次'));
  });
});
