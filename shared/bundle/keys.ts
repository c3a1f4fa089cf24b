/**
 * Signing keys (Ed25519 through WebCrypto, in Chromium and Node 20 alike): an installation signs
 * its bundles and receipts; a reader checks them against the public key the file carries or a key
 * it trusts. The fingerprint is a short code of digits two people can read to each other on the
 * phone to know they hold the same key.
 */
import { sha256 } from '@noble/hashes/sha2.js';

const ED25519 = { name: 'Ed25519' } as const;
/** A raw Ed25519 public key is 32 bytes; a signature 64. */
export const PUBLIC_KEY_BYTES = 32;
export const SIGNATURE_BYTES = 64;

/** What signs: the public key, and a function that signs bytes with the matching private key. */
export interface Signer {
  publicKey: Uint8Array;
  sign(data: Uint8Array): Promise<Uint8Array>;
}

/**
 * The few WebCrypto calls used, typed here: shared/ is compiled without the DOM or Node types
 * (its tsconfig), while Chromium and Node 20 both provide `crypto.subtle` at run time.
 */
export type CryptoKeyLike = { readonly type: string };
export interface CryptoKeyPairLike {
  privateKey: CryptoKeyLike;
  publicKey: CryptoKeyLike;
}
type Bytes = Uint8Array;
interface SubtleLike {
  generateKey(alg: typeof ED25519, extractable: boolean, usages: string[]): Promise<CryptoKeyPairLike>;
  exportKey(format: 'raw' | 'pkcs8', key: CryptoKeyLike): Promise<ArrayBuffer>;
  importKey(format: 'raw' | 'pkcs8', data: Bytes, alg: typeof ED25519, extractable: boolean, usages: string[]): Promise<CryptoKeyLike>;
  sign(alg: typeof ED25519, key: CryptoKeyLike, data: Bytes): Promise<ArrayBuffer>;
  verify(alg: typeof ED25519, key: CryptoKeyLike, signature: Bytes, data: Bytes): Promise<boolean>;
}
const subtle = () => (globalThis as unknown as { crypto: { subtle: SubtleLike } }).crypto.subtle;

/** A new key pair; the private key is extractable only when it must be stored as bytes (PKCS #8). */
export async function generateKeyPair(extractable = false): Promise<CryptoKeyPairLike> {
  return subtle().generateKey(ED25519, extractable, ['sign', 'verify']);
}

export async function publicKeyBytes(key: CryptoKeyLike): Promise<Uint8Array> {
  return new Uint8Array(await subtle().exportKey('raw', key));
}

/** A signer over a WebCrypto private key. */
export async function signerOf(pair: CryptoKeyPairLike): Promise<Signer> {
  const publicKey = await publicKeyBytes(pair.publicKey);
  return { publicKey, sign: async (data) => new Uint8Array(await subtle().sign(ED25519, pair.privateKey, data)) };
}

/** The private key as PKCS #8 bytes (for a store that keeps bytes), and back. */
export async function exportPrivateKey(key: CryptoKeyLike): Promise<Uint8Array> {
  return new Uint8Array(await subtle().exportKey('pkcs8', key));
}
export async function importKeyPair(pkcs8: Uint8Array, publicKey: Uint8Array): Promise<CryptoKeyPairLike> {
  const privateKey = await subtle().importKey('pkcs8', pkcs8, ED25519, false, ['sign']);
  const pub = await subtle().importKey('raw', publicKey, ED25519, true, ['verify']);
  return { privateKey, publicKey: pub };
}

/** Whether `signature` is `publicKey`'s over `data`; false (never a throw) for any malformed input. */
export async function verifySignature(publicKey: Uint8Array, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  if (publicKey.length !== PUBLIC_KEY_BYTES || signature.length !== SIGNATURE_BYTES) return false;
  try {
    const key = await subtle().importKey('raw', publicKey, ED25519, false, ['verify']);
    return await subtle().verify(ED25519, key, signature, data);
  } catch {
    return false;
  }
}

/**
 * The key's fingerprint: four groups of four digits from its SHA-256 (“3817 0462 9935 1208”),
 * easy to read aloud in Chinese; 16 digits leave no practical chance of two keys sharing one.
 */
export function fingerprint(publicKey: Uint8Array): string {
  const h = sha256(publicKey);
  const groups: string[] = [];
  for (let i = 0; i < 4; i += 1) {
    // Three bytes a group (0–16,777,215) folded into 0–9999: the bias is below 0.06 %.
    const n = (h[i * 3] << 16) | (h[i * 3 + 1] << 8) | h[i * 3 + 2];
    groups.push(String(n % 10000).padStart(4, '0'));
  }
  return groups.join(' ');
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 (standard alphabet, padded) of bytes. */
export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}

/** The bytes of canonical base64 (as toBase64 writes it), or null for anything else. */
export function fromBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/u.test(text)) return null;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const full = new Uint8Array((text.length / 4) * 3);
  for (let i = 0, o = 0; i < text.length; i += 4, o += 3) {
    let n = 0;
    for (let k = 0; k < 4; k += 1) n = (n << 6) | (text[i + k] === '=' ? 0 : ALPHABET.indexOf(text[i + k]));
    full[o] = (n >> 16) & 255;
    full[o + 1] = (n >> 8) & 255;
    full[o + 2] = n & 255;
  }
  const out = full.subarray(0, full.length - pad);
  // Non-canonical padding bits would decode two texts to the same bytes: refused.
  return toBase64(out) === text ? out : null;
}
