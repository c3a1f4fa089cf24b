/**
 * A unit's campaign records: 督导组 acceptances, stage schedules and checklist ticks.
 * Plan, meeting and threshold writes live in their own files and are re-exported here.
 */
import { actorName } from './audit';
import { cleanLine, cleanMultiline } from '@shared/util/text';
import { validateAcceptance, type AcceptanceInput } from '@shared/campaign/gates';
import { findStage } from '@shared/campaign/lookup';
import { extendSchedule as extended, shiftForLateTransition, validateExtension, validateScheduleEdit } from '@shared/campaign/schedule';
import type { CampaignTemplate } from '@shared/campaign/template';
import type { Acceptance, ChecklistTick, StageSchedule } from '@shared/campaign/types';
import { addDays, diffDays, formatChineseDate, isValidIsoDate } from '@shared/util/dates';
import { UserError } from '@shared/util/result';
import type { PytDb } from '../db';
import { writeUnit } from '../write';
import type { CampaignContext } from './context';
import { failGate } from './errors';
import { CAMPAIGN_TABLES, loadSnapshot } from './snapshot';
import { markEdited } from './plan';

export { savePlanAction, removePlanAction, transitionPlanReview, savePlanTexts, type PlanActionInput } from './plan';
export { saveMeeting, type MeetingInput } from './meetings';
export { changeThreshold } from './thresholds';


function stageTitle(template: CampaignTemplate, stageId: string): string {
  const stage = findStage(template, stageId);
  if (!stage) throw new UserError(`模板中没有阶段 ${stageId}`);
  return stage.title;
}

/** R-STAGE-ACCEPT: records a 督导组 acceptance (passed or not); the latest one counts. */
export async function recordAcceptance(
  db: PytDb,
  unitId: string,
  input: AcceptanceInput,
  ctx: CampaignContext,
): Promise<Acceptance> {
  input = { ...input, supervisor: cleanLine(input.supervisor), opinion: cleanMultiline(input.opinion) };
  const title = stageTitle(ctx.template, input.stageId);
  failGate(validateAcceptance(input, ctx.today));
  const acceptance: Acceptance = {
    id: crypto.randomUUID(),
    unitId,
    stageId: input.stageId,
    supervisor: input.supervisor,
    date: input.date,
    opinion: input.opinion,
    passed: input.passed,
    recordedAt: ctx.now,
  };
  await writeUnit(db, unitId, ctx, CAMPAIGN_TABLES, async (w) => {
    // A stage the unit has not entered yet cannot be accepted (R-STAGE-ACCEPT).
    failGate(validateAcceptance(input, ctx.today, await loadSnapshot(db, unitId, ctx.template)));
    await db.acceptances.add(acceptance);
    w.audit({
      action: 'acceptance.record',
      entity: 'acceptance',
      entityId: acceptance.id,
      summary: `${title}${acceptance.passed ? '验收合格' : '验收未通过'}（督导组 ${acceptance.supervisor}，${formatChineseDate(acceptance.date)}）`,
    });
  });
  return acceptance;
}

/** R-STAGE-SCHEDULE: edits a stage's dates, kept in order with the other stages. */
export async function setSchedule(db: PytDb, unitId: string, edited: Omit<StageSchedule, 'unitId'>, ctx: CampaignContext) {
  const title = stageTitle(ctx.template, edited.stageId);
  const schedule: StageSchedule = { ...edited, unitId };
  if (schedule.extensionReason !== undefined) schedule.extensionReason = cleanMultiline(schedule.extensionReason);
  return writeUnit(db, unitId, ctx, ['schedules'], async (w) => {
    const all = await db.schedules.where('unitId').equals(unitId).toArray();
    failGate(validateScheduleEdit(ctx.template, all, schedule));
    await db.schedules.put(schedule);
    w.audit({
      action: 'schedule.update',
      entity: 'schedule',
      entityId: schedule.stageId,
      summary: `调整${title}时间为${formatChineseDate(schedule.start)}至${formatChineseDate(schedule.due)}`,
    });
    return schedule;
  });
}

/** 时间服从质量: extends a stage's due date; the reason is required and kept. */
export async function extendSchedule(
  db: PytDb,
  unitId: string,
  stageId: string,
  newDue: string,
  reason: string,
  ctx: CampaignContext,
): Promise<StageSchedule> {
  reason = cleanMultiline(reason);
  const title = stageTitle(ctx.template, stageId);
  return writeUnit(db, unitId, ctx, ['schedules'], async (w) => {
    const current = await db.schedules.get([unitId, stageId]);
    if (!current) throw new UserError(`尚未确定${title}的时间安排`);
    failGate(validateExtension(current, newDue, reason));
    const next = extended(current, newDue, reason);
    // Like any edit, an extension keeps the stages in order.
    failGate(validateScheduleEdit(ctx.template, await db.schedules.where('unitId').equals(unitId).toArray(), next));
    await db.schedules.put(next);
    w.audit({
      action: 'schedule.extend',
      entity: 'schedule',
      entityId: stageId,
      summary: `${title}延长至${formatChineseDate(newDue)}，理由：${next.extensionReason}`,
    });
    return next;
  });
}

/**
 * R-STAGE-SCHEDULE: a unit that transitioned late moves this stage and every later one by the
 * delay, keeping their lengths, and its plan actions with them; the plan goes back for review.
 */
export async function shiftForLateStart(
  db: PytDb,
  unitId: string,
  stageId: string,
  actualStart: string,
  ctx: CampaignContext,
): Promise<number> {
  const title = stageTitle(ctx.template, stageId);
  if (!isValidIsoDate(actualStart)) throw new UserError('请填写正确的实际开始日期');
  return writeUnit(db, unitId, ctx, ['schedules', 'planActions', 'planReviews'], async (w) => {
    const before = await db.schedules.where('unitId').equals(unitId).toArray();
    const current = before.find((x) => x.stageId === stageId);
    if (!current) throw new UserError(`尚未确定${title}的时间安排`);
    const delay = diffDays(actualStart, current.start);
    if (delay <= 0) throw new UserError(`实际开始日期应晚于原定的${formatChineseDate(current.start)}，否则无需顺延`);
    const after = shiftForLateTransition(before, stageId, actualStart);
    const moved = after.filter((x, i) => x !== before[i]);
    await db.schedules.bulkPut(moved);
    const movedStages = new Set(moved.map((x) => x.stageId));
    const actions = (await db.planActions.where('unitId').equals(unitId).toArray()).filter((a) => movedStages.has(a.stageId));
    await db.planActions.bulkPut(actions.map((a) => ({ ...a, due: addDays(a.due, delay) })));
    w.audit({
      action: 'schedule.shift',
      entity: 'schedule',
      entityId: stageId,
      summary: `转段较晚，${title}自${formatChineseDate(actualStart)}开始，本阶段及以后各阶段和方案动作顺延 ${delay} 天`,
    });
    for (const id of movedStages) await markEdited(db, w, unitId, id, ctx);
    return delay;
  });
}

/** Ticks (or unticks) a checklist item that has no computed measure. */
export async function setTick(
  db: PytDb,
  unitId: string,
  itemId: string,
  input: { done: boolean; note?: string },
  ctx: CampaignContext,
): Promise<ChecklistTick> {
  const item = ctx.template.stages
    .flatMap((s) => [...s.lookback, ...s.steps.flatMap((st) => st.items)])
    .find((i) => i.id === itemId);
  if (!item) throw new UserError(`模板中没有检查项 ${itemId}`);
  if (item.measure) throw new UserError(`“${item.title}”由系统根据数据自动判断，不能手工勾选`);
  const note = input.note === undefined ? undefined : cleanMultiline(input.note);
  const tick: ChecklistTick = { unitId, itemId, done: input.done, by: actorName(ctx.actor), at: ctx.now, ...(note ? { note } : {}) };
  await writeUnit(db, unitId, ctx, ['ticks'], async (w) => {
    await db.ticks.put(tick);
    w.audit({
      action: input.done ? 'tick.done' : 'tick.undo',
      entity: 'tick',
      entityId: itemId,
      summary: `${input.done ? '完成' : '取消完成'}：${item.title}`,
    });
  });
  return tick;
}
