/**
 * The people of the built-in 示例单位: a city bureau (机关) with a 机关党委 over two working
 * branches and a retirees' branch, eight 内设科室 / 二级单位 each with a 负责人, and team members
 * who 分管 them, as they stood in 2005 (the demo's year, demoCalendar.ts).
 * One same-name pair (王伟) on purpose: same-name people must never be merged.
 */
import type { Education, Gender, OfficeKind, PersonKind, Role } from '../members/types';

export const DEMO_BRANCHES = ['机关第一党支部', '机关第二党支部', '离退休党支部'] as const;
export type DemoBranch = 0 | 1 | 2;

export const DEMO_OFFICES: readonly { name: string; kind: OfficeKind }[] = [
  { name: '办公室', kind: 'office' },
  { name: '人事科', kind: 'office' },
  { name: '财务科', kind: 'office' },
  { name: '综合规划科', kind: 'office' },
  { name: '经济运行科', kind: 'office' },
  { name: '企业服务科', kind: 'office' },
  { name: '法规科', kind: 'office' },
  { name: '市中小企业服务中心', kind: 'subUnit' },
];
/** Index into DEMO_OFFICES. */
export type DemoOffice = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;
const [OFFICE, PERSONNEL, FINANCE, PLANNING, OPERATIONS, ENTERPRISE, LEGAL, SME_CENTRE] = [0, 1, 2, 3, 4, 5, 6, 7] as const;

export interface DemoPerson {
  name: string;
  gender: Gender;
  /** `YYYY-MM`. */
  birth: string;
  joined?: string;
  /** 预备党员 (party members are 正式 otherwise). */
  probationary?: boolean;
  education: Education;
  post: string;
  branch?: DemoBranch;
  /** The office worked in. */
  office?: DemoOffice;
  /** 负责人 of `office`. */
  head?: boolean;
  kind?: PersonKind;
  roles?: Role[];
  oversees?: DemoOffice[];
  retired?: boolean;
  frail?: boolean;
  chronicIll?: boolean;
  cannotWrite?: boolean;
  away?: { place: string; contact: string };
  phone?: string;
  note?: string;
}

const leader: Role[] = ['teamMember', 'leaderCadre'];

export const DEMO_PARTY: DemoPerson[] = [
  // 机关第一党支部
  { name: '陈国栋', gender: '男', birth: '1956-04', joined: '1978-06', education: 'postgraduate', post: '局长、党组书记', branch: 0, roles: ['unitHead', 'partyGroupSecretary', 'leaderCadre'], phone: '13905710001' },
  { name: '王建华', gender: '男', birth: '1960-09', joined: '1983-07', education: 'bachelor', post: '副局长、机关党委书记', branch: 0, roles: [...leader, 'committeeSecretary'], oversees: [OFFICE, PERSONNEL, FINANCE] },
  { name: '赵文斌', gender: '男', birth: '1962-03', joined: '1985-05', education: 'bachelor', post: '纪检组长', branch: 0, roles: leader, oversees: [LEGAL] },
  { name: '孙丽萍', gender: '女', birth: '1966-11', joined: '1988-12', education: 'bachelor', post: '办公室主任', branch: 0, office: OFFICE, head: true, roles: ['branchSecretary'], phone: '13905710012' },
  { name: '王伟', gender: '男', birth: '1975-02', joined: '1998-06', education: 'bachelor', post: '办公室科员', branch: 0, office: OFFICE },
  { name: '蒋卫东', gender: '男', birth: '1970-08', joined: '1994-07', education: 'postgraduate', post: '综合规划科副科长', branch: 0, office: PLANNING, away: { place: '新疆和田地区（援疆挂职）', contact: '13909031234' } },
  { name: '刘芳', gender: '女', birth: '1972-05', joined: '1996-10', education: 'bachelor', post: '综合规划科科长', branch: 0, office: PLANNING, head: true },
  { name: '杨帆', gender: '男', birth: '1979-12', joined: '2002-06', education: 'postgraduate', post: '综合规划科科员', branch: 0, office: PLANNING },
  { name: '黄志明', gender: '男', birth: '1968-01', joined: '1990-05', education: 'bachelor', post: '财务科科长', branch: 0, office: FINANCE, head: true },
  { name: '林晓燕', gender: '女', birth: '1977-07', joined: '2000-11', education: 'college', post: '财务科会计', branch: 0, office: FINANCE },
  { name: '郭建军', gender: '男', birth: '1964-10', joined: '1987-04', education: 'bachelor', post: '人事科科长', branch: 0, office: PERSONNEL, head: true },
  { name: '马丽娟', gender: '女', birth: '1973-03', joined: '1997-07', education: 'college', post: '人事科副科长', branch: 0, office: PERSONNEL },
  { name: '胡斌', gender: '男', birth: '1981-06', joined: '2003-05', education: 'bachelor', post: '办公室科员', branch: 0, office: OFFICE },
  { name: '朱婷', gender: '女', birth: '1980-09', joined: '2005-01', probationary: true, education: 'bachelor', post: '财务科科员', branch: 0, office: FINANCE },
  { name: '高明远', gender: '男', birth: '1958-12', joined: '1980-09', education: 'college', post: '调研员', branch: 0 },
  // 机关第二党支部
  { name: '李秀英', gender: '女', birth: '1961-06', joined: '1984-03', education: 'postgraduate', post: '副局长', branch: 1, roles: leader, oversees: [PLANNING, OPERATIONS] },
  { name: '张志强', gender: '男', birth: '1959-02', joined: '1981-10', education: 'bachelor', post: '副局长', branch: 1, roles: leader, oversees: [ENTERPRISE, SME_CENTRE] },
  { name: '周海涛', gender: '男', birth: '1967-04', joined: '1989-06', education: 'bachelor', post: '经济运行科科长', branch: 1, office: OPERATIONS, head: true, roles: ['branchSecretary'], phone: '13905710021' },
  { name: '王伟', gender: '男', birth: '1969-10', joined: '1992-12', education: 'college', post: '经济运行科副科长', branch: 1, office: OPERATIONS, note: '与机关第一党支部王伟同名' },
  { name: '徐静', gender: '女', birth: '1976-01', joined: '1999-07', education: 'bachelor', post: '企业服务科副科长', branch: 1, office: ENTERPRISE },
  { name: '宋立新', gender: '男', birth: '1965-08', joined: '1988-05', education: 'college', post: '企业服务科科长', branch: 1, office: ENTERPRISE, head: true },
  { name: '韩冬梅', gender: '女', birth: '1971-12', joined: '1995-06', education: 'bachelor', post: '市中小企业服务中心副主任', branch: 1, office: SME_CENTRE },
  { name: '唐俊', gender: '男', birth: '1978-05', joined: '2001-07', education: 'bachelor', post: '企业服务科科员', branch: 1, office: ENTERPRISE },
  { name: '许文博', gender: '男', birth: '1974-09', joined: '1998-11', education: 'bachelor', post: '经济运行科科员', branch: 1, office: OPERATIONS },
  { name: '邓红梅', gender: '女', birth: '1970-03', joined: '1993-07', education: 'bachelor', post: '法规科科长', branch: 1, office: LEGAL, head: true },
  { name: '曹阳', gender: '男', birth: '1982-02', joined: '2005-03', probationary: true, education: 'postgraduate', post: '法规科科员', branch: 1, office: LEGAL },
  { name: '彭晓东', gender: '男', birth: '1963-07', joined: '1986-09', education: 'college', post: '副调研员', branch: 1 },
  { name: '曾丽华', gender: '女', birth: '1977-11', joined: '2001-06', education: 'bachelor', post: '经济运行科科员', branch: 1, office: OPERATIONS },
  { name: '萧建平', gender: '男', birth: '1966-05', joined: '1990-07', education: 'bachelor', post: '市中小企业服务中心主任', branch: 1, office: SME_CENTRE, head: true },
  // 离退休党支部
  { name: '吴德厚', gender: '男', birth: '1940-03', joined: '1962-07', education: 'secondary', post: '原副调研员', branch: 2, roles: ['branchSecretary'], retired: true, phone: '0571-87001234' },
  { name: '郑永年', gender: '男', birth: '1928-10', joined: '1949-04', education: 'highSchool', post: '原局长', branch: 2, retired: true, frail: true, chronicIll: true, note: '长期卧床，口述党性分析，由支部书记代为记录' },
  { name: '冯桂兰', gender: '女', birth: '1931-02', joined: '1955-06', education: 'juniorHigh', post: '原办公室主任', branch: 2, retired: true, frail: true },
  { name: '褚德林', gender: '男', birth: '1935-09', joined: '1958-12', education: 'primary', post: '原后勤科职工', branch: 2, retired: true, cannotWrite: true },
  { name: '沈玉珍', gender: '女', birth: '1943-06', joined: '1966-03', education: 'secondary', post: '原财务科科长', branch: 2, retired: true, away: { place: '上海市（随子女居住）', contact: '021-55667788' } },
  { name: '卫国庆', gender: '男', birth: '1944-10', joined: '1968-07', education: 'highSchool', post: '原规划科科长', branch: 2, retired: true },
  { name: '秦淑芬', gender: '女', birth: '1946-01', joined: '1970-05', education: 'secondary', post: '原人事科副科长', branch: 2, retired: true },
  { name: '尤振华', gender: '男', birth: '1942-08', joined: '1965-11', education: 'college', post: '原副局长', branch: 2, retired: true },
  { name: '何美玲', gender: '女', birth: '1948-04', joined: '1974-06', education: 'juniorHigh', post: '原综合科科员', branch: 2, retired: true },
  { name: '吕建国', gender: '男', birth: '1945-12', joined: '1969-09', education: 'highSchool', post: '原企业科科长', branch: 2, retired: true },
  { name: '施桂芳', gender: '女', birth: '1947-07', joined: '1972-10', education: 'secondary', post: '原法规科副科长', branch: 2, retired: true },
];

export const DEMO_NON_PARTY: DemoPerson[] = [
  { name: '钱小红', gender: '女', birth: '1983-04', education: 'college', post: '办公室文员', office: OFFICE, kind: 'masses' },
  { name: '魏刚', gender: '男', birth: '1970-11', education: 'highSchool', post: '机关驾驶员', office: OFFICE, kind: 'masses' },
  { name: '陶勇', gender: '男', birth: '1965-02', education: 'juniorHigh', post: '东城社区居民代表', kind: 'masses' },
  { name: '孔令辉', gender: '男', birth: '1962-07', education: 'college', post: '示例市宏达机械厂厂长', kind: 'client', phone: '13805712345' },
  { name: '金淑华', gender: '女', birth: '1968-09', education: 'juniorHigh', post: '个体工商户', kind: 'client' },
  { name: '姜美玲', gender: '女', birth: '1972-03', education: 'bachelor', post: '示例市外贸公司办公室主任', kind: 'client' },
  { name: '严国平', gender: '男', birth: '1955-05', education: 'postgraduate', post: '示例市纺织集团董事长', kind: 'npcDeputy', note: '市人大代表' },
  { name: '华丽君', gender: '女', birth: '1963-12', education: 'bachelor', post: '示例市第一中学校长', kind: 'cppccMember', note: '市政协委员' },
];
