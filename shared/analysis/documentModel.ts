/**
 * A material as the Word builder wants it (shared/documents/selfAnalysis.ts): the member, the
 * branch, the newest version's three sections, and for a dictated one the recorder's name, who
 * signs beside the member (R-ANALYSIS-MODE).
 */
import type { SelfAnalysisModel } from '../documents/selfAnalysis';
import type { Member } from '../members/types';
import type { Analysis, AnalysisVersion } from './types';

export interface DocumentSource {
  analysis: Pick<Analysis, 'mode'>;
  version: Pick<AnalysisVersion, 'problems' | 'roots' | 'measures'>;
  member: Pick<Member, 'name' | 'post'>;
  branchName: string;
  /** The recorder's name, when dictated. */
  recorderName?: string;
  /** The date on the paper, `YYYY-MM-DD`. */
  date: string;
}

export function selfAnalysisModel(s: DocumentSource): SelfAnalysisModel {
  return {
    memberName: s.member.name,
    branchName: s.branchName,
    ...(s.member.post ? { post: s.member.post } : {}),
    problems: s.version.problems,
    roots: s.version.roots,
    measures: s.version.measures,
    mode: s.analysis.mode,
    ...(s.analysis.mode === 'dictated' ? { recorder: s.recorderName ?? '' } : {}),
    date: s.date,
  };
}
