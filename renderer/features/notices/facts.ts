/**
 * The 两个通报 facts for the checklist measures (shared/notices/measures.ts): which branches
 * have not given their notice yet (a few names), and the leadership notice's state. Reads the
 * unit's branches and notices (tens) through their `unitId` indexes.
 */
import { NOTICE_FACTS_NAME_CAP, type NoticeFacts } from '@shared/notices/measures';
import type { PytDb } from '../../db/db';

export async function loadNoticeFacts(db: PytDb, unitId: string): Promise<NoticeFacts> {
  const [branches, notices] = await Promise.all([db.branches.where('unitId').equals(unitId).toArray(), db.notices.where('unitId').equals(unitId).toArray()]);
  const given = new Set(notices.filter((n) => n.kind === 'branch' && n.givenOn).map((n) => n.branchId));
  const missing = branches.filter((b) => !given.has(b.id)).sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN'));
  const leadership = notices.find((n) => n.kind === 'leadership');
  return {
    branches: branches.length,
    notGiven: missing.length,
    notGivenNames: missing.slice(0, NOTICE_FACTS_NAME_CAP).map((b) => b.name),
    leadership: { drafted: leadership !== undefined, ...(leadership?.givenOn ? { givenOn: leadership.givenOn, way: leadership.way } : {}) },
  };
}
