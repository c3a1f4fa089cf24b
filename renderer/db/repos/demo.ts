/** The built-in 示例单位, written in one transaction (see shared/demo/demoCalendar.ts for its dates). */
import type { WriteContext } from '@shared/audit/types';
import type { CampaignTemplate } from '@shared/campaign/template';
import { demoCalendar } from '@shared/demo/demoCalendar';
import { buildDemoUnit } from '@shared/demo/demoUnit';
import type { Unit } from '@shared/units/types';
import type { PytDb } from '../db';
import { appendAudit } from './audit';

/**
 * Creates a fresh demo unit; `today` (`YYYY-MM-DD`, local) defaults to the date of `now`.
 * A second call makes a second demo unit: callers check `listUnits` for `isDemo` first.
 */
export async function createDemoUnit(
  db: PytDb,
  opts: WriteContext & { template: CampaignTemplate; today?: string },
): Promise<Unit> {
  const today = opts.today ?? opts.now.slice(0, 10);
  const r = buildDemoUnit({
    template: opts.template,
    ...demoCalendar(opts.template, today),
    makeId: () => crypto.randomUUID(),
    now: opts.now,
  });
  await db.transaction('rw', [db.units, ...db.unitTables()], async () => {
    await db.units.add(r.unit);
    await db.branches.bulkAdd(r.branches);
    await db.members.bulkAdd(r.members);
    await db.schedules.bulkAdd(r.schedules);
    await db.acceptances.bulkAdd(r.acceptances);
    await db.ticks.bulkAdd(r.ticks);
    await db.planActions.bulkAdd(r.planActions);
    await db.planReviews.bulkAdd(r.planReviews);
    await db.meetings.bulkAdd(r.meetings);
    await appendAudit(db, {
      unitId: r.unit.id,
      actor: opts.actor,
      now: opts.now,
      action: 'unit.createDemo',
      entity: 'unit',
      entityId: r.unit.id,
      summary: `创建示例单位 ${r.unit.name}（${r.unit.year}年度，${r.members.length} 人）`,
    });
  });
  return r.unit;
}
