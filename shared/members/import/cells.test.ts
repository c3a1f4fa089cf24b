import { describe, expect, it } from 'vitest';
import { readEducation, readEmployment, readFlag, readGender, readKind, readPartyStatus, readRoles } from './cells';

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

  it('reads roles from a 角色 cell, by their labels and the usual other names', () => {
    expect(readRoles('单位主要负责同志、班子成员, 党员领导干部')).toEqual({ roles: ['unitHead', 'teamMember', 'leaderCadre'], warnings: [] });
    expect(readRoles('党组书记、机关党委/党总支书记、党总支书记').roles).toEqual(['partyGroupSecretary', 'committeeSecretary']);
    expect(readRoles('支部书记 老板').warnings).toEqual(['角色“老板”无法识别，已忽略']);
  });

  it('reads 正式/预备 from a 党员类别 cell or a 身份 such as 预备党员', () => {
    expect(['正式党员', '预备党员', '正式', '预备', '中共预备党员', ''].map((t) => readPartyStatus(t).value)).toEqual([
      'full', 'probationary', 'full', 'probationary', 'probationary', undefined,
    ]);
    expect(readPartyStatus('流动党员')).toEqual({ shown: '流动党员' });
  });

  it('reads 文化程度 as personnel forms write it', () => {
    const cases: [string, string][] = [
      ['研究生', 'postgraduate'], ['博士', 'postgraduate'], ['硕士研究生', 'postgraduate'], ['省委党校研究生', 'postgraduate'],
      ['大学', 'bachelor'], ['本科', 'bachelor'], ['大学本科', 'bachelor'], ['大学本科/学士', 'bachelor'], ['本科（在职）', 'bachelor'],
      ['大专', 'college'], ['专科', 'college'], ['大学专科', 'college'],
      ['中专', 'secondary'], ['中技', 'secondary'], ['中等专科', 'secondary'], ['技校', 'secondary'],
      ['高中', 'highSchool'], ['高中毕业', 'highSchool'], ['初中', 'juniorHigh'],
      ['小学', 'primary'], ['小学及以下', 'primary'], ['文盲', 'primary'], ['半文盲', 'primary'],
    ];
    for (const [text, level] of cases) expect(readEducation(text).value, text).toBe(level);
    expect(readEducation('文盲').illiterate).toBe(true);
    expect(readEducation('半文盲').illiterate).toBeUndefined();
    expect(readEducation('')).toEqual({});
    expect(readEducation('私塾')).toEqual({ warning: '文化程度“私塾”无法识别，已留空' });
  });

  it('reads employment', () => {
    expect(['在职', '离退休', '退休', '离休', '在岗', '', '其他'].map(readEmployment)).toEqual(['working', 'retired', 'retired', 'retired', 'working', null, null]);
  });
});
