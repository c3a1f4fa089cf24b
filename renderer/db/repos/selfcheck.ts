/**
 * 阶段自查 (R-STAGE-SELFCHECK): one per unit and stage. Saving keeps the texts and the figures as
 * measured then; a change after the report was exported clears the export and the request for
 * acceptance, so what the 督导组 is asked to accept is always what was exported.
 */
import { findStage } from '@shared/campaign/lookup';
import { sameFigures } from '@shared/selfcheck/figures';
import { SELF_CHECK_POINTS } from '@shared/selfcheck/points';
import { missingPoints, readyGate } from '@shared/selfcheck/ready';
import { selfCheckRecord } from '@shared/selfcheck/schema';
import type { SelfCheck } from '@shared/selfcheck/types';
import { cleanSelfCheckDraft, selfCheckDraftProblems, type SelfCheckDraft } from '@shared/selfcheck/validate';
import { formatChineseDate } from '@shared/util/dates';
import { UserError } from '@shared/util/result';
import type { PytDb } from '../db';
import { writeUnit } from '../write';
import type { CampaignContext } from './context';
import { failGate, failIf } from './errors';

export async function getSelfCheck(db: PytDb, unitId: string, stageId: string): Promise<SelfCheck | undefined> {
  return db.selfChecks.where('[unitId+stageId]').equals([unitId, stageId]).first();
}

async function ownCheck(db: PytDb, unitId: string, stageId: string): Promise<SelfCheck> {
  const c = await getSelfCheck(db, unitId, stageId);
  if (!c) throw new UserError('还没有保存自查情况：请先对照六个方面填写并保存');
  return c;
}

const TEXTS = ['recipients', 'intro', 'shortcomings', 'nextSteps'] as const;

function sameContent(old: SelfCheck, d: SelfCheckDraft): boolean {
  return (
    TEXTS.every((k) => (old[k] ?? '') === (d[k] ?? '')) &&
    SELF_CHECK_POINTS.every((p) => old.assessments[p] === d.assessments[p]) &&
    sameFigures(old, d.figures)
  );
}

function checked(record: SelfCheck): SelfCheck {
  const p = selfCheckRecord.safeParse(record);
  if (!p.success) throw new UserError(`自查内容不能保存：${p.error.issues[0]?.message ?? '内容不符合要求'}`);
  return record;
}

/** Saves the texts and the figures as measured now; nothing is written when nothing changed. */
export async function saveSelfCheck(db: PytDb, unitId: string, input: SelfCheckDraft, ctx: CampaignContext): Promise<SelfCheck> {
  if (!findStage(ctx.template, input.stageId)) throw new UserError(`模板中没有阶段 ${input.stageId}`);
  const d = cleanSelfCheckDraft(input);
  failIf(selfCheckDraftProblems(d));
  return writeUnit(db, unitId, ctx, ['selfChecks'], async (w) => {
    const old = await getSelfCheck(db, unitId, d.stageId);
    if (old && sameContent(old, d)) return old;
    const record = checked({
      id: old?.id ?? crypto.randomUUID(),
      unitId,
      stageId: d.stageId,
      ...(d.recipients ? { recipients: d.recipients } : {}),
      intro: d.intro,
      assessments: d.assessments,
      ...d.figures,
      ...(d.shortcomings ? { shortcomings: d.shortcomings } : {}),
      ...(d.nextSteps ? { nextSteps: d.nextSteps } : {}),
      date: ctx.today,
      ...(old?.note !== undefined ? { note: old.note } : {}),
      createdAt: old?.createdAt ?? ctx.now,
      updatedAt: ctx.now,
    });
    await db.selfChecks.put(record);
    const missing = missingPoints(record.assessments).length;
    const filled = missing === 0 ? '六个方面都已填写' : `还有 ${missing} 个方面未填写`;
    const undone = old?.readyOn ? '；修改后撤回了验收申请，需重新导出自查报告并提请验收' : old?.reportOn ? '；修改后需重新导出自查报告' : '';
    w.audit({ action: old ? 'selfCheck.update' : 'selfCheck.create', entity: 'selfCheck', entityId: record.id, summary: `${old ? '修改' : '填写'}阶段自查（${filled}）${undone}` });
    return record;
  });
}

/** Records that the 自查报告 was exported from the saved content today. */
export async function markSelfCheckReported(db: PytDb, unitId: string, stageId: string, ctx: CampaignContext): Promise<SelfCheck> {
  return writeUnit(db, unitId, ctx, ['selfChecks'], async (w) => {
    const old = await ownCheck(db, unitId, stageId);
    const record = checked({ ...old, reportOn: ctx.today, updatedAt: ctx.now });
    await db.selfChecks.put(record);
    w.audit({ action: 'selfCheck.export', entity: 'selfCheck', entityId: record.id, summary: '导出分析评议阶段自查报告' });
    return record;
  });
}

/**
 * “提请督导组验收”: refused, with the reasons, until every point is assessed and the report was
 * exported from what was saved. The stage's other unfinished items do not refuse it: the report
 * states them, and the 督导组 decides.
 */
export async function markSelfCheckReady(db: PytDb, unitId: string, stageId: string, ctx: CampaignContext): Promise<SelfCheck> {
  return writeUnit(db, unitId, ctx, ['selfChecks'], async (w) => {
    const old = await getSelfCheck(db, unitId, stageId);
    failGate(readyGate(old));
    const record = checked({ ...old!, readyOn: ctx.today, updatedAt: ctx.now });
    await db.selfChecks.put(record);
    w.audit({ action: 'selfCheck.ready', entity: 'selfCheck', entityId: record.id, summary: `自查报告已导出（${formatChineseDate(record.reportOn!)}），提请督导组检查验收` });
    return record;
  });
}
