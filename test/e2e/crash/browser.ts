/**
 * A Chromium on a user-data-dir of its own, so IndexedDB is on disk and outlives the process,
 * and a kill -9 of that Chromium: every process of it at once, as a crash or a pulled plug
 * would (without the power loss: what the OS already has, it keeps).
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';

const executablePath = CHROMIUM_PATH;
const ARGS = CHROMIUM_ARGS;

export interface Profile {
  dir: string;
  context: BrowserContext;
  page: Page;
  /** The browser's process group (the browser leads it), found at launch so a kill is one call. */
  pgid: number;
}

/** Directories made here and the browsers running on them, so a failed round leaves neither. */
const dirs = new Set<string>();
const live = new Map<string, Profile>();

/** A new empty directory for a profile (or a copy of `from`, a profile closed cleanly). */
export function newProfileDir(label: string, from?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `pyt-crash-${label}-`));
  dirs.add(dir);
  if (from) cpSync(from, dir, { recursive: true });
  return dir;
}

/** Kills the browser still running on `dir`, if any, and removes the directory. */
export async function removeProfileDir(dir: string): Promise<void> {
  const p = live.get(dir);
  if (p) await killProfile(p).catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
  dirs.delete(dir);
}

/** Removes every directory made here (and kills what still runs on them). */
export async function removeAllProfileDirs(): Promise<void> {
  for (const dir of [...dirs]) await removeProfileDir(dir);
}

/** Closes a browser cleanly (its profile is then fit to copy). */
export async function closeProfile(p: Profile): Promise<void> {
  await p.context.close();
  live.delete(p.dir);
}

export async function launchProfile(dir: string, baseURL: string, initScript?: () => void): Promise<Profile> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless: true,
    args: ARGS,
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
  });
  if (initScript) await context.addInitScript(initScript);
  const page = context.pages()[0] ?? (await context.newPage());
  const p = { dir, context, page, pgid: browserGroup(dir) };
  live.set(dir, p);
  return p;
}

/** Pids of the processes whose command line names `dir` (the browser has `--user-data-dir=<dir>`). */
function pidsNaming(dir: string): number[] {
  try {
    return execFileSync('pgrep', ['-f', '--', dir], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number)
      .filter((pid) => pid !== process.pid);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

/** Pids in process group `pgid`. */
function pidsInGroup(pgid: number): number[] {
  try {
    return execFileSync('pgrep', ['-g', String(pgid)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function signal(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

function groupOf(pid: number): number {
  return Number(execFileSync('ps', ['-o', 'pgid=', '-p', String(pid)], { encoding: 'utf8' }).trim());
}

/**
 * The process group of the Chromium of `dir`. Playwright starts the browser detached, as the
 * leader of a group of its own that its renderer, GPU, utility and zygote processes join.
 * Refuses a group that is not the browser's own (never this test runner's).
 */
function browserGroup(dir: string): number {
  const named = pidsNaming(dir);
  const leader = named.find((pid) => groupOf(pid) === pid);
  if (leader === undefined) throw new Error(`no Chromium process leading its own group for ${dir} (found ${named.join(', ') || 'none'})`);
  if (leader === groupOf(process.pid)) throw new Error('the browser is in the test runner\'s process group');
  return leader;
}

/** A process's state letter from /proc (`Z` a zombie), or undefined when it is gone. */
function stateOf(pid: number): string | undefined {
  try {
    return /\) (\S)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

/**
 * SIGKILL to every process of the Chromium of `dir` in the same instant: one kill(-pgid) for
 * its process group, then any straggler naming the directory. Waits until none of them runs any
 * more (the browser reaped, the others gone or zombies waiting for init). Returns when the
 * signal went (Date.now()) and to how many processes.
 */
export async function killProfile(p: Profile): Promise<{ at: number; processes: number }> {
  live.delete(p.dir);
  const members = pidsInGroup(p.pgid);
  const at = Date.now();
  signal(-p.pgid);
  const stragglers = pidsNaming(p.dir).filter((pid) => !members.includes(pid));
  for (const pid of stragglers) signal(pid);
  const all = [...members, ...stragglers];
  const running = () => stateOf(p.pgid) !== undefined || all.some((pid) => ![undefined, 'Z'].includes(stateOf(pid)));
  for (let i = 0; i < 200 && running(); i++) await new Promise((r) => setTimeout(r, 25));
  if (running()) throw new Error(`Chromium of ${p.dir} survived SIGKILL`);
  // Playwright sees its browser gone; closing the context now only tidies up its side.
  await p.context.close().catch(() => undefined);
  return { at, processes: all.length };
}
