/**
 * The campaign's own state of one unit (shared/campaign/snapshot.ts): its few stage, plan and
 * meeting records, read over their `unitId` indexes in one read transaction. It never reads
 * the roster or the audit log, so a write there does not re-run it.
 */
import type { CampaignSnapshot } from '@shared/campaign/snapshot';
import type { CampaignTemplate } from '@shared/campaign/template';
import type { UnitTableName } from '@shared/data/registry';
import { UserError } from '@shared/util/result';
import type { PytDb } from '../db';

/** The tables the campaign state is read from (a write transaction that validates against it includes them). */
export const CAMPAIGN_TABLES = ['schedules', 'acceptances', 'ticks', 'planActions', 'planReviews', 'meetings', 'thresholdOverrides'] as const satisfies readonly UnitTableName[];

export async function loadSnapshot(db: PytDb, unitId: string, template: CampaignTemplate): Promise<CampaignSnapshot> {
  return db.transaction('r', ['units', ...CAMPAIGN_TABLES], async () => {
    const unit = await db.units.get(unitId);
    if (!unit) throw new UserError('单位不存在或已被删除');
    const [schedules, acceptances, ticks, planActions, planReviews, meetings, overrides] = await Promise.all([
      db.schedules.where('unitId').equals(unitId).toArray(),
      db.acceptances.where('unitId').equals(unitId).toArray(),
      db.ticks.where('unitId').equals(unitId).toArray(),
      db.planActions.where('unitId').equals(unitId).toArray(),
      db.planReviews.where('unitId').equals(unitId).toArray(),
      db.meetings.where('unitId').equals(unitId).toArray(),
      db.thresholdOverrides.where('unitId').equals(unitId).toArray(),
    ]);
    const stageIndex = (id: string) => {
      const i = template.stages.findIndex((s) => s.id === id);
      return i < 0 ? template.stages.length : i;
    };
    return {
      unit,
      template,
      schedules: schedules.sort((a, b) => stageIndex(a.stageId) - stageIndex(b.stageId)),
      acceptances: acceptances.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt)),
      ticks,
      planActions: planActions.sort((a, b) => a.order - b.order),
      planReviews,
      meetings: meetings.sort((a, b) => a.date.localeCompare(b.date)),
      thresholdOverrides: Object.fromEntries(overrides.map((o) => [o.key, o.value])),
    };
  });
}
