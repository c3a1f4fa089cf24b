import { CommentOutlined } from '@ant-design/icons';
import type { FeatureModule } from '../../app/feature';
import { TALKS_FEATURE } from '@shared/talks/measures';
import { TalksPage } from './TalksPage';

export const talksFeature: FeatureModule = {
  id: TALKS_FEATURE,
  routes: [{ path: 'talks', element: <TalksPage /> }],
  nav: { label: '谈心谈话', icon: <CommentOutlined />, order: 54 },
};
