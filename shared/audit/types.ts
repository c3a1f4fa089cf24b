/**
 * Audit log (操作记录): every write to a unit's data leaves an entry, written in the same
 * transaction as the change, so the record and its history never disagree.
 */

import type { z } from 'zod';
import type { auditRecord } from './schema';

/** What an entry is about: `unit`, or the audit entity a table declares (shared/data/registry.ts). */
export type { AuditEntity } from '../data/registry';

/** One entry of the log; `seq` is storage order, set by the database (clocks may go back). */
export type AuditEntry = z.infer<typeof auditRecord>;

/** Who and when, passed by the caller: repositories never read the clock. */
export interface WriteContext {
  actor: string;
  /** ISO date-time, e.g. `new Date().toISOString()`. */
  now: string;
}
