/**
 * The 贯穿始终 facts for the checklist measures (shared/throughout/measures.ts): the ledger's
 * counts and open deadlines, the masses' opinions on the organisation or the leadership that no
 * item answers yet, and for each required
 * study topic how many party members still miss it, with a few names.
 */
import { zhCollator } from '@shared/members/rosterView';
import { FACTS_NAME_CAP, type ThroughoutFacts } from '@shared/throughout/measures';
import { shortLabel } from '@shared/throughout/names';
import { studyCoverage } from '@shared/throughout/study';
import { REQUIRED_STUDY_TOPICS } from '@shared/throughout/types';
import type { PytDb } from '../../db/db';
import { readLedger } from '../../db/repos/ledgerModel';
import { memoByFingerprints } from '../../db/memo';

const sameMembers = (a: readonly { id: string }[], b: readonly { id: string }[]) =>
  a.length === b.length && a.every((m, i) => m.id === b[i].id);

/**
 * Reads the unit's ledger (kept in memory, with the unanswered masses' opinions as a count from
 * the opinions' tally and the oldest three) and study log (tens of records); the party members only once both required topics have been studied, since
 * only then does the checklist name who is missing (before, it names the topic). What it
 * returns is small whatever their number, and does not depend on the day (the measures compare
 * the deadlines with today).
 */
async function readThroughoutFacts(db: PytDb, unitId: string): Promise<ThroughoutFacts> {
  // The ledger as its tab keeps it (renderer/db/repos/ledgerModel.ts): read again where it changed.
  const [ledger, sessions] = await Promise.all([readLedger(db, unitId), db.studySessions.where('unitId').equals(unitId).toArray()]);
  const items = ledger.items;
  const unanswered = { count: ledger.unanswered.count, first: ledger.unanswered.first.slice(0, 3) };
  const bothStudied = REQUIRED_STUDY_TOPICS.every((t) => sessions.some((s) => s.topics.includes(t)));
  const party = bothStudied ? await db.members.where('[unitId+kind]').equals([unitId, 'party']).toArray() : [];
  const open = items
    .filter((i) => i.status === 'open')
    .sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0))
    .map((i) => ({ label: shortLabel(i.problem), deadline: i.deadline }));
  party.sort((a, b) => zhCollator.compare(a.name, b.name));
  const coverage = studyCoverage(party, sessions);
  const topic = (t: (typeof REQUIRED_STUDY_TOPICS)[number]) => ({
    sessions: coverage[t].sessions,
    missing: coverage[t].missing.length,
    missingNames: coverage[t].missing.slice(0, FACTS_NAME_CAP).map((m) => m.name),
  });
  return {
    fix: {
      items: items.length,
      done: items.length - open.length,
      open,
      massesUnanswered: unanswered.count,
      // Oldest first, then in the order they were entered: the same list every time.
      massesUnansweredLabels: unanswered.first.map((o) => `“${shortLabel(o.text, 12)}”`),
    },
    study: {
      sessions: sessions.length,
      // Not read (so not known) until both topics have been studied: counted then.
      partyMembers: bothStudied ? party.length : 0,
      topics: { constitutionRights: topic('constitutionRights'), sixRequirements: topic('sixRequirements') },
      sameMissing: sameMembers(coverage.constitutionRights.missing, coverage.sixRequirements.missing),
    },
  };
}

/** Kept in memory and on disk while the ledger, the opinions, the roster and the study log are unchanged (../../db/memo.ts). */
export const loadThroughoutFacts = memoByFingerprints('throughout', ['fixItems', 'opinions', 'members', 'studySessions'], readThroughoutFacts, { persist: 1 });
