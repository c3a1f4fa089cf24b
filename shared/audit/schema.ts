/** The audit log's record and table. */
import { z } from 'zod';
import { defineTable } from '../data/table';
import { bounded, id, lines, TEXT_LIMITS as L, timestamp } from '../data/fields';

export const auditRecord = z.strictObject({
  /** Storage order, set by the database; the log is listed by it. Not in backups. */
  seq: z.number().int().optional(),
  id,
  unitId: id,
  /** ISO date-time of the change. */
  at: timestamp,
  /** Who made the change (the operator name from the settings). */
  actor: bounded(L.actor),
  /** `<entity>.<verb>`, e.g. `member.create`. */
  action: z.string().min(1).max(60),
  /** What the entry is about: `unit` or a table's declared audit entity (checked against the registry). */
  entity: z.string().min(1).max(40),
  entityId: bounded(200).optional(),
  /** Chinese, for the user, e.g. "新增党员 王伟". */
  summary: lines(L.auditSummary),
});

export const auditTable = defineTable({
  name: 'audit',
  owner: 'audit',
  label: '操作记录',
  stores: { 1: '++seq, &id, unitId, [unitId+seq]' },
  record: auditRecord,
  key: 'id',
  ordered: true,
  storeOnly: ['seq'],
});
