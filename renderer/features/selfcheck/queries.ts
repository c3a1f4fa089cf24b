/**
 * What the 阶段自查 page reads, live: every feature's small facts (the same the home page reads,
 * so the unfinished items and the figures agree), the meetings, evaluation, notices and survey
 * counted from their tables through their `unitId` / meeting indexes, and the saved self-check.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { UnitFacts } from '@shared/campaign/measure';
import type { LaterFacts } from '@shared/selfcheck/figures';
import type { SelfCheck } from '@shared/selfcheck/types';
import { useApp } from '../../app/context';
import { loadUnitFacts } from '../../app/facts';
import { getSelfCheck } from '../../db/repos/selfcheck';
import { loadLaterFacts } from './laterFacts';

export interface SelfCheckData {
  facts: UnitFacts;
  later: LaterFacts;
  record: SelfCheck | null;
}

export function useSelfCheckData(unitId: string, stageId: string): SelfCheckData | undefined {
  const { db } = useApp();
  return useLiveQuery(async () => {
    const [facts, later, record] = await Promise.all([loadUnitFacts(db, unitId), loadLaterFacts(db, unitId), getSelfCheck(db, unitId, stageId)]);
    return { facts, later, record: record ?? null };
  }, [db, unitId, stageId]);
}
