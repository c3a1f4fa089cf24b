/**
 * The unit's bundle (单位数据包, shared/bundle/format.ts) made from its data: the backup read in
 * one transaction, optionally the Word documents of the 打印材料 page, signed with this
 * installation's key, named <单位名>-<date>.pytb.
 */
import { encodeBackup } from '@shared/backup/format';
import { BUNDLE_EXTENSION, buildBundle, type BundleDocument } from '@shared/bundle/format';
import type { Signer } from '@shared/bundle/keys';
import { safeFileName } from '@shared/documents/text';
import type { PytDb } from '../../db/db';
import { exportUnitBackup } from '../../db/repos/backup';

export function bundleFileName(unitName: string, today: string): string {
  return safeFileName(`${unitName}-${today}`, `.${BUNDLE_EXTENSION}`);
}

export async function makeUnitBundle(input: {
  db: PytDb;
  unitId: string;
  signer: Signer;
  documents?: readonly BundleDocument[];
  appVersion: string;
  /** The moment of the export (ISO), and the unit's today for the file name. */
  now: string;
  today: string;
}): Promise<{ bytes: Uint8Array; fileName: string }> {
  const backup = await exportUnitBackup(input.db, input.unitId, input.appVersion, input.now);
  const bytes = await buildBundle({
    backup,
    backupBytes: encodeBackup(backup),
    documents: input.documents,
    appVersion: input.appVersion,
    exportedAt: input.now,
    signer: input.signer,
  });
  return { bytes, fileName: bundleFileName(backup.unit.name, input.today) };
}
