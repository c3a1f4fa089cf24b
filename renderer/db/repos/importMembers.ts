/** Roster import: all chosen rows in one transaction, or nothing at all. */
import type { WriteContext } from '@shared/audit/types';
import type { Branch, Member, MemberDraft } from '@shared/members/types';
import { UserError } from '@shared/util/result';
import type { PytDb } from '../db';
import { appendAudit } from './audit';
import { cleanMemberDraft, memberDraftProblems } from './memberChecks';

/** The part of the roster helper's `ImportedPerson` this needs (structurally compatible). */
export interface ImportRow {
  /** Line in the source file, for messages. */
  line: number;
  draft: MemberDraft;
  branchName?: string;
  overseesNames: string[];
  /** Problems found while reading the row; any `error` blocks the whole import. */
  problems?: { level: 'error' | 'warning'; message: string }[];
}

export interface ImportResult {
  created: number;
  branchesCreated: number;
}

const PLACEHOLDER_BRANCH = '(branch)';

/**
 * Creates missing branches by name, resolves 分管 names to branch ids and inserts every row.
 * If any row is invalid nothing is written and the UserError names the lines.
 */
export async function importMembers(db: PytDb, unitId: string, rows: ImportRow[], ctx: WriteContext & { today?: string }): Promise<ImportResult> {
  const today = ctx.today ?? ctx.now.slice(0, 10);
  const bad = rows
    .map((r) => {
      const branchName = r.branchName?.trim();
      // The branch is resolved below; check the rest with a stand-in id.
      const draft = { ...r.draft, branchId: r.draft.branchId ?? (branchName ? PLACEHOLDER_BRANCH : undefined) };
      const read = (r.problems ?? []).filter((p) => p.level === 'error').map((p) => p.message);
      return { line: r.line, problems: [...read, ...memberDraftProblems(draft, today)] };
    })
    .filter((r) => r.problems.length > 0);
  if (bad.length > 0) {
    const lines = bad.map((b) => `第${b.line}行`).join('、');
    const detail = bad.map((b) => `第${b.line}行：${b.problems.join('；')}`);
    throw new UserError([`${lines}有误，未导入任何人员。`, ...detail].join('\n'));
  }
  if (rows.length === 0) return { created: 0, branchesCreated: 0 };

  return db.transaction('rw', [db.units, db.branches, db.members, db.audit], async () => {
    if (!(await db.units.get(unitId))) throw new UserError('单位不存在或已被删除');
    const existing = await db.branches.where('unitId').equals(unitId).toArray();
    const byName = new Map(existing.map((b) => [b.name, b]));
    const ids = new Set(existing.map((b) => b.id));
    let order = existing.reduce((max, b) => Math.max(max, b.order + 1), 0);
    const created: Branch[] = [];
    const branchId = (name: string): string => {
      const found = byName.get(name);
      if (found) return found.id;
      const b: Branch = { id: crypto.randomUUID(), unitId, name, order: order++ };
      byName.set(name, b);
      created.push(b);
      return b.id;
    };

    const members: Member[] = rows.map((r) => {
      const branchName = r.branchName?.trim();
      const draft = cleanMemberDraft({
        ...r.draft,
        branchId: branchName ? branchId(branchName) : r.draft.branchId,
        oversees: [...(r.draft.oversees ?? []), ...r.overseesNames.map((n) => n.trim()).filter(Boolean).map(branchId)],
      });
      if (draft.branchId && !ids.has(draft.branchId) && !created.some((b) => b.id === draft.branchId)) {
        throw new UserError(`第${r.line}行：所在党支部不存在，未导入任何人员。`);
      }
      return { ...draft, id: crypto.randomUUID(), unitId, createdAt: ctx.now, updatedAt: ctx.now };
    });

    await db.branches.bulkAdd(created);
    await db.members.bulkAdd(members);
    const summary =
      `导入花名册 ${members.length} 人` + (created.length > 0 ? `，新建支部 ${created.map((b) => b.name).join('、')}` : '');
    await appendAudit(db, { unitId, ...ctx, action: 'member.import', entity: 'member', summary });
    return { created: members.length, branchesCreated: created.length };
  });
}
