import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

// The renderer is the same bundle in Electron (loaded from file://, hence base './') and
// under `npm run web` in a plain browser; only the bridge differs.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
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
