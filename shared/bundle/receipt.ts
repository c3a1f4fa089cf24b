/**
 * The acceptance round trip (R-STAGE-ACCEPT): the 督导组 records 验收 in its workspace and hands
 * the unit a signed receipt (验收回执, `.pytr`); the unit checks it against the 督导组 key it
 * trusts (taken once from the group's key file, `.pytkey`, its fingerprint confirmed by phone) and
 * only then records the acceptance. Both files are JSON; a receipt's signature covers the
 * canonical JSON of its body.
 */
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { id, isoDate, lines, required, TEXT_LIMITS as L, timestamp } from '../data/fields';
import { canonicalJson, decodeUtf8Strict } from '../util/checksum';
import { parseWithChinese } from '../util/zodChinese';
import type { Result } from '../util/result';
import { fingerprint, fromBase64, PUBLIC_KEY_BYTES, toBase64, verifySignature, type Signer } from './keys';

export const RECEIPT_TYPE = 'pingyitong.receipt';
export const RECEIPT_FORMAT_VERSION = 1;
export const RECEIPT_EXTENSION = 'pytr';
export const KEY_FILE_TYPE = 'pingyitong.supervisorKey';
export const KEY_FILE_EXTENSION = 'pytkey';

const base64Key = z.string().length(44);

export const receiptBodySchema = z.strictObject({
  type: z.literal(RECEIPT_TYPE),
  formatVersion: z.literal(RECEIPT_FORMAT_VERSION),
  receiptId: id,
  unit: z.strictObject({ id, name: z.string().min(1).max(60) }),
  stageId: id,
  /** 合格, or 不合格需补课. */
  passed: z.boolean(),
  opinion: lines(L.opinion),
  /** The day of the acceptance, and who accepted (a 督导组 member). */
  date: isoDate,
  supervisor: required(L.supervisor),
  /** The 督导组 (its name as its key file gives it). */
  group: required(L.orgName),
  /** The bundle the acceptance was made on (its bundleId), when there was one. */
  bundleId: z.string().regex(/^[0-9a-f]{64}$/u).optional(),
  issuedAt: timestamp,
  publicKey: base64Key,
});
export type ReceiptBody = z.infer<typeof receiptBodySchema>;

const receiptFileSchema = z.strictObject({ body: z.unknown(), signature: z.string().max(100) });

export const keyFileSchema = z.strictObject({
  type: z.literal(KEY_FILE_TYPE),
  formatVersion: z.literal(1),
  /** e.g. 市先进性教育活动第三督导组 */
  group: required(L.orgName),
  publicKey: base64Key,
});
export type KeyFile = z.infer<typeof keyFileSchema>;

/** A key a unit trusts: the group's name, the key, and its fingerprint. */
export interface TrustedKey {
  group: string;
  publicKey: string;
  fingerprint: string;
}

const encode = (value: unknown) => utf8ToBytes(`${JSON.stringify(value, null, 2)}\n`);

function readJson(bytes: Uint8Array): unknown {
  const text = decodeUtf8Strict(bytes);
  if (text === null) return undefined;
  try {
    return JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch {
    return undefined;
  }
}

/** The key file a 督导组 hands out to its units. */
export function encodeKeyFile(group: string, publicKey: Uint8Array): Uint8Array {
  return encode({ type: KEY_FILE_TYPE, formatVersion: 1, group, publicKey: toBase64(publicKey) } satisfies KeyFile);
}

/** Reads a key file; the fingerprint is for the secretary to compare with the 督导组 by phone. */
export function readKeyFile(bytes: Uint8Array): Result<TrustedKey, string[]> {
  const json = readJson(bytes);
  const type = (json as { type?: unknown } | undefined)?.type;
  if (type !== KEY_FILE_TYPE) return { ok: false, error: [typeof type === 'string' && type.startsWith('pingyitong.') ? '这是评议通的其他文件，不是督导组的密钥文件' : '不是评议通督导组的密钥文件'] };
  const parsed = parseWithChinese(keyFileSchema, json);
  if (!parsed.ok) return { ok: false, error: [`密钥文件不合规：${parsed.error[0]}`] };
  const key = fromBase64(parsed.value.publicKey);
  if (!key || key.length !== PUBLIC_KEY_BYTES) return { ok: false, error: ['密钥文件中的公钥无效'] };
  return { ok: true, value: { group: parsed.value.group, publicKey: parsed.value.publicKey, fingerprint: fingerprint(key) } };
}

/** Signs a receipt body with the 督导组's key. */
export async function encodeReceipt(body: Omit<ReceiptBody, 'type' | 'formatVersion' | 'publicKey'>, signer: Signer): Promise<Uint8Array> {
  const full: ReceiptBody = { type: RECEIPT_TYPE, formatVersion: RECEIPT_FORMAT_VERSION, ...body, publicKey: toBase64(signer.publicKey) };
  const signature = await signer.sign(utf8ToBytes(canonicalJson(full)));
  return encode({ body: full, signature: toBase64(signature) });
}

/**
 * Reads a receipt for `unitId`, signed by one of `trusted`. Refused, with the reason: not a
 * receipt, altered (the signature does not match), signed by a key this unit does not trust, or
 * meant for another unit.
 */
export async function readReceipt(bytes: Uint8Array, opts: { unitId: string; trusted: readonly TrustedKey[] }): Promise<Result<ReceiptBody, string[]>> {
  const json = readJson(bytes);
  const file = receiptFileSchema.safeParse(json);
  const type = (file.success ? (file.data.body as { type?: unknown } | null)?.type : (json as { type?: unknown } | undefined)?.type) ?? undefined;
  if (!file.success || type !== RECEIPT_TYPE) {
    return { ok: false, error: [typeof type === 'string' && type.startsWith('pingyitong.') ? '这是评议通的其他文件，不是验收回执' : '不是评议通的验收回执'] };
  }
  const parsed = parseWithChinese(receiptBodySchema, file.data.body);
  if (!parsed.ok) return { ok: false, error: [`验收回执不合规，可能被改动过：${parsed.error[0]}`] };
  const body = parsed.value;
  const signature = fromBase64(file.data.signature);
  const key = fromBase64(body.publicKey);
  if (!signature || !key || !(await verifySignature(key, signature, utf8ToBytes(canonicalJson(body))))) {
    return { ok: false, error: ['验收回执的签名不符：回执在签发后被改动过或已损坏，未采用'] };
  }
  if (opts.trusted.length === 0) return { ok: false, error: ['本单位还没有导入督导组的密钥文件，无法核验回执；请先在“督导组密钥”中导入并核对指纹'] };
  if (!opts.trusted.some((t) => t.publicKey === body.publicKey)) {
    return { ok: false, error: [`验收回执不是本单位信任的督导组签发的（签发密钥指纹 ${fingerprint(key)}），未采用`] };
  }
  if (body.unit.id !== opts.unitId) return { ok: false, error: [`这份验收回执是发给“${body.unit.name}”的，不是本单位的，未采用`] };
  return { ok: true, value: body };
}

