/**
 * The checklist measures of the two special meetings, over the small facts of
 * renderer/features/meetings/facts.ts (statuses, counts and the few names a line shows):
 * meetings.democraticLife (R-MEET-SIX), meetings.orgLife (R-MEET-CONDUCT), meetings.dual
 * (R-MEET-DUAL) and evaluation.cover (R-EVAL-COVER).
 */
import { factsMeasure, type Measure, type MeasureResult } from '../campaign/measure';
import { formatChineseDate } from '../util/dates';
import type { ConductResult, CoverResult } from './conduct';
import { dualLine, type DualResult } from './dual';
import { namesLine } from './gate';

export const MEETINGS_FEATURE = 'meetings';

/** How many lines or names a fact keeps for its detail line. */
export const FACT_LINES = 6;
export const FACT_NAMES = 10;

export interface MeetingFacts {
  democraticLife: { status: 'none' | 'planned' | 'held'; date?: string };
  conduct: ConductResult;
  /** R-MEET-DUAL, the misses capped to FACT_LINES (missCount is all of them). */
  dual: DualResult & { missCount: number };
  /** R-EVAL-COVER, `missing` capped to FACT_NAMES (missingCount is all of them). */
  cover: CoverResult & { missingCount: number };
}

export function democraticLifeResult(f: MeetingFacts['democraticLife']): MeasureResult {
  if (f.status === 'held') return { done: true, detail: `已于${formatChineseDate(f.date!)}召开，召开前“六个不开”各项都已达到` };
  if (f.status === 'planned') return { done: false, detail: `已安排在${formatChineseDate(f.date!)}召开；“六个不开”各项都达到后才能召开` };
  return { done: false, detail: '还没有安排领导班子专题民主生活会' };
}

export function orgLifeResult(f: ConductResult): MeasureResult {
  if (f.branches === 0) return { done: false, detail: '尚未设置党支部' };
  const progress = { done: f.held, total: f.branches };
  if (f.problems.length === 0) return { done: true, progress, detail: `${f.branches} 个党支部都已召开专题组织生活会，每名到会党员都作了党性分析，开展了党员互评` };
  const more = f.problems.length > FACT_LINES ? `；另有 ${f.problems.length - FACT_LINES} 个支部未完成` : '';
  return { done: false, progress, detail: `${f.problems.slice(0, FACT_LINES).join('；')}${more}` };
}

export function dualResult(f: MeetingFacts['dual']): MeasureResult {
  if (f.leaders === 0) return { done: true, detail: '名册中没有党员领导干部，此项不涉及' };
  const progress = { done: f.leaders - f.missCount, total: f.leaders };
  if (f.missCount === 0) return { done: true, progress, detail: `${f.leaders} 名党员领导干部都参加了领导班子专题民主生活会和所在支部的专题组织生活会` };
  const more = f.missCount > f.misses.length ? `；另有 ${f.missCount - f.misses.length} 人` : '';
  return { done: false, progress, detail: `${f.missCount} 名党员领导干部还没有过双重组织生活：${f.misses.map(dualLine).join('；')}${more}` };
}

export function coverResult(f: MeetingFacts['cover']): MeasureResult {
  if (f.party === 0) return { done: false, detail: '尚未录入党员名册' };
  const progress = { done: f.party - f.missingCount, total: f.party };
  if (f.missingCount === 0) {
    const how = [f.oral > 0 && `口头 ${f.oral} 人`, f.written > 0 && `书面 ${f.written} 人`].filter(Boolean).join('，');
    return { done: true, progress, detail: `${f.party} 名党员都在支部专题组织生活会上作了党性分析${how ? `（其中${how}）` : ''}` };
  }
  const names = f.missingCount > f.missing.length ? `${f.missing.join('、')}等 ${f.missingCount} 人` : namesLine(f.missing);
  return { done: false, progress, detail: `${f.missingCount} 名党员的党性分析还没有在支部会上作出（到会、口头或书面）：${names}` };
}

export const meetingMeasures: Measure[] = [
  factsMeasure<MeetingFacts>({ key: 'meetings.democraticLife', label: '召开领导班子专题民主生活会', feature: MEETINGS_FEATURE, compute: (f) => democraticLifeResult(f.democraticLife) }),
  factsMeasure<MeetingFacts>({ key: 'meetings.orgLife', label: '以党支部为单位召开专题组织生活会', feature: MEETINGS_FEATURE, compute: (f) => orgLifeResult(f.conduct) }),
  factsMeasure<MeetingFacts>({ key: 'meetings.dual', label: '党员领导干部双重组织生活', feature: MEETINGS_FEATURE, compute: (f) => dualResult(f.dual) }),
  factsMeasure<MeetingFacts>({ key: 'evaluation.cover', label: '分析评议全覆盖', feature: MEETINGS_FEATURE, compute: (f) => coverResult(f.cover) }),
];
