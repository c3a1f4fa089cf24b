import type { FeatureModule } from '../../app/feature';
import { SURVEY_FEATURE } from '@shared/survey/measures';

export const surveyFeature: FeatureModule = {
  id: SURVEY_FEATURE,
  routes: [],
};
