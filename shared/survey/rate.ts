/**
 * The satisfaction rate of 满意度测评 (R-SURVEY-70) and the floor it is held to. Every answer but
 * the last (不满意) counts as satisfied: (满意 + 基本满意) ÷ 有效票 on three answers,
 * (满意 + 比较满意 + 基本满意) ÷ 有效票 on four. Invalid ballots are not 有效票.
 */
import type { CampaignTemplate } from '../campaign/template';
import { thresholdValue } from '../campaign/thresholds';
import { SURVEY_SCALE_OPTIONS, SURVEY_SUBJECT_LABEL, type SurveyRound, type SurveyScale, type SurveySubject } from './types';

/** The city's floor (70 %): a unit may raise it, never lower it. */
export const SURVEY_CITY_FLOOR = 0.7;
export const SATISFACTION_THRESHOLD_KEY = 'satisfactionRate';

/**
 * The floor in force for a unit: its template's threshold with the unit's own value where the
 * template allows it, and never below the city's 70 % whatever a template, an old unit or a
 * restored backup says.
 */
export function surveyFloor(template: CampaignTemplate, overrides: Readonly<Record<string, number>>): number {
  const set = template.thresholds[SATISFACTION_THRESHOLD_KEY] ? thresholdValue(template, { ...overrides }, SATISFACTION_THRESHOLD_KEY) : SURVEY_CITY_FLOOR;
  return Number.isFinite(set) && set > SURVEY_CITY_FLOOR ? Math.min(set, 1) : SURVEY_CITY_FLOOR;
}

/** How many answers of the scale count as satisfied: all but 不满意. */
export function satisfiedAnswers(scale: SurveyScale): number {
  return SURVEY_SCALE_OPTIONS[scale].length - 1;
}

/** “（满意票＋基本满意票）÷有效票”, as the page and the tally show it. */
export function rateFormula(scale: SurveyScale): string {
  const parts = SURVEY_SCALE_OPTIONS[scale].slice(0, satisfiedAnswers(scale)).map((o) => `${o}票`);
  return `（${parts.join('＋')}）÷有效票`;
}

export interface TallyCounts {
  counts: readonly number[];
  invalid: number;
}

export interface SubjectRate {
  subject: SurveySubject;
  label: string;
  valid: number;
  invalid: number;
  satisfied: number;
  /** satisfied ÷ valid; undefined while there is no valid ballot. */
  rate?: number;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function subjectRate(scale: SurveyScale, t: TallyCounts & { subject: SurveySubject }): SubjectRate {
  const valid = sum(t.counts);
  const satisfied = sum(t.counts.slice(0, satisfiedAnswers(scale)));
  return { subject: t.subject, label: SURVEY_SUBJECT_LABEL[t.subject], valid, invalid: t.invalid, satisfied, ...(valid > 0 ? { rate: satisfied / valid } : {}) };
}

export interface RoundRates {
  subjects: SubjectRate[];
  /** All subjects pooled (shown as 合计). */
  overall: { valid: number; satisfied: number; rate?: number };
  /**
   * The rate that decides the round: the lowest subject's (every subject must reach the floor),
   * undefined while a subject has no valid ballot.
   */
  deciding?: number;
}

export function roundRates(r: Pick<SurveyRound, 'scale' | 'tallies'>): RoundRates {
  const subjects = r.tallies.map((t) => subjectRate(r.scale, t));
  const valid = sum(subjects.map((s) => s.valid));
  const satisfied = sum(subjects.map((s) => s.satisfied));
  const rates = subjects.map((s) => s.rate);
  const deciding = subjects.length > 0 && rates.every((x) => x !== undefined) ? Math.min(...(rates as number[])) : undefined;
  return { subjects, overall: { valid, satisfied, ...(valid > 0 ? { rate: satisfied / valid } : {}) }, ...(deciding !== undefined ? { deciding } : {}) };
}

/** Below the floor: 补课. Exactly the floor passes (70 % is enough, 69.9 % is not). */
export function isBelowFloor(rate: number, floor: number): boolean {
  return rate < floor;
}

/** 0.649 → “64.9%”, 0.7 → “70%”: one decimal, none when it is 0 (as the printed tally). */
export function formatRate(rate: number): string {
  const tenths = Math.round(rate * 1000);
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)}%`;
}

/**
 * A shown rate never rounds up onto the floor: 69.96 % is shown as 69.9 %, not 70 %, so the
 * words “低于70%” never sit beside “70%”.
 */
export function formatRateAgainst(rate: number, floor: number): string {
  const shown = formatRate(rate);
  if (!isBelowFloor(rate, floor) || Math.round(rate * 1000) < Math.round(floor * 1000)) return shown;
  return `${(Math.floor(rate * 1000) / 10).toFixed(1)}%`;
}

/** “（满意 12＋基本满意 1）÷有效票 20＝65%”, the formula with this subject's numbers. */
export function rateWorking(scale: SurveyScale, counts: readonly number[], floor?: number): string {
  const n = satisfiedAnswers(scale);
  const parts = SURVEY_SCALE_OPTIONS[scale].slice(0, n).map((o, i) => `${o} ${counts[i] ?? 0}`);
  const valid = sum(counts);
  const satisfied = sum(counts.slice(0, n));
  if (valid === 0) return `（${parts.join('＋')}）÷有效票 0，尚无有效票`;
  const rate = satisfied / valid;
  return `（${parts.join('＋')}）÷有效票 ${valid}＝${floor === undefined ? formatRate(rate) : formatRateAgainst(rate, floor)}`;
}
