import type { FeatureModule } from '../../app/feature';
import { OPINIONS_FEATURE } from '@shared/opinions/measures';

export const opinionsFeature: FeatureModule = {
  id: OPINIONS_FEATURE,
  routes: [],
};
