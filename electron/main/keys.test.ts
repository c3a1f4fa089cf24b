import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fingerprint, verifySignature } from '../../shared/bundle/keys';
import { createInstallationKey, KEY_FILE_NAME, type InstallationKeyDeps, type SecretBox } from './keys';
import { FakeBrowserWindow, startFakeShell } from './testFakes';

let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyt-keys-'));
  file = path.join(dir, 'userData', KEY_FILE_NAME);
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const bytes = (s: string) => new TextEncoder().encode(s);

/** safeStorage stand-in: "encrypts" by reversing and tagging, so the stored text is not the key. */
function box(available = true) {
  const b = {
    available,
    isAvailable: () => b.available,
    encrypt: vi.fn((text: string) => bytes(`sealed:${[...text].reverse().join('')}`)),
    decrypt: vi.fn((data: Uint8Array) => {
      const t = new TextDecoder().decode(data);
      if (!t.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return [...t.slice(7)].reverse().join('');
    }),
  };
  return b;
}

function deps(secret: SecretBox, overrides: Partial<InstallationKeyDeps> = {}): InstallationKeyDeps {
  return {
    file,
    fs: {
      readFile: (f) => fsp.readFile(f),
      writeFile: (f, d, o) => fsp.writeFile(f, d, o),
      rename: (a, b) => fsp.rename(a, b),
      mkdir: (d, o) => fsp.mkdir(d, o),
    },
    secret,
    now: () => '2005-09-01T08:00:00.000+08:00',
    logError: vi.fn(),
    ...overrides,
  };
}

const stored = () => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown> & { privateKey: Record<string, unknown> };

describe('the installation key in the main process', () => {
  it('is made once on first use, stored encrypted, and signs what verifies with its public key', async () => {
    const secret = box();
    const key = createInstallationKey(deps(secret));
    expect(fs.existsSync(file)).toBe(false);
    const [pub, again] = await Promise.all([key.publicKey(), key.publicKey()]);
    expect(again).toEqual(pub);
    expect(pub).toHaveLength(32);
    expect(secret.encrypt).toHaveBeenCalledOnce();
    const sig = await key.sign(bytes('单位数据包'));
    expect(await verifySignature(pub, sig, bytes('单位数据包'))).toBe(true);

    const s = stored();
    expect(s).toMatchObject({ type: 'pingyitong.installationKey', formatVersion: 1, fingerprint: fingerprint(pub), privateKey: { encrypted: true } });
    expect(Object.keys(s.privateKey)).toEqual(['encrypted', 'data']);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.dirname(file))).toEqual([KEY_FILE_NAME]);
  });

  it('is the same key after a restart (read back and decrypted), not a new one', async () => {
    const first = await createInstallationKey(deps(box())).publicKey();
    const secret = box();
    const key = createInstallationKey(deps(secret));
    expect(await key.publicKey()).toEqual(first);
    expect(secret.decrypt).toHaveBeenCalledOnce();
    expect(await verifySignature(first, await key.sign(bytes('x')), bytes('x'))).toBe(true);
  });

  it('without safeStorage: stored in plain with a note, and sealed once encryption is available', async () => {
    const logError = vi.fn();
    const pub = await createInstallationKey(deps(box(false), { logError })).publicKey();
    expect(stored().privateKey).toMatchObject({ encrypted: false, note: expect.stringContaining('未加密') });
    expect(logError).toHaveBeenCalledWith(expect.stringMatching(/unencrypted/));
    const key = createInstallationKey(deps(box(true)));
    expect(await key.publicKey()).toEqual(pub);
    expect(stored().privateKey).toMatchObject({ encrypted: true });
    expect(await createInstallationKey(deps(box(true))).publicKey()).toEqual(pub);
  });

  it('never replaces an encrypted key it cannot decrypt now: says why, and works once it can', async () => {
    const pub = await createInstallationKey(deps(box())).publicKey();
    const before = fs.readFileSync(file, 'utf8');
    const locked = box(false);
    const key = createInstallationKey(deps(locked));
    await expect(key.sign(bytes('x'))).rejects.toThrow(/系统的加密服务现在不可用/);
    locked.available = true;
    expect(await key.publicKey()).toEqual(pub);
    const foreign: SecretBox = {
      ...box(),
      decrypt: () => {
        throw new Error('decrypt failed');
      },
    };
    await expect(createInstallationKey(deps(foreign)).publicKey()).rejects.toThrow(/无法解密/);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
  });

  it('a private key that does not match the stored public key is refused, not used', async () => {
    await createInstallationKey(deps(box())).publicKey();
    const other = await createInstallationKey(deps(box(), { file: path.join(dir, 'other.json') })).publicKey();
    const s = stored();
    fs.writeFileSync(file, JSON.stringify({ ...s, publicKey: Buffer.from(other).toString('base64') }));
    await expect(createInstallationKey(deps(box())).sign(bytes('x'))).rejects.toThrow(/密钥文件已损坏/);
  });

  it('an unreadable key file is kept as .bak and a new key is made', async () => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '{ not json');
    const logError = vi.fn();
    const pub = await createInstallationKey(deps(box(), { logError })).publicKey();
    expect(pub).toHaveLength(32);
    expect(fs.readFileSync(`${file}.bak`, 'utf8')).toBe('{ not json');
    expect(logError).toHaveBeenCalledWith(expect.stringMatching(/unreadable/));
    expect(stored().publicKey).toBe(Buffer.from(pub).toString('base64'));
  });
});

describe('app:keys.* in the shell', () => {
  beforeEach(() => {
    FakeBrowserWindow.instances = [];
  });

  it('makes the key under userData and answers publicKey and sign through IPC, checking the input', async () => {
    const { shell, invoke, deps: shellDeps, installationKey } = startFakeShell();
    await shell.ready;
    FakeBrowserWindow.instances[0].webContents.mainFrame = { url: 'app://renderer/index.html', parent: null };
    expect(shellDeps.createInstallationKey).toHaveBeenCalledWith('/home/u/.config/pingyitong');
    await expect(invoke('app:keys.publicKey')).resolves.toEqual({ publicKey: new Uint8Array(32).fill(7) });
    await expect(invoke('app:keys.sign', { data: new Uint8Array([1, 2, 3]) })).resolves.toEqual({ signature: new Uint8Array(64).fill(3) });
    await expect(invoke('app:keys.sign', { data: 'abc' })).rejects.toThrow(/参数不正确/);
    expect(installationKey.sign).toHaveBeenCalledOnce();
    // A key of the wrong length never reaches the page.
    installationKey.publicKey.mockResolvedValueOnce(new Uint8Array(31));
    await expect(invoke('app:keys.publicKey')).rejects.toThrow(/内部错误/);
  });
});
