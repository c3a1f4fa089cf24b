/**
 * Loading a campaign template from JSON: zod validation with Chinese messages that name the
 * place of the error (e.g. "stages[1].defaultDue: 日期应写作 MM-DD"), and measure keys checked
 * against the registry so a typo cannot silently turn a computed item into a hand-ticked one.
 */
import { z } from 'zod';
import type { Result } from '../util/result';
import { isKnownMeasure } from './measures';
import { campaignTemplateSchema, type CampaignTemplate } from './template';

export const DEFAULT_TEMPLATE_ID = 'fenxi-pingyi-2005';

const TYPE_NAME: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: '真假值（true 或 false）',
  array: '列表',
  object: '对象',
  int: '整数',
};

type RawIssue = {
  code?: string;
  expected?: string;
  input?: unknown;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  keys?: string[];
  values?: unknown[];
};

function chineseMessage(iss: RawIssue): string | undefined {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return '缺少此项';
      return `应为${TYPE_NAME[iss.expected ?? ''] ?? iss.expected}`;
    case 'too_small':
      if (iss.origin === 'string') return Number(iss.minimum) <= 1 ? '不能为空' : `至少 ${iss.minimum} 个字`;
      if (iss.origin === 'array') return `至少需要 ${iss.minimum} 项`;
      return `不能小于 ${iss.minimum}`;
    case 'too_big':
      if (iss.origin === 'array') return `最多 ${iss.maximum} 项`;
      return `不能大于 ${iss.maximum}`;
    case 'invalid_value':
      return `应为以下之一：${(iss.values ?? []).map(String).join('、')}`;
    case 'unrecognized_keys':
      return `无法识别的字段：${(iss.keys ?? []).join('、')}`;
    default:
      return undefined;
  }
}

/** `['stages', 1, 'defaultDue']` → `stages[1].defaultDue`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

function located(path: readonly PropertyKey[], message: string): string {
  const where = formatPath(path);
  return where ? `${where}: ${message}` : message;
}

function unknownMeasures(t: CampaignTemplate): string[] {
  const errors: string[] = [];
  t.stages.forEach((st, si) => {
    const check = (base: (string | number)[], items: { measure?: string }[]) =>
      items.forEach((item, ii) => {
        if (item.measure !== undefined && !isKnownMeasure(item.measure)) {
          errors.push(located([...base, ii, 'measure'], `未知的计算指标“${item.measure}”`));
        }
      });
    check(['stages', si, 'lookback'], st.lookback);
    st.steps.forEach((step, ti) => check(['stages', si, 'steps', ti, 'items'], step.items));
  });
  return errors;
}

/** Validate an unknown JSON value as a campaign template; errors are Chinese, one per problem. */
export function parseTemplate(json: unknown): Result<CampaignTemplate, string[]> {
  const parsed = campaignTemplateSchema.safeParse(json, {
    error: (iss) => chineseMessage(iss as RawIssue) ?? z.locales.zhCN().localeError(iss),
  });
  if (!parsed.success) {
    return { ok: false, error: parsed.error.issues.map((i) => located(i.path, i.message)) };
  }
  const errors = unknownMeasures(parsed.data);
  return errors.length > 0 ? { ok: false, error: errors } : { ok: true, value: parsed.data };
}
