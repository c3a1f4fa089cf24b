/**
 * 党性分析材料 as Word files: one at a time, or many in one .zip (useBatchExport). Each job reads
 * its material's newest version only when it is built, so a batch of hundreds never holds every
 * text at once. The builders are loaded on first use (docx stays out of the first bundle).
 */
import { selfAnalysisModel } from '@shared/analysis/documentModel';
import { isBlank } from '@shared/analysis/review';
import type { Analysis } from '@shared/analysis/types';
import type { DocumentOptions } from '@shared/documents';
import type { Member } from '@shared/members/types';
import { UserError } from '@shared/util/result';
import type { PytDb } from '../../db/db';
import { getCurrentVersion } from '../../db/repos/analysis';
import type { BatchJob } from '../documents/useBatchExport';

export interface ExportNames {
  byId: ReadonlyMap<string, Member>;
  branchName: ReadonlyMap<string, string>;
}

export const materialTitle = (name: string) => `${name}-党性分析材料`;

/** Builds the newest version of one material; refuses an empty one. */
export async function buildMaterial(db: PytDb, a: Analysis, names: ExportNames, date: string, options: DocumentOptions): Promise<Uint8Array> {
  const member = names.byId.get(a.memberId);
  if (!member) throw new UserError('这名党员已不在名册中');
  const version = await getCurrentVersion(db, a);
  if (!version || isBlank(version)) throw new UserError('材料还没有内容');
  const model = selfAnalysisModel({
    analysis: a,
    version,
    member,
    branchName: member.branchId ? (names.branchName.get(member.branchId) ?? '') : '',
    recorderName: a.recorderId ? names.byId.get(a.recorderId)?.name : undefined,
    date,
  });
  const { buildSelfAnalysis } = await import('@shared/documents');
  return buildSelfAnalysis(model, options);
}

/** One job per material, numbered as the builder's batch names them: `03-张建国-党性分析材料`. */
export function materialJobs(db: PytDb, list: readonly Analysis[], names: ExportNames, date: string): BatchJob[] {
  const width = Math.max(2, String(list.length).length);
  return list.map((a, i) => {
    const name = names.byId.get(a.memberId)?.name ?? '（已删除）';
    return {
      title: name,
      fileTitle: `${String(i + 1).padStart(width, '0')}-${materialTitle(name)}`,
      build: (options) => buildMaterial(db, a, names, date, options),
    };
  });
}
