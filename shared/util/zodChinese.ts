/**
 * zod validation with Chinese messages that name the place of each problem
 * ("stages[1].defaultDue: 日期应写作 MM-DD"), for files a user brings in (templates, backups).
 */
import { z } from 'zod';
import type { Result } from './result';
import { capMessage, excerpt } from './excerpt';

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
  const type = TYPE_NAME[iss.expected ?? ''] ?? iss.expected;
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return '缺少此项';
      if (iss.input === null) return `应为${type}，不能为空值`;
      return `应为${type}`;
    case 'too_small':
      if (iss.origin === 'string') return Number(iss.minimum) <= 1 ? '不能为空' : `至少 ${iss.minimum} 个字`;
      if (iss.origin === 'array') return `至少需要 ${iss.minimum} 项`;
      return `不能小于 ${iss.minimum}`;
    case 'too_big':
      if (iss.origin === 'array') return `最多 ${iss.maximum} 项`;
      return `不能大于 ${iss.maximum}`;
    case 'invalid_value':
      return `应为以下之一：${(iss.values ?? []).map(String).join('、')}`;
    case 'unrecognized_keys': {
      const keys = iss.keys ?? [];
      const shown = keys.slice(0, 5).map((k) => excerpt(k)).join('、');
      return `无法识别的字段：${shown}${keys.length > 5 ? ` 等 ${keys.length} 个` : ''}`;
    }
    default:
      return undefined;
  }
}

/** `['stages', 1, 'defaultDue']` → `stages[1].defaultDue`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const name = excerpt(String(key));
    return acc ? `${acc}.${name}` : name;
  }, '');
}

/** "path: message", or the message alone at the top level. */
export function located(path: readonly PropertyKey[], message: string): string {
  const where = formatPath(path);
  return where ? `${where}: ${message}` : message;
}

/** Parses with Chinese messages; the errors are "path: message", one per problem. */
export function parseWithChinese<T>(schema: z.ZodType<T>, value: unknown): Result<T, string[]> {
  const parsed = schema.safeParse(value, {
    error: (iss) => chineseMessage(iss as RawIssue) ?? z.locales.zhCN().localeError(iss),
  });
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, error: parsed.error.issues.map((i) => capMessage(located(i.path, i.message))) };
}
