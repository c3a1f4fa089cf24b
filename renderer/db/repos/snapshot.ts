/** Reads everything the campaign rules need about one unit, in one read transaction. */
import type { CampaignSnapshot } from '@shared/campaign/snapshot';
import type { CampaignTemplate } from '@shared/campaign/template';
import type { PytDb } from '../db';
import { readUnitRecords } from './unitRecords';

export async function loadSnapshot(db: PytDb, unitId: string, template: CampaignTemplate): Promise<CampaignSnapshot> {
  return db.transaction('r', [db.units, ...db.unitTables()], async () => {
    const r = await readUnitRecords(db, unitId);
    const stageIndex = (id: string) => {
      const i = template.stages.findIndex((s) => s.id === id);
      return i < 0 ? template.stages.length : i;
    };
    return {
      unit: r.unit,
      template,
      branches: r.branches.sort((a, b) => a.order - b.order),
      members: r.members,
      schedules: r.schedules.sort((a, b) => stageIndex(a.stageId) - stageIndex(b.stageId)),
      acceptances: r.acceptances.sort((a, b) => a.recordedAt.localeCompare(b.recordedAt)),
      ticks: r.ticks,
      planActions: r.planActions.sort((a, b) => a.order - b.order),
      planReviews: r.planReviews,
      meetings: r.meetings.sort((a, b) => a.date.localeCompare(b.date)),
      thresholdOverrides: Object.fromEntries(r.thresholdOverrides.map((o) => [o.key, o.value])),
      thresholdChanges: r.thresholdChanges.sort((a, b) => a.at.localeCompare(b.at)),
    };
  });
}
