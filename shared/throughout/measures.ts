/** The checklist measures of the 'throughout' feature, over its small facts (filled in by the feature). */
import type { Measure } from '../campaign/measure';

export const THROUGHOUT_FEATURE = 'throughout';

export const throughoutMeasures: Measure[] = [];
