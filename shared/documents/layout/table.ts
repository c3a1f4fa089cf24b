/**
 * Tables for forms, schedules and tallies. Widths are explicit DXA (twips) in w:tblGrid, w:tblW
 * and every w:tcW, with a fixed layout: percentage widths are laid out differently by
 * LibreOffice. Header rows repeat on every page (w:tblHeader); no row splits across pages
 * (w:cantSplit). Every cell holds at least one paragraph, or Word reports the file corrupt.
 */
import { toParagraphs } from '../text';
import { TEXT_WIDTH } from './page';
import { paragraph, runs } from './paragraphs';
import { STYLE } from './styles';

export interface CellSpec {
  text?: string;
  /** Columns this cell spans. */
  span?: number;
  /** Vertical merge with the cells above (grouping rows by target, category …). */
  vMerge?: 'restart' | 'continue';
  /** header: 黑体 centred; label: centred; text (default): flush left. */
  kind?: 'header' | 'label' | 'text';
  align?: 'left' | 'center' | 'right';
}
export type Cell = string | CellSpec;

export interface TableSpec {
  /**
   * Relative column weights, scaled to the text-block width in whole twips. Builders give
   * them in 小四 characters (the block holds about 36.8), so a column fits its longest word.
   */
  columns: readonly number[];
  /** Rows repeated on every page, usually one row of headers. */
  header?: readonly (readonly Cell[])[];
  rows: readonly (readonly Cell[])[];
  /** Minimum height of body rows in twips (room to write by hand on blank forms). */
  minRowHeight?: number;
  /** Per-row minimum heights overriding minRowHeight (index into rows). */
  rowHeights?: Readonly<Record<number, number>>;
  /** Total width; the text block by default. */
  width?: number;
}

/** Scale weights to whole-twip widths that add up to exactly `total`. */
export function columnWidths(weights: readonly number[], total = TEXT_WIDTH): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
const TABLE_PR_TAIL =
  `<w:jc w:val="center"/><w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/>` +
  `<w:right ${BORDER}/><w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders>` +
  '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>' +
  '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr>';

function cellXml(cell: Cell, width: number, header: boolean): string {
  const spec: CellSpec = typeof cell === 'string' ? { text: cell } : cell;
  const kind = spec.kind ?? (header ? 'header' : 'text');
  const style = kind === 'header' ? STYLE.tableHeader : kind === 'label' ? STYLE.tableLabel : STYLE.tableText;
  const jc = spec.align ? `<w:jc w:val="${spec.align === 'left' ? 'left' : spec.align}"/>` : '';
  const lines = spec.vMerge === 'continue' ? [] : toParagraphs(spec.text);
  const paras = (lines.length ? lines : ['']).map((line) => paragraph(style, runs(line), jc)).join('');
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>` +
    (spec.span && spec.span > 1 ? `<w:gridSpan w:val="${spec.span}"/>` : '') +
    (spec.vMerge ? `<w:vMerge w:val="${spec.vMerge}"/>` : '') +
    `<w:vAlign w:val="center"/></w:tcPr>${paras}</w:tc>`
  );
}

function rowXml(cells: readonly Cell[], widths: readonly number[], header: boolean, minHeight?: number): string {
  let col = 0;
  let inner = '';
  for (const cell of cells) {
    const span = typeof cell === 'string' ? 1 : Math.max(1, cell.span ?? 1);
    let width = 0;
    for (let i = col; i < Math.min(col + span, widths.length); i++) width += widths[i];
    inner += cellXml(cell, width || widths[widths.length - 1], header);
    col += span;
  }
  // A short row is padded so the grid stays rectangular.
  for (; col < widths.length; col++) inner += cellXml('', widths[col], header);
  const height = minHeight ? `<w:trHeight w:val="${minHeight}" w:hRule="atLeast"/>` : '';
  return `<w:tr><w:trPr><w:cantSplit/>${height}${header ? '<w:tblHeader/>' : ''}</w:trPr>${inner}</w:tr>`;
}

export function table(spec: TableSpec): string {
  const widths = columnWidths(spec.columns, spec.width);
  const total = widths.reduce((a, b) => a + b, 0);
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const header = (spec.header ?? []).map((r) => rowXml(r, widths, true, 480)).join('');
  const body = spec.rows
    .map((r, i) => rowXml(r, widths, false, spec.rowHeights?.[i] ?? spec.minRowHeight ?? 480))
    .join('');
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>${TABLE_PR_TAIL}` +
    `<w:tblGrid>${grid}</w:tblGrid>${header}${body}</w:tbl>` +
    // Word needs a paragraph between a table and what follows (and at the end of the body).
    paragraph(STYLE.plain, '', '<w:spacing w:line="240" w:lineRule="auto"/>')
  );
}
