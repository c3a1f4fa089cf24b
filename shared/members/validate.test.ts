import { describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '../data/fields';
import type { MemberDraft } from './types';
import { hasErrors, memberDraftSchema, validateMemberDraft } from './validate';

const NOW = '2005-08-20';
const base: MemberDraft = {
  kind: 'party',
  name: '张三',
  gender: '男',
  birth: '1965-03',
  joinedParty: '1990-07',
  roles: [],
  oversees: [],
  employment: 'working',
  frail: false,
  cannotWrite: false,
  away: null,
};
const check = (patch: Partial<MemberDraft>) => validateMemberDraft({ ...base, ...patch }, NOW);

describe('validateMemberDraft', () => {
  it('accepts a complete party member', () => {
    expect(check({})).toEqual([]);
    expect(memberDraftSchema.safeParse(base).success).toBe(true);
  });

  it('requires a name of 1–20 characters', () => {
    expect(check({ name: '  ' })).toEqual([{ level: 'error', field: 'name', message: '请填写姓名' }]);
    expect(check({ name: '张'.repeat(21) })).toEqual([{ level: 'error', field: 'name', message: '姓名不能超过20个字' }]);
  });

  it('checks the YYYY-MM form of dates', () => {
    expect(check({ birth: '1965.03' })).toContainEqual({ level: 'error', field: 'birth', message: '出生年月格式应为“年-月”，如 1965-03' });
    expect(check({ joinedParty: '1990-13' })).toContainEqual(expect.objectContaining({ level: 'error', field: 'joinedParty' }));
  });

  it('keeps 入党时间 and party roles to party members', () => {
    expect(check({ kind: 'masses' })).toEqual([{ level: 'error', field: 'joinedParty', message: '非党员不应填写入党时间' }]);
    expect(check({ kind: 'masses', joinedParty: undefined, roles: ['branchSecretary'] })).toEqual([
      { level: 'error', field: 'roles', message: '非党员不能是支部书记' },
    ]);
    expect(check({ kind: 'npcDeputy', joinedParty: undefined, roles: ['leaderCadre'] })[0].message).toBe('非党员不能是党员领导干部');
    expect(check({ kind: 'masses', joinedParty: undefined })).toEqual([]);
  });

  it('rejects unknown roles and repeated roles', () => {
    expect(hasErrors(check({ roles: ['boss' as never] }))).toBe(true);
    expect(check({ roles: ['teamMember', 'teamMember'] })).toEqual([{ level: 'error', field: 'roles', message: '角色重复' }]);
  });

  it('checks dates against today, passed in', () => {
    expect(check({ birth: '1899-12' })).toEqual([{ level: 'error', field: 'birth', message: '出生年月早于1900年，请核对' }]);
    expect(check({ birth: '2005-09', joinedParty: undefined })).toContainEqual({ level: 'error', field: 'birth', message: '出生年月晚于今天，请核对' });
    expect(check({ joinedParty: '2005-09' })).toEqual([{ level: 'error', field: 'joinedParty', message: '入党时间晚于今天，请核对' }]);
    expect(check({ joinedParty: '2005-08' })).toEqual([]);
    expect(validateMemberDraft({ ...base, joinedParty: '2005-09' }, '2005-09-01')).toEqual([]);
  });

  it('blocks 入党 before birth and warns when joined before 18', () => {
    expect(check({ joinedParty: '1960-01' })).toEqual([{ level: 'error', field: 'joinedParty', message: '入党时间早于出生年月，请核对' }]);
    expect(check({ joinedParty: '1983-02' })).toEqual([
      { level: 'warning', field: 'joinedParty', message: '入党时不满18周岁，请核对出生年月和入党时间' },
    ]);
    expect(check({ joinedParty: '1983-03' })).toEqual([]);
  });

  it('warns, without blocking, when a party member has no 入党时间', () => {
    const problems = check({ joinedParty: undefined });
    expect(problems).toEqual([{ level: 'warning', field: 'joinedParty', message: '党员未填写入党时间' }]);
    expect(hasErrors(problems)).toBe(false);
  });

  it('bounds free text', () => {
    expect(check({ note: '字'.repeat(501) })).toEqual([{ level: 'error', field: 'note', message: '备注不能超过500个字' }]);
    expect(check({ away: { place: '深圳', contact: '' } })).toEqual([]);
  });

  it('keeps 正式/预备 to party members and checks its value', () => {
    expect(check({ partyStatus: 'probationary', joinedParty: '2005-03' })).toEqual([]);
    expect(check({ kind: 'masses', joinedParty: undefined, partyStatus: 'full' })).toEqual([
      { level: 'error', field: 'partyStatus', message: '非党员不应填写正式或预备党员' },
    ]);
    expect(check({ partyStatus: 'candidate' as never })).toEqual([{ level: 'error', field: 'partyStatus', message: '应为正式党员或预备党员' }]);
  });

  it('warns when a 预备党员 joined more than two years ago (the probation is one year, extended once at most)', () => {
    expect(check({ partyStatus: 'probationary', joinedParty: '2003-09' })).toEqual([]);
    expect(check({ partyStatus: 'probationary', joinedParty: '2003-08' })).toEqual([
      { level: 'warning', field: 'partyStatus', message: '入党已满2年仍为预备党员，请核对是否已转正' },
    ]);
  });

  it('keeps every party role to party members: 党组书记, 机关党委/党总支书记, 支部书记, 党员领导干部', () => {
    const masses = (roles: MemberDraft['roles']) => check({ kind: 'masses', joinedParty: undefined, roles }).map((p) => p.message);
    expect(masses(['partyGroupSecretary'])).toEqual(['非党员不能是党组书记']);
    expect(masses(['committeeSecretary'])).toEqual(['非党员不能是机关党委/党总支书记']);
    expect(masses(['unitHead', 'teamMember'])).toEqual([]);
  });

  it('checks 文化程度, 所在科室 and 长期患病', () => {
    expect(check({ education: 'bachelor', officeId: 'o1', chronicIll: true })).toEqual([]);
    expect(check({ education: '大学' as never })).toEqual([{ level: 'error', field: 'education', message: '文化程度无法识别' }]);
  });

  it('warns, without blocking, when someone 分管 offices without a leading role', () => {
    const problems = check({ oversees: ['o1'] });
    expect(problems).toEqual([
      { level: 'warning', field: 'oversees', message: '分管科室或二级单位的一般是单位主要负责同志、班子成员或党员领导干部，请核对角色' },
    ]);
    expect(hasErrors(problems)).toBe(false);
    for (const role of ['unitHead', 'teamMember', 'leaderCadre'] as const) expect(check({ oversees: ['o1'], roles: [role] })).toEqual([]);
  });

  it('warns when a 预备党员 is named a secretary', () => {
    expect(check({ partyStatus: 'probationary', joinedParty: '2005-03', roles: ['branchSecretary'] })).toEqual([
      { level: 'warning', field: 'roles', message: '预备党员一般不担任支部书记，请核对' },
    ]);
  });

  it('issue 7: refuses text that did not pass an entry point (invisible or control characters, stray spaces)', () => {
    const msg = (label: string) => `${label}含有不可见字符、控制字符或多余的空格`;
    expect(check({ name: '王\u200b伟' })).toEqual([{ level: 'error', field: 'name', message: msg('姓名') }]);
    expect(check({ name: ' 王伟 ' })).toEqual([{ level: 'error', field: 'name', message: msg('姓名') }]);
    expect(check({ name: 'Ze\u0301ynep' })).toEqual([{ level: 'error', field: 'name', message: msg('姓名') }]);
    expect(check({ post: '\u202e科员' })).toEqual([{ level: 'error', field: 'post', message: msg('职务') }]);
    expect(check({ phone: '138\u00000001' })).toEqual([{ level: 'error', field: 'phone', message: msg('联系方式') }]);
    expect(check({ away: { place: '深圳\u200b', contact: '' } })).toEqual([{ level: 'error', field: 'away', message: msg('外出地点') }]);
    // 备注 may run over several lines; a carriage return is not clean.
    expect(check({ note: '长期卧床\n口述代记' })).toEqual([]);
    expect(check({ note: '长期卧床\r\n口述代记' })).toEqual([{ level: 'error', field: 'note', message: msg('备注') }]);
  });

  it('issue 7: a name of invisible characters only is no name', () => {
    expect(check({ name: '\u200b\u200c' })).toEqual([{ level: 'error', field: 'name', message: '请填写姓名' }]);
  });

  it('bounds texts exactly as the forms do (TEXT_LIMITS)', () => {
    expect(check({ name: '张'.repeat(TEXT_LIMITS.personName) })).toEqual([]);
    expect(check({ post: '字'.repeat(TEXT_LIMITS.post + 1) })).toEqual([{ level: 'error', field: 'post', message: `职务不能超过${TEXT_LIMITS.post}个字` }]);
    expect(check({ phone: '1'.repeat(TEXT_LIMITS.phone + 1) })).toEqual([
      { level: 'error', field: 'phone', message: `联系方式不能超过${TEXT_LIMITS.phone}个字` },
    ]);
  });
});
