import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const here = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(`${here}package.json`, 'utf8')) as { version: string };

// The renderer is the same bundle in Electron (loaded from file://, hence base './') and
// under `npm run web` in a plain browser; only the bridge differs.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [
    react(),
    {
      // The dev server's hot reload needs a websocket; the built app (loaded from file://) must not.
      name: 'csp-without-dev-websocket',
      apply: 'build',
      transformIndexHtml: (html) => html.replace(/ ws:\/\/127\.0\.0\.1:\* ws:\/\/localhost:\*/, ''),
    },
  ],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  resolve: {
    alias: {
      '@shared': `${here}shared`,
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
  test: {
    root: here,
    include: [
      'shared/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'electron/**/*.test.ts',
      'test/integration/**/*.test.ts',
      'test/render/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30000,
    server: { deps: { inline: ['electron-store'] } },
  },
});
