import { defineConfig } from '@playwright/test';

// The desktop window under the real Electron binary: `npx playwright test -c test/e2e-electron`
// after `npm run build`. Skips itself, saying why, where Electron is not installed.
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/e2e-electron',
  timeout: 90_000,
  workers: 1,
  reporter: [['list']],
});
