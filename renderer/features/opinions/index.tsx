import { CommentOutlined } from '@ant-design/icons';
import type { FeatureModule } from '../../app/feature';
import { OPINIONS_FEATURE } from '@shared/opinions/measures';
import { OpinionsPage } from './OpinionsPage';

export const opinionsFeature: FeatureModule = {
  id: OPINIONS_FEATURE,
  routes: [{ path: 'opinions', element: <OpinionsPage /> }],
  nav: { label: '征求意见', icon: <CommentOutlined />, order: 52 },
};
