import type { FeatureModule } from '../../app/feature';
import { SELFCHECK_FEATURE } from '@shared/selfcheck/measures';

export const selfCheckFeature: FeatureModule = {
  id: SELFCHECK_FEATURE,
  routes: [],
};
