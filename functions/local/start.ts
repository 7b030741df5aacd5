import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startLocalStack } from './localStack';
import { LOCAL_TABLE } from './localEnv';
import { dbDir } from './paths';

/**
 * `npm start`: DynamoDB Local, the table, the paper's data, and the Lambda handler behind a local HTTP
 * server with the development issuer and the explorer. `--in-memory` keeps nothing between runs.
 */
async function main() {
  const { values } = parseArgs({ options: { 'in-memory': { type: 'boolean', default: false } } });
  const inMemory = values['in-memory'];
  if (!inMemory) mkdirSync(dbDir(), { recursive: true });
  const stack = await startLocalStack({
    port: Number(process.env.PORT || 4000),
    ...(inMemory ? {} : { dbPath: dbDir() }),
    extraEnv: { POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN' },
  });

  console.log(
    `DynamoDB Local   ${stack.dynamoDbEndpoint} (${inMemory ? 'in memory' : `data in ${dbDir()}`}; table ${LOCAL_TABLE} ${stack.table})`,
  );
  console.log(`Paper data       ${stack.seeded.written} items written, ${stack.seeded.present} already there`);
  console.log(`GraphQL          ${stack.url}/graphql`);
  console.log(`Explorer         ${stack.url}/`);
  console.log(`Dashboard        ${stack.url}/dashboard (development: ?as=<personId>)`);
  console.log(`Issuer (JWKS)    ${stack.issuer} (${stack.url}/.well-known/jwks.json)`);
  console.log(`A token          npm run --silent token -- --role LEAD_LXP`);

  const stop = () => {
    stack.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
