import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup, type UnitBackup } from '../backup/format';
import { buildBundle, readBundle, signZip } from './format';
import { fingerprint, generateKeyPair, signerOf, type Signer } from './keys';

const fixture = readFileSync(fileURLToPath(new URL('../../test/fixtures/backup/unit-backup-v4.json', import.meta.url)));
const backup = (): UnitBackup => {
  const r = decodeBackup(fixture);
  if (!r.ok) throw new Error(r.error.join('\n'));
  return r.value;
};
const doc = (name: string) => ({ name, bytes: zipSync({ 'word/document.xml': strToU8(`<w:document>${name}</w:document>`) }, { mtime: new Date(Date.UTC(2005, 8, 30)) }) });

async function bundle(signer: Signer, b = backup(), documents = [doc('党性分析材料-李德顺.docx')]) {
  return buildBundle({ backup: b, backupBytes: encodeBackup(b), documents, appVersion: '0.4.0', exportedAt: '2005-09-30T10:00:00.000+08:00', signer });
}
const errorOf = async (bytes: Uint8Array) => {
  const r = await readBundle(bytes);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
};

describe('the unit bundle', () => {
  it('reads back what was exported: the unit, its records, its documents, its key and fingerprint', async () => {
    const signer = await signerOf(await generateKeyPair());
    const r = await readBundle(await bundle(signer));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.backup).toEqual(backup());
    expect(r.value.documents.map((d) => d.name)).toEqual(['党性分析材料-李德顺.docx']);
    expect(r.value.fingerprint).toBe(fingerprint(signer.publicKey));
    expect(r.value.manifest.unit).toEqual({ id: backup().unit.id, name: backup().unit.name, year: backup().unit.year });
    expect(r.value.manifest.counts.members).toBe(backup().records.members.length);
    // The same content signed again is the same bundle; new data is another.
    const again = await readBundle(await bundle(signer));
    expect(again.ok && again.value.bundleId).toBe(r.value.bundleId);
  });

  it('a byte changed anywhere in the file is refused with a reason, never read', async () => {
    const bytes = await bundle(await signerOf(await generateKeyPair()));
    // Every byte of the zip's headers and the signature, and a sample of the rest.
    const at = new Set([...Array.from({ length: 120 }, (_, i) => i), ...Array.from({ length: 300 }, (_, i) => bytes.length - 1 - i)]);
    for (let i = 0; i < bytes.length; i += Math.max(1, Math.floor(bytes.length / 150))) at.add(i);
    for (const i of at) {
      const bad = bytes.slice();
      bad[i] ^= 0x20;
      const r = await readBundle(bad);
      expect(r.ok, `byte ${i}`).toBe(false);
      if (!r.ok) expect(r.error[0]).toMatch(/[\u4e00-\u9fff]/u);
    }
  });

  it('names what is wrong: not a bundle, altered data, a part added or missing, a newer format', async () => {
    const signer = await signerOf(await generateKeyPair());
    const good = await bundle(signer);
    const parts = unzipSync(good);
    // What a forger can do: change the parts, zip them again and sign with the same key.
    const forged = (files: Record<string, Uint8Array>) => signZip(zipSync(files), signer);
    expect(await errorOf(new Uint8Array())).toEqual(['文件是空的，不是评议通的单位数据包']);
    expect(await errorOf(strToU8('hello'))).toEqual(['不是评议通的单位数据包（无法按数据包打开）']);
    expect(await errorOf(fixture)).toEqual(['不是评议通的单位数据包（无法按数据包打开）']);

    const data = JSON.parse(new TextDecoder().decode(parts['unit.json'])) as UnitBackup;
    data.unit.name = '改过的单位';
    expect(await errorOf(await forged({ ...parts, 'unit.json': strToU8(JSON.stringify(data)) }))).toEqual([
      '数据包中的“unit.json”与清单不符：文件被改动过或已损坏，未导入',
    ]);
    expect(await errorOf(await forged({ ...parts, 'documents/x.docx': strToU8('x') }))).toEqual(['数据包中有清单以外的文件“documents/x.docx”，可能被改动过，未导入']);
    const { 'documents/党性分析材料-李德顺.docx': _gone, ...fewer } = parts;
    expect(await errorOf(await forged(fewer))).toEqual(['数据包缺少文件“documents/党性分析材料-李德顺.docx”，未导入']);
    expect(await errorOf(zipSync(parts))).toEqual(['数据包缺少签名，无法确认来源，未导入']);
    // Signed by another installation's key under this one's name: the signature does not match.
    const other = await signerOf(await generateKeyPair());
    expect(await errorOf(await signZip(zipSync(parts), other))).toEqual(['数据包的签名不符：文件在导出后被改动过或已损坏，未导入']);

    const manifest = JSON.parse(new TextDecoder().decode(parts['manifest.json'])) as Record<string, unknown>;
    expect(await errorOf(await forged({ ...parts, 'manifest.json': strToU8(JSON.stringify({ ...manifest, formatVersion: 2 })) }))).toEqual([
      '数据包来自更新版本的评议通（数据包格式 2），请先升级本程序',
    ]);
    // The old signature kept on a changed file.
    const changed = good.slice();
    changed[40] ^= 1;
    expect(await errorOf(changed)).toEqual(['数据包的签名不符：文件在导出后被改动过或已损坏，未导入']);
  });

  it('data that breaks the app’s rules is refused even when signed: the same checks as a restore', async () => {
    const signer = await signerOf(await generateKeyPair());
    const b = backup();
    const m0 = b.records.members[0];
    const bad = { ...b, records: { ...b.records, members: [{ ...m0, branchId: 'no-such-branch' }, ...b.records.members.slice(1)] } } as UnitBackup;
    const errors = await errorOf(await bundle(signer, bad, []));
    expect(errors[0]).toMatch(/^单位数据有误：/u);
  });

  it('inside a verified signature the data’s own checksum is not computed again, but must be there, and the rules still hold', async () => {
    const signer = await signerOf(await generateKeyPair());
    const parts = unzipSync(await bundle(signer, backup(), []));
    const manifest = JSON.parse(new TextDecoder().decode(parts['manifest.json'])) as { parts: { path: string; bytes: number; sha256: string }[] };
    // unit.json replaced and listed in a manifest signed again: what only the key's holder can make.
    const signedWith = async (data: Uint8Array) => {
      const listed = { ...manifest, parts: [{ path: 'unit.json', bytes: data.length, sha256: bytesToHex(sha256(data)) }] };
      return signZip(zipSync({ 'manifest.json': strToU8(JSON.stringify(listed)), 'unit.json': data }), signer);
    };
    const json = JSON.parse(new TextDecoder().decode(parts['unit.json'])) as Record<string, unknown>;
    // The signature vouches for these bytes: a checksum that no longer matches them is not looked at.
    const stale = await readBundle(await signedWith(strToU8(JSON.stringify({ ...json, checksum: `sha256:${'0'.repeat(64)}` }))));
    expect(stale.ok && stale.value.backup).toEqual(backup());
    const { checksum: _gone, ...bare } = json;
    expect(await errorOf(await signedWith(strToU8(JSON.stringify(bare))))).toEqual(['单位数据有误：备份文件缺少校验码，可能已被改动，未做任何改动']);
    const records = json.records as UnitBackup['records'];
    const broken = { ...json, records: { ...records, members: [{ ...records.members[0], branchId: 'no-such-branch' }, ...records.members.slice(1)] } };
    expect((await errorOf(await signedWith(strToU8(JSON.stringify(broken)))))[0]).toMatch(/^单位数据有误：/u);
  });

  it('a zip that unpacks far beyond its size is refused before it is unpacked', async () => {
    const huge = zipSync({ 'manifest.json': new Uint8Array(101 * 1024 * 1024) }, { level: 9 });
    expect(huge.length).toBeLessThan(1024 * 1024);
    expect(await errorOf(huge)).toEqual(['数据包解开后过大，可能被改动过，未导入']);
  });
});
