import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Counts of attacks the security suites made (forged tokens, fuzz cases, concurrent writers, faults
 * injected, attack queries, separation-of-duties refusals), summed over every test process and printed at the end of the run by
 * test/support/summaryReporter.ts. Each worker appends lines to one file in the run's directory.
 */
export type AttackKind = 'forgedTokens' | 'fuzzCases' | 'concurrentWriters' | 'faultsInjected' | 'attackQueries' | 'separationOfDuties';

const file = () => join(process.env.LXP_LOCAL_DIR ?? '.', 'security-counts.jsonl');

export function count(kind: AttackKind, n = 1): void {
  appendFileSync(file(), `${JSON.stringify({ kind, n })}\n`);
}

/** The totals of this run so far (read by the reporter in the main process). */
export function totals(): Record<AttackKind, number> {
  const sums: Record<AttackKind, number> = {
    forgedTokens: 0,
    fuzzCases: 0,
    concurrentWriters: 0,
    faultsInjected: 0,
    attackQueries: 0,
    separationOfDuties: 0,
  };
  if (!existsSync(file())) return sums;
  for (const line of readFileSync(file(), 'utf8').split('\n')) {
    if (!line) continue;
    const { kind, n } = JSON.parse(line) as { kind: AttackKind; n: number };
    sums[kind] += n;
  }
  return sums;
}
