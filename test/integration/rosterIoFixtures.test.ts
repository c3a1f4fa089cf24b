import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildRosterPreview } from '@shared/members/import/buildRosterPreview';
import type { ImportedPerson, RosterPreview } from '@shared/members/import/types';
import type { Branch, Member, Office } from '@shared/members/types';
import { UserError } from '@shared/util/result';
import { decodeText, readRosterFile } from '../../renderer/features/members/io/readRosterFile';

const dir = fileURLToPath(new URL('../fixtures/roster/', import.meta.url));
const NOW = '2005-08-20';
const branches: Branch[] = [
  { id: 'b1', unitId: 'u1', name: '机关第一党支部', order: 1 },
  { id: 'b2', unitId: 'u1', name: '机关第二党支部', order: 2 },
];

async function load(file: string, existing: Member[] = [], offices: Office[] = []): Promise<RosterPreview> {
  const table = await readRosterFile(file, new Uint8Array(readFileSync(dir + file)));
  return buildRosterPreview(table, { existing, branches, offices, now: NOW });
}

const at = (p: RosterPreview, line: number): ImportedPerson => {
  const row = p.rows.find((r) => r.line === line);
  if (!row) throw new Error(`no row at line ${line}`);
  return row;
};
const messages = (r: ImportedPerson, level: 'error' | 'warning') => r.problems.filter((x) => x.level === level).map((x) => x.message);

describe('awkward.xlsx', () => {
  it('finds the header under the merged title and a blank row, and skips blank, total and signature rows', async () => {
    const p = await load('awkward.xlsx');
    expect(p.fileErrors).toEqual([]);
    expect(p.headerLine).toBe(3);
    expect(p.columns.find((c) => c.header === '文化程度')).toEqual({ header: '文化程度', field: 'education' });
    expect(p.columns.filter((c) => c.field === null)).toEqual([]);
    expect(p.rows).toHaveLength(29);
    expect(p.skipped).toEqual([
      { line: 12, reason: '空行' },
      { line: 34, reason: '空行' },
      { line: 35, reason: '合计或说明行' },
      { line: 36, reason: '合计或说明行' },
    ]);
    expect(p.newBranchNames).toEqual(['离退休党支部']);
    // Its 分管 names branches, as old rosters did: they become offices of the same name, with a warning.
    expect(p.newOfficeNames).toEqual(['机关第一党支部', '机关第二党支部', '办公室']);
  });

  it('reads Excel dates, serial numbers, number cells and every text date form', async () => {
    const p = await load('awkward.xlsx');
    const birth = (line: number) => at(p, line).draft.birth;
    const joined = (line: number) => at(p, line).draft.joinedParty;
    expect([birth(4), joined(4)]).toEqual(['1955-10', '1976-07']); // Date cell; 1976.07
    expect([birth(5), joined(5)]).toEqual(['1962-04', '1985-07']); // serial without date format; 1985年7月
    expect([birth(7), joined(7)]).toEqual(['1968-12', '1990-03']); // 1968-12; 1990/03
    expect([birth(8), joined(8)]).toEqual(['1978-05', '2001-07']); // 1978.5; number 2001.07
    expect([birth(10), joined(10)]).toEqual(['1931-02', '1950-10']); // 1931年2月
    expect([birth(11), joined(11)]).toEqual(['1933-05', '1956-07']); // 193305; 19560701
    expect(birth(17)).toBe('1983-10'); // number 1983.1 shown as 1983.10 by its format
    expect(birth(18)).toBe('1972-04'); // "  1972 - 04 "
    expect([birth(32), joined(32)]).toEqual(['1978-03', '2000-06']); // 19780305; serial 36707
    expect([birth(33), joined(33)]).toEqual(['1938-05', '1960-07']); // with a time; ISO date
  });

  it('normalises full-width characters, spaces in names, rich text, formulas, hyperlinks and merged cells', async () => {
    const p = await load('awkward.xlsx');
    expect(at(p, 13).draft).toMatchObject({ name: '周涛', birth: '1975-08', joinedParty: '2000-07', post: 'IT中心主任', phone: '13912345678' });
    expect(at(p, 9).draft.name).toBe('刘群');
    expect(at(p, 22).draft).toMatchObject({ name: '杨帆', phone: '13800000018' });
    expect([23, 24, 25].map((l) => at(p, l).branchName)).toEqual(['机关第二党支部', '机关第二党支部', '机关第二党支部']);
    expect(at(p, 10).draft.note).toBe('长期卧床，口述由他人代记');
  });

  it('reads kinds, roles, employment, frailty, inability to write and away members', async () => {
    const p = await load('awkward.xlsx');
    // 局长、党组书记: the 党组书记 is read from 职务 and listed; 局长 is not guessed as unit head.
    expect(at(p, 4).draft.roles).toEqual(['partyGroupSecretary', 'teamMember']);
    expect(at(p, 4).inferred.map((i) => i.message)).toEqual(['从职务识别：党组书记']);
    expect(at(p, 4).draft.education).toBe('bachelor');
    expect(at(p, 4).overseesNames).toEqual(['机关第一党支部', '机关第二党支部']);
    expect(at(p, 6).draft.roles).toEqual(['branchSecretary']);
    expect(at(p, 10).draft).toMatchObject({ employment: 'retired', frail: true, cannotWrite: true });
    // 长期患病 written in the 年老体弱/长期患病 column.
    expect(at(p, 11).draft).toMatchObject({ employment: 'retired', frail: false, chronicIll: true, gender: '男', education: 'primary' });
    expect(at(p, 10).inferred.map((i) => i.message)).toEqual(['从备注识别：长期患病']);
    expect(at(p, 29).draft.partyStatus).toBe('probationary');
    expect(at(p, 33).draft.employment).toBe('retired'); // blank 状态 in 离退休党支部
    expect(at(p, 8).draft.away).toEqual({ place: '广东深圳', contact: '0755-12345678' });
    expect(at(p, 31).draft.away).toEqual({ place: '北京', contact: '' });
    expect([9, 19, 20, 21, 29, 30].map((l) => at(p, l).draft.kind)).toEqual(['masses', 'npcDeputy', 'client', 'cppccMember', 'party', 'masses']);
  });

  it('tells errors, which block a row, from warnings, which do not', async () => {
    const p = await load('awkward.xlsx');
    expect(messages(at(p, 14), 'error')).toEqual(['姓名为空或只含不可见字符']);
    expect(messages(at(p, 15), 'error')).toEqual(['出生年月“1965.13”无法识别，请写成如 1965.03 的年月']);
    expect(messages(at(p, 26), 'error')).toEqual(['性别“不详”无法识别，应为男或女']);
    expect(messages(at(p, 28), 'error')).toEqual(['入党时间晚于今天，请核对']);
    expect(messages(at(p, 16), 'warning')[0]).toMatch(/1975年10月/);
    expect(messages(at(p, 18), 'warning')).toEqual(['党员未填写入党时间']);
    expect(messages(at(p, 27), 'warning')).toEqual(['入党时不满18周岁，请核对出生年月和入党时间']);
    expect(messages(at(p, 30), 'warning')).toEqual(['身份“共青团员”按“群众”导入']);
    expect(messages(at(p, 5), 'warning')).toEqual(['分管的“机关第二党支部”是党支部；分管的应是内设科室或二级单位，将按同名科室导入，请核对']);
    const blocked = p.rows.filter((r) => r.problems.some((x) => x.level === 'error')).map((r) => r.line);
    expect(blocked).toEqual([14, 15, 26, 28]);
  });

  it('flags the two 王伟 against each other and against an existing 王伟', async () => {
    const existing = { id: 'm9', unitId: 'u1', kind: 'party', name: '王 伟', roles: [], oversees: [], employment: 'working', frail: false, cannotWrite: false, away: null, createdAt: '', updatedAt: '' } satisfies Member;
    const p = await load('awkward.xlsx', [existing]);
    expect(at(p, 6).sameName).toEqual({ existingIds: ['m9'], otherLines: [7] });
    expect(at(p, 7).sameName).toEqual({ existingIds: ['m9'], otherLines: [6] });
    expect(at(p, 6).branchName).not.toBe(at(p, 7).branchName);
  });
});

describe('remarks.xlsx: conditions in 备注, roles in 职务', () => {
  const office = (id: string, name: string): Office => ({ id, unitId: 'u1', name, kind: 'office', order: 0 });

  it('reads the columns, and lists every office to create', async () => {
    const p = await load('remarks.xlsx', [], [office('o1', '办公室')]);
    expect(p.fileErrors).toEqual([]);
    expect(p.headerLine).toBe(2);
    expect(p.columns.filter((c) => c.field === null)).toEqual([]);
    expect(p.rows).toHaveLength(17);
    expect(p.skipped).toEqual([{ line: 20, reason: '合计或说明行' }]);
    expect(p.newBranchNames).toEqual(['东街社区党支部', '离退休党支部']);
    expect(p.newOfficeNames).toEqual(['财务科', '农技推广中心']);
    expect(at(p, 8).draft).toMatchObject({ partyStatus: 'probationary', education: 'bachelor' });
    expect(at(p, 8).officeName).toBe('财务科');
    expect(at(p, 3).draft.partyStatus).toBe('full');
    expect(at(p, 16).draft).toMatchObject({ kind: 'masses', education: 'highSchool' });
    expect(p.rows.filter((r) => r.problems.some((x) => x.level === 'error'))).toEqual([]);
  });

  it('reads away, frail, unable to write and ill from 备注, each listed to confirm', async () => {
    const p = await load('remarks.xlsx');
    const inferred = (line: number) => at(p, line).inferred.map((i) => i.message);
    expect(at(p, 9).draft).toMatchObject({ away: { place: '广东东莞', contact: '13900000007' }, partyStatus: 'probationary' });
    expect(inferred(9)).toEqual(['从备注识别：外出（广东东莞）', '从备注识别：预备党员']);
    expect(at(p, 9).asWritten?.draft).toMatchObject({ away: null });
    expect(at(p, 9).asWritten?.draft.partyStatus).toBeUndefined();
    expect(at(p, 10).draft).toMatchObject({ frail: true, cannotWrite: true, education: 'primary' });
    expect(inferred(10)).toEqual(['从备注识别：年老体弱', '从备注识别：无书写能力']);
    expect(at(p, 11).draft.away).toEqual({ place: '上海', contact: '' });
    expect(inferred(11)).toEqual(['从备注识别：外出（上海）']);
    // Retired already by the 离退休党支部: only the illness is new.
    expect(at(p, 12).draft).toMatchObject({ employment: 'retired', chronicIll: true });
    expect(inferred(12)).toEqual(['从备注识别：长期患病']);
    expect(inferred(13)).toEqual(['从备注识别：长期患病']);
    expect(messages(at(p, 15), 'warning')).toEqual(['备注提到外出，但没有写明地点，未按外出导入，请核对']);
    expect(at(p, 15).draft.away).toBeNull();
    expect(at(p, 16).draft.away).toEqual({ place: '上海', contact: '' });
    expect(inferred(17)).toEqual([]); // 预备 said in its own column already
    expect(inferred(19)).toEqual(['从备注识别：离退休']); // 退休返聘
  });

  it('reads the 党组书记, secretaries, team and 分管 from 职务, never the unit head', async () => {
    const p = await load('remarks.xlsx');
    const inferred = (line: number) => at(p, line).inferred.map((i) => i.message);
    expect(at(p, 3).draft.roles).toEqual(['partyGroupSecretary']);
    expect(inferred(3)).toEqual(['从职务识别：党组书记']);
    expect(at(p, 4)).toMatchObject({ draft: { roles: ['teamMember'] }, overseesNames: ['办公室', '财务科'] });
    expect(inferred(4)).toEqual(['从职务识别：班子成员', '从职务识别：分管 办公室、财务科']);
    expect(at(p, 5)).toMatchObject({ draft: { roles: ['leaderCadre'] }, overseesNames: ['农技推广中心'] });
    expect(at(p, 6).draft.roles).toEqual(['committeeSecretary']); // 机关党委书记、办公室主任
    expect(at(p, 7).draft.roles).toEqual(['branchSecretary']);
    expect(at(p, 8).draft.roles).toEqual([]);
    expect(at(p, 14).draft.roles).toEqual(['committeeSecretary']); // 社区党委书记
    expect(at(p, 18).draft.roles).toEqual(['teamMember']); // 副局长
    expect(p.rows.some((r) => r.draft.roles.includes('unitHead'))).toBe(false);
  });
});

describe('awkward-gbk.csv', () => {
  it('is GBK, not UTF-8, and decodes as GB18030', () => {
    const bytes = new Uint8Array(readFileSync(dir + 'awkward-gbk.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeText(bytes)).toContain('机关党委党员花名册');
  });

  it('reads the same awkward cases from CSV', async () => {
    const p = await load('awkward-gbk.csv');
    expect(p.fileErrors).toEqual([]);
    expect(p.headerLine).toBe(3);
    expect(p.rows.map((r) => r.draft.name)).toEqual(['李建国', '王伟', '王伟', '陈小红', '赵淑芬', '周涛', '', '吴晓梅', '刘群', '高志远']);
    expect(p.skipped).toEqual([
      { line: 8, reason: '空行' },
      { line: 15, reason: '合计或说明行' },
      { line: 16, reason: '合计或说明行' },
    ]);
    expect(at(p, 4).draft.roles).toEqual(['unitHead', 'teamMember']);
    expect(at(p, 4).overseesNames).toEqual(['机关第一党支部', '机关第二党支部']);
    expect(at(p, 5).sameName.otherLines).toEqual([6]);
    expect(at(p, 7).draft.away).toEqual({ place: '广东深圳', contact: '0755-12345678' });
    expect(at(p, 9).draft).toMatchObject({ birth: '1931-02', joinedParty: '1950-10', employment: 'retired' });
    expect(at(p, 14).draft.note).toBe('备注含"引号"');
    expect(messages(at(p, 11), 'error')).toEqual(['姓名为空或只含不可见字符']);
    expect(messages(at(p, 12), 'error')[0]).toMatch(/1965\.13/);
  });

  it('reads a UTF-8 CSV with a BOM as well', async () => {
    const text = '\ufeff姓名,性别,出生年月\r\n张三,男,1965.03\r\n';
    const table = await readRosterFile('a.csv', new TextEncoder().encode(text));
    expect(table).toEqual([['姓名', '性别', '出生年月'], ['张三', '男', '1965.03']]);
  });
});

describe('files that cannot be read', () => {
  it('explains empty, .xls, corrupt and unsupported files in Chinese', async () => {
    const reject = (name: string, bytes: Uint8Array) => readRosterFile(name, bytes).then(() => null, (e: unknown) => e);
    const empty = await reject('a.xlsx', new Uint8Array());
    expect(empty).toBeInstanceOf(UserError);
    expect((empty as Error).message).toMatch(/空/);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await reject('花名册.xls', ole)).toEqual(new UserError('暂不支持 .xls，请在 Excel/WPS 中另存为 .xlsx 后再导入'));
    expect(((await reject('花名册.xlsx', ole)) as Error).message).toMatch(/密码|\.xls/);
    const broken = await reject('花名册.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(broken).toBeInstanceOf(UserError);
    expect((broken as Error).message).toMatch(/损坏/);
    expect(((await reject('花名册.docx', new Uint8Array([1, 2, 3]))) as Error).message).toMatch(/只支持/);
  });
});
