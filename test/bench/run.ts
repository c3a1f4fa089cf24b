/**
 * `npm run bench` runs every bench; `npm run bench -- roster` (or `documents`) runs only the
 * ones named. What each measures: test/bench/README.md.
 */
import { runBundlesBench } from './bundles';
import { runDocumentsBench } from './documents';
import { runGateBench } from './gate';
import { runRecordsBench } from './records';
import { runRosterBench } from './roster';
import { runUnitBench } from './unit';

const BENCHES: Record<string, () => Promise<void>> = {
  bundles: runBundlesBench,
  documents: runDocumentsBench,
  gate: runGateBench,
  records: runRecordsBench,
  roster: runRosterBench,
  unit: runUnitBench,
};

async function main() {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((a) => !(a in BENCHES));
  if (unknown.length > 0) {
    console.error(`Unknown bench: ${unknown.join(', ')}. Known: ${Object.keys(BENCHES).join(', ')}`);
    process.exit(2);
  }
  const names = asked.length > 0 ? asked : Object.keys(BENCHES);
  for (const [i, name] of names.entries()) {
    if (i > 0) console.log('');
    console.log(`== ${name} ==`);
    await BENCHES[name]();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
