/**
 * The records of a backup of the current format, derived from the table declarations
 * (shared/data/registry.ts): one strict array per unit table, each record as stored less its
 * store-only fields. Strict: a key the program does not know is an error, so a file from a
 * newer program is refused rather than silently cut down.
 *
 * When a declaration changes, this schema changes with it. A new table or field only adds: bump
 * UNIT_BACKUP_FORMAT_VERSION, map it in FORMAT_DB_VERSION (older formats keep reading their own
 * tables) and freeze its JSON Schema. A changed record needs a frozen copy in ./formats/vN.ts.
 * The test `backup format is frozen` fails until that is done.
 */
import { z } from 'zod';
import { UNIT_TABLE_DEFS, type UnitRecordTypes, type UnitTableName } from '../data/registry';
import type { TableDef } from '../data/table';
import { unitRecord } from '../units/schema';

export const unitSchema = unitRecord;

/**
 * The database version each backup format version carries (formats 2, 3 and 4 are derived from the
 * declarations; format 1 is frozen in ./formats/v1.ts). A format version N names the tables
 * declared at database version FORMAT_DB_VERSION[N] and no others.
 */
export const FORMAT_DB_VERSION: Readonly<Record<number, number>> = { 2: 2, 3: 3, 4: 4 };

/** Fields of the unit record added since format 2, by the format that added them. */
const UNIT_FIELDS_SINCE: Readonly<Record<string, number>> = { demoToday: 3 };

/** The unit as format `formatVersion` carries it. */
export function unitSchemaAt(formatVersion: number): z.ZodObject {
  const later = Object.entries(UNIT_FIELDS_SINCE).filter(([, v]) => v > formatVersion);
  return later.length === 0 ? unitRecord : unitRecord.omit(Object.fromEntries(later.map(([k]) => [k, true])) as never);
}

/** The first database version a table was declared at. */
const sinceVersion = (t: TableDef) => Math.min(...Object.keys(t.stores).map(Number));

/** The records of a backup of format `formatVersion`: the tables it knew, each strict. */
export function unitRecordsSchemaAt(formatVersion: number): z.ZodObject {
  const db = FORMAT_DB_VERSION[formatVersion];
  return z.strictObject(
    Object.fromEntries(UNIT_TABLE_DEFS.filter((t) => sinceVersion(t) <= db).map((t) => [t.name, z.array(backupRecordSchema(t))])),
  );
}

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
