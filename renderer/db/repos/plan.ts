/**
 * R-STAGE-PLAN: the stage work plan (工作方案) and its 督导组 review. 规定动作 cannot be removed
 * or renamed; any edit of a submitted or approved plan sends it back to 草稿.
 */
import { actorName } from './audit';
import { cleanLine, cleanMultiline } from '@shared/util/text';
import { applyPlanReviewEvent, canRemovePlanAction, nextPlanReview, validatePlanAction } from '@shared/campaign/plan';
import { defaultSchedule, findStage } from '@shared/campaign/lookup';
import { PLAN_REVIEW_LABEL, type PlanAction, type PlanReview, type PlanReviewEvent, type PlanTexts } from '@shared/campaign/types';
import { cleanPlanTexts, validatePlanTexts } from '@shared/campaign/planTexts';
import { UserError } from '@shared/util/result';
import type { PytDb } from '../db';
import { writeUnit, type UnitWrite } from '../write';
import type { CampaignContext } from './context';
import { failGate, reasonsMessage } from './errors';
import { CAMPAIGN_TABLES, loadSnapshot } from './snapshot';

export interface PlanActionInput {
  /** Absent for a new 自选动作. */
  id?: string;
  stageId: string;
  title: string;
  description: string;
  due: string;
  order?: number;
}

/** An edit sends a submitted or approved plan back to 草稿 (call inside the write's transaction). */
export async function markEdited(db: PytDb, w: UnitWrite, unitId: string, stageId: string, ctx: CampaignContext): Promise<void> {
  const review = await db.planReviews.get([unitId, stageId]);
  if (!review) return;
  const next = nextPlanReview(review.state, 'edit');
  if (!next.ok || next.value === review.state) return;
  await db.planReviews.put({
    ...review,
    state: next.value,
    history: [...review.history, { state: next.value, at: ctx.now, by: actorName(ctx.actor), note: '修改工作方案' }],
  });
  w.audit({
    action: 'planReview.edit',
    entity: 'planReview',
    entityId: stageId,
    summary: `工作方案修改后由“${PLAN_REVIEW_LABEL[review.state]}”改为“${PLAN_REVIEW_LABEL[next.value]}”，需重新报督导组审核`,
  });
}

export async function savePlanAction(
  db: PytDb,
  unitId: string,
  input: PlanActionInput,
  ctx: CampaignContext,
): Promise<PlanAction> {
  const stage = findStage(ctx.template, input.stageId);
  if (!stage) throw new UserError(`模板中没有阶段 ${input.stageId}`);
  return writeUnit(db, unitId, ctx, ['schedules', 'planActions', 'planReviews'], async (w) => {
    const unit = w.unit;
    const old = input.id ? await db.planActions.get(input.id) : undefined;
    if (input.id && (!old || old.unitId !== unitId)) throw new UserError('该动作不存在或已被删除');
    if (old && old.stageId !== input.stageId) throw new UserError('不能把动作移到其他阶段');
    if (old?.mandatory && cleanLine(input.title) !== old.title) {
      throw new UserError(`“${old.title}”是规定动作，不能改名`);
    }
    const siblings = await db.planActions.where('[unitId+stageId]').equals([unitId, input.stageId]).toArray();
    const action: PlanAction = {
      id: old?.id ?? crypto.randomUUID(),
      unitId,
      stageId: input.stageId,
      mandatory: old?.mandatory ?? false,
      ...(old?.templateActionId ? { templateActionId: old.templateActionId } : {}),
      title: cleanLine(input.title),
      description: cleanMultiline(input.description),
      due: input.due,
      order: input.order ?? old?.order ?? siblings.reduce((max, a) => Math.max(max, a.order + 1), 0),
    };
    const schedule = (await db.schedules.get([unitId, stage.id])) ?? defaultSchedule(stage, unitId, unit.year);
    failGate(validatePlanAction(action, schedule));
    await db.planActions.put(action);
    w.audit({
      action: old ? 'planAction.update' : 'planAction.create',
      entity: 'planAction',
      entityId: action.id,
      summary: `${old ? '修改' : '新增'}${action.mandatory ? '规定' : '自选'}动作 ${action.title}`,
    });
    await markEdited(db, w, unitId, action.stageId, ctx);
    return action;
  });
}

/** Refuses 规定动作 (R-STAGE-PLAN) with the rule's own message. */
export async function removePlanAction(db: PytDb, unitId: string, actionId: string, ctx: CampaignContext): Promise<void> {
  await writeUnit(db, unitId, ctx, ['planActions', 'planReviews'], async (w) => {
    const a = await db.planActions.get(actionId);
    if (!a || a.unitId !== unitId) throw new UserError('该动作不存在或已被删除');
    failGate(canRemovePlanAction(a));
    await db.planActions.delete(actionId);
    w.audit({
      action: 'planAction.delete',
      entity: 'planAction',
      entityId: actionId,
      summary: `删除自选动作 ${a.title}`,
    });
    await markEdited(db, w, unitId, a.stageId, ctx);
  });
}

/** submit / return / approve / edit; submitting checks the whole plan first. */
export async function transitionPlanReview(
  db: PytDb,
  unitId: string,
  stageId: string,
  event: PlanReviewEvent,
  ctx: CampaignContext & { note?: string },
): Promise<PlanReview> {
  return writeUnit(db, unitId, ctx, CAMPAIGN_TABLES, async (w) => {
    const snapshot = await loadSnapshot(db, unitId, ctx.template);
    const r = applyPlanReviewEvent(snapshot, stageId, event);
    if (!r.ok) throw new UserError(reasonsMessage(r.error));
    const old = snapshot.planReviews.find((p) => p.stageId === stageId);
    const note = ctx.note === undefined ? undefined : cleanMultiline(ctx.note);
    const review: PlanReview = {
      // Keeps the plan's texts: a review step changes the state, not the plan.
      ...old,
      unitId,
      stageId,
      state: r.value,
      history: [...(old?.history ?? []), { state: r.value, at: ctx.now, by: actorName(ctx.actor), ...(note ? { note } : {}) }],
    };
    await db.planReviews.put(review);
    const from = PLAN_REVIEW_LABEL[old?.state ?? 'draft'];
    w.audit({
      action: `planReview.${event}`,
      entity: 'planReview',
      entityId: stageId,
      summary: `工作方案由“${from}”改为“${PLAN_REVIEW_LABEL[r.value]}”${note ? `：${note}` : ''}`,
    });
    return review;
  });
}

/** Saves the plan's prose (指导思想, 目标任务 …); like any edit, it sends a reviewed plan back to 草稿. */
export async function savePlanTexts(
  db: PytDb,
  unitId: string,
  stageId: string,
  texts: PlanTexts,
  ctx: CampaignContext,
): Promise<PlanReview> {
  if (!findStage(ctx.template, stageId)) throw new UserError(`模板中没有阶段 ${stageId}`);
  const clean = cleanPlanTexts(texts);
  failGate(validatePlanTexts(clean));
  return writeUnit(db, unitId, ctx, ['planReviews'], async (w) => {
    const before = await db.planReviews.get([unitId, stageId]);
    if (before && JSON.stringify(before.texts) === JSON.stringify(clean)) return before;
    const base: PlanReview = before ?? { unitId, stageId, state: 'draft', history: [] };
    await db.planReviews.put({ ...base, texts: clean });
    w.audit({
      action: 'planTexts.save',
      entity: 'planReview',
      entityId: stageId,
      summary: '修改工作方案的指导思想、目标任务等文字',
    });
    await markEdited(db, w, unitId, stageId, ctx);
    return (await db.planReviews.get([unitId, stageId]))!;
  });
}
