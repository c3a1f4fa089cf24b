/**
 * Many 党性分析材料 in one .zip, one .docx each (the branch hands them in together). Each
 * document is deflated; the outer zip only stores them, as compressing twice gains nothing.
 * `onProgress` is told after each document, so a batch of hundreds can show its progress.
 */
import { zipSync, type Zippable } from 'fflate';
import { packDocx } from './package';
import { selfAnalysisBody, selfAnalysisFileName, type SelfAnalysisModel } from './selfAnalysis';
import { safeFileName } from './text';
import type { DocumentOptions } from './types';

export async function buildSelfAnalysisBatch(
  models: readonly SelfAnalysisModel[],
  options?: DocumentOptions & { onProgress?: (done: number, total: number) => void },
): Promise<Uint8Array> {
  const files: Zippable = {};
  const used = new Set<string>();
  for (const [i, m] of models.entries()) {
    const base = selfAnalysisFileName(m, i, models.length);
    let name = safeFileName(base, '.docx');
    for (let k = 2; used.has(name.toLowerCase()); k++) name = safeFileName(`${base}(${k})`, '.docx');
    used.add(name.toLowerCase());
    files[name] = [await packDocx(selfAnalysisBody(m), options?.fonts), { level: 0 }];
    options?.onProgress?.(i + 1, models.length);
  }
  return zipSync(files);
}
