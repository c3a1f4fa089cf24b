/**
 * The 满意度测评 facts for the checklist measure (shared/survey/measures.ts): each round's
 * subjects and their rates, recomputed from the tallies. A unit has a round or two.
 */
import { surveyFactsOf, type SurveyFacts } from '@shared/survey/measures';
import type { PytDb } from '../../db/db';

export async function loadSurveyFacts(db: PytDb, unitId: string): Promise<SurveyFacts> {
  return surveyFactsOf(await db.surveyRounds.where('unitId').equals(unitId).toArray());
}
