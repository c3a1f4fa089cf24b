/**
 * The unit's bundle (单位数据包, `.pytb`): one zip a unit hands to its 督导组 on a USB stick.
 *
 *   manifest.json   what the bundle is: type, formatVersion, appVersion, the unit, exportedAt,
 *                   record counts, every other part's path, size and SHA-256, the public key
 *   unit.json       the unit's data: a unit backup (shared/backup/format.ts, with its own checksum,
 *                   which the signature makes redundant here; validated and migrated by the
 *                   same code as a restore)
 *   documents/*.docx   its Word documents, if the unit chose to include them
 *
 * The signature covers the whole file: the installation's Ed25519 signature over every byte of
 * the zip before it is written into the zip's own comment (`PYTB1 <base64>`, the last bytes of
 * the file), so any changed byte — data, a header, a date field — is caught, and the file is still
 * a zip any tool opens.
 *
 * Reading checks, in order, and stops at the first failure with a Chinese reason: size, zip
 * structure, the manifest, the signature, the parts present (nothing unknown, nothing missing)
 * and their hashes, then the data with the app's own rules. Nothing is written by reading.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { decodeBackup, type UnitBackup } from '../backup/format';
import { UNIT_TABLES } from '../data/registry';
import { id, timestamp } from '../data/fields';
import { decodeUtf8Strict } from '../util/checksum';
import { parseWithChinese } from '../util/zodChinese';
import type { Result } from '../util/result';
import { fingerprint, fromBase64, PUBLIC_KEY_BYTES, toBase64, verifySignature, type Signer } from './keys';

export const BUNDLE_TYPE = 'pingyitong.bundle';
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_EXTENSION = 'pytb';

const MANIFEST = 'manifest.json';
/** The zip comment that carries the signature: a fixed prefix and 88 characters of base64. */
const SIGNATURE_PREFIX = 'PYTB1 ';
const SIGNATURE_COMMENT_BYTES = SIGNATURE_PREFIX.length + 88;
/** The end-of-central-directory record: 22 bytes and the comment; its signature PK\x05\x06. */
const EOCD_BYTES = 22;
const DATA = 'unit.json';
const DOCUMENTS = 'documents/';

/** Limits against a hostile file: the whole bundle, one part unpacked, all parts unpacked, parts. */
export const BUNDLE_LIMITS = { fileBytes: 200 * 1024 * 1024, partBytes: 100 * 1024 * 1024, totalBytes: 300 * 1024 * 1024, parts: 2000 } as const;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/u);
/** A document's path inside the bundle: documents/<name>.docx, no folders, nothing odd. */
const documentPath = z
  .string()
  .max(200)
  .regex(/^documents\/[^/\\\p{Cc}]+\.docx$/u, { message: '文档路径不合规' })
  .refine((p) => !p.includes('..'), { message: '文档路径不合规' });

export const bundleManifestSchema = z.strictObject({
  type: z.literal(BUNDLE_TYPE),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  appVersion: z.string().max(40),
  exportedAt: timestamp,
  unit: z.strictObject({ id, name: z.string().min(1).max(60), year: z.number().int().min(1900).max(2100) }),
  /** Records per table in unit.json. */
  counts: z.record(z.string().max(40), z.number().int().min(0).max(10_000_000)),
  parts: z
    .array(z.strictObject({ path: z.union([z.literal(DATA), documentPath]), bytes: z.number().int().min(0).max(BUNDLE_LIMITS.partBytes), sha256: sha256Hex }))
    .min(1)
    .max(BUNDLE_LIMITS.parts),
  /** The signing installation's Ed25519 public key, base64. */
  publicKey: z.string().length(44),
});
export type BundleManifest = z.infer<typeof bundleManifestSchema>;

export interface BundleDocument {
  /** The file name, e.g. 党性分析材料-李德顺.docx (safe: see shared/documents/text.ts). */
  name: string;
  bytes: Uint8Array;
}

const hex = (bytes: Uint8Array) => bytesToHex(sha256(bytes));

/** A bundle's id: the SHA-256 of the whole file, so the same bundle has the same id. */
export const bundleIdOf = (bytes: Uint8Array): string => hex(bytes);

/** Records per table of a backup. */
export function recordCounts(backup: UnitBackup): Record<string, number> {
  return Object.fromEntries(UNIT_TABLES.map((t) => [t, (backup.records[t] as unknown[]).length]));
}

/** Builds and signs a bundle from a unit backup's bytes (encodeBackup) and, optionally, documents. */
export async function buildBundle(input: {
  backup: UnitBackup;
  backupBytes: Uint8Array;
  documents?: readonly BundleDocument[];
  appVersion: string;
  exportedAt: string;
  signer: Signer;
}): Promise<Uint8Array> {
  const files: Zippable = { [DATA]: input.backupBytes };
  const seen = new Set<string>();
  for (const d of input.documents ?? []) {
    const path = `${DOCUMENTS}${d.name}`;
    if (seen.has(path)) throw new Error(`duplicate document ${d.name}`);
    seen.add(path);
    // Word files are zips already: stored, not compressed again.
    files[path] = [d.bytes, { level: 0 }];
  }
  const parts = Object.entries(files).map(([path, v]) => {
    const bytes = v instanceof Uint8Array ? v : (v as [Uint8Array, unknown])[0];
    return { path, bytes: bytes.length, sha256: hex(bytes) };
  });
  const { unit } = input.backup;
  const manifest: BundleManifest = {
    type: BUNDLE_TYPE,
    formatVersion: BUNDLE_FORMAT_VERSION,
    appVersion: input.appVersion,
    exportedAt: input.exportedAt,
    unit: { id: unit.id, name: unit.name, year: unit.year },
    counts: recordCounts(input.backup),
    parts,
    publicKey: toBase64(input.signer.publicKey),
  };
  const manifestBytes = utf8ToBytes(`${JSON.stringify(manifest, null, 2)}\n`);
  return signZip(zipSync({ [MANIFEST]: manifestBytes, ...files }, { level: 6, mtime: new Date(Date.UTC(2000, 0, 1)) }), input.signer);
}

/** Signs a zip (as fflate writes it, without a comment) by writing its signature as the comment. */
export async function signZip(zip: Uint8Array, signer: Signer): Promise<Uint8Array> {
  // The zip ends with its end record and no comment: give it the comment's length, sign every
  // byte so far, then write the signature as the comment.
  const out = new Uint8Array(zip.length + SIGNATURE_COMMENT_BYTES);
  out.set(zip);
  const eocd = zip.length - EOCD_BYTES;
  if (readU32(out, eocd) !== 0x06054b50 || readU16(out, eocd + 20) !== 0) throw new Error('unexpected zip end record');
  out[eocd + 20] = SIGNATURE_COMMENT_BYTES & 0xff;
  out[eocd + 21] = SIGNATURE_COMMENT_BYTES >> 8;
  const signature = await signer.sign(out.subarray(0, zip.length));
  out.set(utf8ToBytes(SIGNATURE_PREFIX + toBase64(signature)), zip.length);
  return out;
}

const readU16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const readU32 = (b: Uint8Array, at: number) => (readU16(b, at) | (readU16(b, at + 2) << 16)) >>> 0;

/** The signature from the zip comment, and the bytes it signs; null when the file has none. */
function signatureOf(bytes: Uint8Array): { signature: Uint8Array; signed: Uint8Array } | null {
  const signedLength = bytes.length - SIGNATURE_COMMENT_BYTES;
  const eocd = signedLength - EOCD_BYTES;
  if (eocd < 0 || readU32(bytes, eocd) !== 0x06054b50 || readU16(bytes, eocd + 20) !== SIGNATURE_COMMENT_BYTES) return null;
  const comment = decodeUtf8Strict(bytes.subarray(signedLength));
  if (comment === null || !comment.startsWith(SIGNATURE_PREFIX)) return null;
  const signature = fromBase64(comment.slice(SIGNATURE_PREFIX.length));
  return signature ? { signature, signed: bytes.subarray(0, signedLength) } : null;
}

/** A bundle read and checked through and through. */
export interface ReadBundle {
  manifest: BundleManifest;
  /** SHA-256 of the whole file: the same bundle has the same one. */
  bundleId: string;
  publicKey: Uint8Array;
  fingerprint: string;
  backup: UnitBackup;
  documents: BundleDocument[];
}

const fail = (...error: string[]): Result<never, string[]> => ({ ok: false, error });

const NOT_A_BUNDLE = '不是评议通的单位数据包（无法按数据包打开）';
const TAMPERED = '数据包的签名不符：文件在导出后被改动过或已损坏，未导入';

/** Reads a bundle's bytes; every failure is one short Chinese reason, and nothing is written. */
export async function readBundle(bytes: Uint8Array): Promise<Result<ReadBundle, string[]>> {
  if (bytes.length === 0) return fail('文件是空的，不是评议通的单位数据包');
  if (bytes.length > BUNDLE_LIMITS.fileBytes) return fail('文件过大，不是评议通的单位数据包');
  let entries: Record<string, Uint8Array>;
  let partCount = 0;
  let total = 0;
  const names = new Set<string>();
  let overLimit = '';
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        partCount += 1;
        total += f.originalSize;
        if (names.has(f.name)) overLimit = '数据包中有重名的文件，可能被改动过，未导入';
        names.add(f.name);
        if (f.originalSize > BUNDLE_LIMITS.partBytes || total > BUNDLE_LIMITS.totalBytes || partCount > BUNDLE_LIMITS.parts) {
          overLimit ||= '数据包解开后过大，可能被改动过，未导入';
          return false;
        }
        return !overLimit;
      },
    });
  } catch {
    return fail(NOT_A_BUNDLE);
  }
  if (overLimit) return fail(overLimit);
  const manifestBytes = entries[MANIFEST];
  if (!manifestBytes) return fail(names.size === 0 ? NOT_A_BUNDLE : '数据包缺少清单（manifest.json），不是完整的评议通数据包');

  const text = decodeUtf8Strict(manifestBytes);
  let json: unknown;
  try {
    json = text === null ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (typeof json !== 'object' || json === null) return fail('数据包的清单已损坏，未导入');
  const head = json as { type?: unknown; formatVersion?: unknown };
  if (head.type !== BUNDLE_TYPE) return fail(typeof head.type === 'string' && head.type.startsWith('pingyitong.') ? '这是评议通的其他文件，不是单位数据包' : NOT_A_BUNDLE);
  if (typeof head.formatVersion === 'number' && head.formatVersion > BUNDLE_FORMAT_VERSION) {
    return fail(`数据包来自更新版本的评议通（数据包格式 ${head.formatVersion}），请先升级本程序`);
  }
  const parsed = parseWithChinese(bundleManifestSchema, json);
  if (!parsed.ok) return fail(`数据包的清单不合规：${parsed.error[0]}`);
  const manifest = parsed.value;
  const publicKey = fromBase64(manifest.publicKey);
  if (!publicKey || publicKey.length !== PUBLIC_KEY_BYTES) return fail('数据包的公钥无效，无法确认来源，未导入');
  const signed = signatureOf(bytes);
  if (!signed) return fail('数据包缺少签名，无法确认来源，未导入');
  if (!(await verifySignature(publicKey, signed.signature, signed.signed))) return fail(TAMPERED);

  // The signed manifest names every part; nothing else may be in the zip.
  const listed = new Set(manifest.parts.map((p) => p.path));
  if (listed.size !== manifest.parts.length) return fail('数据包的清单重复列出文件，未导入');
  for (const name of names) {
    if (name !== MANIFEST && !listed.has(name)) return fail(`数据包中有清单以外的文件“${name.slice(0, 60)}”，可能被改动过，未导入`);
  }
  for (const p of manifest.parts) {
    const part = entries[p.path];
    if (!part) return fail(`数据包缺少文件“${p.path}”，未导入`);
    if (part.length !== p.bytes || hex(part) !== p.sha256) return fail(`数据包中的“${p.path}”与清单不符：文件被改动过或已损坏，未导入`);
  }
  const data = entries[DATA];
  if (!data) return fail('数据包中没有单位数据（unit.json），未导入');
  // The signature and the manifest's SHA-256 have proven these bytes: the inner checksum is not recomputed.
  const decoded = decodeBackup(data, { bytesVerified: true });
  if (!decoded.ok) return fail(...decoded.error.map((e) => `单位数据有误：${e}`));
  const backup = decoded.value;
  if (backup.unit.id !== manifest.unit.id) return fail('数据包清单中的单位与其中的数据不一致，未导入');
  const counts = recordCounts(backup);
  for (const [table, n] of Object.entries(manifest.counts)) {
    // An older bundle counted the tables its format knew; migrated data has them all.
    if ((counts[table] ?? -1) !== n) return fail('数据包清单中的记录数与其中的数据不一致，未导入');
  }
  const documents = manifest.parts
    .filter((p) => p.path !== DATA)
    .map((p) => ({ name: p.path.slice(DOCUMENTS.length), bytes: entries[p.path] }));
  return { ok: true, value: { manifest, bundleId: bundleIdOf(bytes), publicKey, fingerprint: fingerprint(publicKey), backup, documents } };
}
