import { CalendarOutlined } from '@ant-design/icons';
import { STAGES_FEATURE } from '@shared/campaign/checklist';
import type { FeatureModule } from '../../app/feature';
import { StagesPage } from './StagesPage';

export const stagesFeature: FeatureModule = {
  id: STAGES_FEATURE,
  routes: [{ path: 'stages', element: <StagesPage /> }],
  nav: { label: '阶段与验收', icon: <CalendarOutlined />, order: 20 },
};
