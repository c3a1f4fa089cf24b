import { LikeOutlined } from '@ant-design/icons';
import type { FeatureModule } from '../../app/feature';
import { SURVEY_FEATURE } from '@shared/survey/measures';
import { SurveyPage } from './SurveyPage';

/** 满意度测评 (R-SURVEY-70). */
export const surveyFeature: FeatureModule = {
  id: SURVEY_FEATURE,
  routes: [{ path: 'survey', element: <SurveyPage /> }],
  nav: { label: '满意度测评', icon: <LikeOutlined />, order: 66 },
};
