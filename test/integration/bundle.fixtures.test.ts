/** Every bundle format version's fixture, kept forever, still reads and imports as the unit it was. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { BUNDLE_FORMAT_VERSION, readBundle } from '@shared/bundle/format';
import { UNIT_BACKUP_FORMAT_VERSION } from '@shared/backup/format';

const dir = fileURLToPath(new URL('../fixtures/bundle/', import.meta.url));

it('there is a bundle fixture for every format version', () => {
  const versions = readdirSync(dir).flatMap((f) => /^unit-bundle-v(\d+)\.pytb$/u.exec(f)?.[1] ?? []).map(Number).sort();
  expect(versions).toEqual(Array.from({ length: BUNDLE_FORMAT_VERSION }, (_, i) => i + 1));
});

it.each(Array.from({ length: BUNDLE_FORMAT_VERSION }, (_, i) => i + 1))('unit-bundle-v%i.pytb reads: signature, parts and data, brought to the current backup format', async (v) => {
  const r = await readBundle(new Uint8Array(readFileSync(`${dir}unit-bundle-v${v}.pytb`)));
  expect(r.ok, r.ok ? '' : r.error.join('\n')).toBe(true);
  if (!r.ok) return;
  expect(r.value.backup.formatVersion).toBe(UNIT_BACKUP_FORMAT_VERSION);
  expect(r.value.manifest.unit.name).toBe(r.value.backup.unit.name);
  expect(r.value.backup.records.members.length).toBeGreaterThan(0);
  expect(r.value.fingerprint).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/u);
});
