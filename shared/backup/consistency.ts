/**
 * Checks a parsed backup holds together before anything is written: every record belongs to
 * the backed-up unit, no record appears twice, and references between records resolve.
 * Messages are Chinese and name the place, e.g. "records.members[3].branchId: …".
 */
import type { UnitBackup } from './format';

type Records = UnitBackup['records'];

function checkUnitIds(b: UnitBackup, out: string[]): void {
  for (const [table, list] of Object.entries(b.records) as [keyof Records, { unitId: string }[]][]) {
    list.forEach((r, i) => {
      if (r.unitId !== b.unit.id) out.push(`records.${table}[${i}].unitId: 不属于备份的单位（${b.unit.name}）`);
    });
  }
}

function checkUnique<T>(table: keyof Records, list: T[], key: (r: T) => string, label: string, out: string[]): void {
  const seen = new Set<string>();
  list.forEach((r, i) => {
    const k = key(r);
    if (seen.has(k)) out.push(`records.${table}[${i}]: ${label}“${k}”重复`);
    seen.add(k);
  });
}

function checkReferences(r: Records, out: string[]): void {
  const branchIds = new Set(r.branches.map((x) => x.id));
  r.members.forEach((m, i) => {
    if (m.branchId !== undefined && !branchIds.has(m.branchId)) {
      out.push(`records.members[${i}].branchId: ${m.name}所在的支部（${m.branchId}）不在备份中`);
    }
    m.oversees.forEach((b, j) => {
      if (!branchIds.has(b)) out.push(`records.members[${i}].oversees[${j}]: ${m.name}分管的支部（${b}）不在备份中`);
    });
  });
  r.meetings.forEach((m, i) => {
    if (m.branchId !== undefined && !branchIds.has(m.branchId)) {
      out.push(`records.meetings[${i}].branchId: 会议所属的支部（${m.branchId}）不在备份中`);
    }
  });
}

/** Problems with the backup's internal consistency; empty when it may be restored. */
export function checkBackupConsistency(b: UnitBackup): string[] {
  const out: string[] = [];
  const r = b.records;
  checkUnitIds(b, out);
  checkUnique('branches', r.branches, (x) => x.id, '支部编号', out);
  checkUnique('members', r.members, (x) => x.id, '人员编号', out);
  checkUnique('schedules', r.schedules, (x) => x.stageId, '阶段安排', out);
  checkUnique('acceptances', r.acceptances, (x) => x.id, '验收记录编号', out);
  checkUnique('ticks', r.ticks, (x) => x.itemId, '清单项', out);
  checkUnique('planActions', r.planActions, (x) => x.id, '工作方案事项编号', out);
  checkUnique('planReviews', r.planReviews, (x) => x.stageId, '工作方案审核阶段', out);
  checkUnique('meetings', r.meetings, (x) => x.id, '会议编号', out);
  checkUnique('thresholdOverrides', r.thresholdOverrides, (x) => x.key, '门限', out);
  checkUnique('thresholdChanges', r.thresholdChanges, (x) => x.id, '门限调整记录编号', out);
  checkUnique('audit', r.audit, (x) => x.id, '操作记录编号', out);
  checkReferences(r, out);
  return out;
}
