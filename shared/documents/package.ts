/**
 * The .docx package, made by `docx`: the styles (fonts from the settings), the A4 page with
 * its 22 × 28 grid, odd and even footers, and the body's blocks; the font table carries the
 * stand-ins of the official faces.
 */
import { Document, Packer } from 'docx';
import type { DocumentFonts } from '../ipc/contract';
import { DEFAULT_DOCUMENT_FONTS } from '../ipc/contract';
import { fontTableXml } from './layout/fontTable';
import { footers } from './layout/footer';
import { sectionProperties } from './layout/page';
import { toDocx, type Block } from './layout/paragraphs';
import { documentStyles } from './layout/styles';

/** The docx Document for these blocks (exported for tests and the bench). */
export function documentOf(body: readonly Block[], fonts: DocumentFonts = DEFAULT_DOCUMENT_FONTS): Document {
  return new Document({
    creator: '评议通',
    evenAndOddHeaderAndFooters: true,
    // 2 characters; Word's default tab of half an inch does not fit the grid.
    defaultTabStop: 632,
    compatibility: { version: 15 },
    styles: documentStyles(fonts),
    sections: [{ properties: sectionProperties(), footers: footers(), children: toDocx(body) }],
  });
}

/** Zip the package into .docx bytes. */
export async function packDocx(body: readonly Block[], fonts: DocumentFonts = DEFAULT_DOCUMENT_FONTS): Promise<Uint8Array> {
  const data = await Packer.toArrayBuffer(documentOf(body, fonts), false, [{ path: 'word/fontTable.xml', data: fontTableXml(fonts) }]);
  return new Uint8Array(data);
}
