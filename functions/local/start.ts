import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startLocalStack } from './localStack';
import { LOCAL_TABLE } from './localEnv';
import { dbDir } from './paths';

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\./.test(host);

/**
 * `npm start`: DynamoDB Local, the table, the paper's data, and the Lambda handler behind a local HTTP
 * server with the development issuer and the explorer. `--in-memory` keeps nothing between runs.
 */
async function main() {
  const { values } = parseArgs({
    options: { 'in-memory': { type: 'boolean', default: false }, host: { type: 'string', default: process.env.HOST || '127.0.0.1' } },
  });
  const inMemory = values['in-memory'];
  const host = values.host!;
  if (!isLoopback(host)) {
    console.warn(
      `Warning: listening on ${host}, so other machines on the network can reach this development API. Its data is the ` +
        'published paper data only, and its token endpoint still answers the explorer on this machine only; stop it when done.',
    );
  }
  if (!inMemory) mkdirSync(dbDir(), { recursive: true });
  const stack = await startLocalStack({
    port: Number(process.env.PORT || 4000),
    host,
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
