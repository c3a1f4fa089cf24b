/**
 * Breaking a long 2号 title (GB/T 9704 7.3.3: 回行时要做到词意完整，排列对称，长短适宜，间距恰当):
 * at most 20 characters a line (ASCII counts ½), with the usual Chinese line-breaking rules.
 *
 * Rules, dropped one at a time (last ones first) only when no layout keeps them:
 *  1. punctuation (避头尾): no line starts with a closing mark (，。、；：！？）》」』”’… …) or the
 *     second half of —— / ……, no line ends with an opening mark (（《「『“‘ …);
 *  2. a run of ASCII letters and digits (2005, COVID-19, 3.5) is never split;
 *  3. a quotation, book title or bracketed part that fits on one line is never split;
 *  4. a known word (先进性教育活动, 专题民主生活会, 党支部, …) is never split.
 * Among the layouts that keep them: the fewest lines; then breaks by meaning (before 关于 or
 * after the issuing organisation's name, after ，、的 和, before the document kind at the end);
 * then the most even lines, long-then-short (梯形) or middle-longest (菱形) rather than a short
 * first line or a narrow waist.
 */
import { graphemes, textWidthInChars } from '../text';

/** 2号 characters on a 156 mm line (8845 / 440 ≈ 20). */
export const TITLE_CHARS_PER_LINE = 20;

/** Closing marks (and spaces): never at the start of a line. */
const NO_LINE_START = new Set([...'，。、；：！？）》」』”’…〉】〕］｝〗〙〛｠％‰℃°′″·・,.;:!?)]}% \u3000']);
/** Opening marks: never at the end of a line. */
const NO_LINE_END = new Set([...'（《「『“‘〈【〔［｛〖〘〚｟([{']);
/** Marks written twice (——, ……) whose halves stay together. */
const DOUBLED = new Set(['—', '…', '⸺', '─']);
/** Each closing mark and its opening mark. */
const OPENER_OF: Readonly<Record<string, string>> = {
  '”': '“',
  '’': '‘',
  '》': '《',
  '）': '（',
  '」': '「',
  '』': '『',
  '〉': '〈',
  '】': '【',
  '〕': '〔',
  '］': '［',
  '｝': '｛',
  '〗': '〖',
  ')': '(',
  ']': '[',
  '}': '{',
};
const CLOSERS = new Set(Object.keys(OPENER_OF));
const OPENERS = new Set(Object.values(OPENER_OF));

/** A run of ASCII letters and digits, with inner connectors: 2005, 2005-2006, 3.5, No.1. */
const ASCII_TOKEN = /[A-Za-z0-9]+(?:[.\-/:_][A-Za-z0-9]+)*/g;

/**
 * Words never split across lines: the campaign's terms, the organisations that issue its
 * papers, the document kinds, and the common words of its titles. Overlapping words chain
 * (保持共产党员先进性 + 先进性教育活动), so the whole phrase stays on one line.
 */
const WORDS: readonly string[] = [
  // The campaign and its stages.
  '保持共产党员先进性', '先进性教育活动', '先进性教育', '共产党员', '先进性', '教育活动', '主题教育',
  '学习动员', '分析评议', '整改提高', '阶段', '专题民主生活会', '专题组织生活会', '民主生活会',
  '组织生活会', '生活会', '民主评议', '民主评议党员', '评议党员', '党性分析', '党性分析材料', '党性',
  '谈心谈话', '谈心', '谈话', '征求意见', '意见建议', '批评与自我批评', '自我批评', '批评',
  '满意度测评', '满意度', '测评', '民主测评', '整改台账', '整改方案', '整改措施', '整改落实', '整改',
  '问题清单', '立行立改', '边学边改', '自查报告', '自查', '党员义务', '党员条件', '党员权利',
  '不履行', '履行', '不符合', '符合', '不合格党员', '不合格', '合格', '组织处置', '组织处理', '处置',
  '优秀共产党员', '先进基层党组织', '基层党组织', '党组织', '党员大会', '支部大会', '党课',
  '三会一课', '从严治党', '全面从严治党', '党风廉政建设', '廉政', '作风建设', '思想建设',
  // Who issues it.
  '中国共产党', '中共', '党支部委员会', '支部委员会', '党总支委员会', '总支委员会', '委员会',
  '党支部', '党总支', '总支部', '党委', '党组', '党工委', '纪委', '领导班子', '班子成员', '领导小组',
  '办公室', '机关', '经济局', '党员', '干部', '群众', '书记', '副书记', '委员', '支委会',
  // Document kinds.
  '工作方案', '实施方案', '方案', '情况报告', '工作报告', '报告', '通报', '通知', '意见', '决定',
  '请示', '批复', '会议纪要', '纪要', '会议记录', '记录', '统计表', '汇总表', '登记表', '计划表',
  '一览表', '台账', '清单', '工作计划', '计划', '工作总结', '总结', '实施细则', '细则', '办法',
  '规定', '材料',
  // Common words of titles.
  '关于', '召开', '开展', '拟定', '印发', '转发', '做好', '加强', '进一步', '认真学习', '认真', '深入',
  '学习', '贯彻', '落实', '贯彻落实', '推进', '组织', '领导', '班子', '成员', '情况', '结果',
  '问题', '工作', '活动', '教育', '思想', '作风', '建设', '重要', '讲话', '精神', '部署', '安排',
  '集中', '专题', '专项', '会议', '座谈会', '座谈', '交流', '反馈', '公示', '评选', '表彰',
  '推荐', '选举', '换届', '年度', '季度', '上半年', '下半年', '中国', '共产党', '章程', '党章',
  '条例', '保障', '权利', '义务', '条件', '目的', '有关', '事项', '实际', '实践', '要求', '标准',
];

/** The issuing organisation's name ends here: the best place for the first break. */
const ORG_END_STRONG = ['党支部', '委员会', '党组', '党委', '党总支', '总支部', '党工委', '工委', '纪委', '领导小组', '办公室'];
/** Ends of an organisation's name that may go on (经济局 → 经济局机关党支部). */
const ORG_END_WEAK = ['局', '厅', '处', '科', '院', '所', '中心', '公司', '学校', '政府', '机关'];
/** What continues an organisation's name. */
const ORG_CONTINUES = ['机关', '党支部', '支部', '党总支', '总支', '党委', '党组', '委员会', '纪委', '党工委'];
/** Document kinds: a break before one ending the title is good. */
const DOC_KINDS = [
  '工作方案', '实施方案', '方案', '自查报告', '情况报告', '工作报告', '报告', '通报', '通知', '意见',
  '决定', '请示', '批复', '会议纪要', '纪要', '会议记录', '统计表', '汇总表', '登记表', '计划表',
  '一览表', '整改台账', '台账', '问题清单', '清单', '工作计划', '计划', '工作总结', '总结',
  '实施细则', '细则', '办法', '规定', '党性分析材料', '材料',
];
/** Joining words: break after them (or, less well, before). */
const CONJUNCTIONS = ['以及', '和', '及', '与', '暨', '并', '或'];
/** Particles that cling to what comes before: a line starting with one reads badly. */
const CLINGING = new Set([...'的了们地得着之']);
/** Counters and units that follow a number (2005年, 3个). */
const UNITS = new Set([...'年月日号届次期个名人项条款章节点岁']);

// Costs of a break, lower is better; one character of unevenness costs 1.
const COST = {
  beforeAbout: 0,
  afterOrg: 0.5,
  afterOrgWeak: 1.5,
  afterComma: 0.5,
  afterEnumerationComma: 1,
  beforeDocKind: 1,
  afterDe: 1.5,
  aroundBracket: 1.5,
  afterAbout: 2,
  afterConjunction: 2,
  beforeConjunction: 2.5,
  wordEdge: 3,
  asciiEdge: 4,
  unknown: 6,
  beforeClinging: 7,
  numberAndUnit: 8,
  // Extra for a broken rule, when no layout keeps it.
  insideLongBracket: 2,
  brokenRule: 20,
} as const;
/**
 * Cost per character by which a line is longer than the one before it, when that makes a waist
 * (long, short, long) or ends the title on its longest line (a short first line of two).
 */
const SHAPE_WEIGHT = 0.5;

/** What a break at each position p (between grapheme p-1 and p, 1 ≤ p < n) costs and breaks. */
interface Breaks {
  /** How bad the break is by meaning. */
  cost: number[];
  /** 0 if it keeps every rule, else the last-dropped rule it breaks (RULE_WORD … RULE_PUNCT). */
  rule: number[];
}

// The rules, in the order they are dropped.
const RULE_WORD = 1;
const RULE_BRACKET = 2;
const RULE_ASCII = 3;
const RULE_PUNCT = 4;

function isAsciiAlnum(ch: string): boolean {
  return /^[A-Za-z0-9]$/.test(ch);
}

function isHan(ch: string): boolean {
  return /^\p{Script=Han}$/u.test(ch);
}

/** The first code point of a grapheme: the one that decides what it is. */
function base(g: string): string {
  return String.fromCodePoint(g.codePointAt(0)!);
}

function analyse(text: string, gs: readonly string[], widths: readonly number[], max: number): Breaks {
  const n = gs.length;
  // Code-unit offset of each position, and the position at each offset.
  const offset: number[] = [0];
  for (const g of gs) offset.push(offset[offset.length - 1] + g.length);
  const position = new Map<number, number>();
  offset.forEach((o, i) => position.set(o, i));
  const widthBetween = (from: number, to: number) => {
    let w = 0;
    for (let i = from; i < to; i++) w += widths[i];
    return w;
  };

  const rule = new Array<number>(n + 1).fill(0);
  const cost = new Array<number>(n + 1).fill(COST.unknown);
  const forbid = (from: number, to: number, r: number) => {
    // Code units from..to; positions strictly inside.
    for (let o = from + 1; o < to; o++) {
      const p = position.get(o);
      if (p !== undefined) rule[p] = Math.max(rule[p], r);
    }
  };

  // Known words; their edges are likely word boundaries.
  const wordEdges = new Set<number>();
  for (const word of WORDS) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      forbid(i, i + word.length, RULE_WORD);
      wordEdges.add(i);
      wordEdges.add(i + word.length);
    }
  }

  // Quotations, book titles and brackets, matched; kept whole when they fit on a line.
  const open: number[] = [];
  const inLongBracket = new Array<boolean>(n + 1).fill(false);
  for (let i = 0; i < n; i++) {
    const ch = base(gs[i]);
    if (OPENERS.has(ch)) open.push(i);
    else if (CLOSERS.has(ch)) {
      const k = open.map((j) => base(gs[j])).lastIndexOf(OPENER_OF[ch]);
      if (k < 0) continue;
      const start = open[k];
      open.length = k;
      if (widthBetween(start, i + 1) <= max) forbid(offset[start], offset[i + 1], RULE_BRACKET);
      else for (let p = start + 1; p <= i; p++) inLongBracket[p] = true;
    }
  }

  // Runs of ASCII letters and digits.
  for (const m of text.matchAll(ASCII_TOKEN)) forbid(m.index, m.index + m[0].length, RULE_ASCII);

  for (let p = 1; p < n; p++) {
    const before = base(gs[p - 1]);
    const after = base(gs[p]);
    if (NO_LINE_START.has(after) || NO_LINE_END.has(before) || (DOUBLED.has(after) && after === before)) rule[p] = RULE_PUNCT;
    cost[p] = breakCost(text, offset[p], before, after, wordEdges.has(offset[p])) + (inLongBracket[p] ? COST.insideLongBracket : 0);
  }
  return { cost, rule };
}

/** How good a break at code-unit offset `o` is by meaning (lower is better). */
function breakCost(text: string, o: number, before: string, after: string, wordEdge: boolean): number {
  const ends = (s: string) => text.endsWith(s, o);
  const starts = (s: string) => text.startsWith(s, o);
  let c: number = COST.unknown;
  const better = (v: number) => {
    c = Math.min(c, v);
  };
  if (starts('关于')) better(COST.beforeAbout);
  if (!ORG_CONTINUES.some(starts)) {
    if (ORG_END_STRONG.some(ends)) better(COST.afterOrg);
    if (ORG_END_WEAK.some(ends)) better(COST.afterOrgWeak);
  }
  if ('，；：。！？'.includes(before)) better(COST.afterComma);
  if (before === '、') better(COST.afterEnumerationComma);
  if (DOC_KINDS.some((k) => starts(k) && o + k.length === text.length)) better(COST.beforeDocKind);
  if (before === '的') better(COST.afterDe);
  if (CLOSERS.has(before) || OPENERS.has(after)) better(COST.aroundBracket);
  if (ends('关于')) better(COST.afterAbout);
  if (CONJUNCTIONS.some(ends)) better(COST.afterConjunction);
  if (CONJUNCTIONS.some(starts)) better(COST.beforeConjunction);
  if (wordEdge) better(COST.wordEdge);
  if (isAsciiAlnum(before) !== isAsciiAlnum(after)) better(COST.asciiEdge);
  if (isAsciiAlnum(before) && UNITS.has(after)) c = Math.max(c, COST.numberAndUnit);
  if (CLINGING.has(after) && isHan(before)) c = Math.max(c, COST.beforeClinging);
  return c;
}

/**
 * The best layout in exactly `lines` lines breaking only where `allowed`, as the positions of
 * the breaks, or null. Dynamic programming over (line, its start, its end, whether a line so
 * far was shorter than the one before it).
 */
function bestLayout(
  widths: readonly number[],
  breaks: Breaks,
  allowed: (p: number) => boolean,
  lines: number,
  max: number,
): number[] | null {
  const n = widths.length;
  const prefix = [0];
  for (const w of widths) prefix.push(prefix[prefix.length - 1] + w);
  const total = prefix[n];
  const ideal = total / lines;
  const cuts = [0];
  for (let p = 1; p < n; p++) if (allowed(p)) cuts.push(p);
  cuts.push(n);
  const m = cuts.length;
  const width = (i: number, j: number) => prefix[cuts[j]] - prefix[cuts[i]];
  const lineCost = (i: number, j: number) => Math.abs(width(i, j) - ideal) + (j < m - 1 ? penalty(breaks, cuts[j]) : 0);

  // State (line k, start i, end j, waist d) → cost; k is 1-based.
  const index = (k: number, i: number, j: number, d: number) => ((k * m + i) * m + j) * 2 + d;
  const size = (lines + 1) * m * m * 2;
  const best = new Float64Array(size).fill(Infinity);
  const from = new Int32Array(size).fill(-1);

  for (let j = 1; j < m && width(0, j) <= max; j++) {
    if (lines === 1 ? j === m - 1 : j < m - 1 && total - prefix[cuts[j]] <= (lines - 1) * max) best[index(1, 0, j, 0)] = lineCost(0, j);
  }
  for (let k = 2; k <= lines; k++) {
    const last = k === lines;
    for (let i = 0; i < m; i++) {
      for (let j = i + 1; j < m; j++) {
        for (let d = 0; d < 2; d++) {
          const here = best[index(k - 1, i, j, d)];
          if (here === Infinity) continue;
          const u = width(i, j);
          for (let l = j + 1; l < m && width(j, l) <= max; l++) {
            if (last ? l !== m - 1 : l === m - 1 || total - prefix[cuts[l]] > (lines - k) * max) continue;
            const v = width(j, l);
            const shape = v > u && (d === 1 || last) ? SHAPE_WEIGHT * (v - u) : 0;
            const nd = d === 1 || v < u ? 1 : 0;
            const c = here + lineCost(j, l) + shape;
            const at = index(k, j, l, nd);
            if (c < best[at]) {
              best[at] = c;
              from[at] = index(k - 1, i, j, d);
            }
          }
        }
      }
    }
  }

  let end = -1;
  for (let i = 0; i < m; i++) {
    for (let d = 0; d < 2; d++) {
      const at = index(lines, i, m - 1, d);
      if (best[at] < Infinity && (end < 0 || best[at] < best[end])) end = at;
    }
  }
  if (end < 0) return null;
  const result: number[] = [];
  for (let at = end, k = lines; k > 1; k--) {
    at = from[at];
    // Decode the end of line k-1 from its state.
    result.unshift(cuts[Math.floor(at / 2) % m]);
  }
  return result;
}

/** A break's cost by meaning plus, when it breaks a rule, the price of that. */
function penalty(breaks: Breaks, p: number): number {
  return breaks.cost[p] + (breaks.rule[p] > 0 ? COST.brokenRule * breaks.rule[p] : 0);
}

/** Fill each line as far as it goes, breaking only where `allowed` (or anywhere, if nowhere is). */
function greedy(widths: readonly number[], allowed: (p: number) => boolean, max: number): number[] {
  const result: number[] = [];
  let start = 0;
  while (start < widths.length) {
    let w = 0;
    let end = start;
    let lastAllowed = -1;
    while (end < widths.length && w + widths[end] <= max) {
      w += widths[end++];
      if (end < widths.length && allowed(end)) lastAllowed = end;
    }
    if (end >= widths.length) break;
    const cut = lastAllowed > start ? lastAllowed : Math.max(end, start + 1);
    result.push(cut);
    start = cut;
  }
  return result;
}

/** Above this many characters a title is not a title; lines are simply filled. */
const MAX_LAID_OUT = 100;

function wrapLine(text: string, max: number): string[] {
  const gs = graphemes(text);
  const widths = gs.map(textWidthInChars);
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= max) return [text];
  const breaks = analyse(text, gs, widths, max);
  const keeps = (loosest: number) => (p: number) => breaks.rule[p] <= loosest;
  const fewest = Math.ceil(total / max);

  let cutsAt: number[] | null = null;
  if (gs.length <= MAX_LAID_OUT) {
    // Keep every rule; then give up words, brackets, ASCII runs, and last punctuation.
    let tried = -1;
    for (const loosest of [0, RULE_WORD, RULE_BRACKET, RULE_ASCII, RULE_PUNCT]) {
      // Each stage allows more breaks than the one before; one that adds none cannot help.
      const allowed = breaks.rule.slice(1, gs.length).filter((r) => r <= loosest).length;
      if (allowed === tried) continue;
      tried = allowed;
      for (let lines = fewest; lines <= fewest + 1 && !cutsAt; lines++) cutsAt = bestLayout(widths, breaks, keeps(loosest), lines, max);
      if (cutsAt) break;
    }
  }
  cutsAt ??= greedy(widths, keeps(RULE_ASCII), max);

  const out: string[] = [];
  let start = 0;
  for (const cut of [...cutsAt, gs.length]) {
    out.push(gs.slice(start, cut).join(''));
    start = cut;
  }
  return out;
}

/**
 * Break a title into lines of at most `max` characters (ASCII counts ½) by the rules above.
 * The lines joined give the text back; a line feed in the text is a forced break (and is
 * dropped). Empty text gives one empty line.
 */
export function wrapTitle(text: string, max = TITLE_CHARS_PER_LINE): string[] {
  if (!text) return [''];
  const limit = Math.max(1, Number.isFinite(max) ? max : TITLE_CHARS_PER_LINE);
  const lines = text.split('\n').flatMap((part) => (part ? wrapLine(part, limit) : []));
  return lines.length > 0 ? lines : [''];
}
