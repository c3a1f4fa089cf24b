/**
 * Test factory: a city bureau (机关) as a secretary would enter it, for the talks' rules. Ids are
 * readable (the person's pinyin), so a failing test names the people.
 *
 * - 陈国栋: 局长、党组书记 (unitHead, partyGroupSecretary, leaderCadre), 第一支部.
 * - Four 班子成员 who oversee offices: 王建华 (办公室, 人事科), 赵文斌 (法规科; also 办公室负责人:
 *   a head who is a team member), 李秀英 (规划科, 运行科), 张志强 (服务中心, 财务科; also
 *   第二支部书记: secretary and team member at once).
 * - Three working branches with secretaries (孙丽萍, 张志强, 周海涛) and a 离退休党支部 (吴德厚).
 * - 蒋卫东 and 沈玉珍 are away; 萧建平 heads the 服务中心 and is not a party member; 钱小红 is 群众,
 *   孔令辉 a 服务对象. 信息科 has no 负责人.
 */
import type { Branch, Member, Office, Role } from '../members/types';
import type { Talk } from './types';

export const UNIT = 'unit-1';
const T = '2005-08-20T08:00:00.000Z';

export function person(id: string, name: string, over: Partial<Member> = {}): Member {
  return {
    id,
    unitId: UNIT,
    kind: 'party',
    name,
    roles: [],
    oversees: [],
    employment: 'working',
    frail: false,
    cannotWrite: false,
    away: null,
    createdAt: T,
    updatedAt: T,
    ...over,
  };
}

const branch = (id: string, name: string, order: number): Branch => ({ id, unitId: UNIT, name, order });
const office = (id: string, name: string, order: number, headId?: string): Office => ({
  id,
  unitId: UNIT,
  name,
  kind: id === 'centre' ? 'subUnit' : 'office',
  order,
  ...(headId ? { headId } : {}),
});

const team: Role[] = ['teamMember', 'leaderCadre'];
const away = { place: '新疆和田（援疆挂职）', contact: '13909031234' };

export interface Bureau {
  members: Member[];
  offices: Office[];
  branches: Branch[];
}

export function makeBureau(): Bureau {
  const branches = [branch('b1', '机关第一党支部', 1), branch('b2', '机关第二党支部', 2), branch('b3', '机关第三党支部', 3), branch('retired', '离退休党支部', 4)];
  const offices = [
    office('office', '办公室', 1, 'zhao'),
    office('personnel', '人事科', 2, 'sun'),
    office('finance', '财务科', 3, 'huang'),
    office('planning', '规划科', 4, 'liufang'),
    office('operations', '运行科', 5, 'zhou'),
    office('legal', '法规科', 6, 'deng'),
    office('centre', '市中小企业服务中心', 7, 'xiao'),
    office('it', '信息科', 8),
  ];
  const members = [
    person('chen', '陈国栋', { branchId: 'b1', roles: ['unitHead', 'partyGroupSecretary', 'leaderCadre'], post: '局长、党组书记' }),
    person('wang', '王建华', { branchId: 'b1', roles: team, oversees: ['office', 'personnel'] }),
    person('zhao', '赵文斌', { branchId: 'b1', roles: team, oversees: ['legal'], officeId: 'office' }),
    person('li', '李秀英', { branchId: 'b2', roles: team, oversees: ['planning', 'operations'] }),
    person('zhang', '张志强', { branchId: 'b2', roles: [...team, 'branchSecretary'], oversees: ['centre', 'finance'] }),
    // 机关第一党支部
    person('sun', '孙丽萍', { branchId: 'b1', roles: ['branchSecretary'], officeId: 'personnel' }),
    person('wangwei', '王伟', { branchId: 'b1', post: '办公室科员' }),
    person('jiang', '蒋卫东', { branchId: 'b1', away }),
    person('huang', '黄志明', { branchId: 'b1', officeId: 'finance' }),
    // 机关第二党支部
    person('liufang', '刘芳', { branchId: 'b2', officeId: 'planning' }),
    person('xu', '徐静', { branchId: 'b2' }),
    // 机关第三党支部
    person('zhou', '周海涛', { branchId: 'b3', roles: ['branchSecretary'], officeId: 'operations' }),
    person('deng', '邓红梅', { branchId: 'b3', officeId: 'legal' }),
    person('wangwei2', '王伟', { branchId: 'b3', post: '运行科副科长' }),
    // 离退休党支部
    person('wu', '吴德厚', { branchId: 'retired', roles: ['branchSecretary'], employment: 'retired' }),
    person('zheng', '郑永年', { branchId: 'retired', employment: 'retired', frail: true }),
    person('shen', '沈玉珍', { branchId: 'retired', employment: 'retired', away: { place: '上海市（随子女居住）', contact: '021-55667788' } }),
    // Non-party people
    person('xiao', '萧建平', { kind: 'masses', officeId: 'centre', post: '服务中心主任' }),
    person('qian', '钱小红', { kind: 'masses', officeId: 'office' }),
    person('kong', '孔令辉', { kind: 'client' }),
  ];
  return { members, offices, branches };
}

let seq = 0;

/** A talk between two people; planned without a date unless told otherwise. */
export function talk(aId: string, bId: string, over: Partial<Talk> = {}): Talk {
  seq += 1;
  return { id: `talk-${seq}`, unitId: UNIT, aId, bId, reasons: [], status: 'planned', createdAt: T, updatedAt: T, ...over };
}

/** A done talk (a date and a short note). */
export function doneTalk(aId: string, bId: string, over: Partial<Talk> = {}): Talk {
  return talk(aId, bId, { status: 'done', date: '2005-09-08', time: '15:00', place: '党员活动室', doneOn: '2005-09-08', note: '交流思想', ...over });
}
