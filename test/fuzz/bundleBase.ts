/**
 * The bundle the bundle fuzz mutates: the demo unit as the backup tests populate it (every demo
 * table, a threshold change and its audit log), exported from a unit database the way the unit's
 * PC exports it, with two Word documents, signed by a fresh Ed25519 key.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { strToU8, zipSync } from 'fflate';
import { encodeBackup, type UnitBackup } from '../../shared/backup/format';
import { buildBundle } from '../../shared/bundle/format';
import { generateKeyPair, signerOf, type Signer } from '../../shared/bundle/keys';
import { PytDb } from '../../renderer/db/db';
import { exportUnitBackup } from '../../renderer/db/repos/backup';
import { populatedUnit } from '../fixtures/backup/testing';

export const BASE_EXPORTED_AT = '2026-11-27T10:00:00.000+08:00';

/** A small Word-like file (a zip with a document part): the bundle format does not open it. */
function docx(text: string): Uint8Array {
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(`<w:document><w:body><w:p>${text}</w:p></w:body></w:document>`) }, { mtime: new Date(Date.UTC(2000, 0, 1)) });
}

export async function fuzzBaseBundle(): Promise<{ base: Uint8Array; backup: UnitBackup; signer: Signer }> {
  const db = new PytDb(`bundle-fuzz-base-${Date.now()}-${Math.random()}`, { indexedDB, IDBKeyRange });
  await db.open();
  try {
    const unitId = await populatedUnit(db);
    const backup = await exportUnitBackup(db, unitId, '0.4.0', BASE_EXPORTED_AT);
    const signer = await signerOf(await generateKeyPair());
    const base = await buildBundle({
      backup,
      backupBytes: encodeBackup(backup),
      documents: [
        { name: `${backup.unit.orgName}分析评议阶段工作方案.docx`, bytes: docx('分析评议阶段工作方案') },
        { name: `${backup.unit.orgName}党性分析材料汇总.docx`, bytes: docx('党性分析材料汇总') },
      ],
      appVersion: '0.4.0',
      exportedAt: BASE_EXPORTED_AT,
      signer,
    });
    return { base, backup, signer };
  } finally {
    await db.delete();
  }
}
