/**
 * 署名 and 成文日期 under the body, placed as GB/T 9704-2012 7.3.5 says:
 * - with a seal (7.3.5.1): the date four characters in from the right, the signature centred
 *   over the date; two empty lines above leave room for the seal, whose top must come within
 *   one line of the body;
 * - without a seal (7.3.5.2): one empty line, the signature two characters in from the right,
 *   the date on the next line starting two characters right of the signature's first
 *   character; a date longer than the signature stays two in, and the signature moves left.
 * Lines to sign by hand (口述人、记录人、主持人) are blank, underlined, for a pen.
 */
import { TextRun, UnderlineType } from 'docx';
import { formatChineseDate, type IsoDate } from '../chineseDate';
import { sanitizeText, textWidthInChars } from '../text';
import { CHAR_PITCH } from './page';
import { blankLine, para, runs, type Para } from './paragraphs';
import { STYLE } from './styles';

export interface Signature {
  /** 署名: the issuing organisation (or a person). Several lines for joint signers. */
  name: string;
  date: IsoDate;
  /** 加盖印章 */
  sealed?: boolean;
}

function rightIndented(children: Para['options']['children'], chars: number): Para {
  const twips = Math.max(0, Math.round(chars * CHAR_PITCH));
  return para(STYLE.signature, children ?? [], { indent: { right: twips } });
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

/** The signature block; pass it to closeWith so it stays with the body's last lines. */
export function signatureBlock(sig: Signature): Para[] {
  const name = sanitizeText(sig.name).split('\n')[0].trim();
  const date = formatChineseDate(sig.date);
  const place = placeSignature(name, date, !!sig.sealed);
  const out: Para[] = [];
  for (let i = 0; i < place.blankLinesBefore; i++) out.push(blankLine());
  if (name) out.push(rightIndented(runs(name), place.signatureRight));
  if (date) out.push(rightIndented(runs(date), place.dateRight));
  return out;
}

/** A blank to sign on: six full-width spaces, underlined. */
const BLANK = () => new TextRun({ text: '\u3000'.repeat(6), underline: { type: UnderlineType.SINGLE } });

/**
 * Lines to be signed by hand, one person to a line, flush right under the body:
 * “口述人（签字）：______”. A name typed in the app is printed before the blank so the
 * signer is known (“口述人：李德顺 签字：______”).
 */
export function signLines(labels: readonly string[], names: readonly string[] = []): Para[] {
  const out: Para[] = [blankLine()];
  labels.forEach((label, i) => {
    const name = sanitizeText(names[i] ?? '').trim();
    const children = name
      ? [...runs(`${label}：${name}\u3000签字：`), BLANK()]
      : [...runs(`${label}（签字）：`), BLANK()];
    out.push(rightIndented(children, 2));
  });
  return out;
}
