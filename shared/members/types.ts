/**
 * People of a unit: party members (党员) and non-party people (群众, 服务对象,
 * 人大代表, 政协委员) who give opinions or attend meetings.
 */

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
export const ROLES = ['unitHead', 'teamMember', 'branchSecretary', 'leaderCadre'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABEL: Record<Role, string> = {
  unitHead: '单位主要负责同志',
  teamMember: '班子成员',
  branchSecretary: '支部书记',
  leaderCadre: '党员领导干部',
};

export const EMPLOYMENTS = ['working', 'retired'] as const;
export type Employment = (typeof EMPLOYMENTS)[number];
export const EMPLOYMENT_LABEL: Record<Employment, string> = { working: '在职', retired: '离退休' };

/** A member working or living away (外出党员): where, and how to reach them. */
export interface AwayInfo {
  place: string;
  contact: string;
}

/** 党支部 (or another sub-unit a leader oversees). */
export interface Branch {
  id: string;
  unitId: string;
  name: string;
  order: number;
}

/** One person on the roster (党员 or non-party). */
export interface Member {
  id: string;
  unitId: string;
  kind: PersonKind;
  name: string;
  gender?: Gender;
  birth?: YearMonth;
  /** 入党时间; only for kind `party`. */
  joinedParty?: YearMonth;
  branchId?: string;
  /** 职务, free text as the unit writes it. */
  post?: string;
  roles: Role[];
  /** Branch ids this leader cadre oversees (分管), for R-TALK-PAIRS and R-ANALYSIS-REVIEW. */
  oversees: string[];
  employment: Employment;
  /** 年老体弱或长期患病 */
  frail: boolean;
  /** 无书写能力 */
  cannotWrite: boolean;
  /** 外出 */
  away: AwayInfo | null;
  phone?: string;
  note?: string;
  createdAt: string;
  updatedAt: string;
}

/** What the user types or imports for a member, before ids and timestamps exist. */
export type MemberDraft = Omit<Member, 'id' | 'unitId' | 'createdAt' | 'updatedAt'>;
