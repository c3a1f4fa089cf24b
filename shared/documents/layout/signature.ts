/**
 * 署名 and 成文日期 under the body, placed as GB/T 9704-2012 7.3.5 says:
 * - with a seal (7.3.5.1): the date four characters in from the right, the signature centred
 *   over the date; two empty lines above leave room for the seal, whose top must come within
 *   one line of the body;
 * - without a seal (7.3.5.2): one empty line, the signature two characters in from the right,
 *   the date on the next line starting two characters right of the signature's first
 *   character; a date longer than the signature stays two in, and the signature moves left.
 */
import { formatChineseDate, type IsoDate } from '../chineseDate';
import { sanitizeText, textWidthInChars } from '../text';
import { CHAR_PITCH } from './page';
import { blankLine, paragraph, runs } from './paragraphs';
import { STYLE } from './styles';

export interface Signature {
  /** 署名: the issuing organisation (or a person). Several lines for joint signers. */
  name: string;
  date: IsoDate;
  /** 加盖印章 */
  sealed?: boolean;
}

function rightIndented(text: string, chars: number): string {
  const twips = Math.max(0, Math.round(chars * CHAR_PITCH));
  return paragraph(STYLE.signature, runs(text), `<w:ind w:right="${twips}"/>`);
}

export interface SignaturePlacement {
  /** Right indent of the signature and of the date, in characters. */
  signatureRight: number;
  dateRight: number;
  blankLinesBefore: number;
}

export function placeSignature(name: string, date: string, sealed: boolean): SignaturePlacement {
  const ls = textWidthInChars(name);
  const ld = textWidthInChars(date);
  if (sealed) {
    return { dateRight: 4, signatureRight: Math.max(0, 4 + ld / 2 - ls / 2), blankLinesBefore: 2 };
  }
  const dateRight = Math.max(2, ls - ld);
  return { dateRight, signatureRight: dateRight + ld + 2 - ls, blankLinesBefore: 1 };
}

export function signatureBlock(sig: Signature): string[] {
  const name = sanitizeText(sig.name).split('\n')[0].trim();
  const date = formatChineseDate(sig.date);
  const place = placeSignature(name, date, !!sig.sealed);
  const out: string[] = [];
  for (let i = 0; i < place.blankLinesBefore; i++) out.push(blankLine());
  if (name) out.push(rightIndented(name, place.signatureRight));
  if (date) out.push(rightIndented(date, place.dateRight));
  return out;
}

/**
 * Lines to be signed by hand (主持人（签字）：____), two to a line, flush right under the
 * body, for minutes and dictated materials.
 */
export function signLines(labels: readonly string[], values: readonly string[] = []): string[] {
  const out = [blankLine()];
  for (let i = 0; i < labels.length; i += 2) {
    const cell = (j: number) => (j < labels.length ? `${labels[j]}：${values[j] || '　　　　　'}` : '');
    const text = [cell(i), cell(i + 1)].filter(Boolean).join('　　　　');
    out.push(rightIndented(text, 2));
  }
  return out;
}
