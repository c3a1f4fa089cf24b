/**
 * Paragraph-level building blocks over `docx`. A builder collects Blocks: paragraphs stay plain
 * option objects until the package is made, so a later block can still ask an earlier one to
 * keep with it (the last body lines stay with the signature, GB/T 9704 7.3.5); tables are
 * docx Tables. Fonts and sizes come from the styles, so nothing here depends on the font
 * settings.
 */
import { AlignmentType, Tab, Table, TextRun, type ParagraphChild } from 'docx';
import { OfficialParagraph, type OfficialParagraphOptions } from './docxExtensions';
import { chineseNumeral } from '../chineseDate';
import { sanitizeText, textWidthInChars, toParagraphs } from '../text';
import { CHAR_PITCH, CHARS_PER_LINE } from './page';
import { STYLE } from './styles';
import { wrapTitle } from './title';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A paragraph not yet made: its docx options, which later blocks may still amend. */
export interface Para {
  readonly kind: 'para';
  options: Mutable<OfficialParagraphOptions>;
}
export type Block = Para | Table;

export const isPara = (b: Block): b is Para => !(b instanceof Table) && (b as Para).kind === 'para';

/** Blocks → docx children of the section. */
export function toDocx(blocks: readonly Block[]): (OfficialParagraph | Table)[] {
  return blocks.map((b) => (isPara(b) ? new OfficialParagraph(b.options) : b));
}

type CharStyle = typeof STYLE.bodyChar | typeof STYLE.heading1Char | typeof STYLE.heading2Char;

/** Runs for one line of text: tabs stay tabs, a line break becomes a space. */
export function runs(text: string, charStyle?: CharStyle): TextRun[] {
  const clean = sanitizeText(text).replace(/\n/g, ' ');
  if (!clean) return [];
  const children: (string | Tab)[] = [];
  clean.split('\t').forEach((piece, i) => {
    if (i > 0) children.push(new Tab());
    if (piece) children.push(piece);
  });
  return [new TextRun({ children, style: charStyle })];
}

export function para(style: string, children: readonly ParagraphChild[] = [], options: Omit<OfficialParagraphOptions, 'style' | 'children'> = {}): Para {
  return { kind: 'para', options: { ...options, style, children } };
}

/** An empty line of the grid (GB/T 9704 “空一行”). */
export function blankLine(): Para {
  return para(STYLE.plain);
}

/**
 * Body text, 3号 仿宋, first line indented two characters: one paragraph per line of user
 * text. Empty text gives one empty paragraph, so a blank section still prints its space.
 */
export function bodyText(text: string | undefined | null): Para[] {
  const lines = toParagraphs(text);
  if (lines.length === 0) return [para(STYLE.body)];
  return lines.map((line) => para(STYLE.body, runs(line)));
}

/** A flush-left line (主送机关, form lines). */
export function plainLine(text: string): Para {
  return para(STYLE.plain, runs(text));
}

/** `时间：2005年9月3日` with the label in 黑体. */
export function labelledLine(label: string, value: string, indent = false): Para {
  return para(indent ? STYLE.body : STYLE.plain, [...runs(`${label}：`, STYLE.heading1Char), ...runs(value)]);
}

/** Lines joined by explicit breaks inside one paragraph. */
function brokenLines(lines: readonly string[], charStyle?: CharStyle): ParagraphChild[] {
  return lines.flatMap((line, i) => [...(i > 0 ? [new TextRun({ break: 1 })] : []), ...runs(line, charStyle)]);
}

/**
 * The title (2号 小标宋, centred) followed by the blank line GB/T 9704 puts before the body.
 * `lines` lets the caller break a long title by meaning; otherwise wrapTitle decides.
 */
export function title(text: string, lines?: readonly string[]): Para[] {
  const parts = lines && lines.length > 0 ? lines.map((l) => sanitizeText(l).trim()) : wrapTitle(sanitizeText(text).trim());
  return [para(STYLE.title, brokenLines(parts)), blankLine()];
}

/** A centred 楷体 line under the title (who, which branch). */
export function subtitle(text: string): Para {
  return para(STYLE.subtitle, runs(text));
}

const LABEL: Record<1 | 2 | 3 | 4, (n: number) => string> = {
  1: (n) => `${chineseNumeral(n)}、`,
  2: (n) => `（${chineseNumeral(n)}）`,
  3: (n) => `${n}.`,
  4: (n) => `（${n}）`,
};
const HEADING_STYLE = { 1: STYLE.heading1, 2: STYLE.heading2, 3: STYLE.heading3, 4: STYLE.heading4 } as const;

/**
 * A numbered heading: 一、 黑体; （一） 楷体; 1. and （1） 仿宋. `text` after the heading runs
 * on in the body face in the same paragraph (“（一）征求意见。正文……”), as offices write it.
 */
export function heading(level: 1 | 2 | 3 | 4, n: number, headingText: string, text?: string): Para[] {
  const head = LABEL[level](n) + sanitizeText(headingText).replace(/\n/g, ' ').trim();
  const lines = toParagraphs(text);
  if (lines.length === 0) return [para(HEADING_STYLE[level], runs(head))];
  const first = para(
    HEADING_STYLE[level],
    [...runs(head), ...runs(lines[0], level <= 2 ? STYLE.bodyChar : undefined)],
    level <= 2 ? { keepNext: false } : {},
  );
  return [first, ...lines.slice(1).map((line) => para(STYLE.body, runs(line)))];
}

/** Starts with a digit, so “2.” in front of it would read as a decimal (“2.9月29日前”). */
const STARTS_WITH_DIGIT = /^[\s\u3000]*[0-9０-９]/u;

/**
 * A numbered list of items under a heading: 1. 2. 3. — or （1）（2）（3） when any item starts
 * with a digit, so “2.9月29日前完成” cannot be read as 2.9. One list, one style of number.
 */
export function numberedItems(items: readonly string[]): Para[] {
  const level = items.some((item) => STARTS_WITH_DIGIT.test(sanitizeText(item))) ? 4 : 3;
  return items.flatMap((item, i) => heading(level, i + 1, '', item));
}

/** 附件说明: “附件：……” under the body, two characters in; a wrapped name lines up under the name. */
export function attachmentNote(titles: readonly string[]): Para[] {
  if (titles.length === 0) return [];
  const many = titles.length > 1;
  // “附件：” (3) after two characters in; with several, “1. ” takes one and a half more.
  const hangChars = many ? 4.5 : 3;
  const left = Math.round(CHAR_PITCH * (2 + hangChars));
  const room = Math.floor(CHARS_PER_LINE - 2 - hangChars);
  const lines = (name: string) => (textWidthInChars(name) > room ? wrapTitle(name, room) : [name]);
  return [
    blankLine(),
    ...titles.map((t, i) => {
      const [first, ...rest] = lines(sanitizeText(t).trim());
      const prefix = `${i === 0 ? '附件：' : '　　　'}${many ? `${i + 1}. ` : ''}`;
      // Flush left: a justified line that ends in a break would be spread across the line.
      return para(STYLE.plain, brokenLines([prefix + first, ...rest]), {
        alignment: AlignmentType.LEFT,
        indent: { left, hanging: Math.round(CHAR_PITCH * hangChars), firstLineChars: 0 },
      });
    }),
  ];
}

/** The first lines of an attachment: new page, “附件2” flush left in 黑体, then its title. */
export function attachmentStart(n: number | undefined, attachmentTitle: string): Para[] {
  return [para(STYLE.attachmentLabel, runs(n ? `附件${n}` : '附件')), ...title(attachmentTitle)];
}

/**
 * Ends the body with `tail` (附件说明, 署名, 成文日期) kept on one page with the body's last
 * lines: GB/T 9704 7.3.5 does not let the signature stand alone on a page. The last body
 * paragraph keeps with the next and, with widow control, brings at least two of its lines.
 */
export function closeWith(out: Block[], tail: readonly Para[]): void {
  const last = out[out.length - 1];
  if (last && isPara(last)) {
    last.options.keepNext = true;
    last.options.widowControl = true;
  }
  tail.forEach((p, i) => {
    if (i < tail.length - 1) p.options.keepNext = true;
    out.push(p);
  });
}
