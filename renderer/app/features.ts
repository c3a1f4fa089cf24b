/** Every feature of a unit's workspace; the app's routes, menu and home-page facts come from this list. */
import { analysisFeature } from '../features/analysis';
import { documentsFeature } from '../features/documents';
import { handoverFeature } from '../features/handover';
import { homeFeature } from '../features/home';
import { mobiliseFeature } from '../features/mobilise';
import { opinionsFeature } from '../features/opinions';
import { planFeature } from '../features/plan';
import { rosterFeature } from '../features/roster';
import { auditFeature, settingsFeature } from '../features/settings';
import { stagesFeature } from '../features/stages';
import { talksFeature } from '../features/talks';
import { throughoutFeature } from '../features/throughout';
import { meetingFeature } from '../features/meetings';
import { evaluationFeature } from '../features/evaluation';
import { noticeFeature } from '../features/notices';
import { surveyFeature } from '../features/survey';
import { selfCheckFeature } from '../features/selfcheck';
import type { FeatureModule } from './feature';

export const FEATURES: readonly FeatureModule[] = [
  homeFeature,
  stagesFeature,
  planFeature,
  mobiliseFeature,
  rosterFeature,
  opinionsFeature,
  talksFeature,
  analysisFeature,
  throughoutFeature,
  meetingFeature,
  evaluationFeature,
  noticeFeature,
  surveyFeature,
  selfCheckFeature,
  documentsFeature,
  handoverFeature,
  settingsFeature,
  auditFeature,
];

/** The page (under /u/:unitId/) where a feature's checklist items are done, if it has one. */
export function featurePage(featureId: string | undefined): string | null {
  return FEATURES.find((f) => f.id === featureId)?.routes[0]?.path ?? null;
}
