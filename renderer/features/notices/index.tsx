import type { FeatureModule } from '../../app/feature';
import { NOTICES_FEATURE } from '@shared/notices/measures';

export const noticeFeature: FeatureModule = {
  id: NOTICES_FEATURE,
  routes: [],
};
