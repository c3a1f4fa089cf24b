/**
 * Document bench (`npm run bench -- documents`): 500 党性分析材料 (~3 pages each) into one .zip, against
 *  - pandoc converting the same content (Markdown) to .docx, one process per document, as a
 *    secretary's script would; timed on a sample and extrapolated per document;
 *  - the floor: only zipping the very same XML parts with fflate (same level, same layout);
 *  - for reference, the docx@9 library building the same content (sample, extrapolated).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { buildSelfAnalysisBatch, selfAnalysisBody, SELF_ANALYSIS_SECTIONS, type SelfAnalysisModel } from '../../shared/documents';
import { packageParts } from '../../shared/documents/package';
import { selfAnalysisExample } from '../fixtures/documents/selfAnalysis';

const N = Number(process.env.BENCH_N ?? 500);
const PANDOC_SAMPLE = Number(process.env.BENCH_PANDOC_SAMPLE ?? 20);
const DOCX_LIB_SAMPLE = 50;

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

function docxLibDocument(m: SelfAnalysisModel): Document {
  const sections = [m.problems, m.roots, m.measures];
  const children = [
    new Paragraph({ text: '党性分析材料', heading: HeadingLevel.TITLE }),
    new Paragraph({ text: `${m.branchName}\u3000${m.post ?? ''}\u3000${m.memberName}` }),
    new Paragraph({ text: m.intro ?? '' }),
    ...SELF_ANALYSIS_SECTIONS.flatMap((h, i) => [
      new Paragraph({ text: `${'一二三'[i]}、${h}`, heading: HeadingLevel.HEADING_1 }),
      ...sections[i].split('\n').map((t) => new Paragraph({ text: t })),
    ]),
  ];
  return new Document({ sections: [{ children }] });
}

const ms = (t0: number) => performance.now() - t0;
const fmt = (x: number) => x.toFixed(2).padStart(9);

/** Builds the batch and prints its figures against pandoc, the zip floor and docx@9. */
export async function runDocumentsBench(): Promise<void> {
  const models = Array.from({ length: N }, (_, i) => model(i));

  // Warm up the JIT and the static-part cache, as an app that has built one document would.
  await buildSelfAnalysisBatch(models.slice(0, 20));

  let t0 = performance.now();
  const zip = await buildSelfAnalysisBatch(models);
  const ours = ms(t0);

  // Floor: the same XML, already built and encoded, only zipped the same way.
  const parts: Zippable[] = models.map((m) => packageParts(selfAnalysisBody(m)));
  t0 = performance.now();
  const outer: Zippable = {};
  parts.forEach((p, i) => (outer[`${i}.docx`] = [zipSync(p, { level: 6 }), { level: 0 }]));
  const floorZip = zipSync(outer);
  const floor = ms(t0);

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

  // docx@9 library, for reference.
  const libSample = models.slice(0, DOCX_LIB_SAMPLE);
  // Warm docx up properly: its first documents in a process are several times slower.
  for (const m of libSample.slice(0, 20)) await Packer.toArrayBuffer(docxLibDocument(m));
  t0 = performance.now();
  for (const m of libSample) await Packer.toArrayBuffer(docxLibDocument(m));
  const docxLibPerDoc = ms(t0) / libSample.length;

  const oursPerDoc = ours / N;
  const floorPerDoc = floor / N;
  console.log(`Batch of ${N} 党性分析材料 (~3 pages each) → one .zip (${(zip.length / 1024).toFixed(0)} KiB; floor ${(floorZip.length / 1024).toFixed(0)} KiB)`);
  console.log('                              total ms    ms/doc');
  console.log(`ours (shared/documents)   ${fmt(ours)} ${fmt(oursPerDoc)}`);
  console.log(`floor (fflate zip only)   ${fmt(floor)} ${fmt(floorPerDoc)}`);
  console.log(`pandoc (sample ${PANDOC_SAMPLE}, ×${N}) ${fmt(pandocPerDoc * N)} ${fmt(pandocPerDoc)}   ${pandocVersion}`);
  console.log(`docx@9 lib (sample ${DOCX_LIB_SAMPLE}, ×${N}) ${fmt(docxLibPerDoc * N)} ${fmt(docxLibPerDoc)}   (reference)`);
  const vsPandoc = pandocPerDoc / oursPerDoc;
  const vsFloor = ours / floor;
  console.log(`ours vs pandoc per doc: ${vsPandoc.toFixed(1)}× faster (target ≥ 10×) ${vsPandoc >= 10 ? 'OK' : Number.isNaN(vsPandoc) ? 'n/a' : 'MISSED'}`);
  console.log(`ours vs floor: ${vsFloor.toFixed(2)}× the floor (target ≤ 3×) ${vsFloor <= 3 ? 'OK' : 'MISSED'}`);
  console.log(`docx@9 vs ours per doc: ${(docxLibPerDoc / oursPerDoc).toFixed(1)}× slower`);
}
