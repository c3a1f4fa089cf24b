/**
 * The talks' overview (R-TALK-PAIRS, R-TALK-LEADER-ALL, R-TALK-PLAN) as the talks page and the home
 * page read it, kept in memory between reads and trusted while the records it was computed from
 * are unchanged — which the fingerprints (shared/data/fingerprint.ts) kept with every write, in
 * any window, tell in four reads:
 *  - the roster's part (the people, offices and branches, the pairs the rules require, the names
 *    and their pinyin order) is read and computed again only when the roster changes;
 *  - the talks are read again only where this program wrote them since (./journal.ts, ../kept.ts),
 *    and the result checked against the talks' fingerprint; when that fails (another window
 *    wrote, the journal cannot tell), the unit's talks are read whole;
 *  - the overview, the talks page's sorted list and its counts are patched for the talks written
 *    (patchOverview, patchList, patchCounts), and computed whole when the roster changed or the
 *    talks were read whole; the home page's facts and the page's first screen once per model
 *    (../../features/talks/facts.ts keeps both on disk too, for the first read of the next session).
 * The first read of a unit in a session reads everything: the talks page asks for it only when
 * more than its first screen is wanted.
 */
import type { Branch, Member, Office } from '@shared/members/types';
import { patchOverview, rosterIndex, talkOverview, type RosterIndex, type TalkOverview } from '@shared/talks/coverage';
import { pinyinOrder, talkFactsOf, type TalkFacts } from '@shared/talks/facts';
import { patchCounts, patchList, sortTalks, talkCounts, talksHeadOf, type TalkChange, type TalkCounts, type TalksHead } from '@shared/talks/list';
import { pairKey, requiredTalkPairs, type RequiredPair } from '@shared/talks/pairs';
import { personLabels } from '@shared/talks/people';
import type { Talk } from '@shared/talks/types';
import type { PytDb } from '../db';
import { journalOf, type Journal } from '../journal';
import { putSorted, readKept, unitCache, type Kept } from '../kept';
import { readFingerprints } from '../tallies';

export interface TalkModel {
  members: Member[];
  offices: Office[];
  branches: Branch[];
  /** The unit's talks, by id. */
  talks: Talk[];
  overview: TalkOverview;
  byId: Map<string, Member>;
  /** Each person's name, told apart from a namesake. */
  labels: Map<string, string>;
  /** The home page's facts (computed once per overview). */
  facts(): TalkFacts;
  /** The talks page's counts, its whole list in order, and its first screen (each computed once per overview). */
  counts(): TalkCounts;
  list(): Talk[];
  head(): TalksHead;
}

interface Roster {
  key: string;
  members: Member[];
  offices: Office[];
  branches: Branch[];
  required: RequiredPair[];
  byId: Map<string, Member>;
  labels: Map<string, string>;
  order: string[];
  rank: Map<string, number>;
  index: RosterIndex;
}

interface Talks extends Kept<Talk> {
  /** By pair, and done by person, each in id order. */
  index: { byKey: Map<string, Talk[]>; doneBy: Map<string, Talk[]> };
}

/** What changed between two reads of the talks: the talks written, their pairs and their people. */
interface Touched {
  keys: Set<string>;
  ids: Set<string>;
  changes: TalkChange[];
}

interface Entry {
  roster?: Roster;
  talks?: Talks;
  model?: TalkModel & { rosterKey: string; talksKey: string; from: Talks; kept: Lazy };
}

/** What a model computes when first asked, kept to patch the next one from. */
interface Lazy {
  facts?: TalkFacts;
  counts?: TalkCounts;
  list?: Talk[];
  head?: TalksHead;
}

const models = unitCache<Entry>(() => ({}));

/** Forgets every unit's overview (the bench's cold reads). */
export function forgetTalkModels(db: PytDb): void {
  models.forget(db);
}

function indexOf(sorted: readonly Talk[]): Talks['index'] {
  const byKey = new Map<string, Talk[]>();
  const doneBy = new Map<string, Talk[]>();
  const add = (m: Map<string, Talk[]>, k: string, t: Talk) => {
    const list = m.get(k);
    if (list) list.push(t);
    else m.set(k, [t]);
  };
  for (const t of sorted) {
    add(byKey, pairKey(t.aId, t.bId), t);
    if (t.status === 'done') for (const id of new Set([t.aId, t.bId])) add(doneBy, id, t);
  }
  return { byKey, doneBy };
}

async function readTalks(
  db: PytDb,
  unitId: string,
  old: Talks | undefined,
  journal: Journal,
  position: number,
  key: string,
): Promise<{ talks: Talks; touched: Touched | null }> {
  const { kept, changes } = await readKept(db.talks, unitId, old, journal, position, key);
  if (!old || !changes) return { talks: { ...kept, index: indexOf(kept.sorted) }, touched: null };
  const byKey = new Map(old.index.byKey);
  const doneBy = new Map(old.index.doneBy);
  const touched: Touched = { keys: new Set(), ids: new Set(), changes };
  for (const { id, before, now } of changes) {
    for (const t of [before, now]) {
      if (!t) continue;
      const k = pairKey(t.aId, t.bId);
      touched.keys.add(k);
      touched.ids.add(t.aId).add(t.bId);
      // Out of the lists it was in, into those it is in now.
      byKey.set(k, putSorted(byKey.get(k), id, t === now ? now : undefined));
      if (t.status === 'done') for (const p of new Set([t.aId, t.bId])) doneBy.set(p, putSorted(doneBy.get(p), id, t === now ? now : undefined));
    }
  }
  return { talks: { ...kept, index: { byKey, doneBy } }, touched };
}

export function readTalkModel(db: PytDb, unitId: string): Promise<TalkModel> {
  return db.transaction('r', [db.tallies, db.members, db.offices, db.branches, db.talks], async () => {
    const journal = journalOf(db.name, 'talks');
    // Before the reads: a write noted after this is read again next time, or caught by the fingerprint.
    const position = journal.position;
    const [rosterKey, talksKey] = await Promise.all([readFingerprints(db, unitId, ['members', 'offices', 'branches']), readFingerprints(db, unitId, ['talks'])]);
    const entry = models.entry(db, unitId);
    if (entry.model?.rosterKey === rosterKey && entry.model.talksKey === talksKey) return entry.model;

    let r = entry.roster;
    if (r?.key !== rosterKey) {
      const [members, offices, branches] = await Promise.all([
        db.members.where('unitId').equals(unitId).toArray(),
        db.offices.where('unitId').equals(unitId).toArray(),
        db.branches.where('unitId').equals(unitId).toArray(),
      ]);
      const labels = personLabels(members, branches);
      const required = requiredTalkPairs(members, offices, branches);
      const order = pinyinOrder(members, labels);
      entry.roster = r = {
        key: rosterKey,
        members,
        offices,
        branches,
        required,
        byId: new Map(members.map((x) => [x.id, x])),
        labels,
        order,
        rank: new Map(order.map((id, i) => [id, i])),
        index: rosterIndex(members, required),
      };
    }
    // The talks as last read and the model computed from them, taken together (another read of
    // this unit may run alongside and replace them while this one waits).
    const base = entry.talks;
    const baseModel = entry.model;
    let talksNow = base;
    let touched: Touched | null = null;
    if (base?.key !== talksKey) ({ talks: talksNow, touched } = await readTalks(db, unitId, base, journal, position, talksKey));
    if (!talksNow) throw new Error('talks not read');

    const talks = talksNow.sorted;
    // Only the talks changed since the model they were read after, on the same roster: patched
    // where they changed — the overview, and the list and counts if the last model had them.
    const patching = touched && baseModel && base && baseModel.from === base && baseModel.rosterKey === rosterKey ? { touched, prev: baseModel } : null;
    const overview = patching
      ? patchOverview(patching.prev.overview, r.required, r.index, talksNow.index, patching.touched.keys, patching.touched.ids)
      : talkOverview(r.members, r.offices, r.branches, talks, r.required);
    const roster = r;
    const kept: Lazy = {};
    if (patching) {
      const { prev, touched: t } = patching;
      if (prev.kept.list) kept.list = patchList(prev.kept.list, roster.rank, t.changes);
      if (prev.kept.counts) {
        const at = [...t.keys].flatMap((k) => roster.index.pairAt.get(k) ?? []);
        kept.counts = patchCounts(prev.kept.counts, prev.overview, overview, at, t.changes);
      }
    }
    const model = {
      members: r.members,
      offices: r.offices,
      branches: r.branches,
      talks,
      overview,
      byId: r.byId,
      labels: r.labels,
      facts: () => (kept.facts ??= talkFactsOf(overview, roster.members, roster.labels, roster.order)),
      counts: () => (kept.counts ??= talkCounts(overview, talks)),
      list: () => (kept.list ??= sortTalks(talks, roster.rank)),
      head: () => (kept.head ??= talksHeadOf(model.counts(), model.list(), overview, roster.byId, roster.labels)),
      rosterKey,
      talksKey,
      from: talksNow,
      kept,
    };
    entry.talks = talksNow;
    entry.model = model;
    return model;
  });
}
