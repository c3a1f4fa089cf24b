/**
 * The 党性分析材料 facts for its checklist measures (shared/analysis/measures.ts), from the
 * tallies kept with every write (renderer/db/repos/analysisTally.ts): two rows and the names of
 * only the few people the detail lines show, whatever the size of the unit.
 */
import type { AnalysisFacts } from '@shared/analysis/measures';
import type { PytDb } from '../../db/db';
import { loadAnalysisFactsFromTallies } from '../../db/repos/analysisTally';
import { memoByFingerprints } from '../../db/memo';

/** Kept in memory while the roster and the materials are unchanged (renderer/db/memo.ts). */
export const loadAnalysisFacts: (db: PytDb, unitId: string) => Promise<AnalysisFacts> = memoByFingerprints('analysis', ['members', 'analyses'], loadAnalysisFactsFromTallies, { persist: 1 });
