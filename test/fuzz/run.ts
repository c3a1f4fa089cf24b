/**
 * `npm run fuzz -- backups [cases] [seed]`: the full fuzz run (default 10,000 cases), printing
 * the figures the closing notes quote. Exits 1 on any crash, partial write or wrongly accepted file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runBackupFuzz } from './backupFuzz';

async function main() {
  const [what = 'backups', n = '10000', seed = '20051001'] = process.argv.slice(2);
  if (what !== 'backups') {
    console.error(`Unknown fuzz target: ${what}. Known: backups`);
    process.exit(2);
  }
  const base = readFileSync(fileURLToPath(new URL('../fixtures/backup/unit-backup-v4.json', import.meta.url)));
  const t0 = performance.now();
  const stats = await runBackupFuzz({
    base,
    cases: Number(n),
    seed: Number(seed),
    onProgress: (i) => {
      if (i > 0 && i % 1000 === 0) console.log(`  ${i} cases, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    },
  });
  console.log(`backups: ${stats.cases} mutated files, seed ${seed}, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  console.log(`  refused ${stats.refused}, accepted ${stats.accepted} (of which ${stats.acceptedUnchanged} with content unchanged)`);
  console.log(`  crashes ${stats.crashes.length}, partial writes ${stats.partialWrites.length}, accepted against the rules ${stats.acceptedAgainstRules.length}, refusals without a short Chinese reason ${stats.badMessages.length}`);
  for (const [kind, c] of Object.entries(stats.byKind).sort()) console.log(`  ${kind.padEnd(32)} refused ${String(c.refused).padStart(5)}  accepted ${String(c.accepted).padStart(5)}`);
  for (const line of [...stats.crashes, ...stats.partialWrites, ...stats.acceptedAgainstRules, ...stats.badMessages].slice(0, 20)) console.log(`  ! ${line}`);
  const bad = stats.crashes.length + stats.partialWrites.length + stats.acceptedAgainstRules.length + stats.badMessages.length;
  process.exit(bad > 0 ? 1 : 0);
}

void main();
