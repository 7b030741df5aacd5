import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { devIssuerUrl } from './devIssuer';
import { ensureTable, startDynamoDbLocal } from './dynamoDbLocal';
import { createLocalServer, type LambdaHandler } from './httpServer';
import { LOCAL_TABLE, localEnvironment } from './localEnv';
import { dbDir } from './paths';

/**
 * `npm start`: DynamoDB Local, the table, the paper's data, and the Lambda handler behind a local HTTP
 * server with the development issuer and the explorer. `--in-memory` keeps nothing between runs.
 */
async function main() {
  const { values } = parseArgs({ options: { 'in-memory': { type: 'boolean', default: false } } });
  const port = Number(process.env.PORT || 4000);
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const issuer = devIssuerUrl(port);

  if (!values['in-memory']) mkdirSync(dbDir(), { recursive: true });
  const dynamo = await startDynamoDbLocal(values['in-memory'] ? {} : { dbPath: dbDir() });
  Object.assign(process.env, localEnvironment(dynamo.endpoint, port), { POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN' });

  let handler: LambdaHandler | undefined;
  const server = createLocalServer({ issuer, handler: () => handler });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, resolve);
  });

  const table = await ensureTable(dynamo.endpoint, LOCAL_TABLE);
  const { seedPaperData } = await import('./seed');
  const seeded = await seedPaperData();
  handler = (await import('../graphql')).handler;

  console.log(`DynamoDB Local   ${dynamo.endpoint} (${values['in-memory'] ? 'in memory' : `data in ${dbDir()}`}; table ${LOCAL_TABLE} ${table})`);
  console.log(`Paper data       ${seeded.written} items written, ${seeded.present} already there`);
  console.log(`GraphQL          ${issuer}/graphql`);
  console.log(`Explorer         ${issuer}/`);
  console.log(`Issuer (JWKS)    ${issuer}/.well-known/jwks.json`);
  console.log(`A token          npm run --silent token -- --role LEAD_LXP`);

  const stop = () => {
    server.close();
    dynamo.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
