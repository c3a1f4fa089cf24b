import { IdcardOutlined } from '@ant-design/icons';
import type { FeatureModule } from '../../app/feature';
import { EVALUATION_FEATURE } from '@shared/evaluation/measures';
import { EvaluationPage } from './EvaluationPage';

export const evaluationFeature: FeatureModule = {
  id: EVALUATION_FEATURE,
  routes: [{ path: 'evaluation', element: <EvaluationPage /> }],
  nav: { label: '党员评议', icon: <IdcardOutlined />, order: 62 },
};
