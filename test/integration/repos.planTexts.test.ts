import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type PytDb } from '../../renderer/db/db';
import { listAudit } from '../../renderer/db/repos/audit';
import { savePlanTexts, transitionPlanReview } from '../../renderer/db/repos/campaign';
import { loadSnapshot } from '../../renderer/db/repos/snapshot';
import { createUnit } from '../../renderer/db/repos/units';
import { defaultTemplate } from '@shared/campaign/defaultTemplate';
import { defaultPlanTexts } from '@shared/campaign/planDocument';
import { UserError } from '@shared/util/result';

const template = defaultTemplate();
const open: PytDb[] = [];
const ctx = { actor: '张书记', now: '2005-09-02T09:00:00.000Z', today: '2005-09-02', template };

async function setup() {
  const db = await openDb(`repos-plan-texts-${crypto.randomUUID()}`);
  open.push(db);
  const unit = await createUnit(
    db,
    { name: '示例市财政局', orgName: '中共示例市财政局机关委员会', parentOrg: '中共示例市直属机关工委', year: 2005, contact: '张书记' },
    ctx,
  );
  return { db, unitId: unit.id, snap: () => loadSnapshot(db, unit.id, template) };
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

describe('work plan texts', () => {
  it('R-STAGE-PLAN: saved texts survive the review steps, and editing an approved plan sends it back to 草稿', async () => {
    const { db, unitId, snap } = await setup();
    const texts = { ...defaultPlanTexts(await snap(), []), guidingIdeology: '  本局自己的指导思想  ' };
    await savePlanTexts(db, unitId, 'analysis', texts, ctx);
    await transitionPlanReview(db, unitId, 'analysis', 'submit', ctx);
    await transitionPlanReview(db, unitId, 'analysis', 'approve', { ...ctx, note: '同意' });
    let review = (await snap()).planReviews.find((r) => r.stageId === 'analysis')!;
    expect(review.state).toBe('approved');
    expect(review.texts?.guidingIdeology).toBe('本局自己的指导思想');

    await savePlanTexts(db, unitId, 'analysis', { ...texts, goals: '新的目标任务' }, ctx);
    review = (await snap()).planReviews.find((r) => r.stageId === 'analysis')!;
    expect(review.state).toBe('draft');
    expect(review.texts?.goals).toBe('新的目标任务');
    expect((await listAudit(db, unitId, { limit: 2 })).map((a) => a.action)).toEqual(['planReview.edit', 'planTexts.save']);
  });

  it('R-STAGE-PLAN: an empty 指导思想 is refused in Chinese and nothing changes', async () => {
    const { db, unitId, snap } = await setup();
    const before = await snap();
    const texts = { ...defaultPlanTexts(before, []), guidingIdeology: '   ' };
    await expect(savePlanTexts(db, unitId, 'analysis', texts, ctx)).rejects.toThrow(UserError);
    await expect(savePlanTexts(db, unitId, 'analysis', texts, ctx)).rejects.toThrow('请填写指导思想');
    expect((await snap()).planReviews).toEqual(before.planReviews);
  });
});
