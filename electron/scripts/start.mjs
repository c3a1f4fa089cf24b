// `npm start`: build the renderer and the Electron bundles, then open the desktop window.
// Without an Electron executable (it cannot be downloaded here) it says so in one line and
// exits 1 before spending time on a build.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary, MISSING_ELECTRON_MESSAGE } from './electronBinary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const electronBinary = findElectronBinary({ electronDir: path.join(root, 'node_modules', 'electron') });
if (!electronBinary) {
  console.error(MISSING_ELECTRON_MESSAGE);
  process.exit(1);
}

const { build } = await import('vite');
const { buildElectron } = await import('./build.mjs');
await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
await buildElectron();

// A shell variable left over from tooling would make Electron behave as plain Node.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electronBinary, [root, ...process.argv.slice(2)], { stdio: 'inherit', env, windowsHide: false });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
