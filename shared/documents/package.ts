/**
 * The .docx package: the parts that do not change between documents (styles, settings,
 * footers, relationships) are built and encoded once per font setting and reused; each
 * document only adds its own document.xml. Zipped with fflate, returned as bytes.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { DocumentFonts } from '../ipc/contract';
import { DEFAULT_DOCUMENT_FONTS } from '../ipc/contract';
import { EVEN_FOOTER_XML, ODD_FOOTER_XML } from './layout/footer';
import { sectionXml } from './layout/page';
import { stylesXml } from './layout/styles';

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WML = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

const CONTENT_TYPES =
  `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/word/document.xml" ContentType="${WML}.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="${WML}.styles+xml"/>` +
  `<Override PartName="/word/settings.xml" ContentType="${WML}.settings+xml"/>` +
  `<Override PartName="/word/footer1.xml" ContentType="${WML}.footer+xml"/>` +
  `<Override PartName="/word/footer2.xml" ContentType="${WML}.footer+xml"/>` +
  '</Types>';

const ROOT_RELS =
  `${HEAD}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="word/document.xml"/>` +
  '</Relationships>';

const DOCUMENT_RELS =
  `${HEAD}<Relationships xmlns="${PKG_REL}">` +
  `<Relationship Id="rIdStyles" Type="${DOC_REL}/styles" Target="styles.xml"/>` +
  `<Relationship Id="rIdSettings" Type="${DOC_REL}/settings" Target="settings.xml"/>` +
  `<Relationship Id="rIdFooterOdd" Type="${DOC_REL}/footer" Target="footer1.xml"/>` +
  `<Relationship Id="rIdFooterEven" Type="${DOC_REL}/footer" Target="footer2.xml"/>` +
  '</Relationships>';

// evenAndOddHeaders: odd pages right, even pages left. doNotCompress keeps punctuation full
// width so every line holds exactly 28 grid cells.
const SETTINGS =
  `${HEAD}<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
  '<w:zoom w:percent="100"/><w:evenAndOddHeaders/><w:defaultTabStop w:val="420"/>' +
  '<w:drawingGridVerticalSpacing w:val="290"/><w:displayHorizontalDrawingGridEvery w:val="0"/>' +
  '<w:characterSpacingControl w:val="doNotCompress"/>' +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
  '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>' +
  '</w:settings>';

const DOCUMENT_HEAD =
  `${HEAD}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
  `xmlns:r="${DOC_REL}"><w:body>`;
const DOCUMENT_TAIL = `${sectionXml()}</w:body></w:document>`;

/** Encoded static parts for one font setting. */
type StaticParts = Record<string, Uint8Array>;
const cache = new Map<string, StaticParts>();

function staticParts(fonts: DocumentFonts): StaticParts {
  const key = JSON.stringify([fonts.title, fonts.body, fonts.heading1, fonts.heading2, fonts.pageNumber]);
  let parts = cache.get(key);
  if (!parts) {
    parts = {
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      '_rels/.rels': strToU8(ROOT_RELS),
      'word/_rels/document.xml.rels': strToU8(DOCUMENT_RELS),
      'word/styles.xml': strToU8(stylesXml(fonts)),
      'word/settings.xml': strToU8(SETTINGS),
      'word/footer1.xml': strToU8(ODD_FOOTER_XML),
      'word/footer2.xml': strToU8(EVEN_FOOTER_XML),
    };
    if (cache.size > 16) cache.clear();
    cache.set(key, parts);
  }
  return parts;
}

/** The complete document.xml around the body paragraphs and tables. */
export function documentXml(body: readonly string[]): string {
  return DOCUMENT_HEAD + body.join('') + DOCUMENT_TAIL;
}

/** All parts of the package, ready to zip (also used by the bench's floor). */
export function packageParts(body: readonly string[], fonts: DocumentFonts = DEFAULT_DOCUMENT_FONTS): Zippable {
  return { ...staticParts(fonts), 'word/document.xml': strToU8(documentXml(body)) };
}

/** Zip the package into .docx bytes. */
export function packDocx(body: readonly string[], fonts: DocumentFonts = DEFAULT_DOCUMENT_FONTS): Uint8Array {
  return zipSync(packageParts(body, fonts), { level: 6 });
}
