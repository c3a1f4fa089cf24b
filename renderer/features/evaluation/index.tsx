import type { FeatureModule } from '../../app/feature';
import { EVALUATION_FEATURE } from '@shared/evaluation/measures';

export const evaluationFeature: FeatureModule = {
  id: EVALUATION_FEATURE,
  routes: [],
};
