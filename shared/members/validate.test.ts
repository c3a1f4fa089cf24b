import { describe, expect, it } from 'vitest';
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
});
