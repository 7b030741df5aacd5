import '../support/scaleTable';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableName } from '../../functions/db/client';
import { ensureTable } from '../../functions/local/dynamoDbLocal';
import { seedPaperData } from '../../functions/local/seed';
import { as, requestCounts } from '../support/api';
import { scaleProgramme } from '../support/scaledProgramme';

/** How many times the paper's programme: 10 in `npm test`; `OUTCOMES_SCALE=100` for the README's figure. */
const TIMES = Number(process.env.OUTCOMES_SCALE ?? 10);

const QUERY = `query($cohortIds: [ID!]) { programmeOutcomes(cohortIds: $cohortIds) {
  cohorts { cohort { number } completions { value } }
  totals { applications { value } places { value } completions { value } completionRate { value } employed { value } employmentRate { value } }
  employments { role ftePercent inRoleAt24Months }
  retention(months: 24) { employed { value } retained { value } }
  timeToHire { meanDays } supervisionCompliance { rate { value } } benchmarks { rate }
} }`;

/** The programme-wide figures alone (what `npm run bench` times as "totals only"): read from the programme's aggregate. */
const TOTALS = `{ programmeOutcomes {
  totals { applications { value } places { value } completions { value } completionRate { value } employed { value } employmentRate { value } }
  retention(months: 24) { employed { value } retained { value } }
  timeToHire { hires { value } meanDays medianDays } supervisionCompliance { inPost { value } compliant { value } rate { value } }
} }`;

let seedCalls: unknown;
let seedTotals: { calls: unknown; data: any };
let size: { before: number; after: number };

beforeAll(async () => {
  await ensureTable(process.env.DYNAMODB_ENDPOINT!, tableName());
  await seedPaperData();
  seedCalls = requestCounts(await as('LEAD_LXP').query(QUERY));
  const totals = await as('LEAD_LXP').query(TOTALS);
  seedTotals = { calls: requestCounts(totals), data: totals.data };
  size = await scaleProgramme(TIMES);
}, 600_000);

describe(`programme outcomes on a generated programme ${TIMES} times the paper's`, () => {
  it('costs the same DynamoDB requests as on the paper data alone: the programme aggregate, the cohorts and the employment rows, in parallel', async () => {
    // Besides the viewer's own person record (their roles, reconciled with the token's: one BatchGet).
    const res = await as('LEAD_LXP').query(QUERY);
    expect(res.errors).toBeUndefined();
    console.log(
      `programmeOutcomes: ${size.before} items → ${JSON.stringify(seedCalls)}; ${size.after} items → ${JSON.stringify(requestCounts(res))}`,
    );
    expect(seedCalls).toEqual({ calls: 4, roundTrips: 2, byCommand: { BatchGetItemCommand: 1, QueryCommand: 3 } });
    expect(requestCounts(res)).toEqual(seedCalls);
  });

  it('answers the programme-wide figures from the aggregate alone, with the same requests as on the paper data', async () => {
    const res = await as('LEAD_LXP').query(TOTALS);
    expect(res.errors).toBeUndefined();
    // The viewer's person record, then one query of the programme's aggregate: neither cohorts nor rows.
    expect(seedTotals.calls).toEqual({ calls: 2, roundTrips: 2, byCommand: { BatchGetItemCommand: 1, QueryCommand: 1 } });
    expect(requestCounts(res)).toEqual(seedTotals.calls);
  });

  it('scales every programme-wide count by the copies, and keeps every mean, median and rate', async () => {
    const { data } = await as('LEAD_LXP').query(TOTALS);
    const paper = seedTotals.data.programmeOutcomes;
    const o = data.programmeOutcomes;
    expect(o.retention).toEqual({ employed: { value: 7 * TIMES }, retained: { value: 7 * TIMES } });
    expect(o.timeToHire).toEqual({ hires: { value: paper.timeToHire.hires.value * TIMES }, meanDays: 112, medianDays: 112 });
    expect(o.supervisionCompliance).toEqual({
      inPost: { value: paper.supervisionCompliance.inPost.value * TIMES },
      compliant: { value: paper.supervisionCompliance.compliant.value * TIMES },
      rate: paper.supervisionCompliance.rate,
    });
  });

  it('counts every copy: the totals are the paper totals times the scale, the rates unchanged', async () => {
    const { data } = await as('LEAD_LXP').query(QUERY);
    const o = data.programmeOutcomes;
    expect(o.cohorts).toHaveLength(2 * TIMES);
    expect(o.totals).toEqual({
      applications: { value: 38 * TIMES },
      places: { value: 28 * TIMES },
      completions: { value: 10 * TIMES },
      completionRate: { value: 0.357 },
      employed: { value: 7 * TIMES },
      employmentRate: { value: 0.7 },
    });
    expect(o.employments).toHaveLength(7 * TIMES);
    expect(o.retention).toEqual({ employed: { value: 7 * TIMES }, retained: { value: 7 * TIMES } });
  });

  it('reads up to 100 chosen cohorts in one batch', async () => {
    const all = (await as('LEAD_LXP').query(`{ cohorts(first: 100) { edges { node { id } } } }`)).data.cohorts.edges;
    const ids = all.map((e: { node: { id: string } }) => e.node.id).slice(0, 100);
    const res = await as('LEAD_LXP').query(QUERY, { cohortIds: ids });
    expect(res.data.programmeOutcomes.cohorts).toHaveLength(ids.length);
    // The viewer's person record, then the chosen cohorts and the employment rows together.
    expect(requestCounts(res)).toEqual({ calls: 3, roundTrips: 2, byCommand: { BatchGetItemCommand: 2, QueryCommand: 1 } });
  });
});
