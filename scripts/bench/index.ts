import autocannon from 'autocannon';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../functions/local/dynamoDbLocal';
import { measureBundle } from './bundle';
import { OPERATIONS, type BenchOperation } from './operations';

/**
 * `npm run bench`: DynamoDB requests, latency and throughput per representative operation against the
 * local stack (DynamoDB Local on loopback), whether request counts stay flat as pages grow, and the
 * function bundle's size, cold load and memory beside a minimal handler. Prints a table, then JSON.
 */
const SEQUENTIAL = 40;
const LOAD_SECONDS = 3;
const CONNECTIONS = 8;

interface Row {
  operation: string;
  as: string;
  dynamodbCalls: number;
  p50Ms: number;
  p95Ms: number;
  reqPerSec: number;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

async function main() {
  process.env.LXP_LOCAL_DIR = mkdtempSync(join(tmpdir(), 'lxp-bench-'));
  const { startLocalStack } = await import('../../functions/local/localStack');
  const stack = await startLocalStack({ port: await freePort(), extraEnv: { POWERTOOLS_LOG_LEVEL: 'SILENT' } });
  const { signToken, DEV_AUDIENCE } = await import('../../functions/local/devIssuer');
  const { PEOPLE, PERSONAS } = await import('../../functions/local/paperData');
  const url = `http://127.0.0.1:${stack.port}/graphql`;

  const tokenFor = async (who: string) => {
    const person = PEOPLE.find((p) => p.id === ((PERSONAS as Record<string, string>)[who] ?? who))!;
    return signToken({ sub: person.id, roles: person.roles, issuer: stack.issuer, audience: DEV_AUDIENCE });
  };
  const post = async (op: BenchOperation, token: string, variables = op.variables) => {
    const started = performance.now();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: op.query, variables }),
    });
    const body = (await res.json()) as { errors?: unknown[]; extensions?: { dynamodb?: { calls: number } } };
    return { ms: performance.now() - started, calls: body.extensions?.dynamodb?.calls ?? -1, body };
  };

  const rows: Row[] = [];
  for (const op of OPERATIONS) {
    const token = await tokenFor(op.as);
    const first = await post(op, token);
    const times: number[] = [];
    for (let i = 0; i < SEQUENTIAL; i++) times.push((await post(op, token)).ms);
    const load = await autocannon({
      url,
      method: 'POST',
      connections: CONNECTIONS,
      duration: LOAD_SECONDS,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: op.query, variables: op.variables }),
    });
    rows.push({
      operation: op.name,
      as: op.as,
      dynamodbCalls: first.calls,
      p50Ms: Math.round(pct(times, 0.5) * 10) / 10,
      p95Ms: Math.round(pct(times, 0.95) * 10) / 10,
      reqPerSec: Math.round(load.requests.average),
    });
  }

  // DynamoDB requests must not grow with the number of rows on a page.
  const facilitator = await tokenFor('CLINICIAN');
  const scaling: Record<string, number> = {};
  for (const n of [1, 5, 10, 20]) {
    const op = {
      name: 'page',
      as: 'CLINICIAN',
      query: `query($n: Int) { cohort(id: "coh_2") { applications(first: $n) { edges { node { statement applicant { displayName } enrolment { status } } } } } }`,
    };
    scaling[`first: ${n}`] = (await post(op, facilitator, { n })).calls;
  }

  const bundle = await measureBundle({ ...stack.env, API_MODE: 'production' });
  stack.stop();

  console.log('\nOperations (local stack: DynamoDB Local on loopback, one process, 2 cores)');
  console.table(rows);
  console.log('DynamoDB requests as the page grows (facilitator: statements, applicants, enrolments)');
  console.table([scaling]);
  console.log('GraphQL function bundle (esbuild, as deployed) beside a minimal handler');
  console.table([bundle]);
  console.log(
    JSON.stringify({
      operations: rows,
      scaling,
      bundle,
      settings: { sequential: SEQUENTIAL, loadSeconds: LOAD_SECONDS, connections: CONNECTIONS },
    }),
  );
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error);
    process.exit(1);
  },
);
