/** Results of rules and gates: reasons name the rule and the people or records concerned. */

export interface Reason {
  /** Rule id from DOMAIN.md, e.g. `R-STAGE-LOOKBACK`. */
  rule: string;
  /** What is wrong, in Chinese, for the user. */
  message: string;
  /** Names of people or records concerned, shown with the message. */
  subjects?: string[];
}

export type Gate = { ok: true } | { ok: false; reasons: Reason[] };

export type Result<T, E = string[]> = { ok: true; value: T } | { ok: false; error: E };

export const pass: Gate = { ok: true };

export function gate(reasons: Reason[]): Gate {
  return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}

/** Bad input from the user: the message is shown as is, and nothing was changed. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
