import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { fingerprint, verifySignature } from '@shared/bundle/keys';
import { createBrowserBridge, type BrowserBridgeDeps } from './browserBridge';
import { indexedDbKeyStore, memoryKeyStore, storedSigner } from './keyStore';
import { installationFingerprint, installationSigner } from './signer';

// The app's own bridge module reads `window`; here it is a browser bridge over a memory store.
vi.mock('./index', async () => {
  const { createBrowserBridge: create } = await import('./browserBridge');
  const { memoryKeyStore: memory } = await import('./keyStore');
  return {
    bridge: create({
      storage: { getItem: () => null, setItem: () => undefined },
      download: () => undefined,
      pickFiles: async () => [],
      measureText: () => null,
      keyStore: memory(),
      version: '9.9.9',
      platform: 'test',
    }),
  };
});

const bytes = (s: string) => new TextEncoder().encode(s);

function bridgeOver(keyStore: BrowserBridgeDeps['keyStore']) {
  return createBrowserBridge({
    storage: { getItem: () => null, setItem: () => undefined },
    download: () => undefined,
    pickFiles: async () => [],
    measureText: () => null,
    keyStore,
    version: '9.9.9',
    platform: 'test',
  });
}

describe('the browser installation key', () => {
  it('is made once, on first use, with a private key no script can read', async () => {
    const store = memoryKeyStore();
    const get = vi.spyOn(store, 'get');
    const signer = storedSigner(store);
    expect(store.pair).toBeUndefined();
    const [a, b] = await Promise.all([signer(), signer()]);
    expect(a.publicKey).toEqual(b.publicKey);
    expect(get).toHaveBeenCalledOnce();
    const privateKey = store.pair!.privateKey as CryptoKey;
    expect(privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', privateKey)).rejects.toThrow();
  });

  it('survives a reload: the same key from IndexedDB, in its own database', async () => {
    const idb = new IDBFactory();
    const first = await storedSigner(indexedDbKeyStore(idb))();
    const again = await storedSigner(indexedDbKeyStore(idb))();
    expect(again.publicKey).toEqual(first.publicKey);
    const sig = await again.sign(bytes('回执'));
    expect(await verifySignature(first.publicKey, sig, bytes('回执'))).toBe(true);
    expect((await idb.databases()).map((d) => d.name)).toEqual(['pingyitong-keys']);
  });

  it('keeps the first key when two tabs make one at the same time', async () => {
    const idb = new IDBFactory();
    const [a, b] = await Promise.all([storedSigner(indexedDbKeyStore(idb))(), storedSigner(indexedDbKeyStore(idb))()]);
    const stored = await storedSigner(indexedDbKeyStore(idb))();
    expect(stored.publicKey).toEqual(a.publicKey);
    expect(b.publicKey).toEqual(a.publicKey);
  });

  it('through the bridge: the public key and signatures that verify with it; bad input refused', async () => {
    const bridge = bridgeOver(memoryKeyStore());
    const { publicKey } = await bridge.keysPublicKey();
    expect(publicKey).toHaveLength(32);
    const { signature } = await bridge.keysSign({ data: bytes('单位数据包') });
    expect(signature).toHaveLength(64);
    expect(await verifySignature(publicKey, signature, bytes('单位数据包'))).toBe(true);
    await expect(bridge.keysSign({ data: '单位数据包' as unknown as Uint8Array })).rejects.toThrow(/参数不正确/);
  });

  it('installationSigner() signs over the bridge; the fingerprint is the key’s', async () => {
    const bridge = bridgeOver(memoryKeyStore());
    const signer = await installationSigner(bridge);
    const sig = await signer.sign(bytes('验收回执'));
    expect(await verifySignature(signer.publicKey, sig, bytes('验收回执'))).toBe(true);
    expect(await installationFingerprint(bridge)).toBe(fingerprint(signer.publicKey));
    expect(await installationFingerprint(bridge)).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/u);
    // Another installation has another key.
    expect(await installationFingerprint(bridgeOver(memoryKeyStore()))).not.toBe(fingerprint(signer.publicKey));
  });

  it('installationSigner() with no argument uses the app’s bridge, the same key each time', async () => {
    const a = await installationSigner();
    const b = await installationSigner();
    expect(b.publicKey).toEqual(a.publicKey);
    expect(await verifySignature(a.publicKey, await b.sign(bytes('x')), bytes('x'))).toBe(true);
    expect(await installationFingerprint()).toBe(fingerprint(a.publicKey));
  });
});
