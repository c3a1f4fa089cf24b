/** Every record of one unit: read and written inside the caller's transaction. */
import Dexie from 'dexie';
import { UNIT_TABLE_DEFS, type UnitRecords } from '@shared/data/registry';
import type { Unit } from '@shared/units/types';
import { UserError } from '@shared/util/result';
import { tableOf, type PytDb } from '../db';

/** The unit and all its records by table; an ordered table (the audit log) comes in storage order. */
export async function readUnitRecords(db: PytDb, unitId: string): Promise<{ unit: Unit } & UnitRecords> {
  const unit: Unit | undefined = await db.units.get(unitId);
  if (!unit) throw new UserError('单位不存在或已被删除');
  const lists = await Promise.all(
    UNIT_TABLE_DEFS.map((t) =>
      t.ordered
        ? tableOf(db, t.name).where(`[unitId+${primaryKeyField(t.stores)}]`).between([unitId, Dexie.minKey], [unitId, Dexie.maxKey]).toArray()
        : tableOf(db, t.name).where('unitId').equals(unitId).toArray(),
    ),
  );
  const records = Object.fromEntries(UNIT_TABLE_DEFS.map((t, i) => [t.name, lists[i]])) as unknown as UnitRecords;
  return { unit, ...records };
}

/** `seq` of `++seq, …`: the auto-incremented key an ordered table is indexed by with its unit. */
function primaryKeyField(stores: Readonly<Record<number, string | null>>): string {
  const latest = Object.values(stores).filter((s): s is string => !!s).pop() ?? '';
  return latest.split(',')[0].trim().replace(/^\+\+/u, '');
}

/**
 * Adds a unit and whichever of its records are given (a new unit, the demo, a restored backup);
 * an ordered table (the audit log) is added in the given order, so its storage order is kept.
 */
export async function addUnitRecords(db: PytDb, unit: Unit, r: Partial<Record<keyof UnitRecords, readonly object[]>>): Promise<void> {
  await db.units.add(unit);
  for (const t of UNIT_TABLE_DEFS) {
    const list = r[t.name];
    if (list && list.length > 0) await tableOf(db, t.name).bulkAdd([...list]);
  }
}
