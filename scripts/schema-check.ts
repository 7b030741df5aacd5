import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkSchema,
  compareContracts,
  deprecations,
  printContract,
  readSnapshot,
  renderDeprecations,
  ROOT,
  SNAPSHOT_FILE,
  snapshotText,
  withDeprecations,
} from './schema/guard';

/**
 * `npm run schema:check` compares the schema with `schema.snapshot.graphql` and exits 1 on a breaking change
 * (or a stale snapshot or deprecation list). `npm run schema:snapshot` (`--update`) accepts the schema as it
 * is: it rewrites the snapshot and the README's list of deprecations.
 */
async function main() {
  if (process.argv.includes('--update')) {
    const contract = printContract();
    const unexplained = deprecations(contract).filter((d) => !d.reason?.trim());
    if (unexplained.length) {
      console.error(`Deprecations need a reason (@deprecated(reason: "…")): ${unexplained.map((d) => d.coordinate).join(', ')}`);
      process.exit(1);
    }
    const breaking = existsSync(SNAPSHOT_FILE) ? (await compareContracts(readSnapshot(), contract)).breaking : [];
    for (const change of breaking) console.log(`Accepted breaking change: ${change.message}`);
    writeFileSync(SNAPSHOT_FILE, snapshotText(contract));
    const readmeFile = join(ROOT, 'README.md');
    writeFileSync(readmeFile, withDeprecations(readFileSync(readmeFile, 'utf8'), renderDeprecations(deprecations(contract))));
    console.log('Wrote schema.snapshot.graphql and the list of deprecations in README.md');
    return;
  }
  const report = await checkSchema();
  if (report.ok) {
    console.log('schema.snapshot.graphql matches the schema; no breaking change.');
    return;
  }
  console.error(report.messages.join('\n\n'));
  process.exit(1);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
