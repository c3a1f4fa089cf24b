/**
 * A generated roster sheet (花名册) as a secretary keeps it in Excel: a title row, a blank row,
 * the header, string cells, a total and a signature row. Deterministic, so every run of the
 * roster bench and of the 2,000-person e2e test reads the same sheet.
 */

export const BENCH_BRANCHES = [
  ...['一', '二', '三', '四', '五', '六', '七', '八', '九'].map((n) => `机关第${n}党支部`),
  '离退休党支部',
];
/** 内设科室 and one 二级单位; 分管 names these, not branches. */
export const BENCH_OFFICES = ['办公室', '人事科', '财务科', '综合规划科', '预算科', '国库科', '税政科', '市财政投资评审中心'];
/** New columns go at the end: the 2,000-person e2e test reads name, post, kind and phone by index. */
const HEADER = ['序号', '姓名', '性别', '出生年月', '入党时间', '所在支部', '职务', '身份', '角色', '分管', '外出地点', '联系电话', '年老体弱', '备注', '所在科室', '文化程度'];
const EDUCATIONS = ['研究生', '大学本科', '大学本科', '大学本科', '大学专科', '中专', '高中'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰海燕文斌宇浩凯鹏辉俊峰晓东亮林';
const POSTS = ['科员', '副主任科员', '主任科员', '科长', '副科长', '办事员', '会计', '出纳', '档案员', '调研员'];

/** A seeded generator (mulberry32): the same sheet every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Distinct two-character names for up to 4,500 people, then three characters. */
function uniqueName(i: number): string {
  const s = SURNAMES.length;
  const g = GIVEN.length;
  return SURNAMES[i % s] + GIVEN[Math.floor(i / s) % g] + (i < s * g ? '' : GIVEN[Math.floor(i / (s * g)) % g]);
}

/**
 * The cells of a roster sheet of `n` people in 10 branches: a unit head and team members who
 * 分管 the offices, a secretary per branch, people working in the offices, a retired branch (some
 * frail), some away, a few 群众, and the same names chance gives (`uniqueNames` avoids them: the
 * import leaves same names unticked).
 */
export function rosterTable(n: number, opts: { uniqueNames?: boolean; asOfYear?: number } = {}): string[][] {
  // The year the sheet is kept in: nobody is born or joins after it (the demo lives in 2005).
  const asOf = opts.asOfYear ?? 2025;
  const rnd = random(n);
  const pick = (s: string) => s[Math.floor(rnd() * s.length)];
  const pad = (m: number) => String(m).padStart(2, '0');
  const rows: string[][] = [['某市财政局机关党委党员花名册（2026年8月）'], [], HEADER];
  for (let i = 0; i < n; i++) {
    const b = Math.floor((i * BENCH_BRANCHES.length) / n);
    const firstOfBranch = Math.floor(((i - 1) * BENCH_BRANCHES.length) / n) !== b || i === 0;
    const retired = b === BENCH_BRANCHES.length - 1;
    const natural = pick(SURNAMES) + pick(GIVEN) + (rnd() < 0.6 ? pick(GIVEN) : '');
    const name = opts.uniqueNames ? uniqueName(i) : natural;
    const born = retired ? asOf - 95 + Math.floor(rnd() * 35) : asOf - 65 + Math.floor(rnd() * 40);
    const joined = Math.min(born + 19 + Math.floor(rnd() * 15), opts.asOfYear ? asOf - 1 : asOf);
    const masses = !retired && !firstOfBranch && i % 50 === 7;
    const away = !retired && !masses && i % 37 === 5;
    let post = retired ? '退休干部' : POSTS[Math.floor(rnd() * POSTS.length)];
    let roles = '';
    let oversees = '';
    if (i === 0) [post, roles] = ['局长', '单位主要负责同志、党员领导干部'];
    else if (b === 0 && i <= 4) {
      [post, roles] = ['副局长', '班子成员、党员领导干部'];
      oversees = BENCH_OFFICES.slice(2 * i - 2, 2 * i).join('、');
    } else if (firstOfBranch) post = `${BENCH_BRANCHES[b]}书记`;
    const office = retired || i <= 4 ? '' : BENCH_OFFICES[i % BENCH_OFFICES.length];
    rows.push([
      String(i + 1),
      name,
      rnd() < 0.55 ? '男' : '女',
      `${born}.${pad(1 + Math.floor(rnd() * 12))}`,
      masses ? '' : `${joined}.${pad(1 + Math.floor(rnd() * 12))}`,
      masses ? '' : BENCH_BRANCHES[b],
      post,
      masses ? '群众' : '中共党员',
      roles,
      oversees,
      away ? '广东省深圳市' : '',
      `1380${String(1_000_000 + i * 7919).slice(-7)}`,
      retired && born < 1940 ? '是' : '',
      i % 97 === 3 ? `${asOf - 1}年转入` : '',
      office,
      // From the index, not the generator: the other columns stay as they were.
      EDUCATIONS[i % EDUCATIONS.length],
    ]);
  }
  rows.push(['合计', `${n}人`], ['填表人：张某某', '', '', '', '', '', '审核人：李某某']);
  return rows;
}
