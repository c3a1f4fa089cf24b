import { ToolOutlined } from '@ant-design/icons';
import { THROUGHOUT_FEATURE } from '@shared/throughout/measures';
import type { FeatureModule } from '../../app/feature';
import { ThroughoutPage } from './ThroughoutPage';

/** 贯穿始终: the 边议边改 ledger (R-FIX-NOW) and, as a second tab, the study log (R-STUDY). */
export const throughoutFeature: FeatureModule = {
  id: THROUGHOUT_FEATURE,
  routes: [
    { path: 'fix-now', element: <ThroughoutPage tab="fixNow" /> },
    { path: 'study', element: <ThroughoutPage tab="study" /> },
  ],
  nav: { label: '边议边改', icon: <ToolOutlined />, order: 58 },
};
