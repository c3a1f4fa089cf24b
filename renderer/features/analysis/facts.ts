/** The 'analysis' feature's facts for its checklist measures (shared/analysis/measures.ts). */
import type { PytDb } from '../../db/db';

export async function loadAnalysisFacts(_db: PytDb, _unitId: string): Promise<unknown> {
  return {};
}
