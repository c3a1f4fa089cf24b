import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT_FONTS, type DocumentFonts } from '../ipc/contract';
import { DOCUMENT_KINDS, type DocumentKindId } from '.';
import { documentExamples } from '../../test/fixtures/documents/examples';
import { assertWellFormed, attrs, attrsOf, plainText, readDocx, styleById } from '../../test/fixtures/documents/readDocx';
import { CHAR_PITCH, CHAR_SPACE, LINE_PITCH, mm, TEXT_HEIGHT, TEXT_WIDTH } from './layout/page';

const docxKinds = Object.values(DOCUMENT_KINDS).filter((k) => k.ext === 'docx');

async function build(id: DocumentKindId, fonts?: DocumentFonts) {
  const kind = DOCUMENT_KINDS[id] as { build: (m: unknown, o?: { fonts?: DocumentFonts }) => Promise<Uint8Array> };
  return readDocx(await kind.build(documentExamples[id], { fonts }));
}

describe('GB/T 9704 page layout, for every document kind', () => {
  it.each(docxKinds.map((k) => k.id))('%s: A4, margins 37/35/28/26 mm, 22 × 28 grid, two footers', async (id) => {
    const parts = await build(id);
    for (const [name, xml] of Object.entries(parts)) if (name.endsWith('.xml') || name.endsWith('.rels')) assertWellFormed(xml);
    const doc = parts['word/document.xml'];
    expect(doc.match(/<w:sectPr>/g)).toHaveLength(1);
    expect(attrs(doc, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(attrs(doc, 'w:pgMar')).toMatchObject({ 'w:top': '2098', 'w:right': '1474', 'w:bottom': '1984', 'w:left': '1587' });
    expect(attrs(doc, 'w:docGrid')).toEqual({ 'w:type': 'linesAndChars', 'w:linePitch': '579', 'w:charSpace': '-842' });
    const refs = attrsOf(doc, 'w:footerReference');
    expect(refs.map((r) => r['w:type']).sort()).toEqual(['default', 'even']);
    // The two references name the two footers, odd pages right and even pages left.
    const rels = parts['word/_rels/document.xml.rels'];
    const target = (type: string) => attrsOf(rels, 'Relationship').find((r) => r.Id === refs.find((f) => f['w:type'] === type)!['r:id'])!.Target;
    expect(attrs(parts[`word/${target('default')}`], 'w:jc')['w:val']).toBe('right');
    expect(attrs(parts[`word/${target('even')}`], 'w:jc')['w:val']).toBe('left');
    // Page numbering is never restarted: it runs on through the attachments.
    expect(doc).not.toMatch(/w:pgNumType[^>]*w:start/);
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    expect(doc).not.toMatch(/w:type="pct"/);
  });

  it('margins and grid: the numbers behind the twips', () => {
    expect([mm(37), mm(35), mm(28), mm(26)]).toEqual([2098, 1984, 1587, 1474]);
    expect(TEXT_WIDTH).toBe(8845);
    expect(TEXT_HEIGHT).toBe(12756);
    // 22 lines: 22 × 579 fits in the block, 23 do not.
    expect(LINE_PITCH).toBe(579);
    expect(Math.floor(TEXT_HEIGHT / LINE_PITCH)).toBe(22);
    // 28 characters: the grid pitch (16 pt + charSpace/4096 pt) fits 28 but not 29 times.
    expect(CHAR_SPACE).toBe(-842);
    expect(Math.floor(TEXT_WIDTH / CHAR_PITCH)).toBe(28);
    // The condensed body character (16 pt − 0.5 pt) also fits 28 and not 29.
    expect(Math.floor(TEXT_WIDTH / ((16 - 0.5) * 20))).toBe(28);
  });

  it('styles: title 2号 方正小标宋简体, body 3号 仿宋_GB2312, headings 黑体/楷体, all in eastAsia and hAnsi', async () => {
    const styles = (await build('selfAnalysis'))['word/styles.xml'];
    const style = (id: string) => styleById(styles, id);
    const fontsOf = (xml: string) => attrs(xml, 'w:rFonts');
    const title = style('DocTitle');
    expect(fontsOf(title)).toMatchObject({ 'w:eastAsia': '方正小标宋简体', 'w:hAnsi': '方正小标宋简体', 'w:ascii': '方正小标宋简体' });
    expect(attrs(title, 'w:sz')['w:val']).toBe('44');
    expect(attrs(title, 'w:jc')['w:val']).toBe('center');
    const normal = style('Normal');
    expect(fontsOf(normal)).toMatchObject({ 'w:eastAsia': '仿宋_GB2312', 'w:hAnsi': '仿宋_GB2312' });
    expect(attrs(normal, 'w:sz')['w:val']).toBe('32');
    expect(attrs(normal, 'w:spacing')).toMatchObject({ 'w:before': '0', 'w:after': '0', 'w:line': '579', 'w:lineRule': 'exact' });
    expect(attrs(style('Body'), 'w:ind')).toMatchObject({ 'w:firstLineChars': '200', 'w:firstLine': '632' });
    expect(fontsOf(style('Heading1'))).toMatchObject({ 'w:eastAsia': '黑体', 'w:hAnsi': '黑体' });
    expect(fontsOf(style('Heading2'))).toMatchObject({ 'w:eastAsia': '楷体_GB2312' });
    expect(style('Heading3')).not.toContain('<w:rFonts');
    // docx's own heading colours and italics are gone: official headings are black and upright.
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Heading4']) {
      expect(style(id)).not.toContain('<w:color');
      expect(style(id)).not.toMatch(/<w:i\/>/);
    }
    const footer = style('Footer');
    expect(fontsOf(footer)).toMatchObject({ 'w:ascii': '宋体', 'w:hAnsi': '宋体', 'w:eastAsia': '宋体' });
    expect(attrs(footer, 'w:sz')['w:val']).toBe('28');
  });

  it('fonts come from the settings', async () => {
    const fonts = { ...DEFAULT_DOCUMENT_FONTS, body: '仿宋', heading2: '楷体', title: '黑体' };
    const styles = (await build('stagePlan', fonts))['word/styles.xml'];
    expect(styles).toContain('w:eastAsia="仿宋"');
    expect(styles).toContain('w:hAnsi="楷体"');
    expect(styles).not.toContain('仿宋_GB2312');
    expect(styles).not.toContain('方正小标宋简体');
  });

  it('page number “— 1 —”: PAGE field, odd pages right, even pages left, one character in', async () => {
    const parts = await build('selfAnalysis');
    const odd = parts['word/footer1.xml'];
    const even = parts['word/footer2.xml'];
    for (const f of [odd, even]) {
      expect(f).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(plainText(f)).toBe('—  —');
      expect(attrs(f, 'w:pStyle')['w:val']).toBe('Footer');
    }
    expect(attrs(odd, 'w:jc')['w:val']).toBe('right');
    expect(attrs(odd, 'w:ind')).toEqual({ 'w:right': '280' });
    expect(attrs(even, 'w:jc')['w:val']).toBe('left');
    expect(attrs(even, 'w:ind')).toEqual({ 'w:left': '280' });
    // 7 mm below the text block: the footer's 14 pt line is centred 35 − 7 mm above the edge.
    expect(attrs(parts['word/document.xml'], 'w:pgMar')['w:footer']).toBe('1447');
  });
});
