/** The 'throughout' feature's facts for its checklist measures (shared/throughout/measures.ts). */
import type { PytDb } from '../../db/db';

export async function loadThroughoutFacts(_db: PytDb, _unitId: string): Promise<unknown> {
  return {};
}
