/**
 * Shape checks on a member draft at the storage boundary. The roster rules proper live in
 * shared/members/validate.ts; these guard what the database relies on.
 */
import { PERSON_KINDS, ROLES, type MemberDraft } from '@shared/members/types';

const yearMonth = /^\d{4}-(0[1-9]|1[0-2])$/;

export function memberDraftProblems(d: MemberDraft): string[] {
  const p: string[] = [];
  const name = (d.name ?? '').trim();
  if (!name) p.push('请填写姓名');
  else if (name.length > 20) p.push(`姓名“${name}”过长`);
  if (!PERSON_KINDS.includes(d.kind)) p.push(`${name || '该人员'}的人员类别无效`);
  if (d.kind === 'party' && !d.branchId) p.push(`党员${name}须选择所在党支部`);
  if (d.birth && !yearMonth.test(d.birth)) p.push(`${name}的出生年月应写作 YYYY-MM`);
  if (d.joinedParty && !yearMonth.test(d.joinedParty)) p.push(`${name}的入党时间应写作 YYYY-MM`);
  if (d.birth && d.joinedParty && d.joinedParty < d.birth) p.push(`${name}的入党时间早于出生年月`);
  if (!Array.isArray(d.roles) || d.roles.some((r) => !ROLES.includes(r))) p.push(`${name}的职责身份无效`);
  if (d.away && !d.away.place.trim()) p.push(`外出党员${name}须填写外出地点`);
  return p;
}

/** Trims text and drops fields that do not apply (e.g. 入党时间 of a non-party person). */
export function cleanMemberDraft(d: MemberDraft): MemberDraft {
  const out: MemberDraft = {
    ...d,
    name: d.name.trim(),
    roles: [...new Set(d.roles ?? [])],
    oversees: [...new Set(d.oversees ?? [])],
    away: d.away ? { place: d.away.place.trim(), contact: d.away.contact.trim() } : null,
  };
  if (out.kind !== 'party') {
    delete out.joinedParty;
    out.roles = out.roles.filter((r) => r !== 'branchSecretary' && r !== 'leaderCadre');
  }
  return out;
}
