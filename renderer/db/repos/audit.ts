/**
 * The audit log of a unit. `appendAudit` is called by every repository write inside its
 * own transaction (the transaction must include `db.audit`).
 */
import { cleanLine, cleanMultiline } from '@shared/util/text';
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

/** The operator's name as records store it: one clean line of at most 40 characters, never empty. */
export function actorName(actor: string): string {
  return cleanLine(actor).slice(0, 40).trim() || UNSIGNED_ACTOR;
}

export async function appendAudit(db: PytDb, input: AuditInput): Promise<AuditEntry> {
  const entry: AuditEntry = {
    id: crypto.randomUUID(),
    unitId: input.unitId,
    at: input.now,
    actor: actorName(input.actor),
    action: input.action,
    entity: input.entity,
    summary: cleanMultiline(input.summary).slice(0, 2000),
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
