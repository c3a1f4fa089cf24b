import { TeamOutlined } from '@ant-design/icons';
import { ROSTER_FEATURE } from '@shared/members/measures';
import type { FeatureModule } from '../../app/feature';
import { RosterImportPage } from './RosterImportPage';
import { RosterPage } from './RosterPage';

export const rosterFeature: FeatureModule = {
  id: ROSTER_FEATURE,
  routes: [
    { path: 'roster', element: <RosterPage /> },
    { path: 'roster/import', element: <RosterImportPage /> },
  ],
  nav: { label: '党员名册', icon: <TeamOutlined />, order: 50 },
};
