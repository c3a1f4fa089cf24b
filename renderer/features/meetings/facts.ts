/** The 'meetings' feature's facts for its checklist measures (shared/meetings/measures.ts). */
import type { PytDb } from '../../db/db';

export async function loadMeetingFacts(_db: PytDb, _unitId: string): Promise<unknown> {
  return {};
}
