/** Every campaign record of one unit, read in parallel inside the caller's transaction. */
import type { Table } from 'dexie';
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
