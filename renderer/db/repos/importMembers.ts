/** Roster import: all chosen rows in one transaction, or nothing at all. */
import type { WriteContext } from '@shared/audit/types';
import { TEXT_LIMITS } from '@shared/data/fields';
import { guessOfficeKind } from '@shared/members/import/officeKind';
import { normalizeOrgName } from '@shared/members/import/normalize';
import type { Branch, Member, MemberDraft, Office } from '@shared/members/types';
import { UserError } from '@shared/util/result';
import type { PytDb } from '../db';
import { writeUnit } from '../write';
import { cleanMemberDraft, memberDraftProblems } from './memberChecks';

/** The part of the roster helper's `ImportedPerson` this needs (structurally compatible). */
export interface ImportRow {
  /** Line in the source file, for messages. */
  line: number;
  draft: MemberDraft;
  branchName?: string;
  /** 所在科室 / 二级单位, by name. */
  officeName?: string;
  /** 分管: office and sub-unit names. */
  overseesNames: string[];
  /** Problems found while reading the row; any `error` blocks the whole import. */
  problems?: { level: 'error' | 'warning'; message: string }[];
}

export interface ImportResult {
  created: number;
  branchesCreated: number;
  officesCreated: number;
}

const PLACEHOLDER_BRANCH = '(branch)';

/** Finds records by (normalised) name, creating the missing ones in order. */
function namedRecords<T extends { id: string; name: string; order: number }>(existing: T[], make: (name: string, order: number) => T) {
  const byName = new Map(existing.map((r) => [normalizeOrgName(r.name), r]));
  let order = existing.reduce((max, r) => Math.max(max, r.order + 1), 0);
  const created: T[] = [];
  return {
    created,
    has: (id: string) => existing.some((r) => r.id === id) || created.some((r) => r.id === id),
    idOf(name: string): string {
      const key = normalizeOrgName(name);
      const found = byName.get(key);
      if (found) return found.id;
      const r = make(key, order++);
      byName.set(key, r);
      created.push(r);
      return r.id;
    },
  };
}

/**
 * The row's branch, office and 分管 names as the roster import reads them (normalizeOrgName:
 * cleaned, no spaces next to Chinese characters), whoever built the row.
 */
function cleanNames(r: ImportRow): ImportRow {
  const org = (name: string | undefined) => (name === undefined ? undefined : normalizeOrgName(name) || undefined);
  return { ...r, branchName: org(r.branchName), officeName: org(r.officeName), overseesNames: r.overseesNames.map(normalizeOrgName).filter(Boolean) };
}

/** Names longer than the branch and office forms allow: the import would create them. */
function nameProblems(r: ImportRow): string[] {
  const long = (label: string, name: string | undefined, max: number) =>
    name !== undefined && name.length > max ? [`${label}有${name.length}个字，不能超过${max}个字`] : [];
  return [
    ...long('所在支部名称', r.branchName, TEXT_LIMITS.branchName),
    ...long('所在科室名称', r.officeName, TEXT_LIMITS.officeName),
    ...r.overseesNames.flatMap((n) => long('分管的科室名称', n, TEXT_LIMITS.officeName)),
  ];
}

/**
 * Creates missing branches and offices (内设科室 / 二级单位) by name, resolves 所在科室 and 分管
 * names to office ids and inserts every row, every text cleaned as the forms clean it. If any row
 * is invalid nothing is written and the UserError names the lines.
 */
export async function importMembers(db: PytDb, unitId: string, given: ImportRow[], ctx: WriteContext & { today?: string }): Promise<ImportResult> {
  const today = ctx.today ?? ctx.now.slice(0, 10);
  const rows = given.map(cleanNames);
  const bad = rows
    .map((r) => {
      // The branch is resolved below; check the rest with a stand-in id.
      const draft = { ...r.draft, branchId: r.draft.branchId ?? (r.branchName ? PLACEHOLDER_BRANCH : undefined) };
      const read = (r.problems ?? []).filter((p) => p.level === 'error').map((p) => p.message);
      return { line: r.line, problems: [...new Set([...read, ...nameProblems(r), ...memberDraftProblems(draft, today)])] };
    })
    .filter((r) => r.problems.length > 0);
  if (bad.length > 0) {
    const lines = bad.map((b) => `第${b.line}行`).join('、');
    const detail = bad.map((b) => `第${b.line}行：${b.problems.join('；')}`);
    throw new UserError([`${lines}有误，未导入任何人员。`, ...detail].join('\n'));
  }
  if (rows.length === 0) return { created: 0, branchesCreated: 0, officesCreated: 0 };

  return writeUnit(db, unitId, ctx, ['branches', 'offices', 'members'], async (w) => {
    const branches = namedRecords<Branch>(await db.branches.where('unitId').equals(unitId).toArray(), (name, order) => ({
      id: crypto.randomUUID(),
      unitId,
      name,
      order,
    }));
    const offices = namedRecords<Office>(await db.offices.where('unitId').equals(unitId).toArray(), (name, order) => ({
      id: crypto.randomUUID(),
      unitId,
      name,
      kind: guessOfficeKind(name),
      order,
    }));
    const members: Member[] = rows.map((r) => {
      const draft = cleanMemberDraft({
        ...r.draft,
        branchId: r.branchName ? branches.idOf(r.branchName) : r.draft.branchId,
        officeId: r.officeName ? offices.idOf(r.officeName) : r.draft.officeId,
        oversees: [...(r.draft.oversees ?? []), ...r.overseesNames.map(offices.idOf)],
      });
      if (draft.branchId && !branches.has(draft.branchId)) throw new UserError(`第${r.line}行：所在党支部不存在，未导入任何人员。`);
      if (draft.officeId && !offices.has(draft.officeId)) throw new UserError(`第${r.line}行：所在科室不存在，未导入任何人员。`);
      if (draft.oversees.some((id) => !offices.has(id))) throw new UserError(`第${r.line}行：分管的科室不存在，未导入任何人员。`);
      return { ...draft, id: crypto.randomUUID(), unitId, createdAt: ctx.now, updatedAt: ctx.now };
    });

    await db.branches.bulkAdd(branches.created);
    await db.offices.bulkAdd(offices.created);
    await db.members.bulkAdd(members);
    const summary =
      `导入花名册 ${members.length} 人` +
      (branches.created.length > 0 ? `，新建支部 ${branches.created.map((b) => b.name).join('、')}` : '') +
      (offices.created.length > 0 ? `，新建科室或二级单位 ${offices.created.map((o) => o.name).join('、')}` : '');
    w.audit({ action: 'member.import', entity: 'member', summary });
    return { created: members.length, branchesCreated: branches.created.length, officesCreated: offices.created.length };
  });
}
