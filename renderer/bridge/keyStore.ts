/**
 * The browser build's installation key (the desktop keeps it in the main process,
 * electron/main/keys.ts): an Ed25519 pair made on first use whose private key is a
 * NON-extractable CryptoKey, kept in IndexedDB in its own small database, so no script can read
 * its bytes, only ask it to sign.
 */
import { generateKeyPair, signerOf, type CryptoKeyPairLike, type Signer } from '@shared/bundle/keys';

export const KEY_DB_NAME = 'pingyitong-keys';
const STORE = 'keys';
const INSTALLATION = 'installation';

export interface KeyPairStore {
  get(): Promise<CryptoKeyPairLike | undefined>;
  /** Stores `pair` unless a pair is there already (another tab was first); resolves to the stored one. */
  putIfAbsent(pair: CryptoKeyPairLike): Promise<CryptoKeyPairLike>;
}

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });

/** The pair in IndexedDB (`pingyitong-keys`, store `keys`, key `installation`). */
export function indexedDbKeyStore(idb: IDBFactory = indexedDB, name = KEY_DB_NAME): KeyPairStore {
  let opened: Promise<IDBDatabase> | null = null;
  const open = () =>
    (opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const r = idb.open(name, 1);
      r.onupgradeneeded = () => r.result.createObjectStore(STORE);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => {
        opened = null;
        reject(r.error ?? new Error('无法打开本机密钥库'));
      };
    }));
  const get = async () => {
    const db = await open();
    return (await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(INSTALLATION))) as CryptoKeyPairLike | undefined;
  };
  return {
    get,
    async putIfAbsent(pair) {
      const db = await open();
      try {
        // add() refuses an existing key: two tabs making a key at once keep the first one.
        await request(db.transaction(STORE, 'readwrite').objectStore(STORE).add(pair, INSTALLATION));
        return pair;
      } catch (error) {
        const existing = await get();
        if (existing) return existing;
        throw error;
      }
    },
  };
}

/** A store in memory (tests). */
export function memoryKeyStore(): KeyPairStore & { pair?: CryptoKeyPairLike } {
  const store: KeyPairStore & { pair?: CryptoKeyPairLike } = {
    get: async () => store.pair,
    putIfAbsent: async (pair) => (store.pair ??= pair),
  };
  return store;
}

/** The installation's signer over a store: the pair is made (non-extractable) the first time it is asked for. */
export function storedSigner(store: KeyPairStore): () => Promise<Signer> {
  let loading: Promise<Signer> | null = null;
  const load = async () => signerOf((await store.get()) ?? (await store.putIfAbsent(await generateKeyPair(false))));
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}
