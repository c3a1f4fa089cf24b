/**
 * What the official layout needs from `docx` that its options do not give, added through its
 * documented extension point (subclassing its XML components), never by editing its output:
 *
 * - `w:snapToGrid` off for paragraphs: the page declares the 22 × 28 grid, but LibreOffice puts
 *   each 16 pt character of a grid-snapped paragraph in two 15.79 pt cells (14 a line). docx
 *   offers snapToGrid for runs only.
 * - `w:autoSpaceDE` / `w:autoSpaceDN` off: no automatic space between Chinese and Latin or
 *   digits, so 2005年9月1日 keeps its official width. docx offers autoSpaceDN only, and
 *   writes it after w:outlineLvl.
 * - `w:pageBreakBefore` and `w:widowControl` in styles, which docx's style options lack.
 * - The children of w:pPr in the order of CT_PPr (ECMA-376 Part 1, 17.3.1.26). docx writes
 *   some out of order (autoSpaceDN, suppressLineNumbers, tabs); desktop Word repairs or drops
 *   such children and Word for the web opens the file read-only. The order is restored on the
 *   components before they are written, as docx itself does for run properties.
 */
import {
  elementOf,
  OnOffElement,
  Paragraph,
  ParagraphProperties,
  StyleForParagraph,
  type IParagraphOptions,
  type IParagraphPropertiesOptions,
  type IParagraphStyleOptions,
} from 'docx';

/** CT_PPr: CT_PPrBase's sequence, then rPr, sectPr, pPrChange. */
export const PPR_ORDER = [
  'w:pStyle', 'w:keepNext', 'w:keepLines', 'w:pageBreakBefore', 'w:framePr', 'w:widowControl', 'w:numPr',
  'w:suppressLineNumbers', 'w:pBdr', 'w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap',
  'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN', 'w:bidi', 'w:adjustRightInd',
  'w:snapToGrid', 'w:spacing', 'w:ind', 'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc',
  'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap', 'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr',
  'w:sectPr', 'w:pPrChange',
] as const;
const RANK = new Map<string, number>(PPR_ORDER.map((name, i) => [name, i]));

/** The East Asian typography docx's options lack. */
export interface EastAsianOptions {
  /** w:snapToGrid: false keeps the paragraph off the document grid. */
  readonly snapToGrid?: boolean;
  /** w:autoSpaceDE and w:autoSpaceDN: false adds no space between Chinese and Latin or digits. */
  readonly autoSpace?: boolean;
}

export type OfficialParagraphPropertiesOptions = Omit<IParagraphPropertiesOptions, 'autoSpaceEastAsianText'> & EastAsianOptions;

/** Paragraph properties with the East Asian options, their children in CT_PPr's order. */
export class OfficialParagraphProperties extends ParagraphProperties {
  constructor(options: OfficialParagraphPropertiesOptions, forStyle = false) {
    const { snapToGrid, autoSpace, ...rest } = options;
    super(rest, forStyle ? { implicitListParagraphStyle: false, inListOrder: false } : undefined);
    if (autoSpace !== undefined) {
      this.push(new OnOffElement('w:autoSpaceDE', autoSpace));
      this.push(new OnOffElement('w:autoSpaceDN', autoSpace));
    }
    if (snapToGrid !== undefined) this.push(new OnOffElement('w:snapToGrid', snapToGrid));
    const rank = (child: unknown) => RANK.get(elementOf(child) ?? '') ?? PPR_ORDER.length;
    // Array.prototype.sort is stable: children the table does not name keep their order, last.
    this.root.sort((a, b) => rank(a) - rank(b));
  }
}

export type OfficialParagraphOptions = Omit<IParagraphOptions, 'autoSpaceEastAsianText'> & EastAsianOptions;

/** A docx Paragraph whose properties are OfficialParagraphProperties. */
export class OfficialParagraph extends Paragraph {
  constructor(options: OfficialParagraphOptions) {
    const { snapToGrid, autoSpace, ...rest } = options;
    super(rest);
    const index = this.root.findIndex((child) => child instanceof ParagraphProperties);
    this.root[index] = new OfficialParagraphProperties({ ...rest, snapToGrid, autoSpace });
  }
}

export type OfficialParagraphStyleOptions = Omit<IParagraphStyleOptions, 'paragraph'> & {
  readonly paragraph?: OfficialParagraphPropertiesOptions;
};

/** A paragraph style whose w:pPr may hold everything a paragraph's may, in CT_PPr's order. */
export class OfficialParagraphStyle extends StyleForParagraph {
  constructor(options: OfficialParagraphStyleOptions) {
    super({ ...options, paragraph: undefined });
    const index = this.root.findIndex((child) => child instanceof ParagraphProperties);
    this.root[index] = new OfficialParagraphProperties(options.paragraph ?? {}, true);
  }
}
