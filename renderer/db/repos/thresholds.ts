/** City-set thresholds (R-MEET-SIX attendance, R-SURVEY-70 …): a unit's change is kept on record. */
import { actorName } from './audit';
import { cleanMultiline } from '@shared/util/text';
import { formatThreshold, thresholdValue, validateThresholdChange } from '@shared/campaign/thresholds';
import type { ThresholdChange } from '@shared/campaign/types';
import type { PytDb } from '../db';
import { writeUnit } from '../write';
import type { CampaignContext } from './context';
import { failGate } from './errors';

/** Writes the override, a ThresholdChange and an audit entry in one transaction. */
export async function changeThreshold(
  db: PytDb,
  unitId: string,
  key: string,
  value: number,
  reason: string,
  ctx: CampaignContext,
): Promise<ThresholdChange> {
  failGate(validateThresholdChange(ctx.template, key, value, reason));
  const t = ctx.template.thresholds[key];
  return writeUnit(db, unitId, ctx, ['thresholdOverrides', 'thresholdChanges'], async (w) => {
    const overrides = await db.thresholdOverrides.where('unitId').equals(unitId).toArray();
    const from = thresholdValue(ctx.template, Object.fromEntries(overrides.map((o) => [o.key, o.value])), key);
    const change: ThresholdChange = {
      id: crypto.randomUUID(),
      unitId,
      key,
      from,
      to: value,
      reason: cleanMultiline(reason),
      by: actorName(ctx.actor),
      at: ctx.now,
    };
    await db.thresholdOverrides.put({ unitId, key, value });
    await db.thresholdChanges.add(change);
    w.audit({
      action: 'threshold.change',
      entity: 'threshold',
      entityId: key,
      summary: `“${t.label}”由 ${formatThreshold(t, from)} 改为 ${formatThreshold(t, value)}，依据：${change.reason}`,
    });
    return change;
  });
}
