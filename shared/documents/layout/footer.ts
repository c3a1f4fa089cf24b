/**
 * Page numbers: 4号 半角宋体 “— 1 —”, right on odd pages and left on even pages, one character
 * in from the edge of the text block (单页码居右空一字，双页码居左空一字). One section for the
 * whole file, so numbering runs on through the attachments.
 */
import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { SIZE } from './page';
import { STYLE } from './styles';

/** One 4号 character, the “空一字” beside the page number. */
const ONE_CHAR = SIZE.hao4 * 10;

function pageNumber(side: 'right' | 'left'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: ONE_CHAR } : { left: ONE_CHAR },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/** The two footers: odd pages (Word's default when even and odd differ) and even pages. */
export function footers(): { default: Footer; even: Footer } {
  return { default: pageNumber('right'), even: pageNumber('left') };
}
