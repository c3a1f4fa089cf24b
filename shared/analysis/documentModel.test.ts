import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildSelfAnalysis } from '../documents/selfAnalysis';
import { selfAnalysisModel } from './documentModel';

const source = {
  analysis: { mode: 'dictated' as const },
  version: { problems: '我学习不够深入。', roots: '思想上放松了要求。', measures: '每月读一本书。' },
  member: { name: '吴老汉', post: '退休干部' },
  branchName: '离退休党支部',
  recorderName: '孙丽萍',
  date: '2005-09-21',
};

describe('a material as a Word file', () => {
  it('R-ANALYSIS-MODE: a dictated material names its recorder on the paper, beside the member', async () => {
    const model = selfAnalysisModel(source);
    expect(model).toMatchObject({ memberName: '吴老汉', mode: 'dictated', recorder: '孙丽萍', post: '退休干部', problems: '我学习不够深入。' });
    const xml = strFromU8(unzipSync(await buildSelfAnalysis(model))['word/document.xml']);
    for (const text of ['吴老汉', '孙丽萍', '记录人', '我学习不够深入', '每月读一本书']) expect(xml, text).toContain(text);
  });

  it('a handwritten one has no recorder', () => {
    const model = selfAnalysisModel({ ...source, analysis: { mode: 'self' }, member: { name: '刘芳', post: undefined } });
    expect(model.recorder).toBeUndefined();
    expect('post' in model).toBe(false);
  });
});
