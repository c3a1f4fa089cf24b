/** The 'talks' feature's facts for its checklist measures (shared/talks/measures.ts). */
import type { PytDb } from '../../db/db';

export async function loadTalkFacts(_db: PytDb, _unitId: string): Promise<unknown> {
  return {};
}
