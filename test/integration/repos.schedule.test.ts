import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type PytDb } from '../../renderer/db/db';
import { listAudit } from '../../renderer/db/repos/audit';
import { extendSchedule, recordAcceptance, shiftForLateStart, transitionPlanReview } from '../../renderer/db/repos/campaign';
import { loadSnapshot } from '../../renderer/db/repos/snapshot';
import { createUnit } from '../../renderer/db/repos/units';
import { computeDashboard } from '@shared/campaign/dashboard';
import { defaultTemplate } from '@shared/campaign/defaultTemplate';
import { validatePlan } from '@shared/campaign/plan';
import { UserError } from '@shared/util/result';

const template = defaultTemplate();
const open: PytDb[] = [];
const ctx = { actor: '张书记', now: '2005-09-12T09:00:00.000+08:00', today: '2005-09-12', template };

async function setup() {
  const db = await openDb(`repos-schedule-${crypto.randomUUID()}`);
  open.push(db);
  const unit = await createUnit(
    db,
    { name: '示例市财政局', orgName: '中共示例市财政局机关委员会', parentOrg: '中共示例市直属机关工委', year: 2005, contact: '张书记' },
    ctx,
  );
  await recordAcceptance(db, unit.id, { stageId: 'study', supervisor: '刘振华', date: '2005-09-10', opinion: '补课到位，同意转段', passed: true }, ctx);
  return { db, unitId: unit.id, snap: () => loadSnapshot(db, unit.id, template) };
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

describe('stage schedule in the database', () => {
  it('R-STAGE-SCHEDULE: a late transition moves this and later stages and the plan by the delay; the plan still holds', async () => {
    const { db, unitId, snap } = await setup();
    await transitionPlanReview(db, unitId, 'analysis', 'submit', ctx);
    expect(await shiftForLateStart(db, unitId, 'analysis', '2005-09-12', ctx)).toBe(11);
    const s = await snap();
    const by = (id: string) => s.schedules.find((x) => x.stageId === id)!;
    expect(by('study')).toMatchObject({ start: '2005-07-01', due: '2005-08-31' });
    expect(by('analysis')).toMatchObject({ start: '2005-09-12', due: '2005-10-11' });
    expect(by('rectify')).toMatchObject({ start: '2005-10-12', due: '2005-12-11' });
    expect(s.planActions.find((a) => a.title === '召开转段动员会')?.due).toBe('2005-09-15');
    expect(validatePlan(s, 'analysis').ok).toBe(true);
    // The plan's dates changed, so it goes back to the 督导组.
    expect(s.planReviews.find((r) => r.stageId === 'analysis')?.state).toBe('draft');
    const d = computeDashboard(s, {}, '2005-09-12');
    expect(d.mobilisation.deadline).toBe('2005-09-15');
    expect(d.overdue).toEqual([]);
    expect((await listAudit(db, unitId, { limit: 2 })).map((a) => a.action)).toContain('schedule.shift');
  });

  it('R-STAGE-SCHEDULE: an earlier or equal start is refused and nothing moves', async () => {
    const { db, unitId, snap } = await setup();
    const before = await snap();
    await expect(shiftForLateStart(db, unitId, 'analysis', '2005-09-01', ctx)).rejects.toThrow(UserError);
    expect((await snap()).schedules).toEqual(before.schedules);
  });

  it('R-STAGE-SCHEDULE: an extension may not run past the end of the next stage', async () => {
    const { db, unitId, snap } = await setup();
    await expect(extendSchedule(db, unitId, 'analysis', '2005-12-15', '工作需要', ctx)).rejects.toThrow(/不能晚于整改提高阶段的截止日期/);
    expect((await snap()).schedules.find((x) => x.stageId === 'analysis')?.extendedDue).toBeUndefined();
  });

  it('R-STAGE-ACCEPT: a stage the unit has not entered cannot be accepted', async () => {
    const { db, unitId, snap } = await setup();
    const input = { stageId: 'rectify', supervisor: '刘振华', date: '2005-09-12', opinion: '同意', passed: true };
    await expect(recordAcceptance(db, unitId, input, ctx)).rejects.toThrow(UserError);
    expect((await snap()).acceptances.map((a) => a.stageId)).toEqual(['study']);
  });
});
