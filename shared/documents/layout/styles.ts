/**
 * The styles: every font and size lives here, so the body does not depend on the font settings.
 * Fonts go to all four slots (ascii, hAnsi, eastAsia, cs): Word sends “…” and “—” to hAnsi,
 * and digits in official documents are set in the body face too.
 */
import { AlignmentType, DocumentDefaults, LineRuleType, type ICharacterStyleOptions, type IStylesOptions } from 'docx';
import { OfficialParagraphStyle, type OfficialParagraphStyleOptions } from './docxExtensions';
import type { DocumentFonts } from '../../ipc/contract';
import { CHAR_PITCH, LINE_PITCH, SIZE } from './page';

const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' });

const EXACT_LINE = { before: 0, after: 0, line: LINE_PITCH, lineRule: LineRuleType.EXACT } as const;
export const INDENT_2 = { firstLine: Math.round(CHAR_PITCH * 2), firstLineChars: 200 } as const;
const NO_INDENT = { firstLine: 0, firstLineChars: 0, left: 0, right: 0 } as const;
/** Condense by 0.5 pt (w:spacing is in twentieths of a point). */
const CONDENSED = -10;

/** Style ids used by the body. */
export const STYLE = {
  body: 'Body',
  title: 'DocTitle',
  subtitle: 'DocSubtitle',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  heading4: 'Heading4',
  plain: 'Plain',
  signature: 'Signature',
  attachmentLabel: 'AttachmentLabel',
  tableText: 'TableText',
  tableHeader: 'TableHeader',
  tableLabel: 'TableLabel',
  footer: 'Footer',
  bodyChar: 'BodyChar',
  heading1Char: 'Heading1Char',
  heading2Char: 'Heading2Char',
} as const;

/** Line spacing in tables: at least one 小四 line with a little air, not the page grid. */
const TABLE_LINE = { before: 20, after: 20, line: 320, lineRule: LineRuleType.AT_LEAST } as const;

export function documentStyles(f: DocumentFonts): IStylesOptions {
  const paragraphStyles: OfficialParagraphStyleOptions[] = [
    // The page declares the 22 × 28 grid (Word's page setup shows it), but paragraphs do not
    // snap to it: LibreOffice never shrinks a character to a grid cell, so a 16 pt character
    // in the 15.79 pt cell takes two cells (14 a line). Instead the lines are exact (579 twips
    // = the grid pitch: 22 a page) and characters are condensed by 0.5 pt: 15.5 pt a character
    // fits 28 (not 29) on the 156 mm line in Word, WPS and LibreOffice. No automatic space
    // between Chinese and digits/Latin: 2005年9月1日 keeps its official width. Every style is
    // based on Normal, so every paragraph has both.
    {
      id: 'Normal',
      name: 'Normal',
      quickFormat: true,
      paragraph: { autoSpace: false, snapToGrid: false, alignment: AlignmentType.BOTH, spacing: EXACT_LINE },
      run: { font: font(f.body), characterSpacing: CONDENSED, size: SIZE.hao3 },
    },
    { id: STYLE.body, name: '公文正文', basedOn: 'Normal', next: STYLE.body, quickFormat: true, paragraph: { indent: INDENT_2 } },
    { id: STYLE.plain, name: '公文顶格', basedOn: 'Normal', quickFormat: true, paragraph: { indent: NO_INDENT } },
    {
      id: STYLE.title,
      name: '公文标题',
      basedOn: 'Normal',
      next: STYLE.body,
      quickFormat: true,
      paragraph: { keepNext: true, keepLines: true, indent: NO_INDENT, alignment: AlignmentType.CENTER },
      run: { font: font(f.title), bold: false, size: SIZE.hao2 },
    },
    {
      id: STYLE.subtitle,
      name: '公文副标题',
      basedOn: 'Normal',
      next: STYLE.body,
      quickFormat: true,
      paragraph: { keepNext: true, indent: NO_INDENT, alignment: AlignmentType.CENTER },
      run: { font: font(f.heading2), bold: false },
    },
    {
      id: STYLE.heading1,
      name: 'heading 1',
      basedOn: 'Normal',
      next: STYLE.body,
      quickFormat: true,
      paragraph: { keepNext: true, indent: INDENT_2, outlineLevel: 0 },
      run: { font: font(f.heading1), bold: false, size: SIZE.hao3 },
    },
    {
      id: STYLE.heading2,
      name: 'heading 2',
      basedOn: 'Normal',
      next: STYLE.body,
      quickFormat: true,
      paragraph: { keepNext: true, indent: INDENT_2, outlineLevel: 1 },
      run: { font: font(f.heading2), bold: false, size: SIZE.hao3 },
    },
    { id: STYLE.heading3, name: 'heading 3', basedOn: STYLE.body, next: STYLE.body, quickFormat: true, paragraph: { outlineLevel: 2 }, run: { bold: false, italics: false, size: SIZE.hao3 } },
    { id: STYLE.heading4, name: 'heading 4', basedOn: STYLE.body, next: STYLE.body, quickFormat: true, paragraph: { outlineLevel: 3 }, run: { bold: false, italics: false, size: SIZE.hao3 } },
    { id: STYLE.signature, name: '署名和日期', basedOn: 'Normal', quickFormat: true, paragraph: { indent: NO_INDENT, alignment: AlignmentType.RIGHT } },
    {
      id: STYLE.attachmentLabel,
      name: '附件标识',
      basedOn: 'Normal',
      next: STYLE.title,
      quickFormat: true,
      paragraph: { keepNext: true, pageBreakBefore: true, indent: NO_INDENT, alignment: AlignmentType.LEFT },
      run: { font: font(f.heading1), bold: false },
    },
    {
      id: STYLE.tableText,
      name: '表格文字',
      basedOn: 'Normal',
      quickFormat: true,
      // 小四 in tables: 3号 leaves too few characters in a narrow column of a 156 mm table.
      paragraph: { spacing: TABLE_LINE, indent: NO_INDENT, alignment: AlignmentType.LEFT },
      run: { characterSpacing: 0, size: SIZE.xiao4 },
    },
    { id: STYLE.tableLabel, name: '表格栏目', basedOn: STYLE.tableText, quickFormat: true, paragraph: { alignment: AlignmentType.CENTER } },
    {
      id: STYLE.tableHeader,
      name: '表头',
      basedOn: STYLE.tableText,
      quickFormat: true,
      paragraph: { keepNext: true, alignment: AlignmentType.CENTER },
      run: { font: font(f.heading1), bold: false },
    },
    {
      id: STYLE.footer,
      name: 'footer',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { spacing: { before: 0, after: 0, line: SIZE.hao4 * 10, lineRule: LineRuleType.EXACT }, indent: NO_INDENT },
      run: { font: font(f.pageNumber), characterSpacing: 0, size: SIZE.hao4 },
    },
  ];
  const characterStyles: ICharacterStyleOptions[] = [
    { id: STYLE.bodyChar, name: '正文字体', quickFormat: true, run: { font: font(f.body), bold: false, size: SIZE.hao3 } },
    { id: STYLE.heading1Char, name: '黑体字', quickFormat: true, run: { font: font(f.heading1), bold: false } },
    { id: STYLE.heading2Char, name: '楷体字', quickFormat: true, run: { font: font(f.heading2), bold: false } },
  ];
  // Only these styles: docx's defaults (blue headings, Calibri titles) have no place here.
  return {
    importedStyles: [
      new DocumentDefaults({
        run: { font: font(f.body), kern: 2, size: SIZE.hao3, language: { value: 'en-US', eastAsia: 'zh-CN', bidirectional: 'ar-SA' } },
        paragraph: { spacing: EXACT_LINE },
      }),
      ...paragraphStyles.map((style) => new OfficialParagraphStyle(style)),
    ],
    characterStyles,
  };
}
