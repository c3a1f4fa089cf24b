import { describe, expect, it } from 'vitest';
import { diffText, diffVersions } from './diff';

describe('the diff between two versions', () => {
  it('marks Chinese text character by character, old on the left and new on the right', () => {
    const d = diffText('我学习不够深入。作风不实。', '我理论学习不够深入。');
    expect(d.left).toEqual([
      { text: '我学习不够深入。', kind: 'same' },
      { text: '作风不实。', kind: 'removed' },
    ]);
    expect(d.right).toEqual([
      { text: '我', kind: 'same' },
      { text: '理论', kind: 'added' },
      { text: '学习不够深入。', kind: 'same' },
    ]);
    expect({ added: d.added, removed: d.removed }).toEqual({ added: 2, removed: 5 });
  });

  it('compares the three sections and reports unchanged ones as unchanged', () => {
    const a = { problems: '问题', roots: '根源', measures: '' };
    const sections = diffVersions(a, { ...a, measures: '每月读书' });
    expect(sections.map((s) => [s.label, s.added, s.removed])).toEqual([
      ['存在的主要问题', 0, 0],
      ['产生问题的根源', 0, 0],
      ['今后努力方向和整改措施', 4, 0],
    ]);
    expect(sections[0].left).toEqual([{ text: '问题', kind: 'same' }]);
  });
});
