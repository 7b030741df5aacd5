import type { Reporter, TestModule } from 'vitest/node';
import { totals } from './securityCounts';

/**
 * Ends the run with one plain line, "Tests: N passed, N failed, N skipped", which CI reads whatever the
 * test runner. Failed files that ran no test (an import error) count as failed.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of modules) {
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed += 1;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
    }
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
    const attacks = totals();
    process.stdout.write(
      `Security: ${attacks.forgedTokens} forged tokens, ${attacks.fuzzCases} fuzz cases, ${attacks.concurrentWriters} concurrent writers, ` +
        `${attacks.faultsInjected} faults injected, ${attacks.attackQueries} attack queries, ` +
        `${attacks.separationOfDuties} separation-of-duties refusals\n`,
    );
  }
}
