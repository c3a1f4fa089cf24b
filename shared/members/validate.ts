/**
 * One check of a member draft, used by the member form and by the roster import.
 */
import { z } from 'zod';
import { TEXT_LIMITS } from '../data/fields';
import { cleanLine, isClean } from '../util/text';
import type { ImportProblem } from './import/types';
import { yearsBetween } from './import/dates';
import {
  EDUCATIONS,
  EMPLOYMENTS,
  GENDERS,
  PARTY_STATUSES,
  PERSON_KINDS,
  ROLE_LABEL,
  ROLES,
  type MemberDraft,
  type Role,
} from './types';

const yearMonth = (label: string) =>
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/u, { message: `${label}格式应为“年-月”，如 1965-03` });

/**
 * A text as the entry points leave it (shared/util/text.ts): refused when it was not cleaned,
 * when it is longer than the form's input allows (TEXT_LIMITS, shared with the forms and the
 * record schema) and, if `required`, when nothing visible is left. One message per field.
 */
const cleanText = (label: string, max: number, opts: { required?: string; multiline?: boolean } = {}) =>
  z.string({ message: opts.required ?? `${label}应为文字` }).superRefine((s, ctx) => {
    if (opts.required !== undefined && cleanLine(s) === '') ctx.addIssue({ code: 'custom', message: opts.required });
    else if (!isClean(s, opts.multiline ? 'multiline' : 'line')) ctx.addIssue({ code: 'custom', message: `${label}含有不可见字符、控制字符或多余的空格` });
    else if (s.length > max) ctx.addIssue({ code: 'custom', message: `${label}不能超过${max}个字` });
  });

/** Roles only a party member can hold. */
export const PARTY_ONLY_ROLES: readonly Role[] = ['partyGroupSecretary', 'committeeSecretary', 'branchSecretary', 'leaderCadre'];

/** Roles of people who 分管 offices and sub-units (R-TALK-PAIRS, R-ANALYSIS-REVIEW). */
export const OVERSEER_ROLES: readonly Role[] = ['unitHead', 'teamMember', 'leaderCadre'];

export const memberDraftSchema = z
  .object({
    kind: z.enum(PERSON_KINDS, { message: '身份应为党员、群众、服务对象、人大代表或政协委员' }),
    name: cleanText('姓名', TEXT_LIMITS.personName, { required: '请填写姓名' }),
    gender: z.enum(GENDERS, { message: '性别应为男或女' }).optional(),
    birth: yearMonth('出生年月').optional(),
    joinedParty: yearMonth('入党时间').optional(),
    partyStatus: z.enum(PARTY_STATUSES, { message: '应为正式党员或预备党员' }).optional(),
    education: z.enum(EDUCATIONS, { message: '文化程度无法识别' }).optional(),
    branchId: z.string().optional(),
    officeId: z.string().optional(),
    post: cleanText('职务', TEXT_LIMITS.post).optional(),
    roles: z
      .array(z.enum(ROLES, { message: '角色无法识别' }))
      .refine((r) => new Set(r).size === r.length, { message: '角色重复' }),
    oversees: z.array(z.string()),
    employment: z.enum(EMPLOYMENTS, { message: '应为在职或离退休' }),
    frail: z.boolean(),
    chronicIll: z.boolean().optional(),
    cannotWrite: z.boolean(),
    away: z
      .object({
        place: cleanText('外出地点', TEXT_LIMITS.awayPlace),
        contact: cleanText('外出联系方式', TEXT_LIMITS.awayContact),
      })
      .nullable(),
    phone: cleanText('联系方式', TEXT_LIMITS.phone).optional(),
    note: cleanText('备注', TEXT_LIMITS.note, { multiline: true }).optional(),
  })
  .superRefine((d, ctx) => {
    if (d.kind !== 'party' && d.joinedParty !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['joinedParty'], message: '非党员不应填写入党时间' });
    }
    if (d.kind !== 'party' && d.partyStatus !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['partyStatus'], message: '非党员不应填写正式或预备党员' });
    }
    if (d.kind !== 'party') {
      for (const role of d.roles.filter((r) => PARTY_ONLY_ROLES.includes(r))) {
        ctx.addIssue({ code: 'custom', path: ['roles'], message: `非党员不能是${ROLE_LABEL[role]}` });
      }
    }
  });

/** Probation (预备期) of one year, extended at most by one more. */
const MAX_PROBATION_YEARS = 2;
/** Earliest birth year a roster may hold. */
const MIN_BIRTH_YEAR = 1900;
/** 党章: one may apply to join the Party from the age of eighteen. */
const MIN_JOIN_AGE = 18;

function dateProblems(d: MemberDraft, now: string): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const today = now.slice(0, 7);
  const ymOk = (v: string | undefined): v is string => v !== undefined && /^\d{4}-\d{2}$/u.test(v);
  if (ymOk(d.birth)) {
    if (Number(d.birth.slice(0, 4)) < MIN_BIRTH_YEAR) {
      problems.push({ level: 'error', field: 'birth', message: `出生年月早于${MIN_BIRTH_YEAR}年，请核对` });
    } else if (d.birth > today) {
      problems.push({ level: 'error', field: 'birth', message: '出生年月晚于今天，请核对' });
    }
  }
  if (ymOk(d.joinedParty)) {
    if (d.joinedParty > today) {
      problems.push({ level: 'error', field: 'joinedParty', message: '入党时间晚于今天，请核对' });
    } else if (ymOk(d.birth) && d.joinedParty <= d.birth) {
      problems.push({ level: 'error', field: 'joinedParty', message: '入党时间早于出生年月，请核对' });
    } else if (ymOk(d.birth) && yearsBetween(d.birth, d.joinedParty) < MIN_JOIN_AGE) {
      problems.push({ level: 'warning', field: 'joinedParty', message: `入党时不满${MIN_JOIN_AGE}周岁，请核对出生年月和入党时间` });
    }
  }
  if (d.kind === 'party' && d.joinedParty === undefined) {
    problems.push({ level: 'warning', field: 'joinedParty', message: '党员未填写入党时间' });
  }
  // 党章: the probation lasts a year and may be extended once, by at most a year.
  if (d.partyStatus === 'probationary' && ymOk(d.joinedParty) && yearsBetween(d.joinedParty, today) >= MAX_PROBATION_YEARS) {
    problems.push({ level: 'warning', field: 'partyStatus', message: `入党已满${MAX_PROBATION_YEARS}年仍为预备党员，请核对是否已转正` });
  }
  return problems;
}

/** Roles and 分管 that do not fit together: shown, never blocking (the unit knows its own set-up). */
function roleProblems(d: MemberDraft): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const roles = Array.isArray(d.roles) ? d.roles : [];
  const oversees = Array.isArray(d.oversees) ? d.oversees : [];
  if (oversees.length > 0 && !roles.some((r) => OVERSEER_ROLES.includes(r))) {
    problems.push({
      level: 'warning',
      field: 'oversees',
      message: '分管科室或二级单位的一般是单位主要负责同志、班子成员或党员领导干部，请核对角色',
    });
  }
  if (d.partyStatus === 'probationary') {
    for (const role of roles.filter((r) => r === 'partyGroupSecretary' || r === 'committeeSecretary' || r === 'branchSecretary')) {
      problems.push({ level: 'warning', field: 'roles', message: `预备党员一般不担任${ROLE_LABEL[role]}，请核对` });
    }
  }
  return problems;
}

/**
 * Every problem of a draft: schema errors first, then date plausibility against `now`
 * (`YYYY-MM-DD`, passed in, never read from the clock).
 */
export function validateMemberDraft(d: MemberDraft, now: string): ImportProblem[] {
  const parsed = memberDraftSchema.safeParse(d);
  const problems: ImportProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const key = issue.path[0];
        const field = typeof key === 'string' ? (key as keyof MemberDraft) : undefined;
        return field ? { level: 'error' as const, field, message: issue.message } : { level: 'error' as const, message: issue.message };
      });
  return [...problems, ...dateProblems(d, now), ...roleProblems(d)];
}

export function hasErrors(problems: readonly ImportProblem[]): boolean {
  return problems.some((p) => p.level === 'error');
}
