import type { FeatureModule } from '../../app/feature';
import { TALKS_FEATURE } from '@shared/talks/measures';

export const talksFeature: FeatureModule = {
  id: TALKS_FEATURE,
  routes: [],
};
