/**
 * The records of a backup of the current format, derived from the table declarations
 * (shared/data/registry.ts): one strict array per unit table, each record as stored less its
 * store-only fields. Strict: a key the program does not know is an error, so a file from a
 * newer program is refused rather than silently cut down.
 *
 * When a declaration changes, this schema changes with it: freeze the current format into
 * ./formats/vN.ts, bump UNIT_BACKUP_FORMAT_VERSION and add a migration step (format.ts). The
 * test `backup format is frozen` fails until that is done.
 */
import { z } from 'zod';
import { UNIT_TABLE_DEFS, type UnitRecordTypes, type UnitTableName } from '../data/registry';
import type { TableDef } from '../data/table';
import { unitRecord } from '../units/schema';

export const unitSchema = unitRecord;

/** A table's record as a backup carries it: without the fields only the store adds. */
export function backupRecordSchema(t: TableDef): z.ZodObject {
  if (!t.storeOnly || t.storeOnly.length === 0) return t.record;
  return t.record.omit(Object.fromEntries(t.storeOnly.map((k) => [k, true])) as never);
}

export const unitRecordsSchema = z.strictObject(
  Object.fromEntries(UNIT_TABLE_DEFS.map((t) => [t.name, z.array(backupRecordSchema(t))])) as Record<UnitTableName, z.ZodArray<z.ZodObject>>,
);

/** A backup's records: each table's records, store-only fields left out (the audit log's `seq`). */
export type BackupRecords = {
  [K in UnitTableName]: K extends 'audit' ? Omit<UnitRecordTypes[K], 'seq'>[] : UnitRecordTypes[K][];
};
