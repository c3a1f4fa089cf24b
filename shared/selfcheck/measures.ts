/** The checklist measures of the 'selfcheck' feature, over its small facts (filled in by the feature). */
import type { Measure } from '../campaign/measure';

export const SELFCHECK_FEATURE = 'selfcheck';

export const selfCheckMeasures: Measure[] = [];
