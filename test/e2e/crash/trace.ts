/**
 * Where a kill landed. An init script reports, through the console, the start and the end of
 * every IndexedDB transaction the page opens over the members, with its mode and stores, and
 * counts the read-write transactions still open (to let the app settle before a reading).
 * Console messages reach the test a little late, so a kill reads "as last seen"; the database
 * after the relaunch is what the test asserts on, this only says when the kill came.
 */
import type { ConsoleMessage, Page } from '@playwright/test';
import { UNIT_TABLES } from '../../../shared/data/registry';

const TAG = '[crash-trace]';

/** Read-write transactions open now, and when the last one began or ended (on `window`). */
type Writes = { open: number; changedAt: number };

/** Runs in the page before the app (no closure: Playwright serialises it). */
export function traceTransactions(): void {
  const tag = '[crash-trace]';
  const writes: Writes = { open: 0, changedAt: Date.now() };
  (window as unknown as { __crashWrites: Writes }).__crashWrites = writes;
  let next = 0;
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    const tx = original.apply(this, args);
    const stores = [...tx.objectStoreNames];
    const id = ++next;
    const say = (what: string) => console.log(`${tag} ${what} ${id} ${tx.mode} ${Date.now()} ${stores.join(',')}`);
    if (tx.mode !== 'readonly') {
      writes.open++;
      writes.changedAt = Date.now();
      const done = () => {
        writes.open--;
        writes.changedAt = Date.now();
      };
      tx.addEventListener('complete', done);
      tx.addEventListener('abort', done);
    }
    if (stores.includes('members')) {
      say('start');
      tx.addEventListener('complete', () => say('complete'));
      tx.addEventListener('abort', () => say('abort'));
    }
    return tx;
  } as IDBDatabase['transaction'];
}

export interface TraceEvent {
  what: 'start' | 'complete' | 'abort';
  tx: number;
  mode: IDBTransactionMode;
  /** Wall clock in the page (the same clock as the test's Date.now()). */
  at: number;
  stores: string[];
}

function parse(text: string): TraceEvent | undefined {
  if (!text.startsWith(TAG)) return undefined;
  const [what, tx, mode, at, stores] = text.slice(TAG.length).trim().split(' ');
  return { what: what as TraceEvent['what'], tx: Number(tx), mode: mode as IDBTransactionMode, at: Number(at), stores: (stores ?? '').split(',') };
}

/**
 * The transactions a kill is timed against:
 * - `import`: read-write over the members but not over every table of a unit (that would be a
 *   whole-unit backup, restore or delete), i.e. the roster import's writeUnit;
 * - `export`: read-only over the unit, its people and its audit log, i.e. the backup export
 *   (the pages' own reads never take the audit log together with the people).
 */
export type TxKind = 'import' | 'export';

export function isKind(e: TraceEvent, kind: TxKind): boolean {
  if (kind === 'import') return e.mode === 'readwrite' && e.stores.includes('members') && !UNIT_TABLES.every((t) => e.stores.includes(t));
  return e.mode === 'readonly' && ['units', 'members', 'audit'].every((t) => e.stores.includes(t));
}

/** Collects the page's trace events from now on. */
export function collectTrace(page: Page): TraceEvent[] {
  const events: TraceEvent[] = [];
  page.on('console', (m: ConsoleMessage) => {
    const e = parse(m.text());
    if (e) events.push(e);
  });
  return events;
}

/** Resolves (with the test's Date.now()) when the page reports the start of a `kind` transaction. */
export function nextStart(page: Page, kind: TxKind, timeout: number): Promise<number> {
  return page
    .waitForEvent('console', {
      predicate: (m) => {
        const e = parse(m.text());
        return e !== undefined && e.what === 'start' && isKind(e, kind);
      },
      timeout,
    })
    .then(() => Date.now());
}

/** The first `kind` transaction begun after `since`: when it started and ended (ms after `since`). */
export function txTiming(events: TraceEvent[], kind: TxKind, since: number): { startMs: number; endMs?: number; ended?: 'complete' | 'abort' } | undefined {
  const start = events.find((e) => e.what === 'start' && e.at >= since && isKind(e, kind));
  if (!start) return undefined;
  const end = events.find((e) => e.tx === start.tx && e.what !== 'start');
  return { startMs: start.at - since, endMs: end && end.at - since, ended: end?.what as 'complete' | 'abort' | undefined };
}

/**
 * Where a kill `killedAt` fell relative to the `kind` transaction begun after `since`: before it
 * began, while it ran, or after it committed (or aborted), as the page reported it.
 */
export function killPoint(events: TraceEvent[], kind: TxKind, since: number, killedAt: number): 'before' | 'during' | 'after' {
  const t = txTiming(
    events.filter((e) => e.at <= killedAt),
    kind,
    since,
  );
  if (!t) return 'before';
  return t.endMs === undefined ? 'during' : 'after';
}

/** Waits until the page has had no read-write transaction open for `quietMs`. */
export async function settle(page: Page, quietMs = 150, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (quiet) => {
      const w = (window as unknown as { __crashWrites?: Writes }).__crashWrites;
      return w !== undefined && w.open === 0 && Date.now() - w.changedAt >= quiet;
    },
    quietMs,
    { timeout, polling: 50 },
  );
}
