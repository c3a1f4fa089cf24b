/**
 * Paragraph-level building blocks. Each returns WordprocessingML for the body; fonts and sizes
 * come from the styles, so nothing here depends on the font settings.
 */
import { chineseNumeral } from '../chineseDate';
import { escapeXml, sanitizeText, toParagraphs } from '../text';
import { CHAR_PITCH } from './page';
import { STYLE } from './styles';
import { wrapTitle } from './title';

type CharStyle = typeof STYLE.bodyChar | typeof STYLE.heading1Char | typeof STYLE.heading2Char;

/** Runs for one line of text: tabs become w:tab, anything else stays literal. */
export function runs(text: string, charStyle?: CharStyle): string {
  const clean = sanitizeText(text).replace(/\n/g, ' ');
  if (!clean) return '';
  const rPr = charStyle ? `<w:rPr><w:rStyle w:val="${charStyle}"/></w:rPr>` : '';
  return clean
    .split('\t')
    .map((piece, i) => (i > 0 ? '<w:tab/>' : '') + (piece ? `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>` : ''))
    .map((content) => `<w:r>${rPr}${content}</w:r>`)
    .join('');
}

export function paragraph(style: string, content: string, pPr = ''): string {
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/>${pPr}</w:pPr>${content}</w:p>`;
}

/** An empty line of the grid (GB/T 9704 “空一行”). */
export function blankLine(): string {
  return `<w:p><w:pPr><w:pStyle w:val="${STYLE.plain}"/></w:pPr></w:p>`;
}

/**
 * Body text, 3号 仿宋, first line indented two characters: one paragraph per line of user
 * text. Empty text gives one empty paragraph, so a blank section still prints its space.
 */
export function bodyText(text: string | undefined | null): string[] {
  const lines = toParagraphs(text);
  if (lines.length === 0) return [paragraph(STYLE.body, '')];
  return lines.map((line) => paragraph(STYLE.body, runs(line)));
}

/** A flush-left line (主送机关, form lines). */
export function plainLine(text: string): string {
  return paragraph(STYLE.plain, runs(text));
}

/** `时间：2005年9月3日` with the label in 黑体. */
export function labelledLine(label: string, value: string, indent = false): string {
  return paragraph(indent ? STYLE.body : STYLE.plain, runs(`${label}：`, STYLE.heading1Char) + runs(value));
}

/**
 * The title (2号 小标宋, centred) followed by the blank line GB/T 9704 puts before the body.
 * `lines` lets the caller break a long title by meaning; otherwise wrapTitle decides.
 */
export function title(text: string, lines?: readonly string[]): string[] {
  const parts = lines && lines.length > 0 ? lines.map((l) => sanitizeText(l).trim()) : wrapTitle(sanitizeText(text).trim());
  const content = parts.map((line, i) => (i > 0 ? '<w:r><w:br/></w:r>' : '') + runs(line)).join('');
  return [paragraph(STYLE.title, content), blankLine()];
}

/** A centred 楷体 line under the title (who, which branch). */
export function subtitle(text: string): string {
  return paragraph(STYLE.subtitle, runs(text));
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
export function heading(level: 1 | 2 | 3 | 4, n: number, headingText: string, text?: string): string[] {
  const head = LABEL[level](n) + sanitizeText(headingText).replace(/\n/g, ' ').trim();
  const lines = toParagraphs(text);
  if (lines.length === 0) return [paragraph(HEADING_STYLE[level], runs(head))];
  const first = paragraph(HEADING_STYLE[level], runs(head) + runs(lines[0], level <= 2 ? STYLE.bodyChar : undefined), level <= 2 ? '<w:keepNext w:val="0"/>' : '');
  return [first, ...lines.slice(1).map((line) => paragraph(STYLE.body, runs(line)))];
}

/** 附件说明: “附件：1. ……” under the body, two characters in; later items aligned. */
export function attachmentNote(titles: readonly string[]): string[] {
  if (titles.length === 0) return [];
  // Two characters in; a wrapped name lines up under the name, after “附件：”.
  const left = Math.round(CHAR_PITCH * 5);
  const hang = `<w:ind w:left="${left}" w:hanging="${Math.round(CHAR_PITCH * 3)}" w:firstLineChars="0"/>`;
  const under = `<w:ind w:left="${left}" w:firstLine="0" w:firstLineChars="0"/>`;
  if (titles.length === 1) return [blankLine(), paragraph(STYLE.plain, runs(`附件：${titles[0]}`), hang)];
  return [
    blankLine(),
    ...titles.map((t, i) => paragraph(STYLE.plain, runs(`${i === 0 ? '附件：' : ''}${i + 1}. ${t}`), i === 0 ? hang : under)),
  ];
}

/** The first lines of an attachment: new page, “附件2” flush left in 黑体, then its title. */
export function attachmentStart(n: number | undefined, attachmentTitle: string): string[] {
  return [paragraph(STYLE.attachmentLabel, runs(n ? `附件${n}` : '附件')), ...title(attachmentTitle)];
}
