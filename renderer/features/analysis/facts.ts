/**
 * The 党性分析材料 facts for its checklist measures (shared/analysis/measures.ts): the party
 * members' ids from an index, the material records (state and mode, never their text: the text
 * lives in analysisVersions), and the names of only the few people the detail lines show.
 */
import { analysisFacts, factLists, idsToName, type NamedPerson } from '@shared/analysis/facts';
import type { AnalysisFacts } from '@shared/analysis/measures';
import type { PytDb } from '../../db/db';

export async function loadAnalysisFacts(db: PytDb, unitId: string): Promise<AnalysisFacts> {
  const [partyIds, analyses] = await Promise.all([
    db.members.where('[unitId+kind]').equals([unitId, 'party']).primaryKeys(),
    db.analyses.where('unitId').equals(unitId).toArray(),
  ]);
  const lists = factLists(partyIds as string[], analyses);
  const ids = idsToName(lists);
  const people = new Map<string, NamedPerson>();
  if (ids.length > 0) {
    for (const m of await db.members.bulkGet(ids)) if (m) people.set(m.id, { name: m.name, away: m.away !== null });
  }
  return analysisFacts(lists, people);
}
