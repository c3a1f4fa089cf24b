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
      { header: '文化程度', field: 'education' },
      { header: '人员类别', field: 'kind' },
      { header: '现任职务(职级)', field: 'post' },
    ]);
    expect(p.rows[0].draft).toMatchObject({ name: '李四', phone: '13800000000', post: '主任', birth: '1970-01', education: 'bachelor' });
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
    expect(p.rows[0].problems).toEqual([{ level: 'error', field: 'name', message: '姓名为空或只含不可见字符' }]);
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

  it('reads non-party people (群众, 服务对象, 人大代表, 政协委员) from the 身份 column', () => {
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

  it('reads 年老体弱 and 无书写能力, which decide who dictates the material', () => {
    const [a, b] = read(['甲', '', '1950.01', '', '', '', '', '否', '√', '是'], ['乙', '', '1980.01', '', '', '', '', '是', '', '']);
    expect(a.draft).toMatchObject({ employment: 'retired', frail: true, cannotWrite: true });
    expect(b.draft).toMatchObject({ employment: 'working', frail: false, cannotWrite: false });
  });

  it('reads members working away, with where and how to reach them', () => {
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

  it('splits 分管 into office names, lists the new ones, and warns when it names a branch', () => {
    const offices = [{ id: 'o1', unitId: 'u1', name: '办公室', kind: 'office' as const, order: 0 }];
    const p = buildRosterPreview([HEAD, ['甲', '', '1980.01', '机关第一党支部', '', '班子成员', '', '', '', '', '', '', '', '办公室；财务科、机关第二党支部']], { ...ctx, offices });
    expect(p.rows[0].overseesNames).toEqual(['办公室', '财务科', '机关第二党支部']);
    expect(p.rows[0].problems.map((x) => x.message)).toEqual(['分管的“机关第二党支部”是党支部；分管的应是内设科室或二级单位，将按同名科室导入，请核对']);
    expect(p.newOfficeNames).toEqual(['财务科', '机关第二党支部']);
  });

  it('skips a header repeated further down (printed rosters repeat it on each page)', () => {
    const p = buildRosterPreview([HEAD, ['甲', '', '1980.01'], HEAD, ['乙', '', '1980.01']], ctx);
    expect(p.rows.map((r) => r.draft.name)).toEqual(['甲', '乙']);
    expect(p.skipped).toEqual([{ line: 3, reason: '重复的表头' }]);
  });
});

describe('buildRosterPreview: the unit’s structure', () => {
  const HEAD = ['姓名', '身份', '党员类别', '入党时间', '所在支部', '所在科室', '文化程度', '长期患病', '分管', '角色'];
  const read = (...rows: unknown[][]) => buildRosterPreview([HEAD, ...rows], ctx);

  it('reads 正式/预备, 文化程度, 所在科室 and 长期患病 from their columns', () => {
    const p = read(
      ['甲', '党员', '正式党员', '1990.07', '机关第一党支部', '财务科', '大学本科', '是'],
      ['乙', '预备党员', '', '2005.03', '机关第一党支部', '办公室', '大专', ''],
      ['丙', '党员', '预备', '2005.01', '机关第一党支部', '', '研究生', ''],
      ['丁', '群众', '', '', '', '市中小企业服务中心', '初中', ''],
    );
    expect(p.rows.map((r) => r.draft.partyStatus)).toEqual(['full', 'probationary', 'probationary', undefined]);
    expect(p.rows.map((r) => r.draft.education)).toEqual(['bachelor', 'college', 'postgraduate', 'juniorHigh']);
    expect(p.rows.map((r) => r.officeName)).toEqual(['财务科', '办公室', undefined, '市中小企业服务中心']);
    expect(p.rows.map((r) => r.draft.chronicIll)).toEqual([true, undefined, undefined, undefined]);
    expect(p.newOfficeNames).toEqual(['财务科', '办公室', '市中小企业服务中心']);
    expect(p.rows.every((r) => r.problems.length === 0 && r.inferred.length === 0 && r.asWritten === undefined)).toBe(true);
  });

  it('blocks 正式/预备 for a non-party person and warns about unreadable 文化程度', () => {
    const p = read(['甲', '群众', '正式', '', '', '', '私塾']);
    expect(p.rows[0].problems).toEqual([
      { level: 'warning', field: 'education', message: '文化程度“私塾”无法识别，已留空' },
      { level: 'error', field: 'partyStatus', message: '非党员不应填写正式或预备党员' },
    ]);
  });

  it('reads the roles of a 机关: 党组书记 and 机关党委书记 from 角色', () => {
    const [r] = read(['甲', '', '', '1980.01', '机关第一党支部', '', '', '', '', '单位主要负责同志、党组书记、机关党委书记']).rows;
    expect(r.draft.roles).toEqual(['unitHead', 'partyGroupSecretary', 'committeeSecretary']);
  });
});

describe('buildRosterPreview: what 备注 and 职务 suggest', () => {
  const HEAD = ['姓名', '入党时间', '所在支部', '职务', '联系电话', '备注'];
  const read = (...rows: unknown[][]) => buildRosterPreview([HEAD, ...rows], ctx).rows;

  it('applies it and lists each guess for the secretary to confirm, keeping the row as written', () => {
    const [a, b, c] = read(
      ['甲', '1980.01', '机关第一党支部', '科员', '13800000001', '外出务工（广东东莞）'],
      ['乙', '1940.01', '机关第一党支部', '', '', '年老体弱，无书写能力，长期卧床；退休'],
      ['丙', '2005.02', '机关第一党支部', '', '', '预备党员'],
    );
    expect(a.draft.away).toEqual({ place: '广东东莞', contact: '13800000001' });
    expect(a.inferred).toEqual([{ source: 'note', field: 'away', message: '从备注识别：外出（广东东莞）' }]);
    expect(a.asWritten?.draft.away).toBeNull();
    expect(b.draft).toMatchObject({ frail: true, cannotWrite: true, chronicIll: true, employment: 'retired' });
    expect(b.inferred.map((i) => i.message)).toEqual(['从备注识别：年老体弱', '从备注识别：无书写能力', '从备注识别：长期患病', '从备注识别：离退休']);
    expect(b.asWritten?.draft).toMatchObject({ frail: false, cannotWrite: false, employment: 'working' });
    expect(b.asWritten?.draft.chronicIll).toBeUndefined();
    expect(c.draft.partyStatus).toBe('probationary');
    expect(c.inferred.map((i) => i.message)).toEqual(['从备注识别：预备党员']);
  });

  it('reads roles and 分管 from 职务, never the unit head', () => {
    const [a, b, c, d] = read(
      ['甲', '1980.01', '机关第一党支部', '党员领导干部（分管财务科）'],
      ['乙', '1970.01', '机关第一党支部', '局长、党组书记'],
      ['丙', '1970.01', '机关第一党支部', '社区党委书记'],
      ['丁', '1970.01', '机关第一党支部', '副局长'],
    );
    expect(a.draft.roles).toEqual(['leaderCadre']);
    expect(a.overseesNames).toEqual(['财务科']);
    expect(a.inferred.map((i) => i.message)).toEqual(['从职务识别：党员领导干部', '从职务识别：分管 财务科']);
    expect(a.asWritten).toEqual({ draft: expect.objectContaining({ roles: [] }), overseesNames: [] });
    expect(b.draft.roles).toEqual(['partyGroupSecretary']);
    expect(c.draft.roles).toEqual(['committeeSecretary']);
    expect(d.draft.roles).toEqual(['teamMember']);
    expect(buildRosterPreview([HEAD, ['甲', '1980.01', '机关第一党支部', '党员领导干部（分管财务科）']], ctx).newOfficeNames).toEqual(['财务科']);
  });

  it('does not repeat what the columns already say, and gives a non-party person no party role', () => {
    const p = buildRosterPreview(
      [
        ['姓名', '身份', '所在支部', '职务', '角色', '外出地点', '分管', '备注'],
        ['甲', '', '机关第一党支部', '党员领导干部（分管财务科）', '党员领导干部', '广东东莞', '财务科', '外出务工（广东东莞）'],
        ['乙', '群众', '', '党支部书记', '', '', '', ''],
      ],
      ctx,
    );
    expect(p.rows[0].inferred).toEqual([]);
    expect(p.rows[0].asWritten).toBeUndefined();
    expect(p.rows[1].draft.roles).toEqual([]);
  });

  it('warns, without guessing, when 备注 says away but not where', () => {
    const [r] = read(['甲', '1980.01', '机关第一党支部', '', '', '外出务工']);
    expect(r.draft.away).toBeNull();
    expect(r.inferred).toEqual([]);
    expect(r.problems).toEqual([{ level: 'warning', field: 'away', message: '备注提到外出，但没有写明地点，未按外出导入，请核对' }]);
  });

  it('lets an explicit 在职 win over 退休 in 备注, with a warning', () => {
    const p = buildRosterPreview([['姓名', '入党时间', '所在支部', '在职/离退休', '备注'], ['甲', '1980.01', '机关第一党支部', '在职', '退休返聘']], ctx);
    expect(p.rows[0].draft.employment).toBe('working');
    expect(p.rows[0].problems.map((x) => x.message)).toEqual(['备注写有退休，但在职情况为在职，请核对']);
  });

  it('reads 文盲 in 文化程度 as unable to write, and says so', () => {
    const p = buildRosterPreview([['姓名', '入党时间', '所在支部', '文化程度'], ['甲', '1950.01', '机关第一党支部', '文盲']], ctx);
    expect(p.rows[0].draft).toMatchObject({ education: 'primary', cannotWrite: true });
    expect(p.rows[0].inferred.map((i) => i.message)).toEqual(['从文化程度识别：无书写能力']);
  });
});
