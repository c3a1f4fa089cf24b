import { NotificationOutlined } from '@ant-design/icons';
import type { FeatureModule } from '../../app/feature';
import { MobilisePage } from './MobilisePage';

export const mobiliseFeature: FeatureModule = {
  id: 'mobilise',
  routes: [{ path: 'mobilise', element: <MobilisePage /> }],
  nav: { label: '转段动员会', icon: <NotificationOutlined />, order: 40 },
};
