import { describe, expect, it } from 'vitest';
import type { Branch, Member } from '../types';
import { buildRosterPreview } from './buildRosterPreview';

const NOW = '2005-08-20';
const branches: Branch[] = [
  { id: 'b1', unitId: 'u1', name: '机关第一党支部', order: 1 },
  { id: 'b2', unitId: 'u1', name: '机关第二党支部', order: 2 },
];
const ctx = { existing: [] as Member[], branches, now: NOW };

const TITLE = ['XX局机关党委党员花名册（2005年8月）', 'XX局机关党委党员花名册（2005年8月）', 'XX局机关党委党员花名册（2005年8月）'];
const HEADER = ['序号', '姓 名', '*性别', '出生\n年月', '入党时间', '所在支部', '职务'];

function preview(rows: unknown[][], existing: Member[] = []) {
  return buildRosterPreview([TITLE, [], HEADER, ...rows], { ...ctx, existing });
}

function existingMember(id: string, name: string): Member {
  return {
    id, unitId: 'u1', kind: 'party', name, roles: [], oversees: [], employment: 'working',
    frail: false, cannotWrite: false, away: null, createdAt: '', updatedAt: '',
  };
}

describe('buildRosterPreview: header', () => {
  it('finds the header below a merged title row and a blank row, tolerating spaces, "*" and line breaks', () => {
    const p = preview([[1, '张三', '男', '1965.03', '1990.07', '机关第一党支部', '科员']]);
    expect(p.headerLine).toBe(3);
    expect(p.columns.map((c) => c.field)).toEqual(['seq', 'name', 'gender', 'birth', 'joinedParty', 'branch', 'post']);
    expect(p.rows[0]).toMatchObject({ line: 4, branchName: '机关第一党支部', draft: { name: '张三', gender: '男', birth: '1965-03', joinedParty: '1990-07', post: '科员', kind: 'party', employment: 'working' } });
    expect(p.fileErrors).toEqual([]);
  });

  it('accepts header variants in any order, in full-width, and reports unknown columns as ignored', () => {
    const t = [['联系电话', '党支部', '出生日期', '姓名', '入党年月', '文化程度', '人员类别', '现任职务（职级）']];
    const p = buildRosterPreview([...t, ['13800000000', '机关第二党支部', '1970-01', '李四', '1992-05', '大学', '党员', '主任']], ctx);
    expect(p.columns).toEqual([
      { header: '联系电话', field: 'phone' },
      { header: '党支部', field: 'branch' },
      { header: '出生日期', field: 'birth' },
      { header: '姓名', field: 'name' },
      { header: '入党年月', field: 'joinedParty' },
      { header: '文化程度', field: null },
      { header: '人员类别', field: 'kind' },
      { header: '现任职务(职级)', field: 'post' },
    ]);
    expect(p.rows[0].draft).toMatchObject({ name: '李四', phone: '13800000000', post: '主任', birth: '1970-01' });
  });

  it('says what is missing when there is no header or no 姓名 column', () => {
    expect(buildRosterPreview([['花名册'], ['张三', '男']], ctx).fileErrors[0]).toMatch(/未找到表头/);
    const p = buildRosterPreview([['性别', '出生年月'], ['男', '1965.03']], ctx);
    expect(p.fileErrors).toEqual(['未找到表头：至少需要“姓名”列']);
    expect(p.rows).toEqual([]);
  });
});

describe('buildRosterPreview: rows', () => {
  it('skips blank rows in the middle, pre-numbered empty rows, total and signature rows', () => {
    const p = preview([
      [1, '张三', '男', '1965.03', '1990.07', '机关第一党支部'],
      [],
      [null, '  ', ''],
      [9],
      [2, '李四', '女', '1970.01', '1995.07', '机关第二党支部'],
      ['合计：42人'],
      [null, null, null, '填表人：王五', null],
      [3],
      [],
      [],
    ]);
    expect(p.rows.map((r) => r.draft.name)).toEqual(['张三', '李四']);
    expect(p.skipped).toEqual([
      { line: 5, reason: '空行' },
      { line: 6, reason: '空行' },
      { line: 7, reason: '空行（只有序号）' },
      { line: 9, reason: '合计或说明行' },
      { line: 10, reason: '合计或说明行' },
    ]);
  });

  it('normalises full-width characters and spaces between Chinese characters', () => {
    const p = preview([['１', '王　伟', '男', '１９６５．０３', '１９９０年７月', ' 机关第一 党支部 ', 'ＩＴ科　科长']]);
    expect(p.rows[0].draft).toMatchObject({ name: '王伟', birth: '1965-03', joinedParty: '1990-07', post: 'IT科 科长' });
    expect(p.rows[0].branchName).toBe('机关第一党支部');
    expect(p.newBranchNames).toEqual([]);
  });

  it('blocks a row without a name and a row with an unreadable date, warns for a party member without 入党时间', () => {
    const p = preview([
      [1, '', '男', '1965.03', '1990.07', '机关第一党支部'],
      [2, '张三', '男', '1965.13', '1990.07', '机关第一党支部'],
      [3, '李四', '女', '1970.01', '', '机关第一党支部'],
    ]);
    expect(p.rows[0].problems).toEqual([{ level: 'error', field: 'name', message: '姓名为空' }]);
    expect(p.rows[1].problems).toContainEqual({ level: 'error', field: 'birth', message: expect.stringContaining('出生年月“1965.13”无法识别') });
    expect(p.rows[2].problems).toEqual([{ level: 'warning', field: 'joinedParty', message: '党员未填写入党时间' }]);
  });

  it('reads 男性/女性/M/F and blocks other genders', () => {
    const p = preview([[1, '甲', '男性'], [2, '乙', 'F'], [3, '丙', '未知']]);
    expect(p.rows.map((r) => r.draft.gender)).toEqual(['男', '女', undefined]);
    expect(p.rows[2].problems).toContainEqual({ level: 'error', field: 'gender', message: '性别“未知”无法识别，应为男或女' });
  });

  it('flags duplicate names within the file and against existing members, never merging them', () => {
    const p = preview(
      [
        [1, '王伟', '男', '1970.01', '1995.06', '机关第一党支部'],
        [2, '王伟', '男', '1968.12', '1990.03', '机关第二党支部'],
        [3, '张三', '男', '1965.03', '1990.07', '机关第一党支部'],
      ],
      [existingMember('m1', '王伟'), existingMember('m2', '李四')],
    );
    expect(p.rows).toHaveLength(3);
    expect(p.rows[0].sameName).toEqual({ existingIds: ['m1'], otherLines: [5] });
    expect(p.rows[1].sameName).toEqual({ existingIds: ['m1'], otherLines: [4] });
    expect(p.rows[2].sameName).toEqual({ existingIds: [], otherLines: [] });
    // The page shows sameName itself; it is not repeated as a problem.
    expect(p.rows[0].problems).toEqual([]);
  });

  it('blocks a party member without a branch, but not a non-party person', () => {
    const p = buildRosterPreview([['姓名', '身份', '入党时间'], ['甲', '', '1990.07'], ['乙', '群众', '']], ctx);
    expect(p.rows[0].problems).toEqual([{ level: 'error', field: 'branch', message: '表中没有“所在支部”列，党员须填写所在支部' }]);
    expect(p.rows[1].problems).toEqual([]);
    const q = preview([[1, '丙', '男', '1965.03', '1990.07', '']]);
    expect(q.rows[0].problems).toEqual([{ level: 'error', field: 'branch', message: '党员须填写所在支部' }]);
  });

  it('lists branch names not among the existing branches', () => {
    const p = preview([
      [1, '甲', '男', '1965.03', '1990.07', '机关第三党支部'],
      [2, '乙', '男', '1965.03', '1990.07', '机关第三党支部'],
      [3, '丙', '男', '1965.03', '1990.07', '机关第一党支部'],
    ]);
    expect(p.newBranchNames).toEqual(['机关第三党支部']);
  });
});

describe('buildRosterPreview: fields', () => {
  const HEAD = ['姓名', '身份', '入党时间', '所在支部', '职务', '角色', '班子成员', '是否在职', '年老体弱', '无书写能力', '外出', '外出地点', '联系电话', '分管'];
  const read = (...rows: unknown[][]) => buildRosterPreview([HEAD, ...rows], ctx).rows;

  it('R-OPIN-SCOPE: reads non-party people (群众, 服务对象, 人大代表, 政协委员) from the 身份 column', () => {
    const rows = read(['甲', '群众'], ['乙', '服务对象'], ['丙', '人大代表'], ['丁', '政协委员'], ['戊', '', '1990.07', '机关第一党支部']);
    expect(rows.map((r) => r.draft.kind)).toEqual(['masses', 'client', 'npcDeputy', 'cppccMember', 'party']);
    expect(rows.every((r) => r.problems.length === 0)).toBe(true);
  });

  it('blocks a non-party person with 入党时间', () => {
    const [r] = read(['甲', '群众', '1990.07']);
    expect(r.problems).toEqual([{ level: 'error', field: 'joinedParty', message: '非党员不应填写入党时间' }]);
  });

  it('takes roles from 角色, flag columns and a plain 支部书记 in 职务, and never guesses the unit head', () => {
    const [a, b, c] = read(
      ['甲', '', '1980.01', '', '局长', '', '是'],
      ['乙', '', '1980.01', '', '机关第二党支部书记', '党员领导干部'],
      ['丙', '', '1980.01', '', '主任', '单位主要负责同志、经理'],
    );
    expect(a.draft.roles).toEqual(['teamMember']);
    expect(b.draft.roles).toEqual(['branchSecretary', 'leaderCadre']);
    expect(c.draft.roles).toEqual(['unitHead']);
    expect(c.problems).toContainEqual({ level: 'warning', field: 'roles', message: '角色“经理”无法识别，已忽略' });
  });

  it('R-ANALYSIS-MODE: reads 年老体弱 and 无书写能力, which decide who dictates the material', () => {
    const [a, b] = read(['甲', '', '1950.01', '', '', '', '', '否', '√', '是'], ['乙', '', '1980.01', '', '', '', '', '是', '', '']);
    expect(a.draft).toMatchObject({ employment: 'retired', frail: true, cannotWrite: true });
    expect(b.draft).toMatchObject({ employment: 'working', frail: false, cannotWrite: false });
  });

  it('R-EVAL-COVER: reads members working away, with where and how to reach them', () => {
    const [a, b, c] = read(
      ['甲', '', '1980.01', '', '', '', '', '', '', '', '是', '深圳', '13800000000'],
      ['乙', '', '1980.01', '', '', '', '', '', '', '', '在上海打工'],
      ['丙', '', '1980.01', '', '', '', '', '', '', '', '是'],
    );
    expect(a.draft.away).toEqual({ place: '深圳', contact: '13800000000' });
    expect(b.draft.away).toEqual({ place: '在上海打工', contact: '' });
    expect(c.draft.away).toEqual({ place: '', contact: '' });
    expect(c.problems).toContainEqual({ level: 'error', field: 'away', message: '外出党员须填写外出地点' });
  });

  it('splits 分管 and warns about names that are no branch', () => {
    const [a] = read(['甲', '', '1980.01', '机关第一党支部', '', '', '', '', '', '', '', '', '', '机关第一党支部；机关第二党支部、办公室']);
    expect(a.overseesNames).toEqual(['机关第一党支部', '机关第二党支部', '办公室']);
    expect(a.problems.map((p) => p.message)).toEqual(['分管的“办公室”不是已有的支部，导入后请在人员信息中核对']);
  });

  it('skips a header repeated further down (printed rosters repeat it on each page)', () => {
    const p = buildRosterPreview([HEAD, ['甲', '', '1980.01'], HEAD, ['乙', '', '1980.01']], ctx);
    expect(p.rows.map((r) => r.draft.name)).toEqual(['甲', '乙']);
    expect(p.skipped).toEqual([{ line: 3, reason: '重复的表头' }]);
  });
});
