/**
 * A backup made into a separate unit (作为新单位恢复): fresh ids for the unit and every
 * record, every reference between them rewritten, so the copy and the original never share
 * a key and deleting one leaves the other whole. Pure: ids come from `makeId`.
 */
import type { AuditEntity } from '../audit/types';
import type { UnitBackup } from './format';

/** Audit entities whose `entityId` is a record id (the others name a stage, item or key). */
const ID_ENTITIES: ReadonlySet<AuditEntity> = new Set(['unit', 'branch', 'member', 'acceptance', 'planAction', 'meeting']);

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
  const branch = idMap(opts.makeId);
  const member = idMap(opts.makeId);
  // Ids of records deleted before the backup still link their audit entries to each other.
  const byEntity = new Map<AuditEntity, (old: string) => string>([
    ['branch', branch],
    ['member', member],
    ['acceptance', idMap(opts.makeId)],
    ['planAction', idMap(opts.makeId)],
    ['meeting', idMap(opts.makeId)],
    ['unit', (old) => (old === b.unit.id ? unitId : old)],
  ]);
  const fresh = (entity: AuditEntity) => byEntity.get(entity) as (old: string) => string;
  const r = b.records;
  const own = { unitId };
  return {
    ...b,
    unit: { ...b.unit, id: unitId, name: opts.name },
    records: {
      branches: r.branches.map((x) => ({ ...x, ...own, id: branch(x.id) })),
      members: r.members.map((x) => ({
        ...x,
        ...own,
        id: member(x.id),
        ...(x.branchId === undefined ? {} : { branchId: branch(x.branchId) }),
        oversees: x.oversees.map(branch),
      })),
      schedules: r.schedules.map((x) => ({ ...x, ...own })),
      acceptances: r.acceptances.map((x) => ({ ...x, ...own, id: fresh('acceptance')(x.id) })),
      ticks: r.ticks.map((x) => ({ ...x, ...own })),
      planActions: r.planActions.map((x) => ({ ...x, ...own, id: fresh('planAction')(x.id) })),
      planReviews: r.planReviews.map((x) => ({ ...x, ...own })),
      meetings: r.meetings.map((x) => ({
        ...x,
        ...own,
        id: fresh('meeting')(x.id),
        ...(x.branchId === undefined ? {} : { branchId: branch(x.branchId) }),
      })),
      thresholdOverrides: r.thresholdOverrides.map((x) => ({ ...x, ...own })),
      thresholdChanges: r.thresholdChanges.map((x) => ({ ...x, ...own, id: opts.makeId() })),
      audit: r.audit.map((x) => ({
        ...x,
        ...own,
        id: opts.makeId(),
        ...(x.entityId !== undefined && ID_ENTITIES.has(x.entity) ? { entityId: fresh(x.entity)(x.entityId) } : {}),
      })),
    },
  };
}
