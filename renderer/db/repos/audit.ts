/**
 * The audit log of a unit. `appendAudit` is called by every repository write inside its
 * own transaction (the transaction must include `db.audit`).
 */
import Dexie from 'dexie';
import type { AuditEntity, AuditEntry } from '@shared/audit/types';
import type { PytDb } from '../db';

export interface AuditInput {
  unitId: string;
  actor: string;
  now: string;
  action: string;
  entity: AuditEntity;
  entityId?: string;
  summary: string;
}

/** Written when no operator name is set, so every entry still says who. */
export const UNSIGNED_ACTOR = '未署名';

export async function appendAudit(db: PytDb, input: AuditInput): Promise<AuditEntry> {
  const entry: AuditEntry = {
    id: crypto.randomUUID(),
    unitId: input.unitId,
    at: input.now,
    actor: input.actor.trim() || UNSIGNED_ACTOR,
    action: input.action,
    entity: input.entity,
    summary: input.summary,
    ...(input.entityId === undefined ? {} : { entityId: input.entityId }),
  };
  await db.audit.add(entry);
  return entry;
}

/** Newest first, in the order they were written. */
export async function listAudit(db: PytDb, unitId: string, opts: { limit?: number } = {}): Promise<AuditEntry[]> {
  const query = db.audit
    .where('[unitId+seq]')
    .between([unitId, Dexie.minKey], [unitId, Dexie.maxKey])
    .reverse();
  return opts.limit === undefined ? query.toArray() : query.limit(opts.limit).toArray();
}
