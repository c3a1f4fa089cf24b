/**
 * Breaking a long 2号 title by meaning (GB/T 9704 7.3.3: 回行时要做到词意完整，排列对称): at
 * most 20 characters a line, broken after “关于”, “的”, “、” or before the document kind, never
 * inside a word we can recognise, choosing the most even split.
 */

/** 2号 characters on a 156 mm line (8845 / 440 ≈ 20). */
export const TITLE_CHARS_PER_LINE = 20;

// After the issuing organisation's name, or a joining word.
const BREAK_AFTER = ['党支部', '委员会', '党组', '关于', '的', '、', '和', '及', '与', '在'];
const BREAK_BEFORE = ['工作方案', '实施方案', '自查报告', '情况报告', '报告', '通报', '会议记录', '统计表', '汇总表', '计划表', '登记表', '台账', '意见'];

function candidates(text: string): number[] {
  const cuts = new Set<number>();
  for (const w of BREAK_AFTER) {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) cuts.add(i + w.length);
  }
  for (const w of BREAK_BEFORE) {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) cuts.add(i);
  }
  return [...cuts].filter((c) => c > 0 && c < text.length);
}

function split(text: string, max: number): string[] {
  const chars = [...text];
  if (chars.length <= max) return [text];
  const lines = Math.ceil(chars.length / max);
  const ideal = chars.length / lines;
  let best = -1;
  let bestScore = Infinity;
  for (const cut of candidates(text)) {
    const head = [...text.slice(0, cut)].length;
    if (head > max) continue;
    // Prefer even lines; a short first line is worse than a short last one (梯形 layout).
    const score = Math.abs(head - ideal) + (head < ideal / 2 ? ideal : 0);
    if (score < bestScore) {
      bestScore = score;
      best = cut;
    }
  }
  if (best < 0) {
    const head = chars.slice(0, Math.ceil(chars.length / lines)).join('');
    return [head, ...split(text.slice(head.length), max)];
  }
  return [text.slice(0, best), ...split(text.slice(best), max)];
}

export function wrapTitle(text: string, max = TITLE_CHARS_PER_LINE): string[] {
  if (!text) return [''];
  return split(text, max);
}
