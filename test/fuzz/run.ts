/**
 * `npm run fuzz -- backups [cases] [seed]` and `npm run fuzz -- bundles [cases] [seed]`: the full
 * fuzz runs (default 10,000 cases), printing the figures the closing notes quote. Exits 1 on any
 * crash, partial write, file accepted against the rules (or a wrong outcome), or refusal without
 * a short Chinese reason.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runBackupFuzz } from './backupFuzz';
import { fuzzBaseBundle } from './bundleBase';
import { runBundleFuzz } from './bundleFuzz';
import { openSupervisorImporter } from './supervisorImporter';

const TARGETS = ['backups', 'bundles'];

async function backups(n: number, seed: number): Promise<number> {
  const base = readFileSync(fileURLToPath(new URL('../fixtures/backup/unit-backup-v4.json', import.meta.url)));
  const t0 = performance.now();
  const stats = await runBackupFuzz({
    base,
    cases: n,
    seed,
    onProgress: (i) => {
      if (i > 0 && i % 1000 === 0) console.log(`  ${i} cases, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    },
  });
  console.log(`backups: ${stats.cases} mutated files, seed ${seed}, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  console.log(`  refused ${stats.refused}, accepted ${stats.accepted} (of which ${stats.acceptedUnchanged} with content unchanged)`);
  console.log(`  crashes ${stats.crashes.length}, partial writes ${stats.partialWrites.length}, accepted against the rules ${stats.acceptedAgainstRules.length}, refusals without a short Chinese reason ${stats.badMessages.length}`);
  for (const [kind, c] of Object.entries(stats.byKind).sort()) console.log(`  ${kind.padEnd(32)} refused ${String(c.refused).padStart(5)}  accepted ${String(c.accepted).padStart(5)}`);
  for (const line of [...stats.crashes, ...stats.partialWrites, ...stats.acceptedAgainstRules, ...stats.badMessages].slice(0, 20)) console.log(`  ! ${line}`);
  return stats.crashes.length + stats.partialWrites.length + stats.acceptedAgainstRules.length + stats.badMessages.length;
}

async function bundles(n: number, seed: number): Promise<number> {
  const t0 = performance.now();
  const { base, backup, signer } = await fuzzBaseBundle();
  const importer = await openSupervisorImporter(base, backup);
  const records = Object.values(backup.records).reduce((a, l) => a + (l as unknown[]).length, 0);
  console.log(`bundles: base ${base.length} bytes, ${records} records in ${Object.values(backup.records).filter((l) => (l as unknown[]).length > 0).length} tables, 2 documents; the supervisor's import (previewBundles + applyBundles)`);
  try {
    const stats = await runBundleFuzz({
      base,
      signer,
      importer,
      cases: n,
      seed,
      onProgress: (i) => {
        if (i > 0 && i % 1000 === 0) console.log(`  ${i} cases, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      },
    });
    const s = stats.byStatus;
    console.log(`bundles: ${stats.cases} mutated bundles, seed ${seed}, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    console.log(`  refused ${stats.refused} (refused ${s.refused}, same ${s.same}, older ${s.older}), accepted ${stats.accepted} (new unit ${s.imported}, replaced ${s.replaced}), held ${stats.held}`);
    console.log(
      `  crashes ${stats.crashes.length}, partial writes ${stats.partialWrites.length}, accepted against the rules ${stats.acceptedAgainstRules.length}, wrong outcomes ${stats.wrongOutcomes.length}, refusals without a short Chinese reason ${stats.badMessages.length}`,
    );
    for (const [kind, c] of Object.entries(stats.byKind).sort()) {
      console.log(`  ${kind.padEnd(46)} ${Object.entries(c).map(([st, v]) => `${st} ${v}`).join(', ')}`);
    }
    const bad = [...stats.crashes, ...stats.partialWrites, ...stats.acceptedAgainstRules, ...stats.wrongOutcomes, ...stats.badMessages];
    for (const line of bad.slice(0, 30)) console.log(`  ! ${line}`);
    return bad.length;
  } finally {
    await importer.close();
  }
}

async function main() {
  const [what = 'backups', n = '10000', seed = '20051001'] = process.argv.slice(2);
  if (!TARGETS.includes(what)) {
    console.error(`Unknown fuzz target: ${what}. Known: ${TARGETS.join(', ')}`);
    process.exit(2);
  }
  const bad = what === 'bundles' ? await bundles(Number(n), Number(seed)) : await backups(Number(n), Number(seed));
  process.exit(bad > 0 ? 1 : 0);
}

void main();
