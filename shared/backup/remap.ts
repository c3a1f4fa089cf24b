/**
 * A backup made into a separate unit (作为新单位恢复): fresh ids for the unit and every
 * record, every reference between them rewritten, so the copy and the original never share
 * a key and deleting one leaves the other whole. Derived from the table declarations (key,
 * refs, auditEntity). Pure: ids come from `makeId`.
 */
import { UNIT_TABLE_DEFS } from '../data/registry';
import type { UnitBackup } from './format';

type Row = Record<string, unknown>;

/** Old id → new id, made on first sight, so every reference to one record gets the same new id. */
function idMap(makeId: () => string) {
  const map = new Map<string, string>();
  return (old: string): string => {
    let next = map.get(old);
    if (next === undefined) {
      next = makeId();
      map.set(old, next);
    }
    return next;
  };
}

/** A name not among `taken`: the name itself, else "name（恢复）", "name（恢复2）", … */
export function restoredUnitName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  for (let i = 1; ; i += 1) {
    const candidate = `${name}（恢复${i === 1 ? '' : i}）`;
    if (!taken.has(candidate)) return candidate;
  }
}

export function remapBackupAsNew(b: UnitBackup, opts: { makeId: () => string; name: string }): UnitBackup {
  const unitId = opts.makeId();
  const maps = new Map(UNIT_TABLE_DEFS.filter((t) => t.key === 'id').map((t) => [t.name as string, idMap(opts.makeId)]));
  // Ids of records deleted before the backup still link their audit entries to each other.
  const byEntity = new Map<string, (old: string) => string>(
    UNIT_TABLE_DEFS.filter((t) => t.auditEntity && maps.has(t.name)).map((t) => [t.auditEntity as string, maps.get(t.name)!]),
  );
  byEntity.set('unit', (old) => (old === b.unit.id ? unitId : old));
  const records = b.records as unknown as Record<string, Row[]>;
  const out: Record<string, Row[]> = {};
  for (const t of UNIT_TABLE_DEFS) {
    const own = maps.get(t.name);
    out[t.name] = (records[t.name] ?? []).map((r) => {
      const next: Row = { ...r, unitId };
      if (own) next.id = own(String(r.id));
      for (const [field, target] of Object.entries(t.refs ?? {})) {
        const map = maps.get(target)!;
        const v = r[field];
        if (Array.isArray(v)) next[field] = v.map((x) => map(String(x)));
        else if (v !== undefined) next[field] = map(String(v));
      }
      // The audit log names records by entity: follow the same maps.
      if (t.name === 'audit' && typeof r.entityId === 'string') {
        const map = byEntity.get(String(r.entity));
        if (map) next.entityId = map(r.entityId);
      }
      return next;
    });
  }
  return { ...b, unit: { ...b.unit, id: unitId, name: opts.name }, records: out as unknown as UnitBackup['records'] };
}
