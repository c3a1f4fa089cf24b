/** The checklist measures of the 'opinions' feature, over its small facts (filled in by the feature). */
import type { Measure } from '../campaign/measure';

export const OPINIONS_FEATURE = 'opinions';

export const opinionMeasures: Measure[] = [];
