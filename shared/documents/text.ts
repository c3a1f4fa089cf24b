/**
 * User text → safe WordprocessingML text. Users paste anything (control characters, lone
 * surrogates from broken clipboards, bidi overrides and zero-width characters from web pages,
 * emoji, rare CJK); the file must still open and print what the user sees, so anything XML 1.0
 * forbids and anything invisible is dropped here, once, before it reaches a part.
 */
import { FORMAT } from '../util/text';

// Not allowed in XML 1.0: C0 controls except \t \n \r, lone surrogates, U+FFFE/U+FFFF.
// C1 controls (U+007F–U+009F) are legal but discouraged and make Word refuse some files.
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Remove characters that XML 1.0 cannot hold and invisible format characters (Unicode Cf, the
 * class `cleanLine` drops: bidi marks, embeddings, overrides and isolates, zero-width space,
 * joiners and word joiner, BOM, soft hyphen, Mongolian vowel separator); normalise line ends
 * to `\n`. A title holding U+202E would otherwise print reversed.
 */
export function sanitizeText(text: string | null | undefined): string {
  if (!text) return '';
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/\r\n?|[\u2028\u2029\u000B\u000C]/g, '\n')
      .replace(ILLEGAL, '')
      .replace(FORMAT, '')
  );
}

/** Escape for element content and attribute values (input already sanitised). */
export function escapeXml(text: string): string {
  let needs = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 38 || c === 60 || c === 62 || c === 34) {
      needs = true;
      break;
    }
  }
  if (!needs) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Split user text into paragraphs: one per line, empty lines dropped, ends trimmed. */
export function toParagraphs(text: string | null | undefined): string[] {
  return sanitizeText(text)
    .split('\n')
    .map((line) => line.replace(/[ \u3000]+$/u, '').replace(/^[ \u3000]+/u, ''))
    .filter((line) => line.length > 0);
}

let segmenter: Intl.Segmenter | null | undefined;

/**
 * The user-perceived characters (extended grapheme clusters) of a text: an emoji with its
 * skin-tone modifier, a flag (two regional indicators), a letter with its combining accents
 * each stay one piece. Falls back to code points where `Intl.Segmenter` is missing.
 */
export function graphemes(text: string): string[] {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
        ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
        : null;
  }
  return segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
}

/** At most this many code points in a file name, before the extension. */
export const FILE_NAME_MAX_CODE_POINTS = 80;

/** Characters Windows refuses in a file name, and the controls that survive sanitizeText. */
const FILE_FORBIDDEN = /[\\/:*?"<>|\p{Cc}]/gu;
/** Dots and spaces at either end (Windows drops trailing ones; a leading dot hides the file). */
const FILE_EDGES = /^[.\s]+|[.\s]+$/gu;
/** Device names Windows reserves, whatever the case and whatever follows the first dot. */
const RESERVED_STEM = /^(?:CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[1-9¹²³]|LPT[1-9¹²³])$/iu;

/** The longest run of whole graphemes from the start of `text` with at most `max` code points. */
function truncateCodePoints(text: string, max: number): string {
  let count = 0;
  let out = '';
  for (const g of graphemes(text)) {
    const n = Array.from(g).length;
    if (count + n > max) {
      // One cluster longer than the limit (a letter under dozens of accents): cut it by code points.
      if (out === '') out = Array.from(g).slice(0, max).join('');
      break;
    }
    count += n;
    out += g;
  }
  return out;
}

/** True when Windows would take the name for a device (CON, con.docx, LPT1.tar.gz, …). */
function isReservedName(name: string): boolean {
  return RESERVED_STEM.test(name.split('.')[0].trimEnd());
}

/**
 * A file name Windows, macOS and Linux all accept, for a save dialog or an entry in a .zip:
 * `base` is cleaned (sanitizeText; `\ / : * ? " < > |` and control characters become `_`;
 * dots and spaces trimmed at both ends), cut to at most 80 code points without splitting a
 * grapheme, and only then `ext` (such as `.docx`) is appended, so the extension always
 * survives. Never empty (`未命名` + ext); a reserved device name gets a leading `_`. A name
 * that already ends in `.docx` and is short enough comes back unchanged with `ext` omitted.
 */
export function safeFileName(base: string, ext = ''): string {
  const suffix = sanitizeText(ext).replace(FILE_FORBIDDEN, '_');
  const clean = (s: string) => s.replace(FILE_EDGES, '');
  let name = clean(truncateCodePoints(clean(sanitizeText(base).replace(FILE_FORBIDDEN, '_')), FILE_NAME_MAX_CODE_POINTS));
  if (!name) name = '未命名';
  // The prefix cannot make the name reserved again; re-cut so it stays within the limit.
  if (isReservedName(name + suffix)) name = clean(truncateCodePoints(`_${name}`, FILE_NAME_MAX_CODE_POINTS));
  return name + suffix;
}

/** Format characters and combining marks: no advance of their own. */
const ZERO_WIDTH = /^[\p{M}\p{Cf}]$/u;
/** Latin-1 symbols that GB 2312 fonts draw full width. */
const FULL_WIDTH_LATIN1 = new Set([0xa4, 0xa7, 0xa8, 0xb0, 0xb1, 0xb7, 0xd7, 0xf7]);

/**
 * Advance of one code point in a Chinese font, in characters: ½ for ASCII, Latin letters and
 * the half-width forms; 0 for controls, marks and format characters; 1 for everything else,
 * including “ ” ‘ ’ — … · × ° ①, which Chinese fonts draw full width.
 */
function codePointWidth(cp: number): number {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp < 0x7f) return 0.5;
  if (ZERO_WIDTH.test(String.fromCodePoint(cp))) return 0;
  if (cp < 0x300) return FULL_WIDTH_LATIN1.has(cp) ? 1 : 0.5;
  if ((cp >= 0xff61 && cp <= 0xffdc) || (cp >= 0xffe8 && cp <= 0xffee)) return 0.5;
  return 1;
}

/**
 * Width of a string in body characters: full-width counts 1, ASCII (digits, Latin) ½; Chinese
 * quotation marks, dashes and ellipses count 1. A grapheme counts as its widest code point, so
 * an emoji with a modifier or a flag is one character.
 */
export function textWidthInChars(text: string): number {
  let width = 0;
  for (const g of graphemes(text)) {
    let w = 0;
    for (const ch of g) w = Math.max(w, codePointWidth(ch.codePointAt(0)!));
    width += w;
  }
  return width;
}
