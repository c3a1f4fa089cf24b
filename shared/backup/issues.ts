/** zod issues of a backup file as Chinese messages that name the place ("records.members[2].kind: …"). */
import { z } from 'zod';
import { formatPath } from '../campaign/loadTemplate';

const TYPE_NAME: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: '真假值（true 或 false）',
  array: '列表',
  object: '对象',
  int: '整数',
};

type RawIssue = { code?: string; expected?: string; input?: unknown; origin?: string; minimum?: unknown; keys?: string[]; values?: unknown[] };

function chineseMessage(iss: RawIssue): string | undefined {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return '缺少此项';
      if (iss.input === null) return `应为${TYPE_NAME[iss.expected ?? ''] ?? iss.expected}，不能为空值`;
      return `应为${TYPE_NAME[iss.expected ?? ''] ?? iss.expected}`;
    case 'too_small':
      return iss.origin === 'string' ? '不能为空' : `不能小于 ${String(iss.minimum)}`;
    case 'invalid_value':
      return `应为以下之一：${(iss.values ?? []).map(String).join('、')}`;
    case 'unrecognized_keys':
      return `无法识别的字段：${(iss.keys ?? []).join('、')}`;
    default:
      return undefined;
  }
}

/** Most problems a user is shown at once; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 20;

export function capProblems(problems: string[]): string[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_LISTED_PROBLEMS), `……另有 ${problems.length - MAX_LISTED_PROBLEMS} 处问题`];
}

/** Parses with Chinese messages; the errors are "path: message", one per problem. */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown): { ok: true; value: T } | { ok: false; error: string[] } {
  const parsed = schema.safeParse(value, {
    error: (iss) => chineseMessage(iss as RawIssue) ?? z.locales.zhCN().localeError(iss),
  });
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    error: parsed.error.issues.map((i) => {
      const where = formatPath(i.path);
      return where ? `${where}: ${i.message}` : i.message;
    }),
  };
}
