/**
 * The people of the built-in 示例单位: a city bureau with two working branches and a retirees'
 * branch. Dates are written for 2005 and moved with the demo year so ages stay plausible.
 * One same-name pair (王伟) on purpose: same-name people must never be merged.
 */
import type { Gender, PersonKind, Role } from '../members/types';

export const DEMO_BRANCHES = ['机关第一党支部', '机关第二党支部', '离退休党支部'] as const;
export type DemoBranch = 0 | 1 | 2;

export interface DemoPerson {
  name: string;
  gender: Gender;
  /** `YYYY-MM` in 2005 terms. */
  birth: string;
  joined?: string;
  post: string;
  branch?: DemoBranch;
  kind?: PersonKind;
  roles?: Role[];
  oversees?: DemoBranch[];
  retired?: boolean;
  frail?: boolean;
  cannotWrite?: boolean;
  away?: { place: string; contact: string };
  phone?: string;
  note?: string;
}

const leader: Role[] = ['teamMember', 'leaderCadre'];

export const DEMO_PARTY: DemoPerson[] = [
  // 机关第一党支部
  { name: '陈国栋', gender: '男', birth: '1956-04', joined: '1978-06', post: '局长', branch: 0, roles: ['unitHead', 'leaderCadre'], phone: '13905710001' },
  { name: '王建华', gender: '男', birth: '1960-09', joined: '1983-07', post: '副局长', branch: 0, roles: leader, oversees: [0] },
  { name: '赵文斌', gender: '男', birth: '1962-03', joined: '1985-05', post: '纪检组长', branch: 0, roles: leader, oversees: [0] },
  { name: '孙丽萍', gender: '女', birth: '1966-11', joined: '1988-12', post: '办公室主任', branch: 0, roles: ['branchSecretary'], phone: '13905710012' },
  { name: '王伟', gender: '男', birth: '1975-02', joined: '1998-06', post: '办公室科员', branch: 0 },
  { name: '蒋卫东', gender: '男', birth: '1970-08', joined: '1994-07', post: '规划科副科长', branch: 0, away: { place: '新疆和田地区（援疆挂职）', contact: '13909031234' } },
  { name: '刘芳', gender: '女', birth: '1972-05', joined: '1996-10', post: '规划科科长', branch: 0 },
  { name: '杨帆', gender: '男', birth: '1979-12', joined: '2002-06', post: '规划科科员', branch: 0 },
  { name: '黄志明', gender: '男', birth: '1968-01', joined: '1990-05', post: '财务科科长', branch: 0 },
  { name: '林晓燕', gender: '女', birth: '1977-07', joined: '2000-11', post: '财务科会计', branch: 0 },
  { name: '郭建军', gender: '男', birth: '1964-10', joined: '1987-04', post: '人事科科长', branch: 0 },
  { name: '马丽娟', gender: '女', birth: '1973-03', joined: '1997-07', post: '人事科副科长', branch: 0 },
  { name: '胡斌', gender: '男', birth: '1981-06', joined: '2003-05', post: '办公室科员', branch: 0 },
  { name: '朱婷', gender: '女', birth: '1980-09', joined: '2004-06', post: '财务科科员', branch: 0 },
  { name: '高明远', gender: '男', birth: '1958-12', joined: '1980-09', post: '调研员', branch: 0 },
  // 机关第二党支部
  { name: '李秀英', gender: '女', birth: '1961-06', joined: '1984-03', post: '副局长', branch: 1, roles: leader, oversees: [1] },
  { name: '张志强', gender: '男', birth: '1959-02', joined: '1981-10', post: '副局长', branch: 1, roles: leader, oversees: [2] },
  { name: '周海涛', gender: '男', birth: '1967-04', joined: '1989-06', post: '综合科科长', branch: 1, roles: ['branchSecretary'], phone: '13905710021' },
  { name: '王伟', gender: '男', birth: '1969-10', joined: '1992-12', post: '运行科科长', branch: 1, note: '与机关第一党支部王伟同名' },
  { name: '徐静', gender: '女', birth: '1976-01', joined: '1999-07', post: '综合科副科长', branch: 1 },
  { name: '宋立新', gender: '男', birth: '1965-08', joined: '1988-05', post: '企业科科长', branch: 1 },
  { name: '韩冬梅', gender: '女', birth: '1971-12', joined: '1995-06', post: '企业科副科长', branch: 1 },
  { name: '唐俊', gender: '男', birth: '1978-05', joined: '2001-07', post: '企业科科员', branch: 1 },
  { name: '许文博', gender: '男', birth: '1974-09', joined: '1998-11', post: '运行科副科长', branch: 1 },
  { name: '邓红梅', gender: '女', birth: '1970-03', joined: '1993-07', post: '法规科科长', branch: 1 },
  { name: '曹阳', gender: '男', birth: '1982-02', joined: '2004-12', post: '法规科科员', branch: 1 },
  { name: '彭晓东', gender: '男', birth: '1963-07', joined: '1986-09', post: '副调研员', branch: 1 },
  { name: '曾丽华', gender: '女', birth: '1977-11', joined: '2001-06', post: '运行科科员', branch: 1 },
  { name: '萧建平', gender: '男', birth: '1966-05', joined: '1990-07', post: '信息中心主任', branch: 1 },
  // 离退休党支部
  { name: '吴德厚', gender: '男', birth: '1940-03', joined: '1962-07', post: '原副调研员', branch: 2, roles: ['branchSecretary'], retired: true, phone: '0571-87001234' },
  { name: '郑永年', gender: '男', birth: '1928-10', joined: '1949-04', post: '原局长', branch: 2, retired: true, frail: true, note: '长期卧床，口述党性分析，由支部书记代为记录' },
  { name: '冯桂兰', gender: '女', birth: '1931-02', joined: '1955-06', post: '原办公室主任', branch: 2, retired: true, frail: true },
  { name: '褚德林', gender: '男', birth: '1935-09', joined: '1958-12', post: '原后勤科职工', branch: 2, retired: true, cannotWrite: true },
  { name: '沈玉珍', gender: '女', birth: '1943-06', joined: '1966-03', post: '原财务科科长', branch: 2, retired: true, away: { place: '上海市（随子女居住）', contact: '021-55667788' } },
  { name: '卫国庆', gender: '男', birth: '1944-10', joined: '1968-07', post: '原规划科科长', branch: 2, retired: true },
  { name: '秦淑芬', gender: '女', birth: '1946-01', joined: '1970-05', post: '原人事科副科长', branch: 2, retired: true },
  { name: '尤振华', gender: '男', birth: '1942-08', joined: '1965-11', post: '原副局长', branch: 2, retired: true },
  { name: '何美玲', gender: '女', birth: '1948-04', joined: '1974-06', post: '原综合科科员', branch: 2, retired: true },
  { name: '吕建国', gender: '男', birth: '1945-12', joined: '1969-09', post: '原企业科科长', branch: 2, retired: true },
  { name: '施桂芳', gender: '女', birth: '1947-07', joined: '1972-10', post: '原法规科副科长', branch: 2, retired: true },
];

export const DEMO_NON_PARTY: DemoPerson[] = [
  { name: '钱小红', gender: '女', birth: '1983-04', post: '办公室文员', kind: 'masses' },
  { name: '魏刚', gender: '男', birth: '1970-11', post: '机关驾驶员', kind: 'masses' },
  { name: '陶勇', gender: '男', birth: '1965-02', post: '东城社区居民代表', kind: 'masses' },
  { name: '孔令辉', gender: '男', birth: '1962-07', post: '示例市宏达机械厂厂长', kind: 'client', phone: '13805712345' },
  { name: '金淑华', gender: '女', birth: '1968-09', post: '个体工商户', kind: 'client' },
  { name: '姜美玲', gender: '女', birth: '1972-03', post: '示例市外贸公司办公室主任', kind: 'client' },
  { name: '严国平', gender: '男', birth: '1955-05', post: '示例市纺织集团董事长', kind: 'npcDeputy', note: '市人大代表' },
  { name: '华丽君', gender: '女', birth: '1963-12', post: '示例市第一中学校长', kind: 'cppccMember', note: '市政协委员' },
];
