/** The roster's records and tables: 党支部, 内设科室 / 二级单位, and the people of a unit. */
import { z } from 'zod';
import { defineTable } from '../data/table';
import { bounded, finite, id, lines, required, TEXT_LIMITS as L, timestamp, yearMonth } from '../data/fields';
import { EDUCATIONS, EMPLOYMENTS, GENDERS, OFFICE_KINDS, PARTY_STATUSES, PERSON_KINDS, ROLES } from './types';

export const awaySchema = z.strictObject({ place: bounded(L.awayPlace), contact: bounded(L.awayContact) });

export const branchRecord = z.strictObject({ id, unitId: id, name: required(L.branchName), order: finite });

export const officeRecord = z.strictObject({
  id,
  unitId: id,
  name: required(L.officeName),
  kind: z.enum(OFFICE_KINDS),
  /** 负责人 (a member's id). */
  headId: id.optional(),
  order: finite,
});

export const memberRecord = z.strictObject({
  id,
  unitId: id,
  kind: z.enum(PERSON_KINDS),
  name: required(L.personName),
  gender: z.enum(GENDERS).optional(),
  birth: yearMonth.optional(),
  /** 入党时间; only for kind `party`. */
  joinedParty: yearMonth.optional(),
  /** 正式 / 预备, only for kind `party`. */
  partyStatus: z.enum(PARTY_STATUSES).optional(),
  education: z.enum(EDUCATIONS).optional(),
  branchId: id.optional(),
  /** The 内设科室 / 二级单位 the person works in. */
  officeId: id.optional(),
  /** 职务, free text as the unit writes it. */
  post: bounded(L.post).optional(),
  roles: z.array(z.enum(ROLES)).max(ROLES.length),
  /** Office ids this leader cadre oversees (分管), for R-TALK-PAIRS and R-ANALYSIS-REVIEW. */
  oversees: z.array(id).max(200),
  employment: z.enum(EMPLOYMENTS),
  /** 年老体弱 */
  frail: z.boolean(),
  /** 长期患病 */
  chronicIll: z.boolean().optional(),
  /** 无书写能力 */
  cannotWrite: z.boolean(),
  /** 外出 (务工、流动): where, and how to reach them. */
  away: awaySchema.nullable(),
  phone: bounded(L.phone).optional(),
  note: lines(L.note).optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const branchesTable = defineTable({
  name: 'branches',
  owner: 'members',
  label: '支部',
  stores: { 1: 'id, unitId, [unitId+name]' },
  record: branchRecord,
  key: 'id',
  auditEntity: 'branch',
});

export const officesTable = defineTable({
  name: 'offices',
  owner: 'members',
  label: '科室或二级单位',
  stores: { 2: 'id, unitId, [unitId+name]' },
  record: officeRecord,
  key: 'id',
  refs: { headId: 'members' },
  auditEntity: 'office',
});

export const membersTable = defineTable({
  name: 'members',
  owner: 'members',
  label: '人员',
  stores: {
    1: 'id, unitId, [unitId+branchId], [unitId+name], [unitId+kind]',
    2: 'id, unitId, [unitId+branchId], [unitId+name], [unitId+kind], [unitId+kind+branchId], [unitId+officeId], *roles',
  },
  record: memberRecord,
  key: 'id',
  refs: { branchId: 'branches', officeId: 'offices', oversees: 'offices' },
  auditEntity: 'member',
});
