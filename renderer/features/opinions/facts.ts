/**
 * The 征求意见 facts for its checklist measures (shared/opinions/measures.ts): which cells, kinds
 * of people and channels the register reaches, last year's opinions by status, and who has had
 * no feedback yet.
 *
 * Cost: a few rows, whatever the size of the unit: the coverage comes from the opinions' tally
 * (renderer/db/tallies.ts), kept with every write; the feedback from the roster's and the
 * feedback's tallies (below).
 */
import { presenceOfTally } from '@shared/opinions/coverage';
import { feedbackPart } from '@shared/opinions/feedback';
import { FEEDBACK_TALLY } from '@shared/opinions/feedbackTally';
import { MEMBER_TALLY, rosterCountsOf } from '@shared/members/tally';
import type { Member } from '@shared/members/types';
import type { FeedbackFacts, OpinionFacts } from '@shared/opinions/measures';
import { LAST_YEAR_STATUSES, type LastYearStatus } from '@shared/opinions/types';
import type { PytDb } from '../../db/db';
import { listBranches } from '../../db/repos/members';
import { readOpinionTally } from '../../db/repos/opinions';
import { inSet, readCounts, readSet } from '../../db/tallies';
import { memoByFingerprints } from '../../db/memo';

/** How many names of those still without feedback the checklist line shows. */
const NAMES = 5;

/** Kept in memory while the register, last year's opinions, the roster and the feedback are unchanged (renderer/db/memo.ts). */
export const loadOpinionFacts = memoByFingerprints('opinions', ['opinions', 'lastYearOpinions', 'members', 'feedbacks', 'branches'], readOpinionFacts, { persist: 1 });

async function readOpinionFacts(db: PytDb, unitId: string): Promise<OpinionFacts> {
  // The side facts kept apart: a new opinion does not read the roster's feedback again.
  const [tally, rest] = await Promise.all([readOpinionTally(db, unitId), loadOpinionSideFacts(db, unitId)]);
  return { presence: presenceOfTally(tally), ...rest };
}

/**
 * The facts besides the register's presence: last year's opinions by status and the feedback.
 * The 征求意见 page reads only these, and takes the presence from the counts it shows
 * (presenceOfTally), rather than reading the register twice.
 */
async function readOpinionSideFacts(db: PytDb, unitId: string): Promise<Omit<OpinionFacts, 'presence'>> {
  const [lastYear, feedback] = await Promise.all([db.lastYearOpinions.where('unitId').equals(unitId).toArray(), loadFeedbackFacts(db, unitId)]);
  const counts = Object.fromEntries(LAST_YEAR_STATUSES.map((s) => [s, 0])) as Record<LastYearStatus, number>;
  for (const o of lastYear) counts[o.status] += 1;
  return { lastYear: counts, feedback };
}

/** How many party members a first look at the roster reads for the names of who waits. */
const CHUNK = 64;

/**
 * R-OPIN-FEEDBACK from the tallies: who is owed feedback and by whom is a matter of each person's
 * roles (the roster's tally counts them, per branch), who has had it the feedback's tally holds;
 * someone fed back to and no longer owed it (the roster changed) is taken off. The names of those
 * still waiting: the team members (a few), then the first party members read in roster order, 64
 * at a time, until five are found: near the end (a few left among many) that reads them all.
 */
async function loadFeedbackFacts(db: PytDb, unitId: string): Promise<FeedbackFacts> {
  return db.transaction('r', [db.tallies, db.members, db.branches], async () => {
    const [roster, fedCounts, branches, notOwed, team] = await Promise.all([
      readCounts(db, unitId, MEMBER_TALLY).then(rosterCountsOf),
      readCounts(db, unitId, FEEDBACK_TALLY),
      listBranches(db, unitId),
      readSet(db, unitId, MEMBER_TALLY, 'fbNotOwed'),
      readSet(db, unitId, MEMBER_TALLY, 'fbTeam'),
    ]);
    const fed = (ids: readonly string[]) => inSet(db, unitId, FEEDBACK_TALLY, 'fed', ids);
    const required = roster.teamOwed + roster.membersOwed;
    const missingCount = required - ((fedCounts.fed ?? 0) - (await fed(notOwed)).size);
    const problems: string[] = [];
    if (roster.teamOwed > 0 && roster.heads === 0) problems.push('还没有设定单位主要负责同志');
    const without = branches.filter((b) => (roster.branches.get(b.id)?.owed ?? 0) > 0 && (roster.branches.get(b.id)?.secretaries ?? 0) === 0).map((b) => b.name);
    if (without.length > 0) problems.push(`${without.join('、')}还没有设定支部书记`);

    const byName = (a: { name: string }, b: { name: string }) => zh.compare(a.name, b.name);
    const waiting = async (people: readonly Member[]) => {
      const done = await fed(people.map((m) => m.id));
      return people.filter((m) => !done.has(m.id)).sort(byName);
    };
    const teamWaiting = team.length > 0 ? await waiting((await db.members.bulkGet(team)).filter((m): m is Member => m !== undefined && m.unitId === unitId)) : [];
    const names = teamWaiting.slice(0, NAMES).map((m) => m.name);
    // Party members still waiting, and how many of them the first look should find.
    const wanted = Math.min(NAMES - names.length, missingCount - teamWaiting.length);
    if (wanted > 0) {
      const party = db.members.where('[unitId+kind]').equals([unitId, 'party']);
      const owed = (ms: Member[]) => ms.filter((m) => feedbackPart(m).receiver === 'member');
      const first = await party.clone().limit(CHUNK).toArray();
      let found = await waiting(owed(first));
      if (found.length < wanted && first.length === CHUNK) found = await waiting(owed(await party.toArray()));
      names.push(...found.slice(0, wanted).map((m) => m.name));
    }
    return { required, missingCount, missingNames: names, problems };
  });
}

const zh = new Intl.Collator('zh-CN');

/**
 * What the 征求意见 page reads of them, kept like the home page's (who is owed feedback and has had
 * it takes reading those owed none): read again when last year's opinions, the roster or the
 * feedback change.
 */
export const loadOpinionSideFacts = memoByFingerprints('opinions.side', ['lastYearOpinions', 'members', 'feedbacks', 'branches'], readOpinionSideFacts, { persist: 1 });
