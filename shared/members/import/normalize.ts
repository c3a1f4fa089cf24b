/**
 * Text clean-up for roster cells typed by hand in Excel/WPS: invisible characters (once, before
 * anything reads the cells: cleanCell), full-width characters, stray and full-width spaces,
 * line breaks inside cells.
 */
import { cleanLine, cleanMultiline, fromInertCell } from '../../util/text';

const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;

/** Full-width ASCII letters, digits and punctuation (ＡＢＣ１２３（）) and the ideographic space → half-width. */
export function toHalfWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END) out += String.fromCodePoint(code - FULL_WIDTH_OFFSET);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/**
 * A cell as the import takes it in: a text cleaned (shared/util/text.ts: no control, bidi or
 * zero-width characters, no lone surrogates, NFC; line breaks kept for 备注) and without the
 * apostrophe our own export puts before a text that looks like a formula (inertCell).
 * Numbers, dates and booleans are left as they are.
 */
export function cleanCell(cell: unknown): unknown {
  return typeof cell === 'string' ? fromInertCell(cleanMultiline(cell)) : cell;
}

/** Every cell of a sheet through cleanCell, once, before the header is looked for. */
export function cleanTable(table: readonly (readonly unknown[])[]): unknown[][] {
  return table.map((row) => (row ?? []).map(cleanCell));
}

/** A cell value as text; Date objects are not expected here (dates go through parseYearMonth). */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return '';
    return cell.toISOString().slice(0, 10);
  }
  return String(cell);
}

const halfWidthAlnum = (s: string): string =>
  s.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu, (ch) => String.fromCodePoint((ch.codePointAt(0) ?? 0) - FULL_WIDTH_OFFSET));

/**
 * Free text on one line (职务, 外出地点): full-width letters and digits become half-width,
 * Chinese punctuation (，（）：) stays as typed; whitespace collapsed (cleanLine).
 */
export function normalizeFreeText(cell: unknown): string {
  return cleanLine(halfWidthAlnum(cellText(cell)));
}

/** 备注, which may run over several lines: as normalizeFreeText, but line breaks kept (cleanMultiline). */
export function normalizeNote(cell: unknown): string {
  return cleanMultiline(halfWidthAlnum(cellText(cell)));
}

/** Half-width, trimmed, every run of whitespace (incl. line breaks and NBSP) collapsed to one space (cleanLine). */
export function normalizeText(cell: unknown): string {
  return cleanLine(toHalfWidth(cellText(cell)));
}

export function isBlankCell(cell: unknown): boolean {
  return normalizeText(cell) === '';
}

const CJK = '\\p{Script=Han}';
const SPACE_NEAR_CJK = new RegExp(`(?<=${CJK}) | (?=${CJK})`, 'gu');

/** "王 伟" → "王伟"; a space next to a Chinese character goes, "John Smith" keeps its space. */
export function normalizeName(cell: unknown): string {
  return normalizeText(cell).replace(SPACE_NEAR_CJK, '');
}

/** Branch and unit names: Chinese text where spaces carry no meaning. */
export function normalizeOrgName(cell: unknown): string {
  return normalizeText(cell).replace(SPACE_NEAR_CJK, '');
}

/** Header cells: no spaces or line breaks, no "*" required-marks. */
export function normalizeHeader(cell: unknown): string {
  return normalizeText(cell).replace(/[\s*※★]/gu, '');
}

/** Split a list typed in one cell: 、，,;； and line breaks. */
export function splitList(cell: unknown): string[] {
  return toHalfWidth(cellText(cell))
    .split(/[、,;\n\r]+/u)
    .map((s) => normalizeOrgName(s))
    .filter((s) => s !== '');
}
