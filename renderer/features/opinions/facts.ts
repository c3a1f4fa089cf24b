/** The 'opinions' feature's facts for its checklist measures (shared/opinions/measures.ts). */
import type { PytDb } from '../../db/db';

export async function loadOpinionFacts(_db: PytDb, _unitId: string): Promise<unknown> {
  return {};
}
