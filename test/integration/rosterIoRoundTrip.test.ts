import { describe, expect, it } from 'vitest';
import { buildRosterPreview } from '@shared/members/import/buildRosterPreview';
import type { Branch, Member, Office } from '@shared/members/types';
import { readRosterFile } from '../../renderer/features/members/io/readRosterFile';
import { writeRosterXlsx } from '../../renderer/features/members/io/writeRosterXlsx';

const NOW = '2005-08-20';
const branches: Branch[] = [
  { id: 'b1', unitId: 'u1', name: '机关第一党支部', order: 1 },
  { id: 'b2', unitId: 'u1', name: '机关第二党支部', order: 2 },
  { id: 'b3', unitId: 'u1', name: '离退休党支部', order: 3 },
];
const offices: Office[] = [
  { id: 'o1', unitId: 'u1', name: '办公室', kind: 'office', order: 0, headId: 'm2' },
  { id: 'o2', unitId: 'u1', name: '财务科', kind: 'office', order: 1 },
  { id: 'o3', unitId: 'u1', name: '市中小企业服务中心', kind: 'subUnit', order: 2 },
];

function member(id: string, patch: Partial<Member>): Member {
  return {
    id,
    unitId: 'u1',
    kind: 'party',
    name: '',
    roles: [],
    oversees: [],
    employment: 'working',
    frail: false,
    cannotWrite: false,
    away: null,
    createdAt: '2005-08-01T00:00:00Z',
    updatedAt: '2005-08-01T00:00:00Z',
    ...patch,
  };
}

const members: Member[] = [
  member('m1', { name: '李建国', gender: '男', birth: '1955-10', joinedParty: '1976-07', partyStatus: 'full', education: 'postgraduate', branchId: 'b1', post: '局长、党组书记', roles: ['unitHead', 'partyGroupSecretary', 'teamMember', 'leaderCadre'], oversees: ['o1', 'o3'], phone: '13800000001' }),
  member('m2', { name: '王伟', gender: '男', birth: '1970-01', joinedParty: '1995-06', partyStatus: 'full', education: 'bachelor', branchId: 'b1', officeId: 'o1', post: '机关第一党支部书记', roles: ['branchSecretary'] }),
  member('m3', { name: '王伟', gender: '男', birth: '1968-12', joinedParty: '2004-11', partyStatus: 'probationary', education: 'college', branchId: 'b2', officeId: 'o2', post: '科员' }),
  member('m4', { name: '赵淑芬', gender: '女', birth: '1931-02', joinedParty: '1950-10', education: 'primary', branchId: 'b3', employment: 'retired', frail: true, chronicIll: true, cannotWrite: true, note: '住院' }),
  member('m5', { name: '陈小红', gender: '女', birth: '1978-05', joinedParty: '2001-07', education: 'bachelor', branchId: 'b2', away: { place: '深圳', contact: '0755-12345678' } }),
  member('m6', { name: '刘群', kind: 'masses', gender: '女', birth: '1980-09', education: 'highSchool', branchId: 'b2', officeId: 'o3' }),
  member('m7', { name: '周代表', kind: 'npcDeputy', gender: '男' }),
  member('m8', { name: '孙二', gender: '男', birth: '1976-03', joinedParty: '2000-07', branchId: 'b2', post: '党员领导干部（分管财务科）', roles: ['leaderCadre'], oversees: ['o2'], away: { place: '广东东莞', contact: '' }, note: '外出务工（广东东莞）' }),
];

describe('roster export → import round trip', () => {
  it('keeps every field the roster carries, and finds nothing to guess in what it wrote itself', async () => {
    const bytes = await writeRosterXlsx('某某局', members, branches, offices);
    const table = await readRosterFile('花名册.xlsx', bytes);
    const preview = buildRosterPreview(table, { existing: [], branches, offices, now: NOW });
    expect(preview.fileErrors).toEqual([]);
    expect(preview.headerLine).toBe(2);
    expect(preview.columns.filter((c) => c.field === null)).toEqual([]);
    expect(preview.newBranchNames).toEqual([]);
    expect(preview.newOfficeNames).toEqual([]);
    expect(preview.rows).toHaveLength(members.length);
    const branchName = new Map(branches.map((b) => [b.id, b.name]));
    const officeName = new Map(offices.map((o) => [o.id, o.name]));
    // Export groups by branch order, so compare by name + birth.
    for (const m of members) {
      const row = preview.rows.find((r) => r.draft.name === m.name && r.draft.birth === m.birth);
      expect(row, m.name).toBeDefined();
      const { id: _id, unitId: _u, createdAt: _c, updatedAt: _up, branchId, officeId, oversees, ...rest } = m;
      expect(row!.draft, m.name).toEqual({ ...rest, oversees: [], roles: expect.arrayContaining(m.roles) });
      expect(row!.draft.roles).toHaveLength(m.roles.length);
      expect(row!.branchName).toBe(branchId ? branchName.get(branchId) : undefined);
      expect(row!.officeName).toBe(officeId ? officeName.get(officeId) : undefined);
      expect(row!.overseesNames).toEqual(oversees.map((o) => officeName.get(o)));
      expect(row!.inferred, m.name).toEqual([]);
      expect(row!.problems.filter((p) => p.level === 'error')).toEqual([]);
    }
  });
});

describe('a roster as secretaries keep it → export → import', () => {
  it.each(['awkward.xlsx', 'remarks.xlsx'])('gives back the same people from %s after a trip through our own .xlsx', async (name) => {
    const { readFileSync } = await import('node:fs');
    const file = new URL(`../fixtures/roster/${name}`, import.meta.url);
    const first = buildRosterPreview(await readRosterFile(name, new Uint8Array(readFileSync(file))), { existing: [], branches: [], now: NOW });
    const all: Branch[] = first.newBranchNames.map((name, i) => ({ id: `b${i}`, unitId: 'u1', name, order: i }));
    const allOffices: Office[] = first.newOfficeNames.map((name, i) => ({ id: `o${i}`, unitId: 'u1', name, kind: 'office', order: i }));
    const idOf = (name?: string) => all.find((b) => b.name === name)?.id;
    const officeOf = (name?: string) => allOffices.find((o) => o.name === name)?.id;
    const good = first.rows.filter((r) => !r.problems.some((p) => p.level === 'error'));
    const imported = good.map((r, i) =>
      member(`m${i}`, {
        ...r.draft,
        branchId: idOf(r.branchName),
        ...(r.officeName ? { officeId: officeOf(r.officeName) } : {}),
        oversees: r.overseesNames.map(officeOf).filter((x): x is string => x !== undefined),
      }),
    );

    const bytes = await writeRosterXlsx('某局', imported, all, allOffices);
    const again = buildRosterPreview(await readRosterFile('out.xlsx', bytes), { existing: [], branches: all, offices: allOffices, now: NOW });
    expect(again.newBranchNames).toEqual([]);
    expect(again.newOfficeNames).toEqual([]);
    const key = (d: { name: string; birth?: string }) => `${d.name}|${d.birth ?? ''}`;
    const back = new Map(again.rows.map((r) => [key(r.draft), r]));
    expect(again.rows).toHaveLength(good.length);
    for (const m of imported) {
      const r = back.get(key(m));
      const { id: _id, unitId: _u, createdAt: _c, updatedAt: _up, branchId: _b, officeId: _o, oversees, ...draft } = m;
      expect(r?.draft, m.name).toEqual({ ...draft, oversees: [] });
      expect(r?.inferred, m.name).toEqual([]);
      expect(r?.branchName).toBe(all.find((b) => b.id === m.branchId)?.name);
      expect(r?.overseesNames).toEqual(oversees.map((o) => allOffices.find((x) => x.id === o)?.name));
    }
  });
});
