import path from 'node:path';
import type { HandlerInput, HandlerOutput } from './ipc';

/** Files larger than this are refused on open; a roster or bundle is far smaller. */
export const MAX_OPEN_BYTES = 200 * 1024 * 1024;
/** A folder opened at once (a 督导组's USB stick of bundles): at most so many files, so many bytes. */
export const MAX_FOLDER_FILES = 1000;
export const MAX_FOLDER_BYTES = 1024 * 1024 * 1024;

type FileFilter = { name: string; extensions: string[] };

/** The parts of Electron's `dialog` we use, bound to the parent window by the caller. */
export type FileDialogs = {
  showSaveDialog(options: { title: string; defaultPath: string; filters: FileFilter[]; buttonLabel?: string }): Promise<{
    canceled: boolean;
    filePath?: string;
  }>;
  showOpenDialog(options: {
    title: string;
    defaultPath: string;
    filters: FileFilter[];
    properties: ('openFile' | 'openDirectory' | 'multiSelections')[];
    buttonLabel?: string;
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
};

/** The parts of `node:fs/promises` we use. */
export type FileSystem = {
  writeFile(file: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: boolean }): Promise<void>;
  stat(file: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(file: string): Promise<Uint8Array>;
  /** The names in a folder (not recursing). */
  readdir(dir: string): Promise<string[]>;
};

export type FileDeps = {
  dialog: FileDialogs;
  fs: FileSystem;
  /** The user's Documents folder (`app.getPath('documents')`). */
  documentsDir: string;
  /** Makes a unique suffix for the temporary file. */
  randomId?: () => string;
};

const ALL_FILES: FileFilter = { name: '所有文件', extensions: ['*'] };

/** A name from the renderer is a name, not a path: strip folders and characters Windows refuses. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[<>:"|?*]/g, '_')
    .split('')
    .filter((ch) => ch.charCodeAt(0) >= 32)
    .join('')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  return cleaned || '未命名';
}

function describeWriteError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'EBUSY':
    case 'EPERM':
    case 'EACCES':
      return '无法保存：文件可能正在被 Word/WPS 打开，或该文件夹没有写入权限。请关闭文件或换一个位置后重试。';
    case 'ENOSPC':
      return '无法保存：磁盘空间不足。';
    default:
      return `无法保存文件：${error.message}`;
  }
}

/** GTK dialogs (Kylin/UOS) do not add the extension when the user types a bare name; Word needs it. */
function withExtension(file: string, filters: FileFilter[]): string {
  const extension = filters[0]?.extensions[0];
  if (path.extname(file) !== '' || !extension || extension === '*') return file;
  return `${file}.${extension}`;
}

async function firstFreeName(fs: FileSystem, file: string): Promise<string> {
  const ext = path.extname(file);
  const stem = file.slice(0, file.length - ext.length);
  for (let n = 0; n < 100; n++) {
    const candidate = n === 0 ? file : `${stem}（${n}）${ext}`;
    const taken = await fs.stat(candidate).then(
      () => true,
      () => false,
    );
    if (!taken) return candidate;
  }
  return file;
}

/**
 * Asks where to save, then writes the bytes to a temporary file beside the target and renames
 * it over, so a crash or a full disk never leaves a half-written document in the user's place.
 */
export async function saveFile(
  deps: FileDeps,
  req: HandlerInput<'app:files.save'>,
): Promise<HandlerOutput<'app:files.save'>> {
  const result = await deps.dialog.showSaveDialog({
    title: '保存文件',
    buttonLabel: '保存',
    defaultPath: path.join(deps.documentsDir, safeFileName(req.suggestedName)),
    filters: req.filters.length > 0 ? req.filters : [ALL_FILES],
  });
  if (result.canceled || !result.filePath) return { saved: false };

  let target = result.filePath;
  const extended = withExtension(target, req.filters);
  // The dialog asked about overwriting the bare name only, so never replace a file silently here.
  if (extended !== target) target = await firstFreeName(deps.fs, extended);
  const suffix = deps.randomId?.() ?? Math.random().toString(36).slice(2, 10);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${suffix}.tmp`);
  try {
    await deps.fs.writeFile(temp, req.data);
    await deps.fs.rename(temp, target);
  } catch (error) {
    await deps.fs.rm(temp, { force: true }).catch(() => undefined);
    throw new Error(describeWriteError(error as NodeJS.ErrnoException));
  }
  return { saved: true, path: target };
}

/** Asks which files to open and returns their bytes; refuses anything over the size limit. */
export async function openFiles(
  deps: FileDeps,
  req: HandlerInput<'app:files.open'>,
  maxBytes = MAX_OPEN_BYTES,
): Promise<HandlerOutput<'app:files.open'>> {
  if (req.directory) return openFolder(deps, req, maxBytes);
  const result = await deps.dialog.showOpenDialog({
    title: '打开文件',
    buttonLabel: '打开',
    defaultPath: deps.documentsDir,
    filters: req.filters.length > 0 ? [...req.filters, ALL_FILES] : [ALL_FILES],
    properties: req.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
  });
  if (result.canceled) return { files: [] };

  const limitMb = Math.round(maxBytes / 1024 / 1024);
  const files: { name: string; data: Uint8Array }[] = [];
  for (const file of result.filePaths) {
    const name = path.basename(file);
    const info = await deps.fs.stat(file);
    if (!info.isFile()) throw new Error(`「${name}」不是文件，无法打开。`);
    if (info.size > maxBytes) throw new Error(`文件「${name}」太大（超过 ${limitMb} MB），无法打开。`);
    const bytes = await deps.fs.readFile(file);
    // A plain Uint8Array view: Buffer's pooled backing store must not leak other data over IPC.
    files.push({ name, data: new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) });
  }
  return { files };
}

const plainBytes = (bytes: Uint8Array) => new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));

/**
 * Asks for a folder and returns the files directly in it whose extension a filter names (all
 * files when no filter does), in name order; sub-folders are not read. Over the limits nothing is
 * returned and the user is told to open fewer at a time.
 */
export async function openFolder(
  deps: FileDeps,
  req: HandlerInput<'app:files.open'>,
  maxBytes = MAX_OPEN_BYTES,
  limits = { files: MAX_FOLDER_FILES, bytes: MAX_FOLDER_BYTES },
): Promise<HandlerOutput<'app:files.open'>> {
  const result = await deps.dialog.showOpenDialog({
    title: '选择文件夹',
    buttonLabel: '打开此文件夹',
    defaultPath: deps.documentsDir,
    filters: [],
    properties: ['openDirectory'],
  });
  const dir = result.filePaths[0];
  if (result.canceled || !dir) return { files: [] };
  const extensions = new Set(req.filters.flatMap((f) => f.extensions.map((e) => e.toLowerCase())));
  const wanted = (name: string) => extensions.size === 0 || extensions.has('*') || extensions.has(path.extname(name).slice(1).toLowerCase());
  const names = (await deps.fs.readdir(dir)).filter((n) => !n.startsWith('.') && wanted(n)).sort((a, b) => a.localeCompare(b, 'zh-CN'));

  const limitMb = Math.round(maxBytes / 1024 / 1024);
  const picked: { name: string; file: string }[] = [];
  let total = 0;
  for (const name of names) {
    const file = path.join(dir, name);
    const info = await deps.fs.stat(file).catch(() => null);
    if (!info?.isFile()) continue;
    if (info.size > maxBytes) throw new Error(`文件「${name}」太大（超过 ${limitMb} MB），无法打开。`);
    total += info.size;
    if (picked.length + 1 > limits.files || total > limits.bytes) {
      throw new Error(`文件夹「${path.basename(dir)}」中的文件太多或太大（最多 ${limits.files} 个、共 ${Math.round(limits.bytes / 1024 / 1024)} MB），请分成几个文件夹分批打开。`);
    }
    picked.push({ name, file });
  }
  const files: { name: string; data: Uint8Array }[] = [];
  for (const p of picked) files.push({ name: p.name, data: plainBytes(await deps.fs.readFile(p.file)) });
  return { files };
}
