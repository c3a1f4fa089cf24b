import { SolutionOutlined } from '@ant-design/icons';
import type { FeatureModule } from '../../app/feature';
import { ANALYSIS_FEATURE } from '@shared/analysis/measures';
import { AnalysisListPage } from './AnalysisListPage';
import { AnalysisPage } from './AnalysisPage';

export const analysisFeature: FeatureModule = {
  id: ANALYSIS_FEATURE,
  routes: [
    { path: 'analysis', element: <AnalysisListPage /> },
    { path: 'analysis/:memberId', element: <AnalysisPage /> },
  ],
  nav: { label: '党性分析材料', icon: <SolutionOutlined />, order: 56 },
};
