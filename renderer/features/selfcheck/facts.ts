/** The 'selfcheck' feature's facts for its checklist measures (shared/selfcheck/measures.ts). */
import type { PytDb } from '../../db/db';

export async function loadSelfCheckFacts(_db: PytDb, _unitId: string): Promise<unknown> {
  return {};
}
