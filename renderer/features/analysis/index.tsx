import type { FeatureModule } from '../../app/feature';
import { ANALYSIS_FEATURE } from '@shared/analysis/measures';

export const analysisFeature: FeatureModule = {
  id: ANALYSIS_FEATURE,
  routes: [],
};
