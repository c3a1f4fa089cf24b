/**
 * Audit log (操作记录): every write to a unit's data leaves an entry, written in the same
 * transaction as the change, so the record and its history never disagree.
 */

export const AUDIT_ENTITIES = [
  'unit',
  'branch',
  'member',
  'schedule',
  'acceptance',
  'tick',
  'planAction',
  'planReview',
  'meeting',
  'threshold',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export interface AuditEntry {
  /** Storage order, set by the database; the log is listed by it (clocks may go back). */
  seq?: number;
  id: string;
  unitId: string;
  /** ISO date-time of the change. */
  at: string;
  /** Who made the change (the operator name from the settings). */
  actor: string;
  /** `<entity>.<verb>`, e.g. `member.create`. */
  action: string;
  entity: AuditEntity;
  entityId?: string;
  /** Chinese, for the user, e.g. "新增党员 王伟". */
  summary: string;
}

/** Who and when, passed by the caller: repositories never read the clock. */
export interface WriteContext {
  actor: string;
  /** ISO date-time, e.g. `new Date().toISOString()`. */
  now: string;
}
