/**
 * The checklist measure of 满意度测评 (R-SURVEY-70): the latest closed round reached the floor
 * (the template's threshold, the unit's own if higher, never below 70 %); below it the step is
 * open again as 补课 and a new round is required.
 */
import { factsMeasure, type MeasureResult } from '../campaign/measure';
import { formatRate, formatRateAgainst, isBelowFloor, roundRates, surveyFloor } from './rate';
import type { SurveyRound, SurveyStatus } from './types';

export const SURVEY_FEATURE = 'survey';

/** Each round's subjects and their rates (recomputed from the tallies), the few rounds there are. */
export interface SurveyFacts {
  rounds: { round: number; status: SurveyStatus; subjects: { label: string; rate?: number }[] }[];
}

type FactRound = SurveyFacts['rounds'][number];

/** The facts of a unit's rounds: rates recomputed from the tallies (a stored rate is history only). */
export function surveyFactsOf(rounds: readonly Pick<SurveyRound, 'round' | 'status' | 'scale' | 'tallies'>[]): SurveyFacts {
  return {
    rounds: rounds.map((r) => ({
      round: r.round,
      status: r.status,
      subjects: roundRates(r).subjects.map((s) => ({ label: s.label, ...(s.rate !== undefined ? { rate: s.rate } : {}) })),
    })),
  };
}

function deciding(r: FactRound): number | undefined {
  const rates = r.subjects.map((s) => s.rate);
  return rates.length > 0 && rates.every((x) => x !== undefined) ? Math.min(...(rates as number[])) : undefined;
}

/** R-SURVEY-70 over the facts and the floor in force. */
export function surveyResult(f: SurveyFacts, floor: number): MeasureResult {
  const rounds = [...f.rounds].sort((a, b) => a.round - b.round);
  const closed = rounds.filter((r) => r.status === 'closed');
  const last = closed.at(-1);
  const counting = rounds.filter((r) => r.status === 'counting').at(-1);
  const floorText = formatRate(floor);
  if (!last) {
    return { done: false, detail: counting ? `第${counting.round}轮测评正在计票，尚未完成` : '尚未开展群众满意度测评' };
  }
  const rate = deciding(last) ?? 0;
  const shown = formatRateAgainst(rate, floor);
  if (isBelowFloor(rate, floor)) {
    const below = last.subjects.filter((s) => s.rate === undefined || isBelowFloor(s.rate, floor)).map((s) => s.label);
    const which = last.subjects.length > 1 && below.length > 0 ? `（${below.join('、')}）` : '';
    const now = counting && counting.round > last.round ? `；第${counting.round}轮测评正在计票` : '';
    return { done: false, detail: `第${last.round}轮满意率${shown}，低于${floorText}，须补课后重新测评${which}${now}` };
  }
  const before = closed.length > 1 ? `（此前${closed.length - 1}轮低于${floorText}，已补课）` : '';
  return { done: true, detail: `第${last.round}轮满意率${shown}，达到${floorText}${before}` };
}

export const surveyMeasures = [
  factsMeasure<SurveyFacts>({
    key: 'notices.survey',
    label: '群众满意度测评',
    feature: SURVEY_FEATURE,
    compute: (f, s) => surveyResult(f, surveyFloor(s.template, s.thresholdOverrides)),
  }),
];
