import type { HandlerInput, HandlerOutput } from './ipc';

/** Lists the font families installed on this PC, each under any of its names. */
export type FontLister = () => Promise<string[]>;

/** Runs a program without a shell and gives its standard output (execFile in main.ts). */
export type RunProgram = (file: string, args: string[]) => Promise<string>;

/**
 * Every family under its Chinese and its English name, through GDI+ (what Word sees, fonts
 * installed for one user included), printed as UTF-8 whatever the console's code page.
 */
const WINDOWS_SCRIPT = [
  '[Console]::OutputEncoding = [System.Text.Encoding]::UTF8',
  'Add-Type -AssemblyName System.Drawing',
  'foreach ($f in (New-Object System.Drawing.Text.InstalledFontCollection).Families) { $f.GetName(2052); $f.GetName(1033) }',
].join('; ');

/** fc-list lists one font a line, all names of its family joined by commas, a comma inside a name escaped. */
export function parseFcList(stdout: string): string[] {
  return stdout
    .split(/\r?\n/)
    .flatMap((line) => line.split(/(?<!\\),/))
    .map((name) => name.replace(/\\(.)/g, '$1').trim())
    .filter(Boolean);
}

/**
 * The system's own font list: PowerShell on Windows, fc-list on Linux (Kylin and UOS ship
 * fontconfig with every desktop). Elsewhere it fails, and the page says it cannot tell.
 */
export function systemFontLister(platform: string, run: RunProgram): FontLister {
  if (platform === 'win32') {
    const encoded = Buffer.from(WINDOWS_SCRIPT, 'utf16le').toString('base64');
    return async () =>
      (await run('powershell.exe', ['-NoProfile', '-NonInteractive', '-EncodedCommand', encoded]))
        .split(/\r?\n/)
        .map((name) => name.trim())
        .filter(Boolean);
  }
  if (platform === 'linux') return async () => parseFcList(await run('fc-list', ['--format', '%{family}\\n']));
  return () => Promise.reject(new Error(`no font list on ${platform}`));
}

export type FontCheckDeps = {
  listFonts: FontLister;
  logError?: (message: string, detail?: unknown) => void;
  /** A blocked or slow PowerShell must not leave the page waiting forever. */
  timeoutMs?: number;
};

export const FONT_LIST_TIMEOUT_MS = 20_000;

/** The form names are compared in: unquoted, trimmed, NFC, Latin letters in lower case. */
export function fontKey(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2')
    .trim()
    .toLowerCase();
}

function keysOf(families: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const family of families) {
    const key = fontKey(family);
    if (key) keys.add(key);
  }
  return keys;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no font list after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * The `app:fonts.installed` handler. The system list is read once and kept for the session
 * (fonts are rarely installed while the app runs, and each read starts PowerShell on Windows).
 * When the list cannot be read — PowerShell blocked by policy, no fc-list, a timeout, or an
 * empty answer, which no real PC gives — the answer is "unknown" rather than an error, and the
 * next call tries again.
 */
export function createFontCheck(
  deps: FontCheckDeps,
): (input: HandlerInput<'app:fonts.installed'>) => Promise<HandlerOutput<'app:fonts.installed'>> {
  let families: Promise<Set<string>> | null = null;
  const load = async () => {
    const list = await withTimeout(deps.listFonts(), deps.timeoutMs ?? FONT_LIST_TIMEOUT_MS);
    const keys = keysOf(list);
    if (keys.size === 0) throw new Error('the system listed no fonts');
    return keys;
  };
  return async ({ names }) => {
    const pending = (families ??= load());
    let keys: Set<string>;
    try {
      keys = await pending;
    } catch (error) {
      if (families === pending) families = null;
      deps.logError?.('Could not list the installed fonts', error);
      return { known: false };
    }
    return { known: true, installed: Object.fromEntries(names.map((name) => [name, keys.has(fontKey(name))])) };
  };
}
