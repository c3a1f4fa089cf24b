/**
 * The 边议边改 ledger tab's data (what loadLedgerData reads) kept in memory between reads, the way
 * the talks' overview is (./talkModel.ts): the items are read again where this window wrote them
 * (../kept.ts), the opinions they name and their owners' names only where new ones are named —
 * all of them again when the register or the roster changed (their fingerprints). The unanswered
 * masses' opinions are read as before (a count from the tally, the oldest few through an index).
 * loadLedgerData, which reads everything, is what a test holds this to.
 */
import type { Opinion } from '@shared/opinions/types';
import type { FixItem } from '@shared/throughout/types';
import { rankFixItems, type RankedFixItem } from '@shared/throughout/ledger';
import { shortLabel } from '@shared/throughout/names';
import type { PytDb } from '../db';
import { journalOf } from '../journal';
import { readKept, unitCache, type Kept } from '../kept';
import { readFingerprints } from '../tallies';
import { memoByFingerprints } from '../memo';
import { briefOf, byBriefDate, UNANSWERED_SHOWN, unansweredGiven, type LedgerData } from './throughout';

interface Entry {
  items?: Kept<FixItem>;
  opinionsKey?: string;
  membersKey?: string;
  /** The opinions named by items, by id (undefined: not in the register). */
  linked: Map<string, Opinion | undefined>;
  /** The owners' names, by id (undefined: not on the roster). */
  owners: Map<string, string | undefined>;
  data?: LedgerData;
  /** The fingerprints `data` was read with. */
  dataKeys?: string;
}

const ledgers = unitCache<Entry>(() => ({ linked: new Map(), owners: new Map() }));

/** Forgets every unit's ledger (the bench's first reads in a session). */
export function forgetLedgers(db: PytDb): void {
  ledgers.forget(db);
}

export function readLedger(db: PytDb, unitId: string): Promise<LedgerData> {
  return db.transaction('r', [db.fixItems, db.opinions, db.members, db.tallies], async () => {
    const journal = journalOf(db.name, 'fixItems');
    const position = journal.position;
    const [itemsKey, opinionsKey, membersKey] = await Promise.all([
      readFingerprints(db, unitId, ['fixItems']),
      readFingerprints(db, unitId, ['opinions']),
      readFingerprints(db, unitId, ['members']),
    ]);
    const keys = `${itemsKey}/${opinionsKey}/${membersKey}`;
    const entry = ledgers.entry(db, unitId);
    if (entry.data && entry.dataKeys === keys) return entry.data;

    // What was kept, taken together: another read of this unit may replace it while this one waits.
    const kept = entry.items;
    const items = kept?.key === itemsKey ? kept : (await readKept(db.fixItems, unitId, kept, journal, position, itemsKey)).kept;
    const linkedIds = [...new Set(items.sorted.flatMap((i) => i.opinionIds))];
    const ownerIds = [...new Set(items.sorted.flatMap((i) => (i.ownerId ? [i.ownerId] : [])))];
    // Kept opinions and names hold while the register and the roster are unchanged; read the rest.
    const linked = entry.opinionsKey === opinionsKey ? new Map(entry.linked) : new Map<string, Opinion | undefined>();
    const owners = entry.membersKey === membersKey ? new Map(entry.owners) : new Map<string, string | undefined>();
    const newLinked = linkedIds.filter((id) => !linked.has(id));
    const newOwners = ownerIds.filter((id) => !owners.has(id));
    // Always requests, even for none: a promise settled without one would lose the transaction.
    const [opinions, members] = await Promise.all([db.opinions.bulkGet(newLinked), db.members.bulkGet(newOwners)]);
    newLinked.forEach((id, i) => linked.set(id, opinions[i]?.unitId === unitId ? opinions[i] : undefined));
    newOwners.forEach((id, i) => owners.set(id, members[i]?.unitId === unitId ? members[i]!.name : undefined));
    const named = linkedIds.map((id) => linked.get(id));
    const unanswered = await unansweredGiven(db, unitId, new Set(linkedIds), named, UNANSWERED_SHOWN);

    const data: LedgerData = {
      items: items.sorted,
      opinions: named.flatMap((o) => (o ? [briefOf(o)] : [])).sort(byBriefDate),
      unanswered: { count: unanswered.count, first: unanswered.first.map(briefOf) },
      memberNames: new Map(ownerIds.flatMap((id) => (owners.get(id) !== undefined ? [[id, owners.get(id)!] as const] : []))),
    };
    // Only what the items name now is kept.
    const still = new Set([...linkedIds, ...ownerIds]);
    for (const map of [linked, owners]) for (const id of map.keys()) if (!still.has(id)) map.delete(id);
    Object.assign(entry, { items, opinionsKey, membersKey, linked, owners, data, dataKeys: keys });
    return data;
  });
}

/** Items on one page of the ledger tab. */
export const LEDGER_PAGE = 20;

/**
 * The ledger tab's first screen, plain data: the counts, every open item's deadline and short
 * label in the ledger's order (which of them are overdue depends on the day it is opened), the
 * unanswered masses' opinions, and the first page of the ledger with its owners' names.
 */
export interface LedgerHead {
  total: number;
  done: number;
  open: { label: string; deadline: string }[];
  unanswered: LedgerData['unanswered'];
  rows: RankedFixItem<FixItem>[];
  memberNames: [string, string][];
}

/** The open items in the ledger's order, with their deadlines and short labels (those past today are overdue). */
export function openDeadlines(ranked: readonly RankedFixItem<FixItem>[]): LedgerHead['open'] {
  return ranked.filter((r) => r.item.status === 'open').map((r) => ({ label: shortLabel(r.item.problem), deadline: r.item.deadline }));
}

export function ledgerHeadOf(data: LedgerData): LedgerHead {
  const ranked = rankFixItems(data.items, data.opinions);
  const rows = ranked.slice(0, LEDGER_PAGE);
  const owners = new Set(rows.flatMap((r) => (r.item.ownerId ? [r.item.ownerId] : [])));
  return {
    total: data.items.length,
    done: data.items.filter((i) => i.status === 'done').length,
    open: openDeadlines(ranked),
    unanswered: data.unanswered,
    rows,
    memberNames: [...data.memberNames].filter(([id]) => owners.has(id)),
  };
}

/**
 * What the ledger tab opens on: kept in memory and on disk (../memo.ts), so the first open in a
 * session reads one row of a page's size; computed from `readLedger` when the records changed.
 */
export const readLedgerHead = memoByFingerprints('ledger.head', ['fixItems', 'opinions', 'members'], async (db, unitId) => ledgerHeadOf(await readLedger(db, unitId)), {
  persist: 1,
});
