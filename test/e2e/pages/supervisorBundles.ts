/**
 * Makes units' bundles for the supervisor's e2e test, as the units' PCs would: a demo unit under
 * each name, with its own ids, exported at the given time and signed with its own new key.
 *
 *   tsx test/e2e/pages/supervisorBundles.ts <dir> '[{"name":"东城区商务局","exportedAt":"…"}]'
 *
 * Writes <name>.pytb for each unit and made.json ([{ unitId, fileName }]) into <dir>.
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
const units = JSON.parse(spec) as { name: string; exportedAt: string }[];
const made: { unitId: string; fileName: string }[] = [];
for (const u of units) {
  const { unit, ...records } = buildDemoUnit({ template: defaultTemplate(), makeId: () => crypto.randomUUID() });
  const backup = buildUnitBackup({
    unit: { ...unit, name: u.name, orgName: `中共${u.name}机关委员会` },
    records: { ...records, thresholdOverrides: [], thresholdChanges: [], audit: [] } as unknown as Record<keyof UnitRecords, readonly object[]>,
    appVersion: '0.1.0',
    exportedAt: u.exportedAt,
  });
  const signer = await signerOf(await generateKeyPair());
  const bytes = await buildBundle({ backup, backupBytes: encodeBackup(backup), appVersion: '0.1.0', exportedAt: u.exportedAt, signer });
  const fileName = `${u.name}.pytb`;
  writeFileSync(path.join(dir, fileName), bytes);
  made.push({ unitId: unit.id, fileName });
}
writeFileSync(path.join(dir, 'made.json'), JSON.stringify(made));
