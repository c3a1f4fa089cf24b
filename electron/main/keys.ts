/**
 * This installation's signing key (Ed25519), kept by the main process: the renderer gets only the
 * public key and signatures (app:keys.publicKey, app:keys.sign). The pair is made on first use and
 * stored in userData as PKCS #8, encrypted with Electron's safeStorage where the OS offers it
 * (DPAPI on Windows, the keyring on Kylin/UOS), else in plain with a note saying so.
 *
 * A key file that cannot be read as JSON is kept beside as .bak and a new key is made (the
 * fingerprint changes, and the 督导组 sees a known unit with a new key). A key that cannot be
 * decrypted now (the keyring locked or gone) is never replaced: that would lose it for good.
 */
import path from 'node:path';
import {
  exportPrivateKey,
  fingerprint,
  fromBase64,
  generateKeyPair,
  importKeyPair,
  PUBLIC_KEY_BYTES,
  publicKeyBytes,
  signerOf,
  toBase64,
  verifySignature,
  type Signer,
} from '../../shared/bundle/keys';

export const KEY_FILE_NAME = 'installation-key.json';
const KEY_FILE_TYPE = 'pingyitong.installationKey';
const PLAIN_NOTE = '本机没有可用的系统加密（safeStorage），私钥未加密保存；请勿把此文件交给他人。';

/** The parts of Electron's safeStorage we use, as bytes. */
export type SecretBox = {
  isAvailable(): boolean;
  encrypt(text: string): Uint8Array;
  decrypt(data: Uint8Array): string;
};

export type KeyFileSystem = {
  readFile(file: string): Promise<Uint8Array>;
  writeFile(file: string, data: Uint8Array, options?: { mode?: number }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
};

export type InstallationKeyDeps = {
  /** The key file, e.g. path.join(app.getPath('userData'), KEY_FILE_NAME). */
  file: string;
  fs: KeyFileSystem;
  secret: SecretBox;
  /** The moment the key was made, for the file (ISO). */
  now?: () => string;
  logError?: (message: string, detail?: unknown) => void;
};

interface StoredKey {
  type: typeof KEY_FILE_TYPE;
  formatVersion: 1;
  createdAt: string;
  publicKey: string;
  fingerprint: string;
  privateKey: { encrypted: true; data: string } | { encrypted: false; data: string; note: string };
}

export interface InstallationKey {
  publicKey(): Promise<Uint8Array>;
  sign(data: Uint8Array): Promise<Uint8Array>;
}

class KeyUnavailable extends Error {
  override name = 'UserError';
}

const utf8 = new TextEncoder();
const isMissing = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';

function parseStored(bytes: Uint8Array): StoredKey | null {
  try {
    const v = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as Partial<StoredKey> | null;
    const pk = v?.privateKey as Partial<StoredKey['privateKey']> | undefined;
    if (v?.type !== KEY_FILE_TYPE || v.formatVersion !== 1 || typeof v.publicKey !== 'string' || typeof pk?.data !== 'string') return null;
    if (typeof pk.encrypted !== 'boolean') return null;
    const pub = fromBase64(v.publicKey);
    return pub && pub.length === PUBLIC_KEY_BYTES ? (v as StoredKey) : null;
  } catch {
    return null;
  }
}

/** The installation key over its file; made on first use, once, however many calls arrive together. */
export function createInstallationKey(deps: InstallationKeyDeps): InstallationKey {
  let loading: Promise<Signer> | null = null;

  async function write(stored: StoredKey): Promise<void> {
    await deps.fs.mkdir(path.dirname(deps.file), { recursive: true });
    const temp = `${deps.file}.tmp`;
    await deps.fs.writeFile(temp, utf8.encode(`${JSON.stringify(stored, null, 2)}\n`), { mode: 0o600 });
    await deps.fs.rename(temp, deps.file);
  }

  function sealed(pkcs8: Uint8Array): StoredKey['privateKey'] {
    const data = toBase64(pkcs8);
    if (!deps.secret.isAvailable()) return { encrypted: false, data, note: PLAIN_NOTE };
    return { encrypted: true, data: toBase64(deps.secret.encrypt(data)) };
  }

  async function create(): Promise<Signer> {
    // Extractable only so that it can be stored; the signer uses it as any other key.
    const pair = await generateKeyPair(true);
    const publicKey = await publicKeyBytes(pair.publicKey);
    const privateKey = sealed(await exportPrivateKey(pair.privateKey));
    if (!privateKey.encrypted) deps.logError?.('safeStorage is not available: the installation key is stored unencrypted');
    await write({
      type: KEY_FILE_TYPE,
      formatVersion: 1,
      createdAt: deps.now?.() ?? new Date().toISOString(),
      publicKey: toBase64(publicKey),
      fingerprint: fingerprint(publicKey),
      privateKey,
    });
    return signerOf(pair);
  }

  async function open(stored: StoredKey): Promise<Signer> {
    const publicKey = fromBase64(stored.publicKey)!;
    let pkcs8: Uint8Array | null;
    if (stored.privateKey.encrypted) {
      if (!deps.secret.isAvailable()) throw new KeyUnavailable('本机密钥已加密保存，但系统的加密服务现在不可用（如密钥环未解锁），暂时无法签名；请重新登录系统后再试。');
      const sealedBytes = fromBase64(stored.privateKey.data);
      let text: string;
      try {
        text = sealedBytes ? deps.secret.decrypt(sealedBytes) : '';
      } catch (error) {
        deps.logError?.('The installation key could not be decrypted', error);
        throw new KeyUnavailable('本机密钥无法解密（系统的加密服务与保存时不同），暂时无法签名；请联系技术人员，不要删除密钥文件。');
      }
      pkcs8 = fromBase64(text);
    } else {
      pkcs8 = fromBase64(stored.privateKey.data);
    }
    let signer: Signer;
    try {
      if (!pkcs8) throw new Error('not base64');
      signer = await signerOf(await importKeyPair(pkcs8, publicKey));
      // The stored public key must be the private key's own: a signature over a probe verifies.
      const probe = utf8.encode('pingyitong key check');
      if (!(await verifySignature(publicKey, await signer.sign(probe), probe))) throw new Error('pair mismatch');
    } catch (error) {
      deps.logError?.('The installation key file is damaged', error);
      throw new KeyUnavailable(`本机密钥文件已损坏，无法签名；请联系技术人员（文件：${deps.file}）。`);
    }
    // A key kept in plain before the OS offered encryption is sealed now.
    if (!stored.privateKey.encrypted && deps.secret.isAvailable()) {
      await write({ ...stored, privateKey: sealed(pkcs8) }).catch((e: unknown) => deps.logError?.('Could not re-encrypt the installation key', e));
    }
    return signer;
  }

  async function load(): Promise<Signer> {
    let bytes: Uint8Array;
    try {
      bytes = await deps.fs.readFile(deps.file);
    } catch (error) {
      if (isMissing(error)) return create();
      throw error;
    }
    const stored = parseStored(bytes);
    if (stored) return open(stored);
    deps.logError?.(`Installation key file ${deps.file} is unreadable; kept as .bak, a new key is made`);
    await deps.fs.rename(deps.file, `${deps.file}.bak`);
    return create();
  }

  const signer = () => {
    // A failed load is tried again on the next call (the keyring may be unlocked by then).
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };

  return {
    publicKey: async () => (await signer()).publicKey,
    sign: async (data) => (await signer()).sign(data),
  };
}
