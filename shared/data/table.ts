/**
 * A table is declared once: its name, owning feature, Dexie store spec per database version,
 * zod record schema, key and references. The Dexie schema, a unit's table list, reading and
 * adding a unit's records, the current backup schema, its consistency checks, the id remap of
 * "restore as new" and the record types are all derived from these declarations
 * (shared/data/registry.ts combines them).
 */
import type { z } from 'zod';

export interface TableDef<N extends string = string, S extends z.ZodObject = z.ZodObject, E extends string = string> {
  name: N;
  /** The feature that owns the table (shared/<owner>/, renderer/features/<owner>/). */
  owner: string;
  /** Chinese name of one record, for messages ("人员编号“x”重复"). */
  label: string;
  /**
   * Dexie store spec (primary key first, then indexes) at each database version where it
   * changed; append-only: a published version's entry is never edited. `null` drops the table.
   */
  stores: Readonly<Record<number, string | null>>;
  /** The record as stored (and as a current backup carries it). */
  record: S;
  /**
   * What identifies a record inside its unit: `id` (its own uuid, remapped when a backup is
   * restored as a new unit) or the fields of a compound key (unique within the unit).
   */
  key: 'id' | readonly string[];
  /** Fields holding ids of other tables' records (a string or a string array): field → table. */
  refs?: Readonly<Record<string, string>>;
  /**
   * Audit entries about this table's records use this entity name (entityId = the record id, or
   * the key for a compound-key table). The audit log's known entities derive from these.
   */
  auditEntity?: E;
  /** Storage order is the record order (the audit log): backups keep it instead of sorting. */
  ordered?: boolean;
  /** Fields the store adds that a backup leaves out (the audit log's `seq`). */
  storeOnly?: readonly string[];
}

export function defineTable<const N extends string, S extends z.ZodObject, const E extends string = never>(def: TableDef<N, S, E>): TableDef<N, S, E> {
  return def;
}

/** The record type of a table declaration. */
export type RecordOf<T> = T extends TableDef<string, infer S, string> ? z.infer<S> : never;
