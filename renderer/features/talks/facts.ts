/**
 * The talks' facts for their checklist measures (shared/talks/measures.ts). Deciding who must
 * talk with whom needs the roster and every talk: the overview kept in memory
 * (renderer/db/repos/talkModel.ts) is read again only where they changed, and its facts keep only
 * counts and a few names.
 */
import type { TalkFacts } from '@shared/talks/facts';
import type { PytDb } from '../../db/db';
import { readTalkModel } from '../../db/repos/talkModel';

export async function loadTalkFacts(db: PytDb, unitId: string): Promise<TalkFacts> {
  return (await readTalkModel(db, unitId)).facts();
}
