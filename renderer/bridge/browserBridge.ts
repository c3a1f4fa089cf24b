/**
 * The preload bridge, implemented for a plain browser (`npm run web`, e2e tests): settings in
 * localStorage, saving as a download, opening through a file input (a folder through a
 * webkitdirectory input), installed fonts by measuring text, the installation key as a
 * non-extractable CryptoKey in IndexedDB (./keyStore.ts). Same contract as Electron's.
 */
import {
  DEFAULT_SETTINGS,
  contract,
  settingsSchema,
  type Bridge,
  type Settings,
} from '@shared/ipc/contract';
import { UserError } from '@shared/util/result';
import { canvasMeasure, detectFonts, type MeasureText } from './fontDetect';
import { indexedDbKeyStore, storedSigner, type KeyPairStore } from './keyStore';

const SETTINGS_KEY = 'pyt.settings';

export interface BrowserBridgeDeps {
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  /** Hands bytes to the user as a download. */
  download(name: string, data: Uint8Array): void;
  /**
   * Lets the user pick files; resolves [] when cancelled. With `directory` the user picks a
   * folder, and gets every file under it (the bridge keeps those directly in it).
   */
  pickFiles(accept: string, multiple: boolean, directory?: boolean): Promise<File[]>;
  /** Where the installation key pair is kept. */
  keyStore: KeyPairStore;
  /** Measures text in a font (a canvas); null where the browser cannot, and fonts are "unknown". */
  measureText(): MeasureText | null;
  version: string;
  platform: string;
}

function readSettings(storage: BrowserBridgeDeps['storage']): Settings {
  const raw = storage.getItem(SETTINGS_KEY);
  if (!raw) return DEFAULT_SETTINGS;
  try {
    const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...JSON.parse(raw) });
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

function parseInput<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } } }, v: unknown): T {
  const r = schema.safeParse(v);
  if (!r.success) throw new UserError(`参数不正确：${r.error.issues.map((i) => i.message).join('；')}`);
  return r.data;
}

/** A folder opened at once: at most so many files (as the desktop, electron/main/files.ts). */
export const MAX_FOLDER_FILES = 1000;

/** The files of a picked folder that lie directly in it and have one of the extensions (any when none). */
function folderFiles(files: File[], extensions: string[]): File[] {
  const wanted = new Set(extensions.map((e) => e.toLowerCase()));
  const picked = files
    .filter((f) => {
      // webkitRelativePath is "folder/name" for a file directly in the folder.
      const rel = f.webkitRelativePath || f.name;
      const ext = /\.([^.]+)$/u.exec(f.name)?.[1]?.toLowerCase() ?? '';
      return rel.split('/').length <= 2 && !f.name.startsWith('.') && (wanted.size === 0 || wanted.has('*') || wanted.has(ext));
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  if (picked.length > MAX_FOLDER_FILES) throw new UserError(`文件夹中的文件太多（最多 ${MAX_FOLDER_FILES} 个），请分成几个文件夹分批打开。`);
  return picked;
}

export function createBrowserBridge(deps: BrowserBridgeDeps): Bridge {
  const signer = storedSigner(deps.keyStore);
  return {
    async appInfo() {
      return { version: deps.version, platform: deps.platform, shell: 'browser' };
    },
    async settingsGet() {
      return readSettings(deps.storage);
    },
    async settingsSet(patch) {
      const valid = parseInput(contract['app:settings.set'].input, patch);
      const next = parseInput(settingsSchema, { ...readSettings(deps.storage), ...valid });
      deps.storage.setItem(SETTINGS_KEY, JSON.stringify(next));
      return next;
    },
    async filesSave(req) {
      const valid = parseInput(contract['app:files.save'].input, req);
      deps.download(valid.suggestedName, valid.data);
      return { saved: true, path: valid.suggestedName };
    },
    async filesOpen(req) {
      const valid = parseInput(contract['app:files.open'].input, req);
      const extensions = valid.filters.flatMap((f) => f.extensions);
      const accept = extensions.map((e) => `.${e}`).join(',');
      const files = valid.directory ? folderFiles(await deps.pickFiles('', true, true), extensions) : await deps.pickFiles(accept, valid.multiple);
      const out = [];
      for (const f of files) out.push({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) });
      return { files: out };
    },
    async fontsInstalled(req) {
      const valid = parseInput(contract['app:fonts.installed'].input, req);
      try {
        const measure = deps.measureText();
        return measure ? { known: true, installed: detectFonts(valid.names, measure) } : { known: false };
      } catch {
        return { known: false };
      }
    },
    async keysPublicKey() {
      return { publicKey: (await signer()).publicKey };
    },
    async keysSign(req) {
      const valid = parseInput(contract['app:keys.sign'].input, req);
      return { signature: await (await signer()).sign(valid.data) };
    },
  };
}

/** Real browser dependencies. */
export function browserDeps(version: string): BrowserBridgeDeps {
  let measure: MeasureText | null | undefined;
  return {
    storage: window.localStorage,
    version,
    platform: navigator.platform || 'web',
    measureText: () => (measure ??= canvasMeasure(document)),
    keyStore: indexedDbKeyStore(),
    download(name, data) {
      const blob = new Blob([data as BlobPart]);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    pickFiles(accept, multiple, directory) {
      return new Promise((resolve) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = accept;
        input.multiple = multiple;
        if (directory) input.webkitdirectory = true;
        input.style.display = 'none';
        input.dataset.testid = 'bridge-file-input';
        input.addEventListener('change', () => {
          resolve(Array.from(input.files ?? []));
          input.remove();
        });
        input.addEventListener('cancel', () => {
          resolve([]);
          input.remove();
        });
        document.body.appendChild(input);
        input.click();
      });
    },
  };
}
