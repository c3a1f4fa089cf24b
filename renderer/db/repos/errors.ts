import { UserError } from '@shared/util/result';
import type { Reason } from '@shared/util/result';

/** Throws a UserError listing the problems (one per line) when there are any. */
export function failIf(problems: string[], lead?: string): void {
  if (problems.length === 0) return;
  throw new UserError([...(lead ? [lead] : []), ...problems].join('\n'));
}

/** Turns a failed gate's reasons into one Chinese message. */
export function reasonsMessage(reasons: Reason[]): string {
  return reasons
    .map((r) => (r.subjects && r.subjects.length > 0 ? `${r.message}：${r.subjects.join('、')}` : r.message))
    .join('\n');
}

export function requireText(value: string | undefined, label: string): string {
  const v = (value ?? '').trim();
  if (!v) throw new UserError(`请填写${label}`);
  return v;
}

/** `YYYY-MM-DD`, a real calendar date. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
