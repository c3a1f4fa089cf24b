/**
 * 满意度测评 (R-SURVEY-70): rounds of ballots counted one by one (or their totals typed in),
 * closed against the floor in force (the template's, the unit's own if higher, never below
 * 70 %). Below it the next round is 补课; every closed round stays as history.
 */
import { formatRate, formatRateAgainst, isBelowFloor, roundRates, surveyFloor } from '@shared/survey/rate';
import {
  answerLabel,
  closeProblems,
  deleteProblems,
  newRoundProblems,
  reopenProblems,
  roundEditProblems,
  sortRounds,
  tallyProblems,
  voteProblems,
  type Answer,
  type RoundDraft,
} from '@shared/survey/rounds';
import { SURVEY_SUBJECT_LABEL, type SurveyRound, type SurveySubject } from '@shared/survey/types';
import { formatChineseDate } from '@shared/util/dates';
import { UserError } from '@shared/util/result';
import { cleanMultiline } from '@shared/util/text';
import type { PytDb } from '../db';
import { writeUnit } from '../write';
import type { CampaignContext } from './context';
import { failIf } from './errors';

type Ctx = Pick<CampaignContext, 'actor' | 'now' | 'today' | 'template'>;

async function unitRounds(db: PytDb, unitId: string): Promise<SurveyRound[]> {
  return sortRounds(await db.surveyRounds.where('unitId').equals(unitId).toArray());
}

async function ownRound(db: PytDb, unitId: string, id: string): Promise<SurveyRound> {
  const r = await db.surveyRounds.get(id);
  if (!r || r.unitId !== unitId) throw new UserError('该轮测评不存在或已被删除');
  return r;
}

/** The floor in force now, from the template and the unit's recorded threshold. */
export async function currentFloor(db: PytDb, unitId: string, template: CampaignContext['template']): Promise<number> {
  const rows = await db.thresholdOverrides.where('unitId').equals(unitId).toArray();
  return surveyFloor(template, Object.fromEntries(rows.map((o) => [o.key, o.value])));
}

/** Starts the first round, or a 补课 round after one below the floor. */
export async function startRound(db: PytDb, unitId: string, input: RoundDraft, ctx: Ctx): Promise<SurveyRound> {
  const draft: RoundDraft = { ...input, subjects: [...(input.subjects ?? [])], remedy: cleanMultiline(input.remedy ?? ''), note: cleanMultiline(input.note ?? '') };
  return writeUnit(db, unitId, ctx, ['surveyRounds', 'thresholdOverrides'], async (w) => {
    const rounds = await unitRounds(db, unitId);
    const floor = await currentFloor(db, unitId, ctx.template);
    failIf(newRoundProblems(rounds, draft, floor, ctx.today));
    const round = (rounds.at(-1)?.round ?? 0) + 1;
    const r: SurveyRound = {
      id: crypto.randomUUID(),
      unitId,
      round,
      scale: draft.scale,
      date: draft.date,
      issued: draft.issued,
      returned: draft.returned,
      tallies: draft.subjects.map((subject) => ({ subject, counts: draft.scale === 'four' ? [0, 0, 0, 0] : [0, 0, 0], invalid: 0 })),
      status: 'counting',
      ...(draft.remedy ? { remedy: draft.remedy } : {}),
      ...(draft.note ? { note: draft.note } : {}),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    await db.surveyRounds.put(r);
    w.audit({
      action: 'surveyRound.create',
      entity: 'surveyRound',
      entityId: r.id,
      summary: `开始第${round}轮群众满意度测评${round > 1 ? '（补课后）' : ''}，${formatChineseDate(r.date)}，发出${r.issued}份，收回${r.returned}份`,
    });
    return r;
  });
}

/** A counting round's date, ballots issued and returned, 补课 and note. */
export async function editRound(
  db: PytDb,
  unitId: string,
  id: string,
  input: { date: string; issued: number; returned: number; remedy: string; note: string },
  ctx: Ctx,
): Promise<SurveyRound> {
  const d = { ...input, remedy: cleanMultiline(input.remedy ?? ''), note: cleanMultiline(input.note ?? '') };
  return writeUnit(db, unitId, ctx, ['surveyRounds'], async (w) => {
    const old = await ownRound(db, unitId, id);
    const previous = (await unitRounds(db, unitId)).filter((r) => r.round < old.round).at(-1);
    failIf(roundEditProblems(old, d, previous, ctx.today));
    const { remedy: _r, note: _n, ...rest } = old;
    const r: SurveyRound = {
      ...rest,
      date: d.date,
      issued: d.issued,
      returned: d.returned,
      ...(d.remedy ? { remedy: d.remedy } : {}),
      ...(d.note ? { note: d.note } : {}),
      updatedAt: ctx.now,
    };
    await db.surveyRounds.put(r);
    w.audit({ action: 'surveyRound.update', entity: 'surveyRound', entityId: id, summary: `修改第${r.round}轮测评：${formatChineseDate(r.date)}，发出${r.issued}份，收回${r.returned}份` });
    return r;
  });
}

/** One ballot's answer on one subject counted (+1), or the last click taken back (−1). */
export async function countBallot(db: PytDb, unitId: string, id: string, subject: SurveySubject, answer: Answer, delta: 1 | -1, ctx: Ctx): Promise<SurveyRound> {
  return writeUnit(db, unitId, ctx, ['surveyRounds'], async (w) => {
    const old = await ownRound(db, unitId, id);
    failIf(voteProblems(old, subject, answer, delta));
    const tallies = old.tallies.map((t) => {
      if (t.subject !== subject) return t;
      return answer === 'invalid' ? { ...t, invalid: t.invalid + delta } : { ...t, counts: t.counts.map((c, i) => (i === answer ? c + delta : c)) };
    });
    const r: SurveyRound = { ...old, tallies, updatedAt: ctx.now };
    await db.surveyRounds.put(r);
    const t = tallies.find((x) => x.subject === subject)!;
    const now = answer === 'invalid' ? t.invalid : t.counts[answer];
    w.audit({
      action: delta === 1 ? 'surveyRound.count' : 'surveyRound.uncount',
      entity: 'surveyRound',
      entityId: id,
      summary: `第${r.round}轮测评计票：${SURVEY_SUBJECT_LABEL[subject]}“${answerLabel(r.scale, answer)}”${delta === 1 ? '加' : '减'}一张（现 ${now} 张）`,
    });
    return r;
  });
}

/** A subject's totals typed in (counted on paper beforehand). */
export async function setTally(db: PytDb, unitId: string, id: string, subject: SurveySubject, counts: number[], invalid: number, ctx: Ctx): Promise<SurveyRound> {
  return writeUnit(db, unitId, ctx, ['surveyRounds'], async (w) => {
    const old = await ownRound(db, unitId, id);
    failIf(tallyProblems(old, subject, counts, invalid));
    const tallies = old.tallies.map((t) => (t.subject === subject ? { subject, counts: [...counts], invalid } : t));
    const r: SurveyRound = { ...old, tallies, updatedAt: ctx.now };
    await db.surveyRounds.put(r);
    const words = counts.map((c, i) => `${answerLabel(r.scale, i)} ${c}`).join('、');
    w.audit({ action: 'surveyRound.tally', entity: 'surveyRound', entityId: id, summary: `第${r.round}轮测评填写合计：${SURVEY_SUBJECT_LABEL[subject]}${words}、无效 ${invalid}` });
    return r;
  });
}

/** Closes a fully counted round against the floor in force; below it the step reopens as 补课. */
export async function closeRound(db: PytDb, unitId: string, id: string, ctx: Ctx): Promise<SurveyRound> {
  return writeUnit(db, unitId, ctx, ['surveyRounds', 'thresholdOverrides'], async (w) => {
    const old = await ownRound(db, unitId, id);
    failIf(closeProblems(old));
    const floor = await currentFloor(db, unitId, ctx.template);
    const rate = roundRates(old).deciding ?? 0;
    const closedOn = ctx.today < old.date ? old.date : ctx.today;
    const r: SurveyRound = { ...old, status: 'closed', floor, rate, closedOn, updatedAt: ctx.now };
    await db.surveyRounds.put(r);
    const shown = formatRateAgainst(rate, floor);
    const floorText = formatRate(floor);
    w.audit({
      action: 'surveyRound.close',
      entity: 'surveyRound',
      entityId: id,
      summary: `第${r.round}轮测评完成计票，满意率${shown}，${isBelowFloor(rate, floor) ? `低于${floorText}，须补课后重新测评` : `达到${floorText}`}`,
    });
    return r;
  });
}

/** Puts the latest closed round back to counting, to correct a count. */
export async function reopenRound(db: PytDb, unitId: string, id: string, ctx: Ctx): Promise<SurveyRound> {
  return writeUnit(db, unitId, ctx, ['surveyRounds'], async (w) => {
    const old = await ownRound(db, unitId, id);
    failIf(reopenProblems(await unitRounds(db, unitId), old));
    const { floor: _f, rate: _r, closedOn: _c, ...rest } = old;
    const r: SurveyRound = { ...rest, status: 'counting', updatedAt: ctx.now };
    await db.surveyRounds.put(r);
    w.audit({ action: 'surveyRound.reopen', entity: 'surveyRound', entityId: id, summary: `第${r.round}轮测评改回计票` });
    return r;
  });
}

/** Deletes the latest round while it is still counting (started by mistake). */
export async function deleteRound(db: PytDb, unitId: string, id: string, ctx: Ctx): Promise<void> {
  await writeUnit(db, unitId, ctx, ['surveyRounds'], async (w) => {
    const old = await ownRound(db, unitId, id);
    failIf(deleteProblems(await unitRounds(db, unitId), old));
    await db.surveyRounds.delete(id);
    w.audit({ action: 'surveyRound.delete', entity: 'surveyRound', entityId: id, summary: `删除第${old.round}轮测评（尚未完成计票）` });
  });
}
