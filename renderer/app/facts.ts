/**
 * Each feature's facts loader, by feature id: the small reads (index counts, and the names still
 * missing) its checklist measures need. The home page runs each in a live query of its own
 * (features/home/useUnitFacts.ts), so a write re-runs only the loaders that read its tables.
 */
import type { UnitFacts } from '@shared/campaign/measure';
import { ANALYSIS_FEATURE } from '@shared/analysis/measures';
import { ROSTER_FEATURE } from '@shared/members/measures';
import { OPINIONS_FEATURE } from '@shared/opinions/measures';
import { TALKS_FEATURE } from '@shared/talks/measures';
import { THROUGHOUT_FEATURE } from '@shared/throughout/measures';
import { MEETINGS_FEATURE } from '@shared/meetings/measures';
import { EVALUATION_FEATURE } from '@shared/evaluation/measures';
import { NOTICES_FEATURE } from '@shared/notices/measures';
import { SURVEY_FEATURE } from '@shared/survey/measures';
import { SELFCHECK_FEATURE } from '@shared/selfcheck/measures';
import type { PytDb } from '../db/db';
import { loadAnalysisFacts } from '../features/analysis/facts';
import { loadOpinionFacts } from '../features/opinions/facts';
import { loadRosterFacts } from '../features/roster/facts';
import { loadTalkFacts } from '../features/talks/facts';
import { loadThroughoutFacts } from '../features/throughout/facts';
import { loadMeetingFacts } from '../features/meetings/facts';
import { loadEvaluationFacts } from '../features/evaluation/facts';
import { loadNoticeFacts } from '../features/notices/facts';
import { loadSurveyFacts } from '../features/survey/facts';
import { loadSelfCheckFacts } from '../features/selfcheck/facts';

export type FactsLoader = (db: PytDb, unitId: string) => Promise<unknown>;

export const FACT_LOADERS: Readonly<Record<string, FactsLoader>> = {
  [ROSTER_FEATURE]: loadRosterFacts,
  [OPINIONS_FEATURE]: loadOpinionFacts,
  [TALKS_FEATURE]: loadTalkFacts,
  [ANALYSIS_FEATURE]: loadAnalysisFacts,
  [THROUGHOUT_FEATURE]: loadThroughoutFacts,
  [MEETINGS_FEATURE]: loadMeetingFacts,
  [EVALUATION_FEATURE]: loadEvaluationFacts,
  [NOTICES_FEATURE]: loadNoticeFacts,
  [SURVEY_FEATURE]: loadSurveyFacts,
  [SELFCHECK_FEATURE]: loadSelfCheckFacts,
};

/** Every feature's facts for the home page, by feature id, read in parallel. */
export async function loadUnitFacts(db: PytDb, unitId: string): Promise<UnitFacts> {
  const entries = Object.entries(FACT_LOADERS);
  const values = await Promise.all(entries.map(([, load]) => load(db, unitId)));
  return Object.fromEntries(entries.map(([id], i) => [id, values[i]]));
}
