/** The built-in 示例单位, written in one transaction (see shared/demo/demoCalendar.ts for its dates). */
import type { WriteContext } from '@shared/audit/types';
import type { CampaignTemplate } from '@shared/campaign/template';
import { buildDemoUnit } from '@shared/demo/demoUnit';
import type { Unit } from '@shared/units/types';
import type { PytDb } from '../db';
import { appendAudit } from './audit';
import { addUnitRecords } from './unitRecords';

/**
 * Creates a fresh demo unit with every record it starts with (roster, campaign, opinions, talks,
 * materials, ledger, study log); `now` is when this PC made it, for the log. A second call makes
 * a second demo unit: callers check `listUnits` for `isDemo` first.
 */
export async function createDemoUnit(db: PytDb, opts: WriteContext & { template: CampaignTemplate }): Promise<Unit> {
  const r = buildDemoUnit({ template: opts.template, makeId: () => crypto.randomUUID() });
  await db.transaction('rw', [db.units, ...db.unitTables()], async () => {
    await addUnitRecords(db, r.unit, r);
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
