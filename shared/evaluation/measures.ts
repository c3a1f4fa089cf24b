/** The checklist measures of the 'evaluation' feature, over its small facts (filled in by the feature). */
import type { Measure } from '../campaign/measure';

export const EVALUATION_FEATURE = 'evaluation';

export const evaluationMeasures: Measure[] = [];
