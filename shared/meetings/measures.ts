/** The checklist measures of the 'meetings' feature, over its small facts (filled in by the feature). */
import type { Measure } from '../campaign/measure';

export const MEETINGS_FEATURE = 'meetings';

export const meetingMeasures: Measure[] = [];
