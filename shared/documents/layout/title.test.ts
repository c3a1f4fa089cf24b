import { describe, expect, it } from 'vitest';
import { TITLE_CHARS_PER_LINE, wrapTitle } from './title';
import { textWidthInChars } from '../text';

/** Closing marks a line must not start with (避头). */
const NO_START = [...'，。、；：！？）》」』”’…'];
/** Opening marks a line must not end with (避尾). */
const NO_END = [...'（《「『“‘'];
/** Words that must never be split. */
const WORDS = [
  '先进性教育活动', '保持共产党员先进性', '专题民主生活会', '专题组织生活会', '民主评议', '党性分析',
  '分析评议', '谈心谈话', '征求意见', '工作方案', '自查报告', '党支部', '委员会', '领导班子',
  '满意度测评', '整改台账',
];
const PAIRS: [string, string][] = [['“', '”'], ['《', '》'], ['（', '）'], ['「', '」'], ['『', '』']];

/** Code-unit offsets of the breaks between lines. */
function breakOffsets(lines: readonly string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const line of lines.slice(0, -1)) out.push((at += line.length));
  return out;
}

/** Spans [start, end) of `needle` in `text`. */
function spans(text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push([i, i + needle.length]);
  return out;
}

/** Matched quotation/bracket spans, innermost pairs included. */
function bracketSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const [open, close] of PAIRS) {
    const stack: number[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === open) stack.push(i);
      else if (text[i] === close && stack.length > 0) out.push([stack.pop()!, i + 1]);
    }
  }
  return out;
}

/** The invariants every wrapped title keeps (the word rule only where `words` is set). */
function expectWellWrapped(text: string, lines: readonly string[], words = true): void {
  expect(lines.join('')).toBe(text);
  const breaks = breakOffsets(lines);
  const splits = (start: number, end: number) => breaks.some((b) => b > start && b < end);
  for (const line of lines) {
    expect(line.length).toBeGreaterThan(0);
    expect(textWidthInChars(line), line).toBeLessThanOrEqual(TITLE_CHARS_PER_LINE);
    expect(NO_START, `${line} starts with closing punctuation`).not.toContain(line[0]);
    expect(NO_END, `${line} ends with opening punctuation`).not.toContain(line[line.length - 1]);
  }
  for (const b of breaks) {
    for (const doubled of ['——', '……']) expect(text.slice(b - 1, b + 1), `break inside ${doubled}`).not.toBe(doubled);
  }
  for (const [start, end] of bracketSpans(text)) {
    if (textWidthInChars(text.slice(start, end)) <= TITLE_CHARS_PER_LINE) {
      expect(splits(start, end), `${text.slice(start, end)} split`).toBe(false);
    }
  }
  for (const m of text.matchAll(/[A-Za-z0-9]+/g)) expect(splits(m.index, m.index + m[0].length), `${m[0]} split`).toBe(false);
  if (words) {
    for (const word of WORDS) {
      for (const [start, end] of spans(text, word)) expect(splits(start, end), `${word} split in ${lines.join(' | ')}`).toBe(false);
    }
  }
}

describe('wrapTitle: short titles', () => {
  it('stay on one line', () => {
    expect(wrapTitle('党性分析材料')).toEqual(['党性分析材料']);
    expect(wrapTitle('一二三四五六七八九十一二三四五六七八九十')).toHaveLength(1);
    expect(wrapTitle('')).toEqual(['']);
  });
  it('ASCII counts half: 40 digits fit on a line', () => {
    expect(wrapTitle('1'.repeat(40))).toHaveLength(1);
  });
});

describe('wrapTitle: real titles', () => {
  it('breaks after the issuer, before 关于', () => {
    const text = '中共某市经济局机关支部委员会关于召开专题组织生活会情况的通报';
    expect(wrapTitle(text)).toEqual(['中共某市经济局机关支部委员会', '关于召开专题组织生活会情况的通报']);
  });
  it('breaks after the organisation name', () => {
    expect(wrapTitle('某市经济局机关党支部群众满意度测评结果统计表')).toEqual(['某市经济局机关党支部', '群众满意度测评结果统计表']);
  });
  it('three lines when two would split 专题组织生活会', () => {
    const text = '中共某市经济局机关支部委员会关于召开专题组织生活会和开展民主评议党员情况的通报';
    const lines = wrapTitle(text);
    expectWellWrapped(text, lines);
    expect(lines).toEqual(['中共某市经济局机关支部委员会', '关于召开专题组织生活会和', '开展民主评议党员情况的通报']);
  });
  it('专题民主生活会 stays whole, long line first', () => {
    const text = '中共某市经济局党组关于领导班子专题民主生活会情况的通报';
    const lines = wrapTitle(text);
    expectWellWrapped(text, lines);
    expect(lines).toEqual(['中共某市经济局党组关于领导班子', '专题民主生活会情况的通报']);
  });
  it('保持共产党员先进性教育活动 on a line of its own rather than split', () => {
    const text = '某市经济局机关党支部保持共产党员先进性教育活动分析评议阶段工作方案';
    const lines = wrapTitle(text);
    expectWellWrapped(text, lines);
    expect(lines).toEqual(['某市经济局机关党支部', '保持共产党员先进性教育活动', '分析评议阶段工作方案']);
  });
  it('breaks after 、 and keeps 不履行党员义务 whole', () => {
    const text = '中共某市经济局机关支部委员会关于拟定不履行党员义务、不符合党员条件党员情况的报告';
    const lines = wrapTitle(text);
    expectWellWrapped(text, lines);
    expect(lines).toEqual(['中共某市经济局机关支部委员会', '关于拟定不履行党员义务、', '不符合党员条件党员情况的报告']);
  });
  it('keeps a quotation whole', () => {
    const text = '关于在全体党员中深入开展“学党章、守纪律、讲奉献”主题实践活动的通知';
    const lines = wrapTitle(text);
    expectWellWrapped(text, lines);
    expect(lines.some((l) => l.includes('“学党章、守纪律、讲奉献”'))).toBe(true);
  });
  it('keeps book titles whole', () => {
    const text = '关于认真学习《中国共产党章程》和《中国共产党党员权利保障条例》的通知';
    const lines = wrapTitle(text);
    expectWellWrapped(text, lines);
    expect(lines).toEqual(['关于认真学习《中国共产党章程》和', '《中国共产党党员权利保障条例》的通知']);
  });
  it('keeps brackets whole', () => {
    const text = '某市经济局机关党支部关于开展“一帮一”结对帮扶活动（试行）的实施方案';
    const lines = wrapTitle(text);
    expectWellWrapped(text, lines);
    expect(lines.some((l) => l.includes('（试行）'))).toBe(true);
    const text2 = '某市经济局机关党支部党员（含预备党员、入党积极分子）谈心谈话情况登记表';
    expectWellWrapped(text2, wrapTitle(text2));
  });
  it('never splits 2005 or 2005-2006', () => {
    for (const text of [
      '某市经济局机关党支部2005年度党员先进性教育活动整改台账',
      '中共某市经济局机关支部委员会2005-2006年度征求意见情况汇总表',
      '关于某市经济局机关党支部在2005年保持共产党员先进性教育活动中的自查报告',
    ]) {
      expectWellWrapped(text, wrapTitle(text));
    }
  });
  it('a book title longer than a line may break inside, by the other rules', () => {
    const text =
      '中共某市经济局机关支部委员会关于印发《某市经济局机关党支部保持共产党员先进性教育活动分析评议阶段工作方案》的通知';
    const lines = wrapTitle(text);
    expectWellWrapped(text, lines);
    expect(lines[0]).toBe('中共某市经济局机关支部委员会');
  });
  it('keeps —— and …… whole and off the start of a line', () => {
    for (const text of [
      '某市经济局机关党支部先进性教育活动——分析评议阶段工作方案和整改提高阶段工作安排',
      '一二三四五六七八九十一二三四五六七八九……一二三四五六七八九十一二三',
      '一二三四五六七八九十一二三四五六七八九——一二三四五六七八九十一二三',
    ]) {
      expectWellWrapped(text, wrapTitle(text));
    }
  });
});

describe('wrapTitle: fallbacks', () => {
  it('60 characters with no punctuation and no known word: even lines', () => {
    const text = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结';
    expect([...text]).toHaveLength(60);
    const lines = wrapTitle(text);
    expectWellWrapped(text, lines);
    expect(lines.map((l) => [...l].length)).toEqual([20, 20, 20]);
  });
  it('a word longer than the line is split, the punctuation rules still kept', () => {
    const text = '先进性教育活动，保持共产党员先进性。“专题民主生活会”';
    const lines = wrapTitle(text, 6);
    expect(lines.join('')).toBe(text);
    for (const l of lines) {
      expect(textWidthInChars(l)).toBeLessThanOrEqual(6);
      expect(NO_START).not.toContain(l[0]);
      expect(NO_END).not.toContain(l[l.length - 1]);
    }
  });
  it('a run of closing marks or an over-long ASCII run still fits', () => {
    for (const text of ['，'.repeat(30), 'A'.repeat(50), `关于${'x'.repeat(45)}的通知`, '“'.repeat(25) + '”'.repeat(25)]) {
      const lines = wrapTitle(text);
      expect(lines.join('')).toBe(text);
      for (const l of lines) expect(textWidthInChars(l)).toBeLessThanOrEqual(TITLE_CHARS_PER_LINE);
    }
  });
  it('keeps graphemes whole and counts an emoji with a modifier once', () => {
    const text = `${'党'.repeat(19)}👍🏽${'员'.repeat(10)}`;
    const lines = wrapTitle(text);
    expect(lines.join('')).toBe(text);
    for (const l of lines) {
      expect(l).not.toMatch(/^[\u{1F3FB}-\u{1F3FF}]/u);
      expect(l).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });
  it('a line feed is a forced break', () => {
    expect(wrapTitle('中共某市经济局机关支部委员会\n关于召开会议的通知')).toEqual(['中共某市经济局机关支部委员会', '关于召开会议的通知']);
  });
  it('a very long text is filled line by line', () => {
    const text = '某市经济局机关党支部关于开展民主评议党员工作的通知，'.repeat(30);
    const lines = wrapTitle(text);
    expect(lines.join('')).toBe(text);
    for (const l of lines) {
      expect(textWidthInChars(l)).toBeLessThanOrEqual(TITLE_CHARS_PER_LINE);
      expect(NO_START).not.toContain(l[0]);
    }
  });
  it('a narrower measure', () => {
    const text = '中共某市经济局党组关于领导班子专题民主生活会情况的通报';
    const lines = wrapTitle(text, 10);
    expect(lines.join('')).toBe(text);
    for (const l of lines) expect(textWidthInChars(l)).toBeLessThanOrEqual(10);
  });
});

/** mulberry32: a small seeded generator, so the generated titles are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('wrapTitle: generated titles', () => {
  const rnd = random(20050901);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
  const ISSUERS = [
    '中共某市经济局机关支部委员会', '某市经济局机关党支部', '中共某市经济局党组', '某县财政局机关党总支',
    '中共某区教育局委员会', '某乡党委', '',
  ];
  const VERBS = ['召开', '开展', '做好', '拟定', '印发', '认真学习', '深入推进', '组织'];
  const OBJECTS = [
    ...WORDS, '先进性教育活动', '专题组织生活会', '民主评议党员', '群众满意度测评', '整改提高阶段',
    '学习动员阶段', '不合格党员组织处置', '党员先进性', '党风廉政建设',
  ];
  const FILLER = [...'市县区乡镇村社单位部门机构思想纪律宣传服务基层窗口行风'];
  const KINDS = ['工作方案', '实施方案', '通报', '报告', '通知', '自查报告', '情况汇总表', '整改台账', '意见'];
  const piece = (): string => {
    const r = rnd();
    if (r < 0.45) return pick(OBJECTS);
    if (r < 0.55) return Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => pick(FILLER)).join('');
    if (r < 0.62) return `“${pick(OBJECTS)}”`;
    if (r < 0.68) return `《${pick(OBJECTS)}》`;
    if (r < 0.73) return `（${pick(['试行', '草案', '修订', pick(OBJECTS)])}）`;
    if (r < 0.8) return `${2000 + Math.floor(rnd() * 30)}年`;
    if (r < 0.9) return pick(['、', '和', '及', '的']);
    return pick(VERBS);
  };
  const titles = Array.from({ length: 400 }, () => {
    let t = pick(ISSUERS) + (rnd() < 0.7 ? `关于${pick(VERBS)}` : '');
    const pieces = 1 + Math.floor(rnd() * 6);
    for (let i = 0; i < pieces; i++) t += piece();
    return `${t}${rnd() < 0.5 ? '的' : ''}${pick(KINDS)}`;
  });

  it('keep every rule', () => {
    for (const text of titles) expectWellWrapped(text, wrapTitle(text));
  });
  it('use the fewest lines, or one more to keep a word whole', () => {
    for (const text of titles) {
      const fewest = Math.ceil(textWidthInChars(text) / TITLE_CHARS_PER_LINE);
      expect(wrapTitle(text).length - fewest, text).toBeLessThanOrEqual(1);
    }
  });
});
