/**
 * Schema 2 (and backup format 2): 分管 is over 内设科室 / 二级单位, not over party branches
 * (DOMAIN.md, "The unit's structure"). Version 1 stored branch ids in `member.oversees`; each
 * branch someone oversaw becomes an office of the same name, so no 分管 is lost, and the
 * secretary can rename it afterwards. Pure and deterministic: the office id derives from the
 * branch id, so the same v1 data always migrates to the same v2 data.
 */
import type { Office } from '../types';

interface BranchV1 {
  id: string;
  unitId: string;
  name: string;
  order: number;
}

export const officeIdForBranch = (branchId: string): string => `office-${branchId}`;

export function overseesToOffices<M extends { unitId: string; oversees: string[] }>(
  branches: readonly BranchV1[],
  members: readonly M[],
): { offices: Office[]; members: M[] } {
  const overseen = new Set(members.flatMap((m) => m.oversees));
  const offices: Office[] = branches
    .filter((b) => overseen.has(b.id))
    .sort((a, b) => a.order - b.order)
    .map((b, order) => ({ id: officeIdForBranch(b.id), unitId: b.unitId, name: b.name, kind: 'office', order }));
  const known = new Set(branches.map((b) => b.id));
  return {
    offices,
    // A dangling branch id (possible in v1) cannot become an office: it is dropped.
    members: members.map((m) => ({ ...m, oversees: m.oversees.filter((id) => known.has(id)).map(officeIdForBranch) })),
  };
}
