/** 单位: create (with its default campaign records), update, delete with all its records. */
import { initialPlanActions } from '@shared/campaign/plan';
import { defaultSchedules } from '@shared/campaign/schedule';
import type { CampaignTemplate } from '@shared/campaign/template';
import type { PlanReview } from '@shared/campaign/types';
import type { WriteContext } from '@shared/audit/types';
import type { Unit, UnitDraft } from '@shared/units/types';
import { validateUnitDraft } from '@shared/units/validate';
import { isValidIsoDate } from '@shared/util/dates';
import { UserError } from '@shared/util/result';
import type { PytDb } from '../db';
import { appendAudit } from './audit';
import { addUnitRecords } from './unitRecords';
import { writeUnit } from '../write';
import { failIf } from './errors';

export async function listUnits(db: PytDb): Promise<Unit[]> {
  const units = await db.units.toArray();
  // The demo unit last, the others by name.
  return units.sort((a, b) => Number(a.isDemo) - Number(b.isDemo) || a.name.localeCompare(b.name, 'zh-CN'));
}

export async function getUnit(db: PytDb, unitId: string): Promise<Unit | undefined> {
  return db.units.get(unitId);
}

function checkedDraft(draft: UnitDraft): UnitDraft {
  const r = validateUnitDraft(draft);
  if (!r.ok) {
    failIf(r.error);
    throw new UserError('单位信息有误');
  }
  return r.value;
}

/** Builds the unit record and its default campaign records (no writes). */
export function newUnitRecords(
  draft: UnitDraft,
  opts: WriteContext & { template: CampaignTemplate; isDemo?: boolean; makeId?: () => string },
) {
  const makeId = opts.makeId ?? (() => crypto.randomUUID());
  const unit: Unit = {
    ...draft,
    id: makeId(),
    templateId: opts.template.id,
    templateVersion: opts.template.version,
    isDemo: opts.isDemo ?? false,
    createdAt: opts.now,
    updatedAt: opts.now,
  };
  const stageId = opts.template.focusStageId;
  return {
    unit,
    schedules: defaultSchedules(opts.template, unit.id, unit.year),
    planActions: initialPlanActions(opts.template, unit.id, stageId, unit.year, makeId),
    planReview: { unitId: unit.id, stageId, state: 'draft', history: [{ state: 'draft', at: opts.now, by: opts.actor }] } as PlanReview,
  };
}

export async function createUnit(
  db: PytDb,
  draft: UnitDraft,
  opts: WriteContext & { template: CampaignTemplate },
): Promise<Unit> {
  const clean = checkedDraft(draft);
  const r = newUnitRecords(clean, opts);
  await db.transaction('rw', [db.units, db.schedules, db.planActions, db.planReviews, db.audit], async () => {
    await addUnitRecords(db, r.unit, { schedules: r.schedules, planActions: r.planActions, planReviews: [r.planReview] });
    await appendAudit(db, {
      unitId: r.unit.id,
      actor: opts.actor,
      now: opts.now,
      action: 'unit.create',
      entity: 'unit',
      entityId: r.unit.id,
      summary: `新建单位 ${r.unit.name}（${r.unit.year}年度）`,
    });
  });
  return r.unit;
}

/** A date moved to another campaign year (29 Feb falls back to 28 Feb). */
function moveYear(iso: string, delta: number): string {
  const year = Number(iso.slice(0, 4)) + delta;
  const moved = `${year}${iso.slice(4)}`;
  return isValidIsoDate(moved) ? moved : `${year}${iso.slice(4, 8)}28`;
}

/**
 * Changes the unit's details. A new 活动年度 moves the stage schedules and plan dates to that
 * year, keeping month and day; otherwise they stay as they are.
 */
export async function updateUnit(db: PytDb, unitId: string, draft: UnitDraft, ctx: WriteContext): Promise<Unit> {
  const clean = checkedDraft(draft);
  return writeUnit(db, unitId, ctx, ['schedules', 'planActions'], async (w) => {
    const old = w.unit;
    const unit: Unit = { ...old, ...clean, updatedAt: ctx.now };
    if (clean.phone === undefined) delete unit.phone;
    await db.units.put(unit);
    const delta = unit.year - old.year;
    if (delta !== 0) {
      const schedules = await db.schedules.where('unitId').equals(unitId).toArray();
      await db.schedules.bulkPut(
        schedules.map((x) => ({
          ...x,
          start: moveYear(x.start, delta),
          due: moveYear(x.due, delta),
          ...(x.extendedDue ? { extendedDue: moveYear(x.extendedDue, delta) } : {}),
        })),
      );
      const actions = await db.planActions.where('unitId').equals(unitId).toArray();
      await db.planActions.bulkPut(actions.map((a) => ({ ...a, due: moveYear(a.due, delta) })));
    }
    const yearNote = delta !== 0 ? `，活动年度改为${unit.year}年，各阶段日期随之调整` : '';
    w.audit({
      action: 'unit.update',
      entity: 'unit',
      entityId: unitId,
      summary: `修改单位信息 ${unit.name}${yearNote}`,
    });
    return unit;
  });
}

/**
 * Deletes the unit and every record of it, the audit log included, in one transaction (so no
 * audit entry remains of the deletion itself). The caller exports a backup first.
 */
export async function deleteUnit(db: PytDb, unitId: string): Promise<void> {
  await db.transaction('rw', [db.units, db.views, ...db.unitTables()], async () => {
    if (!(await db.units.get(unitId))) throw new UserError('单位不存在或已被删除');
    for (const table of db.unitTables()) await table.where('unitId').equals(unitId).delete();
    // What was computed from them (shared/data/views.ts).
    await db.views.where('unitId').equals(unitId).delete();
    await db.units.delete(unitId);
  });
}
