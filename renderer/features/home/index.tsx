import { HomeOutlined } from '@ant-design/icons';
import type { FeatureModule } from '../../app/feature';
import { HomePage } from './HomePage';

export const homeFeature: FeatureModule = {
  id: 'home',
  routes: [{ path: 'home', element: <HomePage /> }],
  nav: { label: '工作台', icon: <HomeOutlined />, order: 10 },
};
