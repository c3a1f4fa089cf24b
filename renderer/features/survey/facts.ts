/** The 'survey' feature's facts for its checklist measures (shared/survey/measures.ts). */
import type { PytDb } from '../../db/db';

export async function loadSurveyFacts(_db: PytDb, _unitId: string): Promise<unknown> {
  return {};
}
