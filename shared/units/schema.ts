/** 单位: the record of one unit, and its table (the only table not scoped by `unitId`). */
import { z } from 'zod';
import { defineTable } from '../data/table';
import { bounded, id, isoDate, required, TEXT_LIMITS as L, timestamp } from '../data/fields';
import { MAX_CAMPAIGN_YEAR, MIN_CAMPAIGN_YEAR } from './validate';

export const unitRecord = z.strictObject({
  id,
  /** 单位名称 */
  name: required(L.unitName),
  /** 党组织名称 */
  orgName: bounded(L.orgName),
  /** 上级党组织 */
  parentOrg: bounded(L.parentOrg),
  /** 活动年度 */
  year: z.number().int().min(MIN_CAMPAIGN_YEAR).max(MAX_CAMPAIGN_YEAR),
  /** 书记/联系人 */
  contact: bounded(L.contact),
  phone: bounded(L.phone).optional(),
  /** Campaign template (resources/templates) and the version of it the unit's records follow. */
  templateId: id,
  templateVersion: z.number().int().min(1).max(1000),
  /** The built-in 示例单位. */
  isDemo: z.boolean(),
  /**
   * 演示日期: the day the demo unit pretends it is (e.g. 2005-09-13, mid-campaign), shown in the
   * header; every date the app computes for this unit counts from it. Only for the demo.
   */
  demoToday: isoDate.optional(),
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
