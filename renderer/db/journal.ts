/**
 * Which records of a table this program has written lately: a Dexie DBCore middleware noting the
 * primary keys of every write to the journalled tables, in order. A view kept in memory (the
 * talks' overview, ./repos/talkModel.ts) reads again only the records written since it was built,
 * and checks itself against the table's fingerprint (shared/data/fingerprint.ts), which every
 * window's writes change: when the journal cannot tell (another window wrote, a range was deleted,
 * older entries were dropped), the view reads the table whole. The keys are "maybe changed": a
 * write that is rolled back only costs a read.
 */
import type { DBCore, Middleware } from 'dexie';

/** An entry: the keys written, or null when a write could not say which (a range deleted). */
interface Entry {
  seq: number;
  keys: readonly string[] | null;
}

const KEPT = 2_000;

export class Journal {
  private entries: Entry[] = [];
  private seq = 0;

  note(keys: readonly string[] | null): void {
    this.entries.push({ seq: ++this.seq, keys });
    if (this.entries.length > KEPT) this.entries.splice(0, this.entries.length - KEPT);
  }

  /** The journal's position now. */
  get position(): number {
    return this.seq;
  }

  /** The keys written after `position`, or null when the journal cannot tell. */
  since(position: number): Set<string> | null {
    if (position === this.seq) return new Set();
    const first = this.entries[0];
    if (!first || first.seq > position + 1) return null;
    const out = new Set<string>();
    for (const e of this.entries) {
      if (e.seq <= position) continue;
      if (e.keys === null) return null;
      for (const k of e.keys) out.add(k);
    }
    return out;
  }
}

/** The journalled tables of one database (by its name: reopening it keeps the journal). */
const journals = new Map<string, Map<string, Journal>>();

export function journalOf(dbName: string, table: string): Journal {
  let byTable = journals.get(dbName);
  if (!byTable) journals.set(dbName, (byTable = new Map()));
  let j = byTable.get(table);
  if (!j) byTable.set(table, (j = new Journal()));
  return j;
}

export function journalMiddleware(dbName: string, tables: readonly string[]): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'Journal',
    level: 1,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (!tables.includes(name)) return table;
        const journal = journalOf(dbName, name);
        return {
          ...table,
          mutate: (req) => {
            if (req.type === 'deleteRange') journal.note(null);
            else if (req.type === 'delete') journal.note(req.keys.map(String));
            else journal.note((req.keys ?? req.values.map((v) => table.schema.primaryKey.extractKey!(v))).map(String));
            return table.mutate(req);
          },
        };
      },
    }),
  };
}

/** Forgets a database's journals: what the app sees after another window's writes (for tests). */
export function forgetJournals(dbName: string): void {
  journals.delete(dbName);
}
