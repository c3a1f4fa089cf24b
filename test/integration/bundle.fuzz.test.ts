/**
 * A small fuzz run over unit bundles through the supervisor's import, in the test suite (the full
 * run of 10,000 and more is `npm run fuzz -- bundles`): no crash, no partial write (every table
 * as it was after a refusal), nothing accepted against the rules, each outcome the one the file
 * calls for, a short Chinese reason for each file not imported.
 */
import { afterAll, expect, it } from 'vitest';
import { fuzzBaseBundle } from '../fuzz/bundleBase';
import { runBundleFuzz } from '../fuzz/bundleFuzz';
import { openSupervisorImporter, type SupervisorImporter } from '../fuzz/supervisorImporter';

let importer: SupervisorImporter | undefined;
afterAll(async () => {
  await importer?.close();
});

it('250 mutated bundles: no crash, no partial write, nothing accepted against the rules, a Chinese reason each', { timeout: 180_000 }, async () => {
  const { base, backup, signer } = await fuzzBaseBundle();
  importer = await openSupervisorImporter(base, backup);
  const stats = await runBundleFuzz({ base, signer, importer, cases: 250, seed: 20051001 });
  expect(stats.crashes).toEqual([]);
  expect(stats.partialWrites).toEqual([]);
  expect(stats.acceptedAgainstRules).toEqual([]);
  expect(stats.wrongOutcomes).toEqual([]);
  expect(stats.badMessages).toEqual([]);
  // The run did exercise every outcome: refusals (a file refused while being written among them),
  // a new unit, a newer bundle replacing the unit, the same bundle again, an older one, a held one.
  expect(stats.byStatus.refused).toBeGreaterThan(150);
  expect(stats.byKind['another unit with the base’s record ids']?.refused).toBeGreaterThan(0);
  for (const s of ['imported', 'replaced', 'same', 'older', 'held'] as const) expect(stats.byStatus[s], s).toBeGreaterThan(0);
});
