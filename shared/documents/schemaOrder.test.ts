import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { DOCUMENT_KINDS, type DocumentKindId } from '.';
import { documentExamples } from '../../test/fixtures/documents/examples';
import { readDocx, type DocxParts } from '../../test/fixtures/documents/readDocx';
import { schemaOrderViolations } from '../../test/fixtures/documents/schemaOrder';

/**
 * Desktop Word repairs or drops properties that are out of the schema's sequence, and Word for
 * the web opens such a file read-only: every part of every document kind must follow
 * ECMA-376's order (see test/fixtures/documents/schemaOrder.ts for the sequences).
 */

/** The .docx packages a kind produces: itself, or for a .zip kind each .docx inside. */
async function packagesOf(id: DocumentKindId): Promise<Record<string, DocxParts>> {
  const kind = DOCUMENT_KINDS[id] as { ext: 'docx' | 'zip'; build: (m: unknown, o?: object) => Promise<Uint8Array> };
  const bytes = await kind.build(documentExamples[id], {});
  if (kind.ext === 'docx') return { [`${id}.docx`]: readDocx(bytes) };
  const inner = Object.entries(unzipSync(bytes)).filter(([name]) => name.endsWith('.docx'));
  return Object.fromEntries(inner.map(([name, data]) => [name, readDocx(data)]));
}

describe('OOXML schema order, for every document kind', () => {
  it.each(Object.keys(DOCUMENT_KINDS) as DocumentKindId[])(
    '%s: every pPr, rPr, sectPr, tblPr, tcPr, settings, style and font follows the schema sequence',
    async (id) => {
      const packages = await packagesOf(id);
      expect(Object.keys(packages).length).toBeGreaterThan(0);
      const violations: string[] = [];
      let checked = 0;
      for (const [file, parts] of Object.entries(packages)) {
        for (const [part, xml] of Object.entries(parts)) {
          if (!part.endsWith('.xml')) continue;
          checked++;
          for (const v of schemaOrderViolations(xml)) violations.push(`${file} ${part}: ${v}`);
        }
      }
      // The parts that carry the checked elements are there (a test that checks nothing passes).
      for (const parts of Object.values(packages)) {
        expect(Object.keys(parts)).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'word/settings.xml']));
      }
      expect(checked).toBeGreaterThan(0);
      const shown = violations.slice(0, 20).join('\n');
      const more = violations.length > 20 ? `\n… and ${violations.length - 20} more` : '';
      expect(violations.length, `${violations.length} schema order violations:\n${shown}${more}`).toBe(0);
    },
  );
});
