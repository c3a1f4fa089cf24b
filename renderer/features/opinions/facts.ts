/**
 * The 征求意见 facts for its checklist measures (shared/opinions/measures.ts): which cells, kinds
 * of people and channels the register reaches, last year's opinions by status, and who has had
 * no feedback yet.
 *
 * Cost: one row for the register, whatever its size: the coverage comes from the opinions' tally
 * (renderer/db/tallies.ts), kept with every write. Feedback reads the party members
 * ([unitId+kind]) and the few leaders, and the receivers of feedback as index keys.
 */
import Dexie from 'dexie';
import { presenceOfTally } from '@shared/opinions/coverage';
import { feedbackDuties } from '@shared/opinions/feedback';
import type { FeedbackFacts, OpinionFacts } from '@shared/opinions/measures';
import { LAST_YEAR_STATUSES, type LastYearStatus } from '@shared/opinions/types';
import type { PytDb } from '../../db/db';
import { listBranches } from '../../db/repos/members';
import { feedbackPeople, readOpinionTally } from '../../db/repos/opinions';

/** How many names of those still without feedback the checklist line shows. */
const NAMES = 5;

/**
 * Every key of a [unitId+…] index within the unit, whatever its length: [unitId, minKey] is below
 * and [unitId, maxKey] above them all. (Dexie's maxKey is an array: one key may hold it only once.)
 */
const within = (unitId: string) => [[unitId, Dexie.minKey], [unitId, Dexie.maxKey]] as const;

export async function loadOpinionFacts(db: PytDb, unitId: string): Promise<OpinionFacts> {
  const [tally, rest] = await Promise.all([readOpinionTally(db, unitId), loadOpinionSideFacts(db, unitId)]);
  return { presence: presenceOfTally(tally), ...rest };
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
