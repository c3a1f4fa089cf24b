/**
 * Reads a bundle as the 督导组's PC would (readBundle), for the unit's e2e test, which cannot load
 * the template JSON the reader pulls in:
 *
 *   tsx test/e2e/pages/readBundleCli.ts <file.pytb>
 *
 * Prints { ok, fingerprint, unit, documents } or { ok: false, error }.
 */
import { readFileSync } from 'node:fs';
import { readBundle } from '../../../shared/bundle/format';

const r = await readBundle(new Uint8Array(readFileSync(process.argv[2])));
console.log(
  JSON.stringify(
    r.ok
      ? { ok: true, fingerprint: r.value.fingerprint, unit: r.value.manifest.unit, documents: r.value.documents.map((d) => d.name), acceptances: r.value.backup.records.acceptances.length }
      : { ok: false, error: r.error },
  ),
);
