/** The checklist measures of the 'analysis' feature, over its small facts (filled in by the feature). */
import type { Measure } from '../campaign/measure';

export const ANALYSIS_FEATURE = 'analysis';

export const analysisMeasures: Measure[] = [];
