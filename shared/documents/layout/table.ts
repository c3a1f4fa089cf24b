/**
 * Tables for forms, schedules and tallies. Widths are explicit DXA (twips) in the grid, the
 * table and every cell, with a fixed layout: percentage widths are laid out differently by
 * LibreOffice. Header rows repeat on every page; no row splits across pages; every cell holds
 * at least one paragraph.
 *
 * Column widths follow what the columns hold: a column of labels, names, dates and numbers is
 * at least as wide as its widest line (a label never wraps a lone character onto a line of its
 * own), and the room left goes to the text columns by their weights. Long text aligns to the
 * top of its cell; labels are centred.
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { toParagraphs } from '../text';
import { SIZE, TEXT_WIDTH } from './page';
import { OfficialParagraph } from './docxExtensions';
import { para, runs, type Block } from './paragraphs';
import { STYLE } from './styles';

export interface CellSpec {
  text?: string;
  /** Columns this cell spans. */
  span?: number;
  /** Vertical merge with the cells above (grouping rows by target, category …). */
  vMerge?: 'restart' | 'continue';
  /**
   * header: 黑体 centred; label: centred, never wrapped inside a line (names, dates, numbers,
   * the form's own words — put `\n` where a long label may break); text (default): flush
   * left, top-aligned, wraps.
   */
  kind?: 'header' | 'label' | 'text';
  align?: 'left' | 'center' | 'right';
}
export type Cell = string | CellSpec;

export interface TableSpec {
  /**
   * Relative weights of the columns for the room left after every column has its minimum (the
   * widest label it holds). A column of labels only may weigh 0: it gets just its minimum.
   */
  columns: readonly number[];
  /** Rows repeated on every page, usually one row of headers. */
  header?: readonly (readonly Cell[])[];
  rows: readonly (readonly Cell[])[];
  /** Minimum height of body rows in twips (room to write by hand on blank forms). */
  minRowHeight?: number;
  /** Per-row minimum heights overriding minRowHeight (index into rows). */
  rowHeights?: Readonly<Record<number, number>>;
  /** Rows kept on the same page as the next row (a form's group). */
  keepWithNext?: readonly number[];
  /** Total width; the text block by default. */
  width?: number;
}

/** Cell padding left and right (twips). */
const CELL_MARGIN = 57;
/** One 小四 character in a table (12 pt, no condensing). */
const TABLE_CHAR = SIZE.xiao4 * 10;
/** Room for rounding in Word, WPS and LibreOffice, so a label that fits exactly still fits. */
const SLACK = 60;

/**
 * The width of a label in 小四 characters, measured generously: Latin letters and digits at
 * 0.55 (proportional digits are a little over half a character in most CJK faces), and a
 * quarter character wherever Chinese meets Latin or digits, which LibreOffice and WPS add
 * (“2005 年 9 月 8 日”) whatever the paragraph says about automatic spacing.
 */
export function labelWidthInChars(line: string): number {
  let width = 0;
  let previousAscii: boolean | undefined;
  for (const ch of line) {
    const ascii = ch.codePointAt(0)! < 0x2e80;
    width += ascii ? 0.55 : 1;
    if (previousAscii !== undefined && previousAscii !== ascii && ch.trim() !== '') width += 0.25;
    previousAscii = ascii;
  }
  return width;
}

/** The narrowest a cell may be and still hold `line` on one line. */
export function widthForLine(line: string): number {
  return Math.ceil(labelWidthInChars(line) * TABLE_CHAR) + 2 * CELL_MARGIN + SLACK;
}

const specOf = (cell: Cell): CellSpec => (typeof cell === 'string' ? { text: cell } : cell);

/** The minimum width of each column: its widest label line (single-column cells only). */
export function columnMinimums(spec: Pick<TableSpec, 'columns' | 'header' | 'rows'>): number[] {
  const mins = spec.columns.map(() => 0);
  const visit = (rows: readonly (readonly Cell[])[] | undefined, header: boolean) => {
    for (const row of rows ?? []) {
      let col = 0;
      for (const cell of row) {
        const s = specOf(cell);
        const span = Math.max(1, s.span ?? 1);
        const kind = s.kind ?? (header ? 'header' : 'text');
        if (span === 1 && col < mins.length && kind !== 'text' && s.vMerge !== 'continue') {
          for (const line of toParagraphs(s.text)) mins[col] = Math.max(mins[col], widthForLine(line));
        }
        col += span;
      }
    }
  };
  visit(spec.header, true);
  visit(spec.rows, false);
  return mins;
}

/**
 * Whole-twip widths adding up to exactly `total`: each column at least its minimum, the rest
 * shared by weight. When the minimums alone overflow, they are scaled down together.
 */
export function columnWidths(weights: readonly number[], total = TEXT_WIDTH, mins: readonly number[] = []): number[] {
  const n = weights.length;
  const min = weights.map((_, i) => mins[i] ?? 0);
  const minSum = min.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (minSum >= total) {
    widths = min.map((m) => Math.floor((m / (minSum || 1)) * total));
  } else {
    // Columns whose weighted share is below their minimum are fixed at it, until none is.
    const fixed = new Set<number>();
    for (;;) {
      const free = total - [...fixed].reduce((a, i) => a + min[i], 0);
      const weightSum = weights.reduce((a, w, i) => a + (fixed.has(i) ? 0 : w), 0);
      const share = (i: number) => (weightSum > 0 ? (weights[i] / weightSum) * free : free / Math.max(1, n - fixed.size));
      const under = weights.map((_, i) => i).filter((i) => !fixed.has(i) && share(i) < min[i]);
      if (under.length === 0) {
        widths = weights.map((_, i) => Math.floor(fixed.has(i) ? min[i] : share(i)));
        break;
      }
      under.forEach((i) => fixed.add(i));
    }
  }
  widths[n - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, space: 0, color: '000000' } as const;
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function cell(c: Cell, width: number, header: boolean, keepNext: boolean): TableCell {
  const s = specOf(c);
  const kind = s.kind ?? (header ? 'header' : 'text');
  const style = kind === 'header' ? STYLE.tableHeader : kind === 'label' ? STYLE.tableLabel : STYLE.tableText;
  const lines = s.vMerge === 'continue' ? [] : toParagraphs(s.text);
  const children = (lines.length ? lines : ['']).map(
    (line) => new OfficialParagraph(para(style, runs(line), { ...(s.align ? { alignment: ALIGN[s.align] } : {}), ...(keepNext ? { keepNext: true } : {}) }).options),
  );
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: s.span && s.span > 1 ? s.span : undefined,
    verticalMerge: s.vMerge === 'restart' ? VerticalMergeType.RESTART : s.vMerge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    verticalAlign: kind === 'text' ? VerticalAlignTable.TOP : VerticalAlignTable.CENTER,
    children,
  });
}

function row(cells: readonly Cell[], widths: readonly number[], header: boolean, minHeight: number, keepNext: boolean): TableRow {
  let col = 0;
  const out: TableCell[] = [];
  for (const c of cells) {
    const span = Math.max(1, specOf(c).span ?? 1);
    let width = 0;
    for (let i = col; i < Math.min(col + span, widths.length); i++) width += widths[i];
    out.push(cell(c, width || widths[widths.length - 1], header, keepNext));
    col += span;
  }
  // A short row is padded so the grid stays rectangular.
  for (; col < widths.length; col++) out.push(cell('', widths[col], header, keepNext));
  return new TableRow({
    cantSplit: true,
    tableHeader: header || undefined,
    height: { value: minHeight, rule: HeightRule.ATLEAST },
    children: out,
  });
}

/** The table, then the paragraph Word wants between a table and what follows. */
export function table(spec: TableSpec): Block[] {
  const total = spec.width ?? TEXT_WIDTH;
  // A column of labels never takes more than a third of the table; past that its labels wrap.
  const widths = columnWidths(spec.columns, total, columnMinimums(spec).map((m) => Math.min(m, Math.floor(total / 3))));
  const keep = new Set(spec.keepWithNext ?? []);
  const header = (spec.header ?? []).map((r) => row(r, widths, true, 480, true));
  const body = spec.rows.map((r, i) => row(r, widths, false, spec.rowHeights?.[i] ?? spec.minRowHeight ?? 480, keep.has(i)));
  return [
    new Table({
      width: { size: total, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      alignment: AlignmentType.CENTER,
      borders: { top: BORDER, left: BORDER, bottom: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
      margins: { left: CELL_MARGIN, right: CELL_MARGIN, marginUnitType: WidthType.DXA },
      rows: [...header, ...body],
    }),
    para(STYLE.plain, [], { spacing: { line: 240, lineRule: LineRuleType.AUTO } }),
  ];
}
