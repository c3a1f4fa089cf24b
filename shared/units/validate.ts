/**
 * Checks a unit (单位) draft before it is saved. Messages are Chinese and shown as is.
 */
import { z } from 'zod';
import { TEXT_LIMITS as L } from '../data/fields';
import type { Result } from '../util/result';
import { cleanLine } from '../util/text';
import type { UnitDraft } from './types';

export const MIN_CAMPAIGN_YEAR = 2000;
export const MAX_CAMPAIGN_YEAR = 2100;

/** One line of text, cleaned (shared/util/text.ts: no invisible or control characters, NFC, spaces collapsed) before it is measured. */
const text = (label: string, max: number) =>
  z
    .string({ error: `${label}应为文字` })
    .overwrite(cleanLine)
    .max(max, `${label}不能超过 ${max} 个字`);

const required = (label: string, max: number) => text(label, max).min(1, `请填写${label}`);

export const unitDraftSchema = z.object({
  name: required('单位名称', L.unitName),
  orgName: required('党组织名称', L.orgName),
  parentOrg: text('上级党组织', L.parentOrg).default(''),
  year: z
    .number({ error: '活动年度应为数字' })
    .int('活动年度应为整数')
    .min(MIN_CAMPAIGN_YEAR, `活动年度应在 ${MIN_CAMPAIGN_YEAR}—${MAX_CAMPAIGN_YEAR} 之间`)
    .max(MAX_CAMPAIGN_YEAR, `活动年度应在 ${MIN_CAMPAIGN_YEAR}—${MAX_CAMPAIGN_YEAR} 之间`),
  contact: text('书记/联系人', L.contact).default(''),
  phone: text('联系电话', L.phone)
    .regex(/^[0-9+\-（）() ]*$/, '联系电话只能包含数字、空格、加号、括号和短横线')
    .optional()
    .transform((v) => (v ? v : undefined)),
});

/** Returns the cleaned draft (cleanLine on every text), or the list of problems in Chinese. */
export function validateUnitDraft(input: unknown): Result<UnitDraft, string[]> {
  const parsed = unitDraftSchema.safeParse(input);
  if (parsed.success) {
    const { phone, ...rest } = parsed.data;
    return { ok: true, value: phone === undefined ? rest : { ...rest, phone } };
  }
  const messages = parsed.error.issues.map((i) => (i.code === 'invalid_type' && i.input === undefined ? requiredMessage(i.path) : i.message));
  return { ok: false, error: [...new Set(messages)] };
}

const LABELS: Record<string, string> = {
  name: '单位名称',
  orgName: '党组织名称',
  year: '活动年度',
};

function requiredMessage(path: PropertyKey[]): string {
  const label = LABELS[String(path[0])];
  return label ? `请填写${label}` : '单位信息不完整';
}
