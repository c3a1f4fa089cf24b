/**
 * Every table of the app, combined from the features' declarations (shared/data/table.ts).
 * Adding a table: declare it in its feature's schema.ts and list it here, once.
 */
import type { z } from 'zod';
import { auditTable } from '../audit/schema';
import {
  acceptancesTable,
  meetingsTable,
  planActionsTable,
  planReviewsTable,
  schedulesTable,
  thresholdChangesTable,
  thresholdOverridesTable,
  ticksTable,
} from '../campaign/schema';
import { branchesTable, membersTable, officesTable } from '../members/schema';
import { unitsTable } from '../units/schema';
import { feedbacksTable, lastYearOpinionsTable, opinionsTable } from '../opinions/schema';
import { talksTable } from '../talks/schema';
import { analysesTable, analysisCommentsTable, analysisStepsTable, analysisVersionsTable } from '../analysis/schema';
import { fixItemsTable, studySessionsTable } from '../throughout/schema';
import { meetingAttendanceTable, meetingGateChecksTable, meetingTurnsTable, specialMeetingsTable } from '../meetings/schema';
import { evaluationReportsTable, evaluationsTable } from '../evaluation/schema';
import { noticesTable } from '../notices/schema';
import { surveyRoundsTable } from '../survey/schema';
import { selfChecksTable } from '../selfcheck/schema';
import { acceptanceReceiptsTable } from '../bundle/schema';
import { autoBackupsTable } from '../backup/auto';
import { talliesTable } from './tally';
import { viewsTable } from './views';
import type { RecordOf, TableDef } from './table';

/** Tables holding one unit's records (each record carries `unitId`), in the order they are added. */
export const UNIT_TABLE_DEFS = [
  branchesTable,
  officesTable,
  membersTable,
  schedulesTable,
  acceptancesTable,
  ticksTable,
  planActionsTable,
  planReviewsTable,
  meetingsTable,
  thresholdOverridesTable,
  thresholdChangesTable,
  opinionsTable,
  lastYearOpinionsTable,
  talksTable,
  feedbacksTable,
  analysesTable,
  analysisVersionsTable,
  analysisStepsTable,
  analysisCommentsTable,
  fixItemsTable,
  studySessionsTable,
  specialMeetingsTable,
  meetingAttendanceTable,
  meetingTurnsTable,
  meetingGateChecksTable,
  evaluationsTable,
  evaluationReportsTable,
  noticesTable,
  surveyRoundsTable,
  selfChecksTable,
  acceptanceReceiptsTable,
  auditTable,
] as const;

/** Tables of this PC that belong to no unit's records (never in a backup or a bundle). */
export const LOCAL_TABLE_DEFS = [autoBackupsTable, talliesTable, viewsTable] as const;

export const ALL_TABLE_DEFS = [unitsTable, ...UNIT_TABLE_DEFS, ...LOCAL_TABLE_DEFS] as const;

type UnitTableDef = (typeof UNIT_TABLE_DEFS)[number];
export type UnitTableName = UnitTableDef['name'];
export const UNIT_TABLES: readonly UnitTableName[] = UNIT_TABLE_DEFS.map((t) => t.name);

/** What audit entries are about: the unit, and each table's declared audit entity. */
export const AUDIT_ENTITIES = ['unit', ...UNIT_TABLE_DEFS.flatMap((t) => (t.auditEntity ? [t.auditEntity] : []))] as const;
export type AuditEntity = 'unit' | NonNullable<UnitTableDef['auditEntity']>;

/** The record type of each unit table, by name. */
export type UnitRecordTypes = { [T in UnitTableDef as T['name']]: RecordOf<T> };
/** All records of one unit, by table. */
export type UnitRecords = { [K in UnitTableName]: UnitRecordTypes[K][] };

export function unitTableDef(name: string): TableDef<string, z.ZodObject> | undefined {
  return UNIT_TABLE_DEFS.find((t) => t.name === name);
}

/** The database version the declarations reach (the highest version any table changed at). */
export const DB_VERSION = Math.max(...ALL_TABLE_DEFS.flatMap((t) => Object.keys(t.stores).map(Number)));

/**
 * The Dexie stores that change at `version` (`{ name: spec | null }`), for `db.version(v).stores()`.
 * A table appears at the versions where its spec changed; a version where none changed is
 * still declared (empty) when a data upgrade needs it.
 */
export function storesAt(version: number): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const t of ALL_TABLE_DEFS) {
    const spec = (t.stores as Record<number, string | null>)[version];
    if (spec !== undefined) out[t.name] = spec;
  }
  return out;
}

/** The full store spec of every table as it stands at `version` (for tests and docs). */
export function schemaAt(version: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of ALL_TABLE_DEFS) {
    let spec: string | null | undefined;
    for (const [v, s] of Object.entries(t.stores as Record<number, string | null>)) if (Number(v) <= version) spec = s;
    if (spec) out[t.name] = spec;
  }
  return out;
}
