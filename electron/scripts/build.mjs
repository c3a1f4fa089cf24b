// Bundles the Electron main process and the preload into single CommonJS files with vite's
// build API (rolldown underneath), so the packaged app needs no node_modules at run time.
//   electron/main/main.ts       -> dist/electron/main.cjs     (Node target; only electron and
//                                                               Node builtins stay external)
//   electron/preload/preload.ts -> dist/electron/preload.cjs  (sandboxed: may require 'electron' only)
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const defaultOutDir = path.join(root, 'dist', 'electron');

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** A sandboxed preload gets a `require` that knows only these. */
const PRELOAD_ALLOWED_REQUIRES = new Set(['electron']);

async function bundle({ entry, fileName, external, outDir }) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    resolve: { alias: { '@shared': path.join(root, 'shared') } },
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: path.join(root, entry),
      outDir,
      emptyOutDir: false,
      // Electron 45 ships Node 22 and Chromium 140.
      target: 'node22',
      minify: false,
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        external,
        output: { format: 'cjs', entryFileNames: fileName, codeSplitting: false },
      },
    },
  });
}

/** Returns the modules a CommonJS bundle requires at run time. */
export function requiredModules(code) {
  return [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
}

export async function buildElectron({ outDir = defaultOutDir } = {}) {
  fs.mkdirSync(outDir, { recursive: true });
  await bundle({
    entry: 'electron/main/main.ts',
    fileName: 'main.cjs',
    external: ['electron', ...nodeBuiltins],
    outDir,
  });
  await bundle({
    entry: 'electron/preload/preload.ts',
    fileName: 'preload.cjs',
    external: ['electron'],
    outDir,
  });

  const preload = fs.readFileSync(path.join(outDir, 'preload.cjs'), 'utf8');
  const forbidden = requiredModules(preload).filter((m) => !PRELOAD_ALLOWED_REQUIRES.has(m));
  if (forbidden.length > 0) {
    throw new Error(`preload.cjs requires ${forbidden.join(', ')}; a sandboxed preload may require only 'electron'.`);
  }
  if (/zod/i.test(preload)) throw new Error('preload.cjs contains zod; import the contract with `import type` only.');

  // Only dist/** is packaged, so the window icon travels with the main bundle.
  fs.copyFileSync(path.join(root, 'resources', 'icons', 'icon.png'), path.join(outDir, 'icon.png'));
  return outDir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildElectron()
    .then((dir) => console.log(`Electron bundles written to ${path.relative(root, dir)}`))
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
