/**
 * Document bench (`npm run bench -- documents`): 500 党性分析材料 (~3 pages each) built by
 * shared/documents (through `docx`) into one .zip, against pandoc converting the same content
 * (Markdown) to .docx, one process per document as a secretary's script would — timed on a
 * sample and extrapolated per document. Target: ours ≥ 10× faster than pandoc. Also printed:
 * the first document of a fresh batch (what a user waits for when exporting one paper).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSelfAnalysis, buildSelfAnalysisBatch, SELF_ANALYSIS_SECTIONS, type SelfAnalysisModel } from '../../shared/documents';
import { selfAnalysisExample } from '../fixtures/documents/selfAnalysis';

const N = Number(process.env.BENCH_N ?? 500);
const PANDOC_SAMPLE = Number(process.env.BENCH_PANDOC_SAMPLE ?? 20);

const extra = '在今后的工作中，我将以这次先进性教育活动为契机，进一步加强学习，改进作风，努力做一名合格的共产党员。';
function model(i: number): SelfAnalysisModel {
  return {
    ...selfAnalysisExample,
    memberName: `党员${String(i + 1).padStart(3, '0')}`,
    problems: `${selfAnalysisExample.problems}\n（五）第${i + 1}号问题：${extra}`,
    measures: `${selfAnalysisExample.measures}\n${extra.repeat(2)}`,
  };
}

function markdown(m: SelfAnalysisModel): string {
  const sections = [m.problems, m.roots, m.measures];
  return [
    `# 党性分析材料`,
    `${m.branchName}\u3000${m.post ?? ''}\u3000${m.memberName}`,
    m.intro ?? '',
    ...SELF_ANALYSIS_SECTIONS.flatMap((h, i) => [`## ${'一二三'[i]}、${h}`, ...sections[i].split('\n')]),
    m.memberName,
    '2005年9月16日',
  ].join('\n\n');
}

const ms = (t0: number) => performance.now() - t0;
const fmt = (x: number) => x.toFixed(2).padStart(9);

/** Builds the batch and prints its figures against pandoc. */
export async function runDocumentsBench(): Promise<void> {
  const models = Array.from({ length: N }, (_, i) => model(i));

  // The first document in a process: what one export costs the user.
  let t0 = performance.now();
  await buildSelfAnalysis(models[0]);
  const first = ms(t0);

  // Warm up the JIT, as an app that has built one document would.
  await buildSelfAnalysisBatch(models.slice(0, 20));

  let progressCalls = 0;
  t0 = performance.now();
  const zip = await buildSelfAnalysisBatch(models, { onProgress: () => progressCalls++ });
  const ours = ms(t0);
  if (progressCalls !== N) throw new Error(`progress reported ${progressCalls} times for ${N} documents`);

  // pandoc: one process per document on a sample.
  let pandocPerDoc = NaN;
  let pandocVersion = 'not installed';
  const v = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  if (v.status === 0) {
    pandocVersion = v.stdout.split('\n')[0];
    const dir = mkdtempSync(join(tmpdir(), 'pyt-bench-'));
    const sample = models.slice(0, PANDOC_SAMPLE);
    sample.forEach((m, i) => writeFileSync(join(dir, `${i}.md`), markdown(m)));
    t0 = performance.now();
    for (let i = 0; i < sample.length; i++) {
      const r = spawnSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(dir, `${i}.docx`), join(dir, `${i}.md`)]);
      if (r.status !== 0) throw new Error(`pandoc failed: ${r.stderr}`);
    }
    pandocPerDoc = ms(t0) / sample.length;
    rmSync(dir, { recursive: true, force: true });
  }

  const oursPerDoc = ours / N;
  console.log(`Batch of ${N} 党性分析材料 (~3 pages each) → one .zip (${(zip.length / 1024).toFixed(0)} KiB), built through docx`);
  console.log('                              total ms    ms/doc');
  console.log(`ours (shared/documents)   ${fmt(ours)} ${fmt(oursPerDoc)}`);
  console.log(`pandoc (sample ${PANDOC_SAMPLE}, ×${N}) ${fmt(pandocPerDoc * N)} ${fmt(pandocPerDoc)}   ${pandocVersion}`);
  console.log(`first document of a fresh process: ${first.toFixed(1)} ms`);
  const vsPandoc = pandocPerDoc / oursPerDoc;
  console.log(`ours vs pandoc per doc: ${vsPandoc.toFixed(1)}× faster (target ≥ 10×) ${vsPandoc >= 10 ? 'OK' : Number.isNaN(vsPandoc) ? 'n/a' : 'MISSED'}`);
}
