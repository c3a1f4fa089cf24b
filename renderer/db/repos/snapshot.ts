/** Reads everything the campaign rules need about one unit, in one read transaction. */
import type { CampaignSnapshot } from '@shared/campaign/snapshot';
import type { CampaignTemplate } from '@shared/campaign/template';
import { UserError } from '@shared/util/result';
import type { Table } from 'dexie';
import type { PytDb } from '../db';

export async function loadSnapshot(db: PytDb, unitId: string, template: CampaignTemplate): Promise<CampaignSnapshot> {
  const tables = [
    db.units,
    db.branches,
    db.members,
    db.schedules,
    db.acceptances,
    db.ticks,
    db.planActions,
    db.planReviews,
    db.meetings,
    db.thresholdOverrides,
    db.thresholdChanges,
  ];
  return db.transaction('r', tables, async () => {
    const unit = await db.units.get(unitId);
    if (!unit) throw new UserError('单位不存在或已被删除');
    const of = <T, K>(t: Table<T, K>) => t.where('unitId').equals(unitId).toArray();
    const [branches, members, schedules, acceptances, ticks, planActions, planReviews, meetings, overrides, changes] =
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
    const stageIndex = (id: string) => {
      const i = template.stages.findIndex((s) => s.id === id);
      return i < 0 ? template.stages.length : i;
    };
    return {
      unit,
      template,
      branches: branches.sort((a, b) => a.order - b.order),
      members,
      schedules: schedules.sort((a, b) => stageIndex(a.stageId) - stageIndex(b.stageId)),
      acceptances: acceptances.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt)),
      ticks,
      planActions: planActions.sort((a, b) => a.order - b.order),
      planReviews,
      meetings: meetings.sort((a, b) => a.date.localeCompare(b.date)),
      thresholdOverrides: Object.fromEntries(overrides.map((o) => [o.key, o.value])),
      thresholdChanges: changes.sort((a, b) => a.at.localeCompare(b.at)),
    };
  });
}
