/**
 * The 党性分析材料 facts for its checklist measures (shared/analysis/measures.ts), from the
 * tallies kept with every write (renderer/db/repos/analysisTally.ts): two rows and the names of
 * only the few people the detail lines show, whatever the size of the unit.
 */
import type { AnalysisFacts } from '@shared/analysis/measures';
import type { PytDb } from '../../db/db';
import { pageAnalysisList } from '../../db/repos/analysis';
import { loadAnalysisFactsFromTallies, readAnalysisCounts } from '../../db/repos/analysisTally';
import { memoByFingerprints } from '../../db/memo';

/** Kept in memory while the roster and the materials are unchanged (renderer/db/memo.ts). */
export const loadAnalysisFacts: (db: PytDb, unitId: string) => Promise<AnalysisFacts> = memoByFingerprints('analysis', ['members', 'analyses'], loadAnalysisFactsFromTallies, { persist: 1 });

/** The list's page size when it opens. */
export const ANALYSIS_PAGE = 50;

/**
 * The list as it opens (no filter, the first page): kept in memory and on disk while the roster,
 * the offices and the materials are unchanged (../../db/memo.ts), so opening the page reads one
 * row; read by pageAnalysisList when they changed.
 */
export const readAnalysisFirstPage = memoByFingerprints(
  'analysis.page1',
  ['members', 'branches', 'offices', 'analyses'],
  (db, unitId) => pageAnalysisList(db, unitId, {}, { offset: 0, limit: ANALYSIS_PAGE }),
  { persist: 1 },
);

/**
 * The list's counts (the tallies less the materials of people no longer party members, which
 * takes reading who is not a party member): kept like the first page.
 */
export const readAnalysisCountsKept = memoByFingerprints('analysis.counts', ['members', 'analyses'], readAnalysisCounts, { persist: 1 });
