/** Every campaign record of one unit: read and written inside the caller's transaction. */
import type { Table } from 'dexie';
import type { UnitRecords } from '@shared/backup/records';
import type { Unit } from '@shared/units/types';
import { UserError } from '@shared/util/result';
import type { PytDb } from '../db';

export async function readUnitRecords(db: PytDb, unitId: string) {
  const unit: Unit | undefined = await db.units.get(unitId);
  if (!unit) throw new UserError('单位不存在或已被删除');
  const of = <T, K>(t: Table<T, K>) => t.where('unitId').equals(unitId).toArray();
  const [branches, members, schedules, acceptances, ticks, planActions, planReviews, meetings, thresholdOverrides, thresholdChanges] =
    await Promise.all([
      of(db.branches),
      of(db.members),
      of(db.schedules),
      of(db.acceptances),
      of(db.ticks),
      of(db.planActions),
      of(db.planReviews),
      of(db.meetings),
      of(db.thresholdOverrides),
      of(db.thresholdChanges),
    ]);
  return { unit, branches, members, schedules, acceptances, ticks, planActions, planReviews, meetings, thresholdOverrides, thresholdChanges };
}

/**
 * Adds a unit and whichever of its records are given (a new unit, the demo, a restored backup);
 * the audit log is added in the given order, so its storage order is kept.
 */
export async function addUnitRecords(db: PytDb, unit: Unit, r: Partial<UnitRecords>): Promise<void> {
  await db.units.add(unit);
  if (r.branches) await db.branches.bulkAdd(r.branches);
  if (r.members) await db.members.bulkAdd(r.members);
  if (r.schedules) await db.schedules.bulkAdd(r.schedules);
  if (r.acceptances) await db.acceptances.bulkAdd(r.acceptances);
  if (r.ticks) await db.ticks.bulkAdd(r.ticks);
  if (r.planActions) await db.planActions.bulkAdd(r.planActions);
  if (r.planReviews) await db.planReviews.bulkAdd(r.planReviews);
  if (r.meetings) await db.meetings.bulkAdd(r.meetings);
  if (r.thresholdOverrides) await db.thresholdOverrides.bulkAdd(r.thresholdOverrides);
  if (r.thresholdChanges) await db.thresholdChanges.bulkAdd(r.thresholdChanges);
  if (r.audit) await db.audit.bulkAdd(r.audit);
}
