/**
 * Many 党性分析材料 in one .zip, one .docx each (the branch hands them in together). Each
 * document is deflated; the outer zip only stores them, as compressing twice gains nothing.
 */
import { zipSync, type Zippable } from 'fflate';
import { packDocx } from './package';
import { selfAnalysisBody, selfAnalysisFileName, type SelfAnalysisModel } from './selfAnalysis';
import { safeFileName } from './text';
import type { DocumentOptions } from './types';

export async function buildSelfAnalysisBatch(
  models: readonly SelfAnalysisModel[],
  options?: DocumentOptions,
): Promise<Uint8Array> {
  const files: Zippable = {};
  const used = new Set<string>();
  models.forEach((m, i) => {
    let name = safeFileName(selfAnalysisFileName(m, i, models.length));
    for (let k = 2; used.has(name); k++) name = name.replace(/(\(\d+\))?\.docx$/, `(${k}).docx`);
    used.add(name);
    files[name] = [packDocx(selfAnalysisBody(m), options?.fonts), { level: 0 }];
  });
  return zipSync(files);
}
