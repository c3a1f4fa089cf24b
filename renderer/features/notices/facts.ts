/** The 'notices' feature's facts for its checklist measures (shared/notices/measures.ts). */
import type { PytDb } from '../../db/db';

export async function loadNoticeFacts(_db: PytDb, _unitId: string): Promise<unknown> {
  return {};
}
