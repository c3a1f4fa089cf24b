/**
 * People of a unit: party members (党员) and non-party people (群众, 服务对象,
 * 人大代表, 政协委员) who give opinions or attend meetings.
 */

import type { z } from 'zod';
import type { awaySchema, branchRecord, memberRecord, officeRecord } from './schema';

/** Year and month, written `YYYY-MM` (e.g. `1965-03`). Rosters rarely know the day. */
export type YearMonth = string;

export const PERSON_KINDS = ['party', 'masses', 'client', 'npcDeputy', 'cppccMember'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];
export const PERSON_KIND_LABEL: Record<PersonKind, string> = {
  party: '党员',
  masses: '群众',
  client: '服务对象',
  npcDeputy: '人大代表',
  cppccMember: '政协委员',
};

export const GENDERS = ['男', '女'] as const;
export type Gender = (typeof GENDERS)[number];

/** Roles the rules look at (R-TALK-PAIRS, R-ANALYSIS-REVIEW, R-MEET-SIX, R-MEET-DUAL). */
export const ROLES = [
  'unitHead',
  'partyGroupSecretary',
  'teamMember',
  'leaderCadre',
  'committeeSecretary',
  'branchSecretary',
] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABEL: Record<Role, string> = {
  unitHead: '单位主要负责同志',
  partyGroupSecretary: '党组书记',
  teamMember: '班子成员',
  leaderCadre: '党员领导干部',
  committeeSecretary: '机关党委/党总支书记',
  branchSecretary: '支部书记',
};

export const EMPLOYMENTS = ['working', 'retired'] as const;
export type Employment = (typeof EMPLOYMENTS)[number];
export const EMPLOYMENT_LABEL: Record<Employment, string> = { working: '在职', retired: '离退休' };

/** 正式党员 / 预备党员 */
export const PARTY_STATUSES = ['full', 'probationary'] as const;
export type PartyStatus = (typeof PARTY_STATUSES)[number];
export const PARTY_STATUS_LABEL: Record<PartyStatus, string> = { full: '正式党员', probationary: '预备党员' };

/** 文化程度, as personnel forms write it; `primary` counts as 文化程度低 (R-ANALYSIS-MODE). */
export const EDUCATIONS = ['postgraduate', 'bachelor', 'college', 'secondary', 'highSchool', 'juniorHigh', 'primary'] as const;
export type Education = (typeof EDUCATIONS)[number];
export const EDUCATION_LABEL: Record<Education, string> = {
  postgraduate: '研究生',
  bachelor: '大学本科',
  college: '大学专科',
  secondary: '中专',
  highSchool: '高中',
  juniorHigh: '初中',
  primary: '小学及以下',
};

/** 内设科室 / 二级单位 */
export const OFFICE_KINDS = ['office', 'subUnit'] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];
export const OFFICE_KIND_LABEL: Record<OfficeKind, string> = { office: '内设科室', subUnit: '二级单位' };

/** A member working or living away (外出党员): where, and how to reach them. */
export type AwayInfo = z.infer<typeof awaySchema>;
/** 党支部 */
export type Branch = z.infer<typeof branchRecord>;
/** 内设科室 or 二级单位 with its 负责人; team members 分管 these, not branches. */
export type Office = z.infer<typeof officeRecord>;
/** One person on the roster (党员 or non-party). */
export type Member = z.infer<typeof memberRecord>;

/** What the user types or imports for a member, before ids and timestamps exist. */
export type MemberDraft = Omit<Member, 'id' | 'unitId' | 'createdAt' | 'updatedAt'>;
