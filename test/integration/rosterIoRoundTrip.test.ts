import { describe, expect, it } from 'vitest';
import { buildRosterPreview } from '@shared/members/import/buildRosterPreview';
import type { Branch, Member } from '@shared/members/types';
import { readRosterFile } from '../../renderer/features/members/io/readRosterFile';
import { writeRosterXlsx } from '../../renderer/features/members/io/writeRosterXlsx';

const NOW = '2005-08-20';
const branches: Branch[] = [
  { id: 'b1', unitId: 'u1', name: '机关第一党支部', order: 1 },
  { id: 'b2', unitId: 'u1', name: '机关第二党支部', order: 2 },
  { id: 'b3', unitId: 'u1', name: '离退休党支部', order: 3 },
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
  member('m1', { name: '李建国', gender: '男', birth: '1955-10', joinedParty: '1976-07', branchId: 'b1', post: '局长', roles: ['unitHead', 'teamMember', 'leaderCadre'], oversees: ['b1', 'b2'], phone: '13800000001' }),
  member('m2', { name: '王伟', gender: '男', birth: '1970-01', joinedParty: '1995-06', branchId: 'b1', post: '机关第一党支部书记', roles: ['branchSecretary'] }),
  member('m3', { name: '王伟', gender: '男', birth: '1968-12', joinedParty: '1990-03', branchId: 'b2', post: '科员' }),
  member('m4', { name: '赵淑芬', gender: '女', birth: '1931-02', joinedParty: '1950-10', branchId: 'b3', employment: 'retired', frail: true, cannotWrite: true, note: '住院' }),
  member('m5', { name: '陈小红', gender: '女', birth: '1978-05', joinedParty: '2001-07', branchId: 'b2', away: { place: '深圳', contact: '0755-12345678' } }),
  member('m6', { name: '刘群', kind: 'masses', gender: '女', birth: '1980-09', branchId: 'b2' }),
  member('m7', { name: '周代表', kind: 'npcDeputy', gender: '男' }),
];

describe('roster export → import round trip', () => {
  it('keeps every field the roster carries', async () => {
    const bytes = await writeRosterXlsx('某某局', members, branches);
    const table = await readRosterFile('花名册.xlsx', bytes);
    const preview = buildRosterPreview(table, { existing: [], branches, now: NOW });
    expect(preview.fileErrors).toEqual([]);
    expect(preview.headerLine).toBe(2);
    expect(preview.newBranchNames).toEqual([]);
    expect(preview.rows).toHaveLength(members.length);
    const byId = new Map(branches.map((b) => [b.id, b.name]));
    // Export groups by branch order, so compare by name + birth.
    for (const m of members) {
      const row = preview.rows.find((r) => r.draft.name === m.name && r.draft.birth === m.birth);
      expect(row, m.name).toBeDefined();
      const { id: _id, unitId: _u, createdAt: _c, updatedAt: _up, branchId, oversees, ...rest } = m;
      expect(row!.draft).toEqual({ ...rest, oversees: [], roles: expect.arrayContaining(m.roles) });
      expect(row!.draft.roles).toHaveLength(m.roles.length);
      expect(row!.branchName).toBe(branchId ? byId.get(branchId) : undefined);
      expect(row!.overseesNames).toEqual(oversees.map((o) => byId.get(o)));
      expect(row!.problems.filter((p) => p.level === 'error')).toEqual([]);
    }
  });
});

describe('awkward roster → export → import', () => {
  it('gives back the same people after a trip through our own .xlsx', async () => {
    const { readFileSync } = await import('node:fs');
    const file = new URL('../fixtures/roster/awkward.xlsx', import.meta.url);
    const first = buildRosterPreview(await readRosterFile('awkward.xlsx', new Uint8Array(readFileSync(file))), { existing: [], branches: [], now: NOW });
    const all: Branch[] = first.newBranchNames.map((name, i) => ({ id: `b${i}`, unitId: 'u1', name, order: i }));
    const idOf = (name?: string) => all.find((b) => b.name === name)?.id;
    const good = first.rows.filter((r) => !r.problems.some((p) => p.level === 'error'));
    const imported = good.map((r, i) => member(`m${i}`, { ...r.draft, branchId: idOf(r.branchName), oversees: r.overseesNames.map(idOf).filter((x): x is string => x !== undefined) }));

    const again = buildRosterPreview(await readRosterFile('out.xlsx', await writeRosterXlsx('某局', imported, all)), { existing: [], branches: all, now: NOW });
    expect(again.newBranchNames).toEqual([]);
    const key = (d: { name: string; birth?: string }) => `${d.name}|${d.birth ?? ''}`;
    const back = new Map(again.rows.map((r) => [key(r.draft), r]));
    expect(again.rows).toHaveLength(good.length);
    for (const m of imported) {
      const r = back.get(key(m));
      const { id: _id, unitId: _u, createdAt: _c, updatedAt: _up, branchId: _b, oversees: _o, ...draft } = m;
      expect(r?.draft, m.name).toEqual({ ...draft, oversees: [] });
      expect(r?.branchName).toBe(all.find((b) => b.id === m.branchId)?.name);
    }
  });
});
