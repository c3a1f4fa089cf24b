import { UserError } from '@shared/util/result';
import type { Gate, Reason } from '@shared/util/result';

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

/** Throws unless the gate passed (the message lists its reasons). */
export function failGate(g: Gate): void {
  if (!g.ok) throw new UserError(reasonsMessage(g.reasons));
}
