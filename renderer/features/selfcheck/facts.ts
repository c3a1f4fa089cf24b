/**
 * The 阶段自查 facts for its checklist measures (shared/selfcheck/measures.ts): the unit's few
 * self-inspections (one per stage at most) through the `unitId` index, kept as the empty points
 * and the days; no text leaves here.
 */
import { missingPoints } from '@shared/selfcheck/ready';
import type { SelfCheckFacts } from '@shared/selfcheck/measures';
import type { PytDb } from '../../db/db';

export async function loadSelfCheckFacts(db: PytDb, unitId: string): Promise<SelfCheckFacts> {
  const checks = await db.selfChecks.where('unitId').equals(unitId).toArray();
  return {
    checks: checks.map((c) => ({
      stageId: c.stageId,
      missing: missingPoints(c.assessments),
      savedOn: c.date,
      ...(c.reportOn ? { reportOn: c.reportOn } : {}),
      ...(c.readyOn ? { readyOn: c.readyOn } : {}),
    })),
  };
}
