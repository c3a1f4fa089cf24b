/**
 * The one IndexedDB database of the app. Every record carries `unitId`, so the data of
 * several units (单位) lives side by side and stays separate.
 *
 * The schema is derived from the table declarations (shared/data/registry.ts): each table
 * lists its Dexie store spec at every version where it changed, append-only. A data change at
 * a version is an upgrade in ./migrations.ts calling a pure transform in shared/<area>/migrations/
 * with its own unit test; each version has test/integration/db.vN.test.ts.
 */
import Dexie, { type DexieOptions, type IndexableType, type Table } from 'dexie';
import { DB_VERSION, storesAt, UNIT_TABLES, type UnitRecordTypes, type UnitTableName } from '@shared/data/registry';
import type { Unit } from '@shared/units/types';
import type { AutoBackup } from '@shared/backup/auto';
import type { TallyRow } from '@shared/data/tally';
import type { ViewRow } from '@shared/data/views';
import { UPGRADES } from './migrations';
import { refuseNewerDatabase } from './guard';
import { ensureTallies, tallyMiddleware } from './tallies';
import { journalMiddleware } from './journal';

export { UNIT_TABLES, type UnitTableName };
export type { ThresholdOverride } from '@shared/campaign/types';

export const DEFAULT_DB_NAME = 'pingyitong';

/** Every schema version up to `upTo` (the app's own by default), oldest first. */
export function declareVersions(db: Pick<Dexie, 'version'>, upTo: number = DB_VERSION): void {
  for (let v = 1; v <= upTo; v += 1) {
    const version = db.version(v).stores(storesAt(v));
    const upgrade = UPGRADES[v];
    if (upgrade) version.upgrade(upgrade);
  }
}

/** One typed Dexie table per declared table. */
export type DbTables = { units: Table<Unit, string>; autoBackups: Table<AutoBackup, string>; tallies: Table<TallyRow, string>; views: Table<ViewRow, string> } & {
  [K in UnitTableName]: Table<UnitRecordTypes[K], IndexableType>;
};

class Db extends Dexie {
  constructor(name: string = DEFAULT_DB_NAME, options?: DexieOptions & { upTo?: number }) {
    super(name, options);
    declareVersions(this, options?.upTo);
    // Counts kept with the records in every write (./tallies.ts).
    this.use(tallyMiddleware());
    // The keys of the talks and ledger items written, for what is kept in memory of them
    // (./repos/talkModel.ts, ./repos/ledgerModel.ts).
    this.use(journalMiddleware(name, ['talks', 'fixItems']));
    refuseNewerDatabase(this, options?.upTo);
    // Tallies counted by another release's specs are counted again before anything reads them.
    this.on(
      'ready',
      (vip: Dexie) => (vip.backendDB().version / 10 > (options?.upTo ?? DB_VERSION) ? undefined : ensureTallies(vip)),
      true,
    );
  }

  /** The tables of one unit's records, for transactions that span them all. */
  unitTables(): Table[] {
    return UNIT_TABLES.map((t) => this.table(t));
  }
}

/** The database: Dexie creates a property per declared table, typed by DbTables. */
export type PytDb = Db & DbTables;
export const PytDb = Db as unknown as new (name?: string, options?: DexieOptions & { upTo?: number }) => PytDb;

/** The table of a declared name, as the typed property Dexie created for it (not a fresh `db.table()` handle). */
export function tableOf(db: PytDb, name: UnitTableName | 'units'): Table {
  return (db as unknown as Record<string, Table>)[name];
}

/**
 * Opens (creating or upgrading) the database. Tests pass fake-indexeddb through `options`
 * or import `fake-indexeddb/auto`, with a unique name each.
 */
export async function openDb(name: string = DEFAULT_DB_NAME, options?: DexieOptions & { upTo?: number }): Promise<PytDb> {
  const db = new PytDb(name, options);
  await db.open();
  return db;
}
