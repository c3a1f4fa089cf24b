/** The 'evaluation' feature's facts for its checklist measures (shared/evaluation/measures.ts). */
import type { PytDb } from '../../db/db';

export async function loadEvaluationFacts(_db: PytDb, _unitId: string): Promise<unknown> {
  return {};
}
