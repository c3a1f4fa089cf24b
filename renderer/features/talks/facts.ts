/**
 * The talks' facts for their checklist measures (shared/talks/measures.ts). Deciding who must
 * talk with whom needs the roster and every talk: the overview kept in memory
 * (renderer/db/repos/talkModel.ts) is read again only where they changed, and its facts keep only
 * counts and a few names — kept on disk as well (../../db/memo.ts), so the home page's first
 * open in a session reads them instead of the whole roster.
 */
import type { TalkFacts } from '@shared/talks/facts';
import type { TalksHead } from '@shared/talks/list';
import { memoByFingerprints } from '../../db/memo';
import { readTalkModel } from '../../db/repos/talkModel';

export const loadTalkFacts = memoByFingerprints(
  'talks',
  ['members', 'offices', 'branches', 'talks'],
  async (db, unitId): Promise<TalkFacts> => (await readTalkModel(db, unitId)).facts(),
  { persist: 1 },
);

/** The talks page's first screen (shared/talks/list.ts), kept like the facts. */
export const readTalksHead = memoByFingerprints(
  'talks.head',
  ['members', 'offices', 'branches', 'talks'],
  async (db, unitId): Promise<TalksHead> => (await readTalkModel(db, unitId)).head(),
  { persist: 1 },
);
