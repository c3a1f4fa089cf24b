/** Units and their bundles for the supervisor's tests and bench: demo units under other names, signed by test keys. */
import { buildUnitBackup, encodeBackup, type UnitBackup } from '@shared/backup/format';
import { buildBundle } from '@shared/bundle/format';
import { generateKeyPair, signerOf, type Signer } from '@shared/bundle/keys';
import { defaultTemplate } from '@shared/campaign/defaultTemplate';
import { buildDemoUnit } from '@shared/demo/demoUnit';
import type { UnitRecords } from '@shared/data/registry';

export const template = defaultTemplate();

export const testSigner = async (): Promise<Signer> => signerOf(await generateKeyPair());

/** A demo unit under its own name and fresh ids, as the backup its PC would export. */
export function unitBackup(name: string, exportedAt = '2005-09-13T17:00:00.000+08:00', makeId: () => string = () => crypto.randomUUID()): UnitBackup {
  const { unit, ...records } = buildDemoUnit({ template, makeId });
  return buildUnitBackup({
    unit: { ...unit, name, orgName: `中共${name}机关委员会` },
    records: { ...records, thresholdOverrides: [], thresholdChanges: [], audit: [] } as unknown as Record<keyof UnitRecords, readonly object[]>,
    appVersion: '0.1.0',
    exportedAt,
  });
}

/** The same unit exported again later, with one member renamed (a change the supervisor can see). */
export function laterExport(b: UnitBackup, exportedAt: string, rename?: { from: string; to: string }): UnitBackup {
  const members = b.records.members.map((m) => (rename && m.name === rename.from ? { ...m, name: rename.to } : m));
  return { ...b, exportedAt, records: { ...b.records, members } };
}

export async function bundleOf(b: UnitBackup, signer: Signer): Promise<Uint8Array> {
  return buildBundle({ backup: b, backupBytes: encodeBackup(b), appVersion: '0.1.0', exportedAt: b.exportedAt, signer });
}

/** The bundle with one byte of its data flipped: its signature no longer matches. */
export function tampered(bytes: Uint8Array, at = Math.floor(bytes.length / 2)): Uint8Array {
  const out = bytes.slice();
  out[at] ^= 0x20;
  return out;
}
