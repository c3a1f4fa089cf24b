/**
 * The 党性分析材料 pages' live data. The list reads the party members, branches, offices and the
 * `analyses` records (no text); one material's versions, steps and comments are read only on
 * its own page.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { reviewerIndex, type ReviewerAssignment } from '@shared/analysis/reviewer';
import type { Analysis } from '@shared/analysis/types';
import type { Branch, Member, Office } from '@shared/members/types';
import { useApp } from '../../app/context';
import type { PytDb } from '../../db/db';
import { getAnalysisOf, listAnalyses, loadAnalysisDetail, type AnalysisDetail } from '../../db/repos/analysis';
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

export interface AnalysisListData extends AnalysisRoster {
  /** Materials by member id. */
  analyses: Map<string, Analysis>;
}

export function useAnalysisList(unitId: string): AnalysisListData | undefined {
  const { db } = useApp();
  return useLiveQuery(
    () =>
      db.transaction('r', [db.members, db.branches, db.offices, db.analyses], async () => {
        const [roster, analyses] = await Promise.all([loadRoster(db, unitId), listAnalyses(db, unitId)]);
        return { ...roster, analyses: new Map(analyses.map((a) => [a.memberId, a])) };
      }),
    [db, unitId],
  );
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
