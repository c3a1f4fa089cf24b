import { describe, expect, it } from 'vitest';
import { buildRosterPreview } from '@shared/members/import/buildRosterPreview';
import type { Branch, Member, Office } from '@shared/members/types';
import { cleanLine } from '@shared/util/text';
import { loadExcelJs, readRosterFile } from '../../renderer/features/members/io/readRosterFile';
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

/** The cells as written, row by row from the header on (exceljs, not our reader: what Excel sees). */
async function rawCells(bytes: Uint8Array): Promise<{ title: unknown; header: string[]; rows: unknown[][] }> {
  const { Workbook } = await loadExcelJs();
  const wb = new Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const ws = wb.worksheets[0];
  const row = (r: number) => Array.from({ length: ws.columnCount }, (_, c) => ws.getRow(r).getCell(c + 1).value);
  const rows: unknown[][] = [];
  for (let r = 3; r <= ws.rowCount; r++) rows.push(row(r));
  return { title: ws.getRow(1).getCell(1).value, header: row(2).map(String), rows };
}

describe('issue 7: what the export writes', () => {
  const dde = "=cmd|' /C calc'!A0";
  const formulaBranches: Branch[] = [{ id: 'f1', unitId: 'u1', name: dde, order: 1 }];
  const formulaOffices: Office[] = [{ id: 'fo', unitId: 'u1', name: '@SUM(1+1)*cmd|\' /C calc\'!A0', kind: 'office', order: 0 }];
  const formulaMembers: Member[] = [
    member('x1', { name: '+王伟', branchId: 'f1', officeId: 'fo', post: '-2+3+cmd|\' /C calc\'!A0', phone: '+86 138-0000-0001', note: '-退休返聘\n=HYPERLINK("http://example.com")' }),
    member('x2', { name: '@李强', branchId: 'f1', phone: '-', post: '=1+1', roles: ['teamMember'], oversees: ['fo'] }),
  ];

  it('finding: export wrote cells beginning with = + - @ as they were; now each such text cell starts with an apostrophe', async () => {
    const bytes = await writeRosterXlsx('=某局', formulaMembers, formulaBranches, formulaOffices);
    const { title, header, rows } = await rawCells(bytes);
    const col = (h: string) => header.indexOf(h);
    expect(title).toBe("'=某局人员花名册");
    const cells = rows.flat();
    // No cell is a formula, and no text cell starts like one.
    expect(cells.some((v) => typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v))).toBe(false);
    expect(cells.filter((v): v is string => typeof v === 'string' && /^[=+\-@\t\r]/u.test(v) && !/^[+-][\d ().,-]*$/u.test(v))).toEqual([]);
    const [a, b] = rows;
    expect(a[col('姓名')]).toBe("'+王伟");
    expect(a[col('所在支部')]).toBe(`'${dde}`);
    expect(a[col('所在科室')]).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
    expect(a[col('职务')]).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(a[col('备注')]).toBe('\'-退休返聘\n=HYPERLINK("http://example.com")');
    // A phone number calls nothing and is left as it is; the 序号 is a number.
    expect(a[col('联系电话')]).toBe('+86 138-0000-0001');
    expect(b[col('联系电话')]).toBe('-');
    expect(a[col('序号')]).toBe(1);
    expect(b[col('分管')]).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
  });

  it('finding: a DDE formula as 支部 goes out inert and comes back as the same text, naming the same branch', async () => {
    const bytes = await writeRosterXlsx('某局', formulaMembers, formulaBranches, formulaOffices);
    const p = buildRosterPreview(await readRosterFile('out.xlsx', bytes), { existing: [], branches: formulaBranches, offices: formulaOffices, now: NOW });
    expect(p.newBranchNames).toEqual([]);
    expect(p.newOfficeNames).toEqual([]);
    expect(p.rows.map((r) => [r.draft.name, r.branchName, r.officeName, r.draft.post, r.draft.phone, r.draft.note])).toEqual(
      formulaMembers.map((m) => [m.name, dde, m.officeId ? formulaOffices[0].name : undefined, m.post, m.phone, m.note]),
    );
    expect(p.rows[1].overseesNames).toEqual([formulaOffices[0].name]);
  });

  it('finding: export then re-import turned four different stored names into 王伟; the export now writes them clean, and the import flags them as one name', async () => {
    // Names stored before entry points cleaned: they differ only by what cannot be seen.
    const stored: Member[] = [
      member('w1', { name: '王伟', branchId: 'b1', birth: '1970-01' }),
      member('w2', { name: '王\u200b伟', branchId: 'b1', birth: '1971-01' }),
      member('w3', { name: '\u202a王伟\u202c', branchId: 'b1', birth: '1972-01' }),
      member('w4', { name: '王\ufeff伟\u0000', branchId: 'b1', birth: '1973-01' }),
      member('z1', { name: 'Ze\u0301ynep', branchId: 'b1', birth: '1974-01' }),
      member('z2', { name: 'Z\u00e9ynep', branchId: 'b1', birth: '1975-01' }),
    ];
    const bytes = await writeRosterXlsx('某局', stored, branches, offices);
    const { header, rows } = await rawCells(bytes);
    // Decision: on export, clean. The file holds the names as they are shown.
    expect(rows.map((r) => r[header.indexOf('姓名')])).toEqual(['王伟', '王伟', '王伟', '王伟', 'Z\u00e9ynep', 'Z\u00e9ynep']);

    const p = buildRosterPreview(await readRosterFile('out.xlsx', bytes), { existing: stored, branches, offices, now: NOW });
    expect(p.rows.map((r) => r.draft.name)).toEqual(stored.map((m) => cleanLine(m.name)));
    // The same name, said so, never merged silently: against the file and against every stored one.
    expect(p.rows[0].sameName).toEqual({ existingIds: ['w1', 'w2', 'w3', 'w4'], otherLines: [4, 5, 6] });
    expect(p.rows[3].sameName).toEqual({ existingIds: ['w1', 'w2', 'w3', 'w4'], otherLines: [3, 4, 5] });
    expect(p.rows[4].sameName).toEqual({ existingIds: ['z1', 'z2'], otherLines: [8] });
  });

  it('gives back exactly the stored names when they are clean, however close they look', async () => {
    const close: Member[] = [
      member('c1', { name: '王伟', branchId: 'b1', birth: '1970-01' }),
      member('c2', { name: '王玮', branchId: 'b1', birth: '1971-01' }),
      member('c3', { name: 'Z\u00e9ynep', branchId: 'b1', birth: '1972-01' }),
      member('c4', { name: 'Zeynep', branchId: 'b1', birth: '1973-01' }),
      member('c5', { name: '=王伟', branchId: 'b1', birth: '1974-01' }),
      member('c6', { name: "'王伟", branchId: 'b1', birth: '1975-01' }),
    ];
    const bytes = await writeRosterXlsx('某局', close, branches, offices);
    const p = buildRosterPreview(await readRosterFile('out.xlsx', bytes), { existing: [], branches, offices, now: NOW });
    expect(p.rows.map((r) => r.draft.name)).toEqual(close.map((m) => m.name));
  });
});

