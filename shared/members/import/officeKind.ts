/** Offices (内设科室) and sub-units (二级单位) created by an import, told apart by their names. */
import type { OfficeKind } from '../types';

const SUB_UNIT = /(中心|站|所|院|馆|队|公司|厂|学校|中学|小学|幼儿园|医院|协会|学会)$/u;

/**
 * 办公室, 财务科, 人事股 are 内设科室; 市中小企业服务中心, 质监站, 研究所 are 二级单位. A guess
 * from the name only, shown in the preview and changeable afterwards; unclear names are 科室.
 */
export function guessOfficeKind(name: string): OfficeKind {
  return SUB_UNIT.test(name.trim()) ? 'subUnit' : 'office';
}
