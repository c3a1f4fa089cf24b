import type { FeatureModule } from '../../app/feature';
import { MEETINGS_FEATURE } from '@shared/meetings/measures';

export const meetingFeature: FeatureModule = {
  id: MEETINGS_FEATURE,
  routes: [],
};
