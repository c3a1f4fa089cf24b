/** The checklist measures of the 'notices' feature, over its small facts (filled in by the feature). */
import type { Measure } from '../campaign/measure';

export const NOTICES_FEATURE = 'notices';

export const noticeMeasures: Measure[] = [];
