/**
 * The one IndexedDB database of the app. Every record carries `unitId`, so the data of
 * several units (单位) lives side by side and stays separate.
 *
 * Versions are append-only: never edit a published `version(n)` (declareVersions). A schema
 * change appends `version(n + 1).stores({ changed stores only })`; a data change adds
 * `.upgrade((tx) => tx.table('members').toCollection().modify(transform))` where `transform` is a
 * pure function in shared/<area>/migrations/ with its own unit test. Each version gets a
 * test/integration/db.vN.test.ts that opens an empty vN and one that upgrades data written at
 * v(N-1); test/integration/db.upgrade.test.ts shows the pattern.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { AuditEntry } from '@shared/audit/types';
import type {
  Acceptance,
  ChecklistTick,
  Meeting,
  PlanAction,
  PlanReview,
  StageSchedule,
  ThresholdChange,
} from '@shared/campaign/types';
import type { Branch, Member } from '@shared/members/types';
import type { Unit } from '@shared/units/types';

/** A threshold value a unit changed (the template default applies otherwise). */
export interface ThresholdOverride {
  unitId: string;
  key: string;
  value: number;
}

export const DEFAULT_DB_NAME = 'pingyitong';

/** Version 1 of the schema: primary key first, then indexes (Dexie syntax). */
export const SCHEMA_V1 = {
  units: 'id, name',
  branches: 'id, unitId, [unitId+name]',
  members: 'id, unitId, [unitId+branchId], [unitId+name], [unitId+kind]',
  schedules: '[unitId+stageId], unitId',
  acceptances: 'id, unitId, [unitId+stageId]',
  ticks: '[unitId+itemId], unitId',
  planActions: 'id, unitId, [unitId+stageId]',
  planReviews: '[unitId+stageId], unitId',
  meetings: 'id, unitId, [unitId+kind]',
  thresholdOverrides: '[unitId+key], unitId',
  thresholdChanges: 'id, unitId',
  audit: '++seq, &id, unitId, [unitId+seq]',
} as const;

/** Tables holding records of one unit (all but `units`), for whole-unit reads and deletes. */
export const UNIT_TABLES = [
  'branches',
  'members',
  'schedules',
  'acceptances',
  'ticks',
  'planActions',
  'planReviews',
  'meetings',
  'thresholdOverrides',
  'thresholdChanges',
  'audit',
] as const;
export type UnitTableName = (typeof UNIT_TABLES)[number];

/** Every schema version, oldest first. Append only. */
export function declareVersions(db: Pick<Dexie, 'version'>): void {
  db.version(1).stores(SCHEMA_V1);
}

export class PytDb extends Dexie {
  units!: Table<Unit, string>;
  branches!: Table<Branch, string>;
  members!: Table<Member, string>;
  schedules!: Table<StageSchedule, [string, string]>;
  acceptances!: Table<Acceptance, string>;
  ticks!: Table<ChecklistTick, [string, string]>;
  planActions!: Table<PlanAction, string>;
  planReviews!: Table<PlanReview, [string, string]>;
  meetings!: Table<Meeting, string>;
  thresholdOverrides!: Table<ThresholdOverride, [string, string]>;
  thresholdChanges!: Table<ThresholdChange, string>;
  audit!: Table<AuditEntry, number>;

  constructor(name: string = DEFAULT_DB_NAME, options?: DexieOptions) {
    super(name, options);
    declareVersions(this);
  }

  /** The tables of one unit's records, for transactions that span them all. */
  unitTables(): Table[] {
    return UNIT_TABLES.map((t) => this.table(t));
  }
}

/**
 * Opens (creating or upgrading) the database. Tests pass fake-indexeddb through `options`
 * or import `fake-indexeddb/auto`, with a unique name each.
 */
export async function openDb(name: string = DEFAULT_DB_NAME, options?: DexieOptions): Promise<PytDb> {
  const db = new PytDb(name, options);
  await db.open();
  return db;
}
