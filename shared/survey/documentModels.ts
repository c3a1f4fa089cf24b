/**
 * 满意度测评's paper (R-SURVEY-70): the blank 测评表 on the unit's scale, and each round's
 * 测评结果统计表 with the rate's formula, the floor, the 补课 and the round's verdict.
 */
import type { SurveyBallotModel, SurveyTallyModel } from '../documents/surveys';
import { formatRate, formatRateAgainst, isBelowFloor, rateFormula, roundRates, satisfiedAnswers } from './rate';
import { SURVEY_SCALE_OPTIONS, SURVEY_SUBJECT_LABEL, type SurveyRound, type SurveyScale, type SurveySubject } from './types';

/** The subjects a new round rates unless the secretary changes them: the two special meetings. */
export const DEFAULT_SUBJECTS: readonly SurveySubject[] = ['democraticLife', 'orgLife'];

export function surveyBallotModel(v: { orgName: string; scale: SurveyScale; subjects: readonly SurveySubject[]; date?: string }): SurveyBallotModel {
  const subjects = v.subjects.map((s) => SURVEY_SUBJECT_LABEL[s]);
  return {
    unitName: v.orgName,
    intro: `请您对${subjects.join('、')}的情况进行测评，在相应栏内划“√”。`,
    subjects,
    options: [...SURVEY_SCALE_OPTIONS[v.scale]],
    ...(v.date ? { date: v.date } : {}),
  };
}

export function surveyTallyModel(v: { orgName: string; round: SurveyRound; floor: number; signDate: string }): SurveyTallyModel {
  const r = v.round;
  const rates = roundRates(r);
  const n = satisfiedAnswers(r.scale);
  const rows = r.tallies.map((t, i) => {
    const s = rates.subjects[i];
    return {
      subject: SURVEY_SUBJECT_LABEL[t.subject],
      issued: r.issued,
      returned: r.returned,
      valid: s.valid,
      satisfied: t.counts[0] ?? 0,
      basicallySatisfied: t.counts.slice(1, n).reduce((a, b) => a + b, 0),
      unsatisfied: t.counts[n] ?? 0,
      rate: s.rate ?? 0,
      counts: [...t.counts],
      invalid: t.invalid,
    };
  });
  const floor = formatRate(v.floor);
  const notes: string[] = [`本次为第${r.round}轮测评，发出测评表${r.issued}份，收回${r.returned}份。`];
  if (r.round > 1 && r.remedy?.trim()) notes.push(`第${r.round - 1}轮测评满意率低于${floor}，补课情况：${r.remedy.trim()}`);
  if (rates.overall.rate !== undefined) {
    notes.push(`各测评项目合计有效票${rates.overall.valid}张，总体满意率${formatRateAgainst(rates.overall.rate, v.floor)}。每一项满意率都要达到${floor}。`);
  }
  if (r.status === 'closed' && rates.deciding !== undefined) {
    notes.push(
      isBelowFloor(rates.deciding, v.floor)
        ? `结论：本轮满意率${formatRateAgainst(rates.deciding, v.floor)}，低于${floor}，须补课后重新测评。`
        : `结论：本轮满意率${formatRateAgainst(rates.deciding, v.floor)}，达到${floor}，不需补课。`,
    );
  } else {
    notes.push('本轮测评尚在计票，结果以计票完成后为准。');
  }
  return {
    unitName: v.orgName,
    title: `${v.orgName}群众满意度测评结果统计表（第${r.round}轮）`,
    date: r.date,
    rows,
    threshold: v.floor,
    rule: rateFormula(r.scale),
    options: [...SURVEY_SCALE_OPTIONS[r.scale]],
    notes,
    signature: { name: v.orgName, date: r.closedOn ?? v.signDate },
  };
}
