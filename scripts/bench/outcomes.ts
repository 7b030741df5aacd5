import { config } from '../../functions/lib/config';
import { ensureTable } from '../../functions/local/dynamoDbLocal';
import type { client } from './client';
import { generateProgrammeCopies } from './generate';
import { interleaved, ratioResult, type Result } from './stats';

const SCALE = 100;
const GOAL = '6. Outcome reads';

/** What the Lead LXP's outcomes page asks (the same selection test/api/outcomesScale.test.ts counts). */
const QUERY = `{ programmeOutcomes {
  cohorts { cohort { number } completions { value } }
  totals { applications { value } places { value } completions { value } completionRate { value } employed { value } employmentRate { value } }
  employments { role ftePercent inRoleAt24Months }
  retention(months: 24) { employed { value } retained { value } }
  timeToHire { meanDays } supervisionCompliance { rate { value } } benchmarks { rate }
} }`;

/** The same figures without the per-cohort and per-employment lists: read from the programme's aggregate alone. */
const TOTALS = `{ programmeOutcomes {
  totals { applications { value } places { value } completions { value } completionRate { value } employed { value } employmentRate { value } }
  retention(months: 24) { employed { value } retained { value } }
  timeToHire { meanDays } supervisionCompliance { rate { value } }
} }`;

/**
 * `programmeOutcomes` on the seeded programme and on one 100 times its size (in a second table), interleaved:
 * identical DynamoDB request counts and a time ratio ≤ 1.2.
 */
export async function measureOutcomes(api: Awaited<ReturnType<typeof client>>, runs: number): Promise<Result[]> {
  const cfg = config();
  const seedTable = cfg.tableName;
  const bigTable = `${seedTable}-x${SCALE}`;
  await ensureTable(cfg.dynamoDbEndpoint!, bigTable);
  const items = await generateProgrammeCopies(bigTable, SCALE, new Set(['Cohort', 'EmploymentOutcome']));
  // One handler, two programmes: the benchmark points the process's configuration at either table per request.
  const on = async (table: string, query: string) => {
    cfg.tableName = table;
    try {
      return await api.call('LEAD_LXP', query);
    } finally {
      cfg.tableName = seedTable;
    }
  };
  const results: Result[] = [];
  for (const [name, query] of [
    ['whole page', QUERY],
    ['totals only', TOTALS],
  ] as const) {
    const seed = await on(seedTable, query);
    const big = await on(bigTable, query);
    if (seed.body.errors || big.body.errors)
      throw new Error(`programmeOutcomes failed: ${JSON.stringify(seed.body.errors ?? big.body.errors)}`);
    const times = await interleaved(runs * 2, {
      big: async () => (await on(bigTable, query)).ms,
      seed: async () => (await on(seedTable, query)).ms,
    });
    results.push(
      {
        goal: GOAL,
        measurement: `programmeOutcomes (${name}) DynamoDB requests, seed vs ${SCALE}× programme`,
        value: big.dynamodb.calls,
        unit: 'requests',
        baseline: { name: 'seed', value: seed.dynamodb.calls },
        target: 'identical',
        verdict: seed.dynamodb.calls === big.dynamodb.calls ? 'met' : 'not met',
        note: `${name === 'totals only' ? `the programme's aggregate only (${items} cohort and outcome-row items in the table)` : `${items} cohort and outcome-row items listed`} at ${SCALE}×; ${JSON.stringify(seed.dynamodb.byCommand)} on both`,
      },
      ratioResult(
        GOAL,
        `programmeOutcomes (${name}) time, ${SCALE}× programme vs seed`,
        times.big,
        'seed programme',
        times.seed,
        1.2,
        `response ${Buffer.byteLength(JSON.stringify(big.body))} bytes at ${SCALE}× vs ${Buffer.byteLength(JSON.stringify(seed.body))} on the seed`,
      ),
    );
  }
  return results;
}
