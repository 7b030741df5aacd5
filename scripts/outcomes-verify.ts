import { existsSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';

/**
 * `npm run outcomes:verify`: recomputes every outcome aggregate (cohort counts, employment outcome rows)
 * from the records with a full read of the table, and reports each difference. Exit code 0 when all agree,
 * 1 on a difference, 2 when it could not run.
 *
 *   npm run outcomes:verify                                   DynamoDB Local over .local/dynamodb (npm start's data; stop it first)
 *   npm run outcomes:verify -- --endpoint http://127.0.0.1:N  a running DynamoDB Local (npm start prints its address)
 *   TABLE_NAME=… AWS_REGION=… npm run outcomes:verify -- --aws the deployed table, with the caller's AWS credentials
 *   … -- --cohort coh_1 --cohort coh_2                        compare only these cohorts and their employments
 *   … -- --rebuild                                            first rebuild the programme's aggregate from the cohorts'
 *                                                             counters and the outcome rows (once, on a table from before
 *                                                             it was kept; while nothing else writes), then verify
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      endpoint: { type: 'string' },
      table: { type: 'string' },
      aws: { type: 'boolean', default: false },
      cohort: { type: 'string', multiple: true, default: [] },
      rebuild: { type: 'boolean', default: false },
    },
  });
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  // The function's configuration insists on an issuer; this script verifies no tokens.
  process.env.AUTH_ISSUER ||= 'https://outcomes-verify.invalid';
  process.env.AUTH_AUDIENCES ||= 'outcomes-verify';
  let stop = () => {};
  if (values.aws) {
    if (!process.env.TABLE_NAME) throw new Error('--aws needs TABLE_NAME (and AWS_REGION) in the environment');
  } else {
    const { LOCAL_TABLE } = await import('../functions/local/localEnv');
    let endpoint = values.endpoint;
    if (!endpoint) {
      const { dbDir } = await import('../functions/local/paths');
      const { startDynamoDbLocal } = await import('../functions/local/dynamoDbLocal');
      const fresh = !existsSync(dbDir());
      mkdirSync(dbDir(), { recursive: true });
      const dynamo = await startDynamoDbLocal({ dbPath: dbDir() });
      endpoint = dynamo.endpoint;
      stop = dynamo.stop;
      if (fresh) console.log(`No local data yet in ${dbDir()}: creating the table and the paper's data first`);
    }
    process.env.DYNAMODB_ENDPOINT = endpoint;
    process.env.TABLE_NAME = values.table ?? process.env.TABLE_NAME ?? LOCAL_TABLE;
    process.env.AWS_REGION ||= 'eu-west-2';
    const { ensureTable } = await import('../functions/local/dynamoDbLocal');
    if ((await ensureTable(endpoint, process.env.TABLE_NAME)) === 'created') {
      const { seedPaperData } = await import('../functions/local/seed');
      await seedPaperData();
    }
  }
  try {
    if (values.rebuild) {
      const { rebuildProgrammeOutcomes } = await import('../functions/services/outcomes/rebuild');
      await rebuildProgrammeOutcomes();
      console.log(`outcomes:verify: rebuilt the programme's outcome aggregate in ${process.env.TABLE_NAME} from its cohorts and rows`);
    }
    const { verifyOutcomeAggregates } = await import('../functions/services/outcomes/verifyTable');
    const { items, differences } = await verifyOutcomeAggregates(values.cohort);
    const scope = values.cohort.length ? ` (cohorts ${values.cohort.join(', ')})` : '';
    for (const d of differences)
      console.log(`DIFFERENCE ${d.record} ${d.field}: stored ${JSON.stringify(d.stored)}, records say ${JSON.stringify(d.recomputed)}`);
    console.log(
      differences.length
        ? `outcomes:verify: ${differences.length} difference(s) in ${process.env.TABLE_NAME}${scope}, ${items} items read`
        : `outcomes:verify: every aggregate matches its records in ${process.env.TABLE_NAME}${scope}, ${items} items read`,
    );
    return differences.length ? 1 : 0;
  } finally {
    stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`outcomes:verify could not run: ${error.message}`);
    process.exit(2);
  },
);
