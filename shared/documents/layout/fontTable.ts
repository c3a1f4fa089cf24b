/**
 * The font table (word/fontTable.xml) with the stand-ins of the official faces (fonts.ts):
 * Word and WPS look here when a face named in the text is missing and print in its w:altName.
 * `docx` writes a font table only for fonts it embeds, so the part is built from docx's own
 * elements (BuilderElement, createStringElement), serialised as docx serialises its parts
 * (the `xml` package's object form), and handed to the Packer as a documented override.
 */
import { BuilderElement, createStringElement, type XmlComponent } from 'docx';
import xml from 'xml';
import type { DocumentFonts } from '../../ipc/contract';
import { fontFallback, GB2312_CHARSET } from '../fonts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function fontElement(name: string): XmlComponent {
  const fb = fontFallback(name);
  const children: XmlComponent[] = [];
  // CT_Font's sequence: altName, panose1, charset, family, notTrueType, pitch, sig …
  if (fb) children.push(createStringElement('w:altName', fb.altName), createStringElement('w:panose1', fb.panose1));
  children.push(createStringElement('w:charset', GB2312_CHARSET));
  children.push(createStringElement('w:family', fb?.family ?? 'auto'));
  children.push(createStringElement('w:pitch', fb?.pitch ?? 'variable'));
  return new BuilderElement({ name: 'w:font', attributes: { name: { key: 'w:name', value: name } }, children });
}

/** Every face the document fonts name, and the stand-ins they point to. */
export function fontTableFaces(fonts: DocumentFonts): string[] {
  const faces = new Set<string>();
  for (const name of Object.values(fonts)) {
    faces.add(name);
    const fb = fontFallback(name);
    if (fb) faces.add(fb.altName);
  }
  return [...faces];
}

/** word/fontTable.xml for these document fonts. */
export function fontTableXml(fonts: DocumentFonts): string {
  const table = new BuilderElement({
    name: 'w:fonts',
    attributes: { w: { key: 'xmlns:w', value: W }, r: { key: 'xmlns:r', value: R } },
    children: fontTableFaces(fonts).map(fontElement),
  });
  const object = table.prepForXml({ stack: [] } as unknown as Parameters<XmlComponent['prepForXml']>[0]);
  return xml(object as xml.XmlObject, { declaration: { standalone: 'yes', encoding: 'UTF-8' } });
}
