/**
 * Every computed checklist measure, combined from the features' own lists. A template item
 * naming a `measure` is decided by the data; items without one are ticked by hand.
 */
import { analysisMeasures } from '../analysis/measures';
import { rosterMeasures } from '../members/measures';
import { opinionMeasures } from '../opinions/measures';
import { talkMeasures } from '../talks/measures';
import { throughoutMeasures } from '../throughout/measures';
import { meetingMeasures } from '../meetings/measures';
import { evaluationMeasures } from '../evaluation/measures';
import { noticeMeasures } from '../notices/measures';
import { surveyMeasures } from '../survey/measures';
import { selfCheckMeasures } from '../selfcheck/measures';
import type { Measure } from './measure';
import { stageMeasures } from './stageMeasures';

export type { Measure, MeasureResult, UnitFacts } from './measure';

export const MEASURES: Readonly<Record<string, Measure>> = Object.fromEntries(
  [...rosterMeasures, ...stageMeasures, ...opinionMeasures, ...talkMeasures, ...analysisMeasures, ...throughoutMeasures, ...meetingMeasures, ...evaluationMeasures, ...noticeMeasures, ...surveyMeasures, ...selfCheckMeasures].map((m) => [m.key, m]),
);

export function isKnownMeasure(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(MEASURES, key);
}
