/** 单位: the record of one unit, and its table (the only table not scoped by `unitId`). */
import { z } from 'zod';
import { defineTable } from '../data/table';
import { id, text, timestamp } from '../data/fields';

export const unitRecord = z.strictObject({
  id,
  /** 单位名称 */
  name: z.string().min(1),
  /** 党组织名称 */
  orgName: text,
  /** 上级党组织 */
  parentOrg: text,
  /** 活动年度 */
  year: z.number().int(),
  /** 书记/联系人 */
  contact: text,
  phone: text.optional(),
  /** Campaign template (resources/templates) and the version of it the unit's records follow. */
  templateId: id,
  templateVersion: z.number().int().min(1),
  /** The built-in 示例单位. */
  isDemo: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const unitsTable = defineTable({
  name: 'units',
  owner: 'units',
  label: '单位',
  stores: { 1: 'id, name' },
  record: unitRecord,
  key: 'id',
  auditEntity: 'unit',
});
