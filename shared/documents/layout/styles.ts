/**
 * styles.xml: every font and size lives here, so the body XML does not depend on the font
 * settings. Fonts go to all four slots (ascii, hAnsi, eastAsia, cs): Word sends “…” and “—”
 * to hAnsi, and digits in official documents are set in the body face too.
 */
import type { DocumentFonts } from '../../ipc/contract';
import { escapeXml } from '../text';
import { CHAR_PITCH, LINE_PITCH, SIZE } from './page';

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function fonts(name: string): string {
  const n = escapeXml(name);
  return `<w:rFonts w:ascii="${n}" w:hAnsi="${n}" w:eastAsia="${n}" w:cs="${n}" w:hint="eastAsia"/>`;
}

function size(halfPoints: number): string {
  return `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
}

const EXACT_LINE = `<w:spacing w:before="0" w:after="0" w:line="${LINE_PITCH}" w:lineRule="exact"/>`;
const INDENT_2 = `<w:ind w:firstLineChars="200" w:firstLine="${Math.round(CHAR_PITCH * 2)}"/>`;
const NO_INDENT = '<w:ind w:firstLineChars="0" w:firstLine="0" w:left="0" w:right="0"/>';
/** Condense by 0.5 pt (w:spacing is in twentieths of a point). */
const CONDENSED = '<w:spacing w:val="-10"/>';
const NOT_BOLD = '<w:b w:val="0"/><w:bCs w:val="0"/>';

interface StyleDef {
  id: string;
  name: string;
  type?: 'paragraph' | 'character';
  basedOn?: string;
  next?: string;
  pPr?: string;
  rPr?: string;
  isDefault?: boolean;
}

function style(s: StyleDef): string {
  const type = s.type ?? 'paragraph';
  return (
    `<w:style w:type="${type}"${s.isDefault ? ' w:default="1"' : ''} w:styleId="${s.id}">` +
    `<w:name w:val="${s.name}"/>` +
    (s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : '') +
    (s.next ? `<w:next w:val="${s.next}"/>` : '') +
    '<w:qFormat/>' +
    (s.pPr ? `<w:pPr>${s.pPr}</w:pPr>` : '') +
    (s.rPr ? `<w:rPr>${s.rPr}</w:rPr>` : '') +
    '</w:style>'
  );
}

/** Style ids used by the body XML. */
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

const TABLE_LINE = '<w:spacing w:before="20" w:after="20" w:line="320" w:lineRule="atLeast"/><w:snapToGrid w:val="0"/>';

export function stylesXml(f: DocumentFonts): string {
  const defs: StyleDef[] = [
    // The page declares the 22 × 28 grid (Word's page setup shows it), but paragraphs do not
    // snap to it: LibreOffice never shrinks a character to a grid cell, so a 16 pt character
    // in the 15.79 pt cell takes two cells (14 a line). Instead the lines are exact (579 twips
    // = the grid pitch: 22 a page) and characters are condensed by 0.5 pt (w:spacing −10):
    // 15.5 pt a character fits 28 (not 29) on the 156 mm line in Word, WPS and LibreOffice.
    {
      id: 'Normal',
      name: 'Normal',
      isDefault: true,
      // No automatic space between Chinese and digits/Latin (autoSpaceDE/DN): dates such as
      // 2005年9月1日 keep their official width and fit their table columns.
      pPr: `<w:snapToGrid w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:jc w:val="both"/>${EXACT_LINE}`,
      rPr: fonts(f.body) + CONDENSED + size(SIZE.hao3),
    },
    { id: STYLE.body, name: '公文正文', basedOn: 'Normal', next: STYLE.body, pPr: INDENT_2 },
    { id: STYLE.plain, name: '公文顶格', basedOn: 'Normal', pPr: NO_INDENT },
    {
      id: STYLE.title,
      name: 'Title',
      basedOn: 'Normal',
      next: STYLE.body,
      pPr: `<w:keepNext/><w:jc w:val="center"/>${NO_INDENT}<w:outlineLvl w:val="9"/>`,
      rPr: fonts(f.title) + NOT_BOLD + size(SIZE.hao2),
    },
    {
      id: STYLE.subtitle,
      name: 'Subtitle',
      basedOn: 'Normal',
      next: STYLE.body,
      pPr: `<w:keepNext/><w:jc w:val="center"/>${NO_INDENT}`,
      rPr: fonts(f.heading2) + NOT_BOLD,
    },
    {
      id: STYLE.heading1,
      name: 'heading 1',
      basedOn: 'Normal',
      next: STYLE.body,
      pPr: `<w:keepNext/>${INDENT_2}<w:outlineLvl w:val="0"/>`,
      rPr: fonts(f.heading1) + NOT_BOLD + size(SIZE.hao3),
    },
    {
      id: STYLE.heading2,
      name: 'heading 2',
      basedOn: 'Normal',
      next: STYLE.body,
      pPr: `<w:keepNext/>${INDENT_2}<w:outlineLvl w:val="1"/>`,
      rPr: fonts(f.heading2) + NOT_BOLD + size(SIZE.hao3),
    },
    { id: STYLE.heading3, name: 'heading 3', basedOn: STYLE.body, next: STYLE.body, pPr: '<w:outlineLvl w:val="2"/>', rPr: NOT_BOLD },
    { id: STYLE.heading4, name: 'heading 4', basedOn: STYLE.body, next: STYLE.body, pPr: '<w:outlineLvl w:val="3"/>', rPr: NOT_BOLD },
    { id: STYLE.signature, name: '署名和日期', basedOn: 'Normal', pPr: `<w:jc w:val="right"/>${NO_INDENT}` },
    {
      id: STYLE.attachmentLabel,
      name: '附件标识',
      basedOn: 'Normal',
      next: STYLE.title,
      pPr: `<w:pageBreakBefore/><w:keepNext/><w:jc w:val="left"/>${NO_INDENT}`,
      rPr: fonts(f.heading1) + NOT_BOLD,
    },
    {
      id: STYLE.tableText,
      name: '表格文字',
      basedOn: 'Normal',
      pPr: `${TABLE_LINE}${NO_INDENT}<w:jc w:val="left"/>`,
      // 小四 in tables: 4号 leaves too few characters in a narrow column of a 156 mm table.
      rPr: '<w:spacing w:val="0"/>' + size(SIZE.xiao4),
    },
    { id: STYLE.tableLabel, name: '表格栏目', basedOn: STYLE.tableText, pPr: '<w:jc w:val="center"/>' },
    {
      id: STYLE.tableHeader,
      name: '表头',
      basedOn: STYLE.tableText,
      pPr: '<w:keepNext/><w:jc w:val="center"/>',
      rPr: fonts(f.heading1) + NOT_BOLD,
    },
    {
      id: STYLE.footer,
      name: 'footer',
      basedOn: 'Normal',
      pPr: `<w:spacing w:before="0" w:after="0" w:line="${28 * 10}" w:lineRule="exact"/><w:snapToGrid w:val="0"/>${NO_INDENT}`,
      rPr: fonts(f.pageNumber) + size(SIZE.hao4),
    },
    { id: STYLE.bodyChar, name: '正文字体', type: 'character', rPr: fonts(f.body) + NOT_BOLD + size(SIZE.hao3) },
    { id: STYLE.heading1Char, name: '黑体字', type: 'character', rPr: fonts(f.heading1) + NOT_BOLD },
    { id: STYLE.heading2Char, name: '楷体字', type: 'character', rPr: fonts(f.heading2) + NOT_BOLD },
  ];
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W_NS}>` +
    '<w:docDefaults><w:rPrDefault><w:rPr>' +
    fonts(f.body) +
    `<w:kern w:val="2"/>${size(SIZE.hao3)}<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>` +
    '</w:rPr></w:rPrDefault>' +
    `<w:pPrDefault><w:pPr><w:widowControl w:val="0"/>${EXACT_LINE}</w:pPr></w:pPrDefault>` +
    '</w:docDefaults>' +
    defs.map(style).join('') +
    '</w:styles>'
  );
}
