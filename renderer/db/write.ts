/**
 * The one write path to a unit's records: a Dexie transaction over the tables the write names
 * (plus the unit and the audit log), the unit checked inside it, and the audit entries the write
 * records appended inside the same transaction, so a record and its history never disagree.
 */
import type { AuditEntity } from '@shared/audit/types';
import type { WriteContext } from '@shared/audit/types';
import type { UnitTableName } from '@shared/data/registry';
import type { Unit } from '@shared/units/types';
import { UserError } from '@shared/util/result';
import type { PytDb } from './db';
import { appendAudit } from './repos/audit';
import { readOnlyReason } from './readOnly';

export interface AuditNote {
  action: string;
  entity: AuditEntity;
  entityId?: string;
  summary: string;
}

export interface UnitWrite {
  /** The unit, read inside the transaction. */
  unit: Unit;
  /** Records what was changed; written to the audit log before the transaction commits. */
  audit(note: AuditNote): void;
}

/**
 * Runs `fn` in one read-write transaction over `tables` (the unit and the audit log are always
 * included). Throws a UserError, writing nothing, when the unit is gone or `fn` throws.
 */
export async function writeUnit<T>(
  db: PytDb,
  unitId: string,
  ctx: WriteContext,
  tables: readonly UnitTableName[],
  fn: (w: UnitWrite) => Promise<T>,
): Promise<T> {
  // A read-only workspace (the 督导组's imported units) refuses every write, before it starts.
  const refusal = readOnlyReason(db);
  if (refusal) throw new UserError(refusal);
  const names = [...new Set<string>(['units', 'audit', ...tables])];
  return db.transaction('rw', names, async () => {
    const unit = await db.units.get(unitId);
    if (!unit) throw new UserError('单位不存在或已被删除');
    const notes: AuditNote[] = [];
    const result = await fn({ unit, audit: (n) => notes.push(n) });
    for (const n of notes) await appendAudit(db, { unitId, actor: ctx.actor, now: ctx.now, ...n });
    return result;
  });
}
