/**
 * The font table (word/fontTable.xml) with the stand-ins of the official faces (fonts.ts):
 * Word and WPS look here when a face named in the text is missing and print in its w:altName.
 * `docx` writes a font table only for fonts it embeds, so the part is built from docx's own
 * elements (BuilderElement, createStringElement), turned into docx's object form by their
 * prepForXml, serialised, and handed to the Packer as a documented override.
 */
import { BuilderElement, createStringElement, type XmlComponent } from 'docx';
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
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${serialise(object)}`;
}

/**
 * docx's object form of XML (`{ name: [{ _attr: {…} }, child, …] }`, text as strings) to a
 * string. The `xml` package docx once used for this needs Node's `process`, which the
 * renderer does not have.
 */
function serialise(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') return escape(String(node));
  if (Array.isArray(node)) return node.map(serialise).join('');
  const [name, body] = Object.entries(node as Record<string, unknown>)[0] ?? [];
  if (name === undefined) return '';
  const parts = Array.isArray(body) ? body : [body];
  const attrs = parts.find((p): p is { _attr: Record<string, unknown> } => typeof p === 'object' && p !== null && '_attr' in p)?._attr ?? {};
  const children = parts.filter((p) => !(typeof p === 'object' && p !== null && '_attr' in p));
  const open = `<${name}${Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
    .join('')}`;
  const inner = children.map(serialise).join('');
  return inner ? `${open}>${inner}</${name}>` : `${open}/>`;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
