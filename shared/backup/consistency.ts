/**
 * Checks a parsed backup holds together before anything is written: every record belongs to
 * the backed-up unit, no record appears twice, and references between records resolve.
 * Derived from the table declarations (key, refs). Messages are Chinese and name the place,
 * e.g. "records.members[3].branchId: …".
 */
import { AUDIT_ENTITIES, UNIT_TABLE_DEFS } from '../data/registry';
import type { TableDef } from '../data/table';
import type { UnitBackup } from './format';

type Row = Record<string, unknown>;

const keyOf = (t: TableDef, r: Row): string =>
  t.key === 'id' ? String(r.id) : t.key.map((k) => String(r[k])).join(' / ');

const nameOf = (r: Row): string => (typeof r.name === 'string' ? r.name : typeof r.title === 'string' ? r.title : '');

/** Problems with the backup's internal consistency; empty when it may be restored. */
export function checkBackupConsistency(b: UnitBackup): string[] {
  const out: string[] = [];
  const records = b.records as unknown as Record<string, Row[]>;
  const ids = new Map<string, Set<string>>();
  for (const t of UNIT_TABLE_DEFS) {
    const list = records[t.name] ?? [];
    const seen = new Set<string>();
    list.forEach((r, i) => {
      if (r.unitId !== b.unit.id) out.push(`records.${t.name}[${i}].unitId: 不属于备份的单位（${b.unit.name}）`);
      const k = keyOf(t, r);
      if (seen.has(k)) out.push(`records.${t.name}[${i}]: ${t.label}“${k}”重复`);
      seen.add(k);
    });
    if (t.key === 'id') ids.set(t.name, seen);
  }
  for (const t of UNIT_TABLE_DEFS) {
    for (const [field, target] of Object.entries(t.refs ?? {})) {
      const known = ids.get(target) ?? new Set<string>();
      const label = UNIT_TABLE_DEFS.find((x) => x.name === target)?.label ?? target;
      (records[t.name] ?? []).forEach((r, i) => {
        const v = r[field];
        const who = nameOf(r);
        const refs = Array.isArray(v) ? v.map((x, j) => [`${field}[${j}]`, x] as const) : v === undefined ? [] : [[field, v] as const];
        for (const [place, ref] of refs) {
          if (!known.has(String(ref))) {
            out.push(`records.${t.name}[${i}].${place}: ${who ? `${who}所指的` : ''}${label}（${String(ref)}）不在备份中`);
          }
        }
      });
    }
  }
  const entities = new Set<string>(AUDIT_ENTITIES);
  b.records.audit.forEach((a, i) => {
    if (!entities.has(a.entity)) out.push(`records.audit[${i}].entity: 未知的记录类型“${a.entity.slice(0, 20)}”`);
  });
  return out;
}
