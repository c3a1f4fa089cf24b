/**
 * User text → safe WordprocessingML text. Users paste anything (control characters, lone
 * surrogates from broken clipboards, emoji, rare CJK); the file must still open, so anything
 * XML 1.0 forbids is dropped here, once, before it reaches a part.
 */

// Not allowed in XML 1.0: C0 controls except \t \n \r, lone surrogates, U+FFFE/U+FFFF.
// C1 controls (U+007F–U+009F) are legal but discouraged and make Word refuse some files.
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Remove characters that XML 1.0 cannot hold; normalise line ends to `\n`. */
export function sanitizeText(text: string | null | undefined): string {
  if (!text) return '';
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?|[\u2028\u2029\u000B\u000C]/g, '\n').replace(ILLEGAL, '');
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

/** Safe text for a file name inside a .zip (Windows forbids these characters). */
export function safeFileName(name: string): string {
  const cleaned = sanitizeText(name)
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001F\n\t]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 80);
  return cleaned || '未命名';
}

/** Width of a string in body characters: full-width counts 1, ASCII (digits, Latin) ½. */
export function textWidthInChars(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! < 0x2e80 ? 0.5 : 1;
  return width;
}
