/**
 * The 征求意见 facts for its checklist measures (shared/opinions/measures.ts): which cells, kinds
 * of people and channels the register reaches, last year's opinions by status, and who has had
 * no feedback yet.
 *
 * Cost: a handful of opinions, whatever the size of the register. The coverage comes from a skip
 * scan of the [unitId+target+category+source+channel] index: one `first()` per distinct
 * combination (at most a few hundred, 15 in a typical register), each jumping past all the
 * opinions of the combination before; the members concerned from the same skip scan of
 * [unitId+targetMemberId] (one read per member named), the total from a count. (A unique key
 * cursor would do the same in Chromium, but fake-indexeddb walks every duplicate, 7 s at 20,000
 * opinions.) Feedback reads the party members ([unitId+kind]) and the few leaders (`roles`), and
 * the receivers of feedback as index keys.
 */
import Dexie from 'dexie';
import { presenceOf, type PresenceKey } from '@shared/opinions/coverage';
import { feedbackDuties } from '@shared/opinions/feedback';
import type { FeedbackFacts, OpinionFacts } from '@shared/opinions/measures';
import { LAST_YEAR_STATUSES, type LastYearStatus, type Opinion } from '@shared/opinions/types';
import type { PytDb } from '../../db/db';
import { listBranches } from '../../db/repos/members';
import { feedbackPeople } from '../../db/repos/opinions';

/** How many names of those still without feedback the checklist line shows. */
const NAMES = 5;

/**
 * Every key of a [unitId+…] index within the unit, whatever its length: [unitId, minKey] is below
 * and [unitId, maxKey] above them all. (Dexie's maxKey is an array: one key may hold it only once.)
 */
const within = (unitId: string) => [[unitId, Dexie.minKey], [unitId, Dexie.maxKey]] as const;

export async function loadOpinionFacts(db: PytDb, unitId: string): Promise<OpinionFacts> {
  const [combos, members, total, rest] = await Promise.all([
    distinctOpinionKeys(db, unitId, '[unitId+target+category+source+channel]', (o) => [o.target, o.category, o.source, o.channel]),
    distinctOpinionKeys(db, unitId, '[unitId+targetMemberId]', (o) => (o.targetMemberId === undefined ? undefined : [o.targetMemberId])),
    db.opinions.where('unitId').equals(unitId).count(),
    loadOpinionSideFacts(db, unitId),
  ]);
  const keys = combos.map(([target, category, source, channel]) => ({ target, category, source, channel }) as PresenceKey);
  return { presence: presenceOf(keys, total, members.length), ...rest };
}

/**
 * The facts besides the register's presence: last year's opinions by status and the feedback.
 * The 征求意见 page reads only these, and takes the presence from the counts it shows
 * (presenceOfTally), rather than reading the register twice.
 */
export async function loadOpinionSideFacts(db: PytDb, unitId: string): Promise<Omit<OpinionFacts, 'presence'>> {
  const [lastYear, feedback] = await Promise.all([db.lastYearOpinions.where('unitId').equals(unitId).toArray(), loadFeedbackFacts(db, unitId)]);
  const counts = Object.fromEntries(LAST_YEAR_STATUSES.map((s) => [s, 0])) as Record<LastYearStatus, number>;
  for (const o of lastYear) counts[o.status] += 1;
  return { lastYear: counts, feedback };
}

/**
 * The distinct keys (after unitId) of a [unitId+…] index of the opinions, by a skip scan: each
 * read takes the first opinion above the last key found, so it costs one read per distinct key,
 * not one per opinion.
 */
export async function distinctOpinionKeys(
  db: PytDb,
  unitId: string,
  index: string,
  keyOf: (o: Opinion) => string[] | undefined,
): Promise<string[][]> {
  return db.transaction('r', db.opinions, async () => {
    const found: string[][] = [];
    let lower: unknown[] = [unitId, Dexie.minKey];
    for (;;) {
      const o = await db.opinions.where(index).between(lower, [unitId, Dexie.maxKey], found.length === 0, true).first();
      const key = o && keyOf(o);
      if (!key) return found;
      found.push(key);
      lower = [unitId, ...key];
    }
  });
}

async function loadFeedbackFacts(db: PytDb, unitId: string): Promise<FeedbackFacts> {
  const [people, branches, fedKeys] = await Promise.all([
    feedbackPeople(db, unitId),
    listBranches(db, unitId),
    db.feedbacks.where('[unitId+toId]').between(...within(unitId)).uniqueKeys(),
  ]);
  const fed = new Set(fedKeys.map((k) => (k as unknown as [string, string])[1]));
  const plan = feedbackDuties(people, branches);
  const missing = plan.duties.filter((d) => !fed.has(d.receiverId));
  return {
    required: plan.duties.length,
    missingCount: missing.length,
    missingNames: missing.slice(0, NAMES).map((d) => d.receiverName),
    problems: plan.problems,
  };
}
