import { describe, expect, it } from 'vitest';
import { fingerprint, fromBase64, generateKeyPair, signerOf, toBase64, verifySignature } from './keys';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('signing keys', () => {
  it('a signature verifies with its key only, and not over other bytes', async () => {
    const a = await signerOf(await generateKeyPair());
    const b = await signerOf(await generateKeyPair());
    const sig = await a.sign(bytes('第二党支部'));
    expect(await verifySignature(a.publicKey, sig, bytes('第二党支部'))).toBe(true);
    expect(await verifySignature(b.publicKey, sig, bytes('第二党支部'))).toBe(false);
    expect(await verifySignature(a.publicKey, sig, bytes('第三党支部'))).toBe(false);
    const flipped = sig.slice();
    flipped[10] ^= 1;
    expect(await verifySignature(a.publicKey, flipped, bytes('第二党支部'))).toBe(false);
    expect(await verifySignature(a.publicKey, sig.slice(0, 63), bytes('第二党支部'))).toBe(false);
    expect(await verifySignature(new Uint8Array(32), sig, bytes('第二党支部'))).toBe(false);
  });

  it('the fingerprint is four groups of four digits, the same for the same key, different for another', async () => {
    const a = await signerOf(await generateKeyPair());
    const b = await signerOf(await generateKeyPair());
    expect(fingerprint(a.publicKey)).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/u);
    expect(fingerprint(a.publicKey)).toBe(fingerprint(a.publicKey.slice()));
    expect(fingerprint(a.publicKey)).not.toBe(fingerprint(b.publicKey));
  });

  it('base64 round-trips every length and refuses anything but its canonical form', () => {
    for (let n = 0; n < 70; n += 1) {
      const b = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      const t = toBase64(b);
      expect(t).toBe(Buffer.from(b).toString('base64'));
      expect(fromBase64(t)).toEqual(b);
    }
    for (const bad of ['abc', 'ab=c', '====', 'QQ=', 'QR==', 'QUJ', '中文AAA', 'QUJD\n']) expect(fromBase64(bad), bad).toBeNull();
  });
});
