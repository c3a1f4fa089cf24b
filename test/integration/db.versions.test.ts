/** Every declared database version has a test of its own (test/integration/db.vN.test.ts). */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { DB_VERSION } from '@shared/data/registry';

it('each schema version from 1 to the current one has its own test file', () => {
  const missing = Array.from({ length: DB_VERSION }, (_, i) => i + 1).filter(
    (v) => !existsSync(fileURLToPath(new URL(`./db.v${v}.test.ts`, import.meta.url))),
  );
  expect(missing, `add test/integration/db.v${missing.join(', v')}.test.ts`).toEqual([]);
});
