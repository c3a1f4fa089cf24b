/**
 * Text that enters the app (a form, a roster file) is cleaned once, here: no control characters,
 * no invisible format characters (bidi overrides, zero-width spaces, BOM), no lone surrogates,
 * and composed (NFC), so two names that look the same are the same string.
 */

/** Every way of breaking a line: CRLF, CR, LF, VT, FF, NEL, LINE and PARAGRAPH SEPARATOR. */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/gu;
/** C0 and C1 controls and DEL (Unicode Cc), except tab and line feed (what is left after LINE_BREAK). */
const CONTROL = /[^\P{Cc}\t\n]/gu;
/**
 * Format characters (Unicode Cf): bidi embeddings, overrides and isolates (U+202A–202E,
 * U+2066–2069), LRM/RLM (U+200E/200F), ALM (U+061C), zero-width space and joiners
 * (U+200B–200D), word joiner (U+2060), BOM (U+FEFF), soft hyphen. None is seen, all change
 * what a string compares equal to, and some reorder what is shown. Exported for the document
 * layer's own cleaning; global, so use it with `replace`, not `test`.
 */
export const FORMAT = /\p{Cf}/gu;
/** A surrogate without its pair: not a character, and not storable as UTF-8. */
const LONE_SURROGATE = /\p{Cs}/gu;
/** Trailing spaces of each line of a multi-line text. */
const TRAILING_SPACE = /[^\S\n]+$/gmu;

function withoutInvisible(s: string): string {
  return s.replace(LINE_BREAK, '\n').replace(CONTROL, '').replace(FORMAT, '').replace(LONE_SURROGATE, '');
}

/**
 * For one-line fields (names, 职务, phone numbers): invisible characters removed, line breaks,
 * tabs and other spaces (NBSP, the ideographic space) become one space, trimmed, NFC.
 */
export function cleanLine(s: string): string {
  return withoutInvisible(s).replace(/\s+/gu, ' ').trim().normalize('NFC');
}

/**
 * For notes and paragraphs: invisible characters removed, line breaks made `\n` (tabs kept),
 * trailing spaces of each line dropped, the whole trimmed, NFC.
 */
export function cleanMultiline(s: string): string {
  return withoutInvisible(s).replace(TRAILING_SPACE, '').trim().normalize('NFC');
}

/**
 * True when cleaning (`cleanLine`, or `cleanMultiline` for a multi-line field) would change
 * nothing: for validators that refuse text which did not pass through an entry point.
 */
export function isClean(s: string, field: 'line' | 'multiline' = 'line'): boolean {
  return (field === 'line' ? cleanLine(s) : cleanMultiline(s)) === s;
}

/**
 * True when the text holds nothing invisible: no control character (but line breaks and tabs in
 * a multi-line field), no format character, no lone surrogate, and it is NFC. Looser than
 * isClean about spaces: for what is stored and read back from files.
 */
export function isVisibleText(s: string, field: 'line' | 'multiline' = 'line'): boolean {
  if (field === 'line' && /[\n\t]/u.test(s)) return false;
  return withoutInvisible(s) === s && s.normalize('NFC') === s;
}

/** What a spreadsheet may read as a formula (=, +, -, @) or a cell split (tab, CR), behind any apostrophes. */
const FORMULA_START = /^'*[=+\-@\t\r]/u;
/** "-12.5", "+86 138-0000-0000", a lone "-": digits and punctuation only, nothing a formula can call. */
const PLAIN_NUMBER = /^[+-][\d ().,-]*$/u;
/** An apostrophe that inertCell added. */
const INERT_MARK = /^'+[=+\-@\t\r]/u;

/**
 * A text cell for a spreadsheet: one that Excel or WPS could read as a formula (=, +, -, @, or a
 * leading tab or CR; OWASP "CSV injection") gets a leading apostrophe, so it stays text. Plain
 * numbers and phone numbers ("-12", "+86 138…") are left alone: they call nothing. Only for
 * text cells; numbers written as numbers need nothing. `fromInertCell` undoes it exactly.
 */
export function inertCell(s: string): string {
  return FORMULA_START.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s;
}

/** The text `inertCell` was given: drops the apostrophe it added before a formula character. */
export function fromInertCell(s: string): string {
  return INERT_MARK.test(s) ? s.slice(1) : s;
}
