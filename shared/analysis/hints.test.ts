import { describe, expect, it } from 'vitest';
import { contentHints } from './hints';

const good = {
  problems: '一是我理论学习不够深入，满足于一知半解。二是我深入基层不够，对企业的困难了解不深。',
  roots: '根本原因是我主观上放松了世界观的改造，宗旨意识有所淡化。',
  measures: '每月读一本理论书籍，年底前走访十家企业，写出两篇调研报告。',
};
const ids = (t: typeof good) => contentHints(t).map((h) => h.id);

describe('R-ANALYSIS-CONTENT: content hints on the four demands (gentle notes, never a gate)', () => {
  it('has nothing to say about a material that finds problems, roots and concrete measures', () => {
    expect(contentHints(good)).toEqual([]);
    expect(contentHints({ problems: '', roots: ' ', measures: '' })).toEqual([]);
  });

  it('严: notes a material that reads like a work summary: more achievements than problems', () => {
    const summary = {
      ...good,
      problems:
        '一年来我认真完成了各项工作任务，取得了较好的成绩，受到了领导的肯定。积极参加机关组织的各项活动，圆满完成了招商引资任务。我学习不够。',
    };
    const hint = contentHints(summary).find((h) => h.id === 'fewProblems');
    expect(hint).toMatchObject({ reason: 'fewProblems' });
    expect(hint?.message).toMatch(/讲成绩的话（约 \d+ 字）比查找问题的话（约 5 字）还多/);
  });

  it('深 and 准: notes missing roots, roots that are all objective, and problems not about oneself', () => {
    expect(ids({ ...good, roots: '' })).toEqual(['noRoots']);
    expect(contentHints({ ...good, roots: '主要是工作忙、任务重，客观上时间紧，没有时间学习。' })).toEqual([
      expect.objectContaining({ id: 'objectiveRoots', reason: 'objectiveCauses' }),
    ]);
    expect(ids({ ...good, problems: '理论学习不够深入，深入基层不够。' })).toEqual(['notPersonal']);
  });

  it('实: notes measures without anything concrete to check', () => {
    expect(ids({ ...good, measures: '今后要加强学习，提高认识，改进作风。' })).toEqual(['vagueMeasures']);
    expect(ids({ ...good, measures: '' })).toEqual(['noMeasures']);
  });
});
