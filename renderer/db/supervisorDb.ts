/**
 * The 督导组's workspace (督导组工作台): a database of its own, apart from the units' database on
 * the same PC. Imported units live in the same unit tables as a unit's own data (the registry's
 * declarations, migrated the same way), next to the supervisor's tables (shared/supervisor/schema.ts).
 *
 * Imported units are read-only: writeUnit refuses this database outright (./readOnly.ts), and
 * a guard below the tables refuses any other write to a unit's records (a restore, a deletion, a
 * daily backup …) unless it is the import itself, inside a transaction marked by
 * `allowUnitWrites`. The supervisor's own tables are written freely.
 */
import Dexie, { type DBCore, type DexieOptions, type Table, type Transaction } from 'dexie';
import {
  SUPERVISOR_TABLES,
  SUPERVISOR_VERSIONS,
  supervisorStoresAt,
  type SupervisorAcceptance,
  type SupervisorBundle,
  type SupervisorImport,
  type SupervisorMark,
  type SupervisorProfile,
} from '@shared/supervisor/schema';
import type { UnitSummary } from '@shared/supervisor/summary';
import { UserError } from '@shared/util/result';
import { PytDb } from './db';
import { markReadOnly } from './readOnly';
import { TALLIES } from './tallies';

const VIEWS = 'views';

export const SUPERVISOR_DB_NAME = 'pingyitong-supervisor';
export const READ_ONLY_MESSAGE = '督导组工作台中的单位数据来自单位的数据包，只能查看，不能修改';

export type SupervisorTables = {
  supervisorImports: Table<SupervisorImport, string>;
  supervisorBundles: Table<SupervisorBundle, string>;
  supervisorSummaries: Table<UnitSummary, string>;
  supervisorMarks: Table<SupervisorMark, string>;
  supervisorAcceptances: Table<SupervisorAcceptance, string>;
  supervisorProfile: Table<SupervisorProfile, string>;
};
export type SupervisorDb = PytDb & SupervisorTables;

const OWN = new Set<string>(SUPERVISOR_TABLES);
const importing = new WeakSet<Transaction>();

/** Marks the running transaction as the import's: it may write the units' records. */
export function allowUnitWrites(): void {
  const tx = Dexie.currentTransaction;
  if (!tx) throw new Error('allowUnitWrites outside a transaction');
  importing.add(tx);
}

/** The import's transaction, or a schema upgrade (the unit tables' migrations run here too). */
function writesAllowed(): boolean {
  for (let tx: Transaction | null | undefined = Dexie.currentTransaction; tx; tx = (tx as Transaction & { parent?: Transaction }).parent) {
    // Dexie runs upgrades in a 'readwrite' Transaction over IndexedDB's versionchange one.
    if (importing.has(tx) || tx.idbtrans?.mode === 'versionchange') return true;
  }
  return false;
}

const readOnlyGuard = {
  stack: 'dbcore' as const,
  name: 'supervisorReadOnly',
  create: (down: DBCore): DBCore => ({
    ...down,
    table(name: string) {
      const table = down.table(name);
      // The tallies are counts kept from the records (./tallies.ts), counted again when the
      // database opens with other specs, and the views values computed from them (./memo.ts):
      // not a unit's records.
      if (OWN.has(name) || name === TALLIES || name === VIEWS) return table;
      return {
        ...table,
        mutate(req) {
          if (!writesAllowed()) return Promise.reject(new UserError(READ_ONLY_MESSAGE));
          return table.mutate(req);
        },
      };
    },
  }),
};

class SupervisorDbImpl extends (PytDb as unknown as new (name?: string, options?: DexieOptions & { upTo?: number }) => Dexie) {
  constructor(name: string = SUPERVISOR_DB_NAME, options?: DexieOptions) {
    super(name, options);
    for (const v of SUPERVISOR_VERSIONS) this.version(v).stores(supervisorStoresAt(v));
    this.use(readOnlyGuard);
    markReadOnly(this, READ_ONLY_MESSAGE);
  }
}

export const SupervisorDb = SupervisorDbImpl as unknown as new (name?: string, options?: DexieOptions) => SupervisorDb;

/** The supervisor's tables, for transactions. */
export function supervisorTables(db: SupervisorDb): Table[] {
  return SUPERVISOR_TABLES.map((t) => db.table(t));
}

export async function openSupervisorDb(name: string = SUPERVISOR_DB_NAME, options?: DexieOptions): Promise<SupervisorDb> {
  const db = new SupervisorDb(name, options);
  await db.open();
  return db;
}
