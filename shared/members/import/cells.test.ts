import { describe, expect, it } from 'vitest';
import { readEmployment, readFlag, readGender, readKind, readRoles, rolesFromPost } from './cells';

describe('cells', () => {
  it('reads yes/no flags', () => {
    for (const yes of ['是', '√', 'Y', 'y', '1', 1, true, '✓']) expect(readFlag(yes, '班子成员').value).toBe(true);
    for (const no of ['', null, '否', '×', 'N', '0', 0, '无']) expect(readFlag(no, '班子成员').value).toBe(false);
    expect(readFlag('也许', '班子成员')).toEqual({ value: false, warning: '“班子成员”列的“也许”无法识别，按“否”处理' });
    expect(readFlag('长期卧床', '年老体弱', true).value).toBe(true);
  });

  it('reads genders', () => {
    expect(['男', '男性', 'M', 'm', '女', '女性', 'F', ' 女 '].map((g) => readGender(g))).toEqual(
      ['男', '男', '男', '男', '女', '女', '女', '女'].map((value) => ({ ok: true, value })),
    );
    expect(readGender('')).toEqual({ ok: true, value: undefined });
    expect(readGender('X').ok).toBe(false);
  });

  it('reads kinds, party by default', () => {
    expect(readKind('')).toEqual({ ok: true, value: 'party' });
    expect(readKind('中共党员')).toEqual({ ok: true, value: 'party' });
    expect(readKind('预备党员')).toEqual({ ok: true, value: 'party' });
    expect(readKind('群众')).toEqual({ ok: true, value: 'masses' });
    expect(readKind('服务对象')).toEqual({ ok: true, value: 'client' });
    expect(readKind('人大代表')).toEqual({ ok: true, value: 'npcDeputy' });
    expect(readKind('政协委员')).toEqual({ ok: true, value: 'cppccMember' });
    expect(readKind('团员')).toMatchObject({ ok: true, value: 'masses', warning: expect.any(String) });
    expect(readKind('外星人')).toMatchObject({ ok: false });
  });

  it('reads roles from a 角色 cell and only 支部书记 from a 职务 cell', () => {
    expect(readRoles('单位主要负责同志、班子成员, 党员领导干部')).toEqual({ roles: ['unitHead', 'teamMember', 'leaderCadre'], warnings: [] });
    expect(readRoles('支部书记 老板').warnings).toEqual(['角色“老板”无法识别，已忽略']);
    expect(rolesFromPost('机关第一党支部书记')).toEqual(['branchSecretary']);
    expect(rolesFromPost('党支部副书记')).toEqual([]);
    expect(rolesFromPost('局长、党组书记')).toEqual([]);
    expect(rolesFromPost('主任')).toEqual([]);
  });

  it('reads employment', () => {
    expect(['在职', '离退休', '退休', '离休', '在岗', '', '其他'].map(readEmployment)).toEqual(['working', 'retired', 'retired', 'retired', 'working', null, null]);
  });
});
