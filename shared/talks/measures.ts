/** The checklist measures of the 'talks' feature, over its small facts (filled in by the feature). */
import type { Measure } from '../campaign/measure';

export const TALKS_FEATURE = 'talks';

export const talkMeasures: Measure[] = [];
