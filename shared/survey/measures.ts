/** The checklist measures of the 'survey' feature, over its small facts (filled in by the feature). */
import type { Measure } from '../campaign/measure';

export const SURVEY_FEATURE = 'survey';

export const surveyMeasures: Measure[] = [];
