/**
 * The 党员评议 facts for its checklist measures (shared/evaluation/measures.ts): the party
 * members' ids and the evaluated members' ids from indexes (no text read), the proposed records
 * alone (only they are in the [unitId+proposal] index), the one report, and the names of only the
 * few people the detail lines show.
 */
import Dexie from 'dexie';
import { evaluationFacts, evaluationLists, idsToName, type EvaluationFacts } from '@shared/evaluation/facts';
import type { PytDb } from '../../db/db';
import { memoByFingerprints } from '../../db/memo';

/** Kept in memory while the roster and the evaluations are unchanged (renderer/db/memo.ts). */
export const loadEvaluationFacts = memoByFingerprints('evaluation', ['members', 'evaluations', 'evaluationReports'], readEvaluationFacts, { persist: 1 });

async function readEvaluationFacts(db: PytDb, unitId: string): Promise<EvaluationFacts> {
  const [partyIds, evaluatedKeys, proposed, report] = await Promise.all([
    db.members.where('[unitId+kind]').equals([unitId, 'party']).primaryKeys(),
    db.evaluations.where('[unitId+memberId]').between([unitId, Dexie.minKey], [unitId, Dexie.maxKey]).keys(),
    db.evaluations.where('[unitId+proposal]').between([unitId, Dexie.minKey], [unitId, Dexie.maxKey]).toArray(),
    db.evaluationReports.where('unitId').equals(unitId).first(),
  ]);
  const evaluatedIds = (evaluatedKeys as unknown as [string, string][]).map((k) => k[1]);
  const lists = evaluationLists(partyIds as string[], evaluatedIds, proposed.map((e) => e.memberId), report);
  const ids = idsToName(lists);
  const names = new Map<string, string>();
  if (ids.length > 0) for (const m of await db.members.bulkGet(ids)) if (m) names.set(m.id, m.name);
  return evaluationFacts(lists, names);
}
