import { NotificationOutlined } from '@ant-design/icons';
import type { FeatureModule } from '../../app/feature';
import { NOTICES_FEATURE } from '@shared/notices/measures';
import { NoticesPage } from './NoticesPage';

/** 两个通报 (R-NOTICE-BRANCH, R-NOTICE-LEADERSHIP). */
export const noticeFeature: FeatureModule = {
  id: NOTICES_FEATURE,
  routes: [{ path: 'notices', element: <NoticesPage /> }],
  nav: { label: '两个通报', icon: <NotificationOutlined />, order: 64 },
};
