/**
 * The 征求意见 facts for its checklist measures (shared/opinions/measures.ts): which cells, kinds
 * of people and channels the register reaches, last year's opinions by status, and who has had
 * no feedback yet.
 *
 * Cost: no opinion is read. The coverage comes from the distinct keys of the
 * [unitId+target+category+source+channel] index (a unique key cursor: at most a few hundred
 * keys whatever the size of the register), the members concerned from the distinct keys of
 * [unitId+targetMemberId], the total from a count. Feedback reads the party members
 * ([unitId+kind]) and the few leaders (`roles`), and the receivers of feedback as index keys.
 */
import Dexie from 'dexie';
import { presenceOf, type PresenceKey } from '@shared/opinions/coverage';
import { feedbackDuties } from '@shared/opinions/feedback';
import type { FeedbackFacts, OpinionFacts } from '@shared/opinions/measures';
import { LAST_YEAR_STATUSES, type LastYearStatus } from '@shared/opinions/types';
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
  const [combos, members, total, lastYear, feedback] = await Promise.all([
    db.opinions.where('[unitId+target+category+source+channel]').between(...within(unitId)).uniqueKeys(),
    db.opinions.where('[unitId+targetMemberId]').between(...within(unitId)).uniqueKeys(),
    db.opinions.where('unitId').equals(unitId).count(),
    db.lastYearOpinions.where('unitId').equals(unitId).toArray(),
    loadFeedbackFacts(db, unitId),
  ]);
  const keys = combos.map((k) => {
    const [, target, category, source, channel] = k as unknown as [string, ...string[]];
    return { target, category, source, channel } as PresenceKey;
  });
  const counts = Object.fromEntries(LAST_YEAR_STATUSES.map((s) => [s, 0])) as Record<LastYearStatus, number>;
  for (const o of lastYear) counts[o.status] += 1;
  return { presence: presenceOf(keys, total, members.length), lastYear: counts, feedback };
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
