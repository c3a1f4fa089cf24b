import { TeamOutlined } from '@ant-design/icons';
import type { FeatureModule } from '../../app/feature';
import { MEETINGS_FEATURE } from '@shared/meetings/measures';
import { MeetingPage } from './MeetingPage';
import { MeetingsPage } from './MeetingsPage';

export const meetingFeature: FeatureModule = {
  id: MEETINGS_FEATURE,
  routes: [
    { path: 'meetings', element: <MeetingsPage /> },
    { path: 'meetings/:meetingId', element: <MeetingPage /> },
  ],
  nav: { label: '专题生活会', icon: <TeamOutlined />, order: 60 },
};
