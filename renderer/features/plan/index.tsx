import { FileTextOutlined } from '@ant-design/icons';
import type { FeatureModule } from '../../app/feature';
import { PlanPage } from './PlanPage';

export const planFeature: FeatureModule = {
  id: 'plan',
  routes: [{ path: 'plan', element: <PlanPage /> }],
  nav: { label: '阶段工作方案', icon: <FileTextOutlined />, order: 30 },
};
