/**
 * Makes units' bundles for the supervisor's e2e test, as the units' PCs would: a demo unit under
 * each name, with its own ids, exported at the given time and signed with its own new key. An entry
 * with `againOf` (the index of an earlier entry) is that unit again — the same ids and records —
 * exported at its own time and signed with a new key: the unit on another PC, or someone posing
 * as it.
 *
 *   tsx test/e2e/pages/supervisorBundles.ts <dir> '[{"name":"东城区商务局","exportedAt":"…"}]'
 *
 * Writes <file or name>.pytb for each entry and made.json ([{ unitId, fileName }]) into <dir>.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildUnitBackup, encodeBackup } from '../../../shared/backup/format';
import { buildBundle } from '../../../shared/bundle/format';
import { generateKeyPair, signerOf } from '../../../shared/bundle/keys';
import { defaultTemplate } from '../../../shared/campaign/defaultTemplate';
import { buildDemoUnit } from '../../../shared/demo/demoUnit';
import type { UnitRecords } from '../../../shared/data/registry';

const [dir, spec] = process.argv.slice(2);
const units = JSON.parse(spec) as { name: string; exportedAt: string; againOf?: number; file?: string }[];
const made: { unitId: string; fileName: string }[] = [];
const built: ReturnType<typeof buildDemoUnit>[] = [];
for (const u of units) {
  const demo = u.againOf === undefined ? buildDemoUnit({ template: defaultTemplate(), makeId: () => crypto.randomUUID() }) : built[u.againOf];
  built.push(demo);
  const { unit, ...records } = demo;
  const backup = buildUnitBackup({
    unit: { ...unit, name: u.name, orgName: `中共${u.name}机关委员会` },
    records: { ...records, thresholdOverrides: [], thresholdChanges: [], audit: [] } as unknown as Record<keyof UnitRecords, readonly object[]>,
    appVersion: '0.1.0',
    exportedAt: u.exportedAt,
  });
  const signer = await signerOf(await generateKeyPair());
  const bytes = await buildBundle({ backup, backupBytes: encodeBackup(backup), appVersion: '0.1.0', exportedAt: u.exportedAt, signer });
  const fileName = `${u.file ?? u.name}.pytb`;
  writeFileSync(path.join(dir, fileName), bytes);
  made.push({ unitId: unit.id, fileName });
}
writeFileSync(path.join(dir, 'made.json'), JSON.stringify(made));
