import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
// '.js' resolves to csp.ts (TypeScript and Vite's config bundler both map it); an extensionless
// import would make Vite warn on every run, and tsconfig does not allow a '.ts' specifier.
import { CSP_NONCE_PLACEHOLDER, contentSecurityPolicy, cspMetaTags, fillNonce } from './electron/main/csp.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(`${here}package.json`, 'utf8')) as { version: string };

/** Where renderer/index.html asks for the CSP meta tags. */
export const CSP_MARKER = '<!-- csp: vite.config.ts -->';

const freshNonce = () => randomBytes(16).toString('base64');

/**
 * The policy of electron/main/csp.ts as meta tags, first in <head>. The dev server writes a fresh
 * nonce each time it serves the page; the build keeps the placeholder, which whoever serves the
 * built page replaces per load: the app:// handler in Electron, and `vite preview` (the e2e tests'
 * server) below, which also sends the policy as a header.
 */
export function cspPlugin(): Plugin {
  let devServer = false;
  return {
    name: 'pyt-csp',
    configResolved(config) {
      devServer = config.command === 'serve';
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(CSP_MARKER)) throw new Error(`renderer/index.html lacks ${CSP_MARKER}; the page would have no CSP.`);
        return html.replace(CSP_MARKER, cspMetaTags({ nonce: devServer ? freshNonce() : CSP_NONCE_PLACEHOLDER, devServer }));
      },
    },
    configurePreviewServer(server) {
      const indexHtml = path.resolve(server.config.root, server.config.build.outDir, 'index.html');
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? '/', 'http://preview').pathname;
        if ((req.method !== 'GET' && req.method !== 'HEAD') || (pathname !== '/' && pathname !== '/index.html')) {
          next();
          return;
        }
        const nonce = freshNonce();
        const html = fillNonce(readFileSync(indexHtml, 'utf8'), nonce);
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Content-Security-Policy', contentSecurityPolicy({ nonce, delivery: 'header' }));
        res.setHeader('Cache-Control', 'no-store');
        res.end(req.method === 'HEAD' ? undefined : html);
      });
    },
  };
}

// The renderer is the same bundle in Electron (served from app://renderer/) and under
// `npm run web` in a plain browser; only the bridge differs. base './' keeps asset URLs relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspPlugin()],
  // The build's own id (the views on disk, renderer/db/memo.ts, are computed again by a new build,
  // even of the same version): the version and the time of the build.
  define: { __APP_VERSION__: JSON.stringify(pkg.version), __BUILD_ID__: JSON.stringify(`${pkg.version}+${Date.now().toString(36)}`) },
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
      'test/fixtures/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30000,
    server: { deps: { inline: ['electron-store'] } },
  },
});
