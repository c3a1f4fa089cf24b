import type { FeatureModule } from '../../app/feature';
import { THROUGHOUT_FEATURE } from '@shared/throughout/measures';

export const throughoutFeature: FeatureModule = {
  id: THROUGHOUT_FEATURE,
  routes: [],
};
