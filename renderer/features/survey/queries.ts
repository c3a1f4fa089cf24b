/** The 满意度测评 page's live data: the unit's rounds, in order. */
import { useLiveQuery } from 'dexie-react-hooks';
import { sortRounds } from '@shared/survey/rounds';
import type { SurveyRound } from '@shared/survey/types';
import { useApp } from '../../app/context';

export function useSurveyRounds(unitId: string): SurveyRound[] | undefined {
  const { db } = useApp();
  return useLiveQuery(async () => sortRounds(await db.surveyRounds.where('unitId').equals(unitId).toArray()), [db, unitId]);
}
