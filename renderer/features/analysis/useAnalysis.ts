/**
 * The 党性分析材料 pages' live data. The list reads one page of party members with their
 * materials (pageAnalysisList), and its counts from the tallies (the material records only when
 * filtered, and when a batch step starts); one material's versions, steps and comments are read
 * only on its own page.
 */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { reviewerIndex, type ReviewerAssignment } from '@shared/analysis/reviewer';
import { ANALYSIS_STATES, type Analysis, type AnalysisState } from '@shared/analysis/types';
import type { Branch, Member, Office } from '@shared/members/types';
import { useApp } from '../../app/context';
import { partyAnalyses, stateCounts } from '../../db/repos/analysisTally';
import type { PytDb } from '../../db/db';
import { ANALYSIS_PAGE, readAnalysisCountsKept, readAnalysisFirstPage } from './facts';
import { getAnalysisOf, loadAnalysisDetail, pageAnalysisList, type AnalysisDetail, type AnalysisListFilter, type AnalysisListPage } from '../../db/repos/analysis';
import type { ExportNames } from './exportMaterial';
import { listBranches, listMembers } from '../../db/repos/members';
import { listOffices } from '../../db/repos/offices';

export interface AnalysisRoster {
  /** Party members, by name. */
  party: Member[];
  branches: Branch[];
  offices: Office[];
  /** Anyone of the unit by id (party members and role holders), for names. */
  byId: Map<string, Member>;
  branchName: Map<string, string>;
  reviewerOf(m: Member): ReviewerAssignment;
}

async function loadRoster(db: PytDb, unitId: string): Promise<AnalysisRoster> {
  const [party, branches, offices] = await Promise.all([
    listMembers(db, unitId, { kind: 'party' }),
    listBranches(db, unitId),
    listOffices(db, unitId),
  ]);
  return {
    party,
    branches,
    offices,
    byId: new Map(party.map((m) => [m.id, m])),
    branchName: new Map(branches.map((b) => [b.id, b.name])),
    reviewerOf: reviewerIndex({ people: party, offices }),
  };
}

export interface AnalysisListData {
  page: AnalysisListPage;
  /** The page's people (its members, the role holders, recorders) by id, for names. */
  byId: Map<string, Member>;
  branchName: Map<string, string>;
  reviewerOf(m: Member): ReviewerAssignment;
}

/** One page of the list of materials (pageAnalysisList), live. */
export { ANALYSIS_PAGE };

export function useAnalysisList(unitId: string, filter: AnalysisListFilter, paging: { current: number; pageSize: number }): AnalysisListData | undefined {
  const { db } = useApp();
  const { query, branchId, state } = filter;
  const { current, pageSize } = paging;
  const opening = !query && !branchId && !state && current === 1 && pageSize === ANALYSIS_PAGE;
  const page = useLiveQuery(
    () =>
      opening
        ? readAnalysisFirstPage(db, unitId)
        : pageAnalysisList(db, unitId, { query, branchId, state }, { offset: (current - 1) * pageSize, limit: pageSize }),
    [db, unitId, query, branchId, state, current, pageSize, opening],
  );
  return useMemo(() => {
    if (!page) return undefined;
    return {
      page,
      byId: new Map(page.people.map((m) => [m.id, m])),
      branchName: new Map(page.branches.map((b) => [b.id, b.name])),
      reviewerOf: reviewerIndex({ people: page.people, offices: page.offices }),
    };
  }, [page]);
}

export interface AnalysisSummary {
  /** Party members without a material (`none`) and materials in each state, party members only. */
  counts: Map<AnalysisState | 'none', number>;
  party: number;
  /** How many handed-in materials (and drafts received in writing) the filter lets through: what the batch export builds. */
  exportable: number;
  /** How many approved materials the filter lets through: what 公示 starts. */
  publishable: number;
}

/** What a batch step takes: the export (handed in, or received in writing) or 公示 (approved). */
export type AnalysisBatch = 'export' | 'publish';

const inBatch = (batch: AnalysisBatch) => (a: Analysis) => (batch === 'publish' ? a.state === 'approved' : a.state !== 'draft' || Boolean(a.receivedOn));
const unfiltered = (f: AnalysisListFilter) => !f.query?.trim() && !f.branchId && !f.state;

/**
 * The materials a batch step takes under the list's filter (state and mode, no text), read when
 * the step starts: the party members the filter narrows to, and their materials.
 */
export async function batchAnalyses(db: PytDb, unitId: string, filter: AnalysisListFilter, batch: AnalysisBatch): Promise<Analysis[]> {
  return (await filteredAnalyses(db, unitId, filter)).filter(inBatch(batch));
}

/** The party members' materials the list's filter lets through. */
async function filteredAnalyses(db: PytDb, unitId: string, filter: AnalysisListFilter): Promise<Analysis[]> {
  const { query, branchId, state } = filter;
  if (state === 'none') return [];
  return db.transaction('r', [db.members, db.analyses, db.tallies], async () => {
    const q = query?.trim();
    const [mine, scope] = await Promise.all([
      partyAnalyses(db, unitId),
      // The members a branch or a name narrows to; undefined: every party member.
      q
        ? db.members
            .where('[unitId+kind]')
            .equals([unitId, 'party'])
            .toArray()
            .then((ms) => ms.filter((m) => m.name.includes(q) && (!branchId || m.branchId === branchId)).map((m) => m.id))
        : branchId
          ? db.members.where('[unitId+kind+branchId]').equals([unitId, 'party', branchId]).primaryKeys()
          : undefined,
    ]);
    const inScope = scope && new Set(scope as string[]);
    return mine.filter((a) => (!inScope || inScope.has(a.memberId)) && (!state || state === a.state));
  });
}

/**
 * The list's counts and how many materials its batch steps would take. Unfiltered (the page as
 * it opens), from the tallies: a few rows whatever the size of the unit. Filtered by a branch or a
 * name, from the material records (state and mode, no text) of the members the filter keeps.
 */
export function useAnalysisSummary(unitId: string, filter: AnalysisListFilter): AnalysisSummary | undefined {
  const { db } = useApp();
  const { query, branchId, state } = filter;
  return useLiveQuery(async () => {
    const c = await readAnalysisCountsKept(db, unitId);
    const counts = stateCounts(c, ANALYSIS_STATES);
    const base = { counts, party: c.party };
    if (state === 'none') return { ...base, exportable: 0, publishable: 0 };
    if (unfiltered({ query, branchId, state })) return { ...base, exportable: c.counts.written ?? 0, publishable: c.counts.notPublic ?? 0 };
    const shown = await filteredAnalyses(db, unitId, { query, branchId, state });
    return { ...base, exportable: shown.filter(inBatch('export')).length, publishable: shown.filter(inBatch('publish')).length };
  }, [db, unitId, query, branchId, state]);
}

/** The names a batch export needs: the materials' members and recorders, read when the export starts. */
export async function exportNames(db: PytDb, unitId: string, list: readonly Analysis[]): Promise<ExportNames> {
  const ids = [...new Set(list.flatMap((a) => [a.memberId, ...(a.recorderId ? [a.recorderId] : [])]))];
  const [members, branches] = await Promise.all([db.members.bulkGet(ids), listBranches(db, unitId)]);
  return {
    byId: new Map(members.flatMap((m) => (m && m.unitId === unitId ? [[m.id, m] as const] : []))),
    branchName: new Map(branches.map((b) => [b.id, b.name])),
  };
}

export interface MaterialData extends AnalysisRoster {
  member: Member | undefined;
  analysis: Analysis | undefined;
  detail: AnalysisDetail;
}

const EMPTY: AnalysisDetail = { versions: [], steps: [], comments: [] };

/** One member's material with all its versions, steps and 公示 comments. */
export function useMaterial(unitId: string, memberId: string): MaterialData | undefined {
  const { db } = useApp();
  return useLiveQuery(
    () =>
      db.transaction(
        'r',
        [db.members, db.branches, db.offices, db.analyses, db.analysisVersions, db.analysisSteps, db.analysisComments],
        async () => {
          const [roster, analysis] = await Promise.all([loadRoster(db, unitId), getAnalysisOf(db, unitId, memberId)]);
          const detail = analysis ? await loadAnalysisDetail(db, unitId, analysis.id) : EMPTY;
          return { ...roster, member: roster.byId.get(memberId), analysis, detail };
        },
      ),
    [db, unitId, memberId],
  );
}
