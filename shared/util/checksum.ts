/**
 * Checksums of files the app writes and reads back (backups, bundles): SHA-256 over the
 * canonical JSON of the content (object keys sorted, undefined dropped), so the same content
 * gives the same sum whatever the indentation, and one changed character anywhere changes it.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON with object keys sorted and undefined values dropped, so equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isObject(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v,
  );
}

export const CHECKSUM_PREFIX = 'sha256:';

/** `sha256:<64 hex digits>` of the canonical JSON of `value`. */
export function checksumOf(value: unknown): string {
  return `${CHECKSUM_PREFIX}${bytesToHex(sha256(utf8ToBytes(canonicalJson(value))))}`;
}

type StrictDecoder = new (label: string, options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };

/** UTF-8 text, or null when the bytes are not valid UTF-8 (a flipped byte is not turned into �). */
export function decodeUtf8Strict(bytes: Uint8Array): string | null {
  const Decoder = (globalThis as unknown as { TextDecoder: StrictDecoder }).TextDecoder;
  try {
    return new Decoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
