/**
 * Page numbers: 4号 半角宋体 “— 1 —”, right on odd pages and left on even pages, one character
 * in from the edge of the text block (单页码居右空一字，双页码居左空一字). One section for the
 * whole file, so numbering runs on through the attachments.
 */
import { SIZE } from './page';
import { STYLE } from './styles';

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** One 4号 character, the “空一字” beside the page number. */
const ONE_CHAR = SIZE.hao4 * 10;

function pageNumberParagraph(side: 'right' | 'left'): string {
  const indent = side === 'right' ? `w:right="${ONE_CHAR}"` : `w:left="${ONE_CHAR}"`;
  return (
    `<w:p><w:pPr><w:pStyle w:val="${STYLE.footer}"/><w:jc w:val="${side}"/><w:ind ${indent}/></w:pPr>` +
    '<w:r><w:t xml:space="preserve">— </w:t></w:r>' +
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
    '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
    '<w:r><w:t>1</w:t></w:r>' +
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>' +
    '<w:r><w:t xml:space="preserve"> —</w:t></w:r>' +
    '</w:p>'
  );
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** footer1.xml: odd pages (the default footer when even/odd differ). */
export const ODD_FOOTER_XML = `${HEAD}<w:ftr ${NS}>${pageNumberParagraph('right')}</w:ftr>`;
/** footer2.xml: even pages. */
export const EVEN_FOOTER_XML = `${HEAD}<w:ftr ${NS}>${pageNumberParagraph('left')}</w:ftr>`;
