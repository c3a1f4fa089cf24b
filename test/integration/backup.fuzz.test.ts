/**
 * A small fuzz run over unit backups in the test suite (the full run of 10,000 and more is
 * `npm run fuzz -- backups`): no crash, no partial write, nothing accepted against the rules,
 * a Chinese reason for each refusal.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { runBackupFuzz } from '../fuzz/backupFuzz';

it('300 mutated backups: no crash, no partial write, nothing accepted against the rules', { timeout: 120_000 }, async () => {
  const base = readFileSync(fileURLToPath(new URL('../fixtures/backup/unit-backup-v4.json', import.meta.url)));
  const stats = await runBackupFuzz({ base, cases: 300, seed: 20051001 });
  expect(stats.crashes).toEqual([]);
  expect(stats.partialWrites).toEqual([]);
  expect(stats.acceptedAgainstRules).toEqual([]);
  expect(stats.badMessages).toEqual([]);
  // The run did exercise both outcomes.
  expect(stats.refused).toBeGreaterThan(100);
  expect(stats.accepted).toBeGreaterThan(10);
});
