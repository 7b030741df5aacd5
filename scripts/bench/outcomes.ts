import { getNamedType, isLeafType, isNonNullType, isObjectType, type GraphQLField, type GraphQLOutputType } from 'graphql';
import { config } from '../../functions/lib/config';
import { ensureTable } from '../../functions/local/dynamoDbLocal';
import { schema } from '../../functions/graphql/schema';
import type { client } from './client';
import { generateProgrammeCopies } from './generate';
import { interleaved, ratioResult, type Result } from './stats';

const SCALE = 100;
const GOAL = '6. Outcome reads';

/** A selection of every leaf field, objects followed `depth` levels deep (connections through edges.node). */
function selectionOf(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) || depth === 0) return '{ __typename }';
  const parts = Object.values(named.getFields() as Record<string, GraphQLField<unknown, unknown>>)
    .filter((f) => f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined))
    .map((f) => {
      const inner = getNamedType(f.type);
      if (isLeafType(inner)) return f.name;
      return depth > 1 ? `${f.name} ${selectionOf(f.type, depth - 1)}` : '';
    })
    .filter(Boolean);
  return `{ ${parts.length ? parts.join(' ') : '__typename'} }`;
}

/**
 * `programmeOutcomes` on the seeded programme and on one 100 times its size (every item copied under new
 * ids into a second table), interleaved: identical DynamoDB request counts and a time ratio ≤ 1.2. Reported
 * "not available" while the schema has no such query.
 */
export async function measureOutcomes(api: Awaited<ReturnType<typeof client>>, runs: number): Promise<Result[]> {
  const field = schema.getQueryType()?.getFields().programmeOutcomes;
  if (!field) {
    return [
      {
        goal: GOAL,
        measurement: 'programmeOutcomes, seed vs 100× programme',
        value: null,
        unit: 'ms',
        target: 'identical request count; time ratio ≤ 1.2',
        verdict: 'not available',
        note: 'the schema has no Query.programmeOutcomes yet; the benchmark measures it once it does',
      },
    ];
  }
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  if (required.length > 0) {
    return [
      {
        goal: GOAL,
        measurement: 'programmeOutcomes, seed vs 100× programme',
        value: null,
        unit: 'ms',
        target: 'identical request count; time ratio ≤ 1.2',
        verdict: 'not available',
        note: `programmeOutcomes requires arguments (${required.map((a) => a.name).join(', ')}) the benchmark does not know how to fill`,
      },
    ];
  }
  const query = `{ programmeOutcomes ${selectionOf(field.type, 3)} }`;
  const cfg = config();
  const seedTable = cfg.tableName;
  const bigTable = `${seedTable}-x${SCALE}`;
  await ensureTable(cfg.dynamoDbEndpoint!, bigTable);
  const items = await generateProgrammeCopies(bigTable, SCALE);
  // One handler, two programmes: the benchmark points the process's configuration at either table per request.
  const on = async (table: string) => {
    cfg.tableName = table;
    try {
      return await api.call('LEAD_LXP', query);
    } finally {
      cfg.tableName = seedTable;
    }
  };
  const seed = await on(seedTable);
  const big = await on(bigTable);
  if (seed.body.errors || big.body.errors)
    throw new Error(`programmeOutcomes failed: ${JSON.stringify(seed.body.errors ?? big.body.errors)}`);
  const times = await interleaved(runs * 2, {
    big: async () => (await on(bigTable)).ms,
    seed: async () => (await on(seedTable)).ms,
  });
  const sameCount = seed.dynamodb.calls === big.dynamodb.calls;
  return [
    {
      goal: GOAL,
      measurement: `programmeOutcomes DynamoDB requests, seed vs ${SCALE}× programme (${items} items)`,
      value: big.dynamodb.calls,
      unit: 'requests',
      baseline: { name: 'seed', value: seed.dynamodb.calls },
      target: 'identical',
      verdict: sameCount ? 'met' : 'not met',
    },
    ratioResult(GOAL, `programmeOutcomes time, ${SCALE}× programme vs seed`, times.big, 'seed programme', times.seed, 1.2),
  ];
}
