import autocannon from 'autocannon';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { freePort } from '../../functions/local/dynamoDbLocal';
import { bundleAll, measureColdStarts } from './bundle';
import type { Recorded } from './client';
import { LOAD_MIX, OPERATIONS } from './operations';
import { median, interleaved, ratioResult, round, type Result } from './stats';

/**
 * `npm run bench`: every goal of the performance work measured in one run against the local stack
 * (DynamoDB Local on loopback), each beside its baseline. Ratios come from interleaved runs (A, B, A, B…);
 * request counts are exact. Prints a table and writes bench/results.json.
 *
 * The script runs with NODE_ENV=production (package.json), as the bundled function does
 * (infra/constructs/bundleOptions.ts), so graphql-js and Apollo Server take the paths they take in Lambda;
 * API_MODE stays development, so the in-process handler reports its DynamoDB figures.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const CONNECTIONS = 8;
const BUNDLE_LIMIT_BYTES = 600 * 1024;
/** `BENCH_ONLY=outcomes,load` runs only those sections (for working on one goal); a full run writes results. */
const ONLY = process.env.BENCH_ONLY?.split(',');
const want = (section: 'bundle' | 'audit' | 'roundtrips' | 'overhead' | 'outcomes' | 'load') => !ONLY || ONLY.includes(section);

async function main() {
  process.env.LXP_LOCAL_DIR = mkdtempSync(join(tmpdir(), 'lxp-bench-'));
  const { startLocalStack } = await import('../../functions/local/localStack');
  const stack = await startLocalStack({
    port: await freePort(),
    extraEnv: { POWERTOOLS_LOG_LEVEL: 'SILENT', POWERTOOLS_METRICS_DISABLED: 'true' },
  });
  const { client } = await import('./client');
  const api = await client(stack);
  const results: Result[] = [];
  const log = (line: string) => console.error(`bench: ${line}`);
  // Details beside the results table, filled in by the sections that run.
  const detail: {
    operations?: Record<string, unknown>[];
    scaling?: Record<string, unknown>;
    bundle?: Record<string, unknown>;
    coldStartMs?: Record<string, Record<string, number[]>>;
    top?: { name: string; bytes: number }[];
  } = {};
  const startedAt = performance.now();
  const loadAverageAtStart = loadavg();
  log(`load average ${loadAverageAtStart.map((l) => l.toFixed(2)).join(', ')} on ${cpus().length} cores`);

  if (want('bundle')) {
    // 1. Bundle.
    log('bundling');
    const bundles = await bundleAll();
    const top = bundles.graphql.packages.slice(0, 12);
    detail.top = top;
    detail.bundle = {
      graphql: { bytes: bundles.graphql.bytes, gzipBytes: bundles.graphql.gzipBytes, packages: bundles.graphql.packages },
      minimal: { bytes: bundles.minimal.bytes },
      stockApollo: { bytes: bundles.stockApollo.bytes },
    };
    results.push({
      goal: '1. Bundle',
      measurement: 'GraphQL function, minified (esbuild, as deployed)',
      value: bundles.graphql.bytes,
      unit: 'bytes',
      baseline: { name: 'stock Apollo Server 5 one-field handler, same options', value: bundles.stockApollo.bytes },
      ratio: round(bundles.graphql.bytes / bundles.stockApollo.bytes),
      target: `≤ ${BUNDLE_LIMIT_BYTES} bytes (600 KB)`,
      verdict: bundles.graphql.bytes <= BUNDLE_LIMIT_BYTES ? 'met' : 'not met',
      note: `gzip ${bundles.graphql.gzipBytes} bytes; largest: ${top.map((p) => `${p.name} ${Math.round(p.bytes / 1024)} KB`).join(', ')}`,
    });

    // 2. Cold start: import + first answer in a fresh process, against the two baselines.
    log(`cold starts (${RUNS} × 3 processes)`);
    const pick = ['DYNAMODB_ENDPOINT', 'TABLE_NAME', 'AWS_REGION', 'AUTH_ISSUER', 'AUTH_AUDIENCES', 'AUTH_JWKS_URI'];
    const childEnv: Record<string, string> = Object.fromEntries(pick.flatMap((k) => (stack.env[k] ? [[k, stack.env[k]!]] : [])));
    childEnv.API_MODE = 'production';
    // The measured request sends its text, not a registered document's id (a lookup in a bundled map either way).
    childEnv.TRUSTED_DOCUMENTS = 'off';
    const me = await api.event('SERVICE_USER', `{ me { id displayName } }`);
    const coldRuns = (detail.coldStartMs = await measureColdStarts(
      bundles,
      {
        graphql: me.event,
        minimal: { personId: me.viewerId },
        stockApollo: api.rawEvent(`{ hello }`),
      },
      { ...childEnv, POWERTOOLS_LOG_LEVEL: 'WARN', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      RUNS,
    ));
    const cold = coldRuns.total;
    const med = (xs: number[]) => Math.round(median(xs));
    const split = (name: 'graphql' | 'minimal' | 'stockApollo') =>
      `import ${med(coldRuns.import[name])} ms + first request ${med(cold[name]) - med(coldRuns.import[name])} ms`;
    const coldNote =
      'fresh Node process: import the bundle (init phase), answer the first request ({ me } with a verified token, one DynamoDB read). ' +
      `This function: ${split('graphql')}; stock Apollo: ${split('stockApollo')}; minimal: ${split('minimal')}. ` +
      `The minimal handler, which only makes the DynamoDB read, takes ${round(median(cold.minimal) / median(cold.stockApollo))}× stock Apollo`;
    results.push(
      ratioResult(
        '2. Cold start',
        'import + first answer vs stock Apollo (b)',
        cold.graphql,
        'stock Apollo Server 5 + @as-integrations/aws-lambda, one field',
        cold.stockApollo,
        1.2,
        coldNote,
      ),
      ratioResult(
        '2. Cold start',
        'import + first answer vs minimal handler (a)',
        cold.graphql,
        'minimal bundled handler, same DynamoDB read',
        cold.minimal,
        1.6,
        coldNote,
      ),
    );
  }

  // Warm the in-process handler before timing anything in it.
  for (const op of OPERATIONS) await api.call(op.as, op.query, op.variables);

  if (want('audit')) {
    // 3. Audited reads: the same list with and without a special-category field.
    log('audited reads');
    const plain = `{ cohort(id: "coh_2") { applications(first: 20) { edges { node { status applicant { displayName } } } } } }`;
    const audited = `{ cohort(id: "coh_2") { applications(first: 20) { edges { node { status statement applicant { displayName } } } } } }`;
    const first = await api.call('CLINICIAN', audited);
    const without = await api.call('CLINICIAN', plain);
    const subjects = new Set(
      first.body.data.cohort.applications.edges.map((e: { node: { applicant: { displayName: string } } }) => e.node.applicant.displayName),
    ).size;
    const reads = await interleaved(RUNS * 2, {
      audited: async () => (await api.call('CLINICIAN', audited)).ms,
      plain: async () => (await api.call('CLINICIAN', plain)).ms,
    });
    // What the audit's writes cost DynamoDB Local by themselves: its puts replayed in parallel, and one alone
    // (each under a new sort key, so the puts' conditions hold again).
    const puts = (await api.record('CLINICIAN', audited)).filter((c) => c.name === 'PutItemCommand');
    const fresh = (c: Recorded): Recorded => {
      const input = structuredClone(c.input) as { Item: { SK: { S: string } } };
      input.Item.SK = { S: `${input.Item.SK.S}#bench-${randomUUID()}` };
      return { ...c, input, round: 1 };
    };
    const auditWrites = await interleaved(RUNS * 2, {
      all: () => api.replay(puts.map(fresh)),
      one: () => api.replay([fresh(puts[0]!)]),
    });
    results.push(
      ratioResult(
        '3. Audited reads',
        `facilitator reads ${subjects} statements vs the same list without them`,
        reads.audited,
        'same list, no special-category field',
        reads.plain,
        1.3,
        `the audit's ${puts.length} conditional puts, sent straight to DynamoDB Local in parallel, take ` +
          `${round(median(auditWrites.all), 1)} ms; one of them alone ${round(median(auditWrites.one), 1)} ms`,
      ),
    );
    const unitsPerSubject = round((first.dynamodb.writeUnits - without.dynamodb.writeUnits) / subjects);
    results.push({
      goal: '3. Audited reads',
      measurement: 'audit write units per subject read',
      value: unitsPerSubject,
      unit: 'WCU per subject',
      target: '≤ 1',
      verdict: unitsPerSubject <= 1 ? 'met' : 'not met',
      note: `${first.dynamodb.writeUnits} WCU for ${subjects} subjects (${JSON.stringify(first.dynamodb.byCommand)}); extra round trips for the audit: ${first.dynamodb.roundTrips - without.dynamodb.roundTrips}`,
    });
  }

  if (want('roundtrips')) {
    // 4. Round trips: per operation, and flat as pages and lists grow.
    log('round trips');
    const opRows: Record<string, unknown>[] = (detail.operations = []);
    for (const op of OPERATIONS) {
      const r = await api.call(op.as, op.query, op.variables);
      const times = [];
      for (let i = 0; i < RUNS; i++) times.push((await api.call(op.as, op.query, op.variables)).ms);
      opRows.push({
        operation: op.name,
        as: op.as,
        requests: r.dynamodb.calls,
        roundTrips: r.dynamodb.roundTrips,
        p50Ms: round(median(times), 1),
      });
    }
    const { generateBigCohort } = await import('./generate');
    const big = await generateBigCohort(250);
    const pageCost = async (first: number, after?: string) => {
      const r = await api.call(
        'LEAD_LXP',
        `query($n: Int, $after: String) { cohort(id: "${big.cohortId}") { applications(first: $n, after: $after) { edges { node { status applicant { displayName } } } pageInfo { endCursor } } } }`,
        { n: first, after },
      );
      return {
        requests: r.dynamodb.calls,
        roundTrips: r.dynamodb.roundTrips,
        rows: r.body.data.cohort.applications.edges.length,
        end: r.body.data.cohort.applications.pageInfo.endCursor as string,
      };
    };
    const scaling: Record<string, { requests: number; roundTrips: number; rows: number }> = {};
    detail.scaling = scaling;
    for (const n of [1, 20, 100]) scaling[`first ${n}`] = await pageCost(n);
    let cursor: string | undefined;
    for (let page = 1; page <= 3; page++) {
      const p = await pageCost(100, cursor);
      cursor = p.end;
      scaling[`page ${page} of 100 (rows ${(page - 1) * 100 + 1}–${(page - 1) * 100 + p.rows})`] = p;
    }
    const counts = Object.values(scaling).map((s) => s.requests);
    const flat = counts.every((c) => c === counts[0]);
    results.push({
      goal: '4. Round trips',
      measurement: `DynamoDB requests per page, 1 to 250 rows (cohort of ${big.rows} applications), first and deep pages`,
      value: Math.max(...counts),
      unit: 'requests',
      baseline: { name: 'first: 1', value: counts[0]! },
      target: 'identical for every page size and depth',
      verdict: flat ? 'met' : 'not met',
      note: Object.entries(scaling)
        .map(([k, v]) => `${k}: ${v.requests} requests in ${v.roundTrips} round trips`)
        .join('; '),
    });
    const cohortPage = scaling['first 20']!;
    results.push({
      goal: '4. Round trips',
      measurement: 'sequential round trips for a cohort and its first page of applications with applicants',
      value: cohortPage.roundTrips,
      unit: 'round trips',
      target:
        "3: the viewer's record (roles reconciled before anything is decided), then the cohort and its page together, then the applicants",
      verdict: cohortPage.roundTrips <= 3 ? 'met' : 'not met',
      note: 'counted by the DynamoDB client: the longest chain of requests each started after another answered',
    });
  }

  if (want('overhead')) {
    // 5. GraphQL layer overhead: the handler against the same DynamoDB commands sent directly.
    log('GraphQL layer overhead');
    for (const [name, who, query] of [
      ['me', 'SERVICE_USER', `{ me { id displayName roles } }`],
      [
        'cohort, 18 applications and applicants',
        'LEAD_LXP',
        `{ cohort(id: "coh_1") { number applications(first: 18) { edges { node { status applicant { displayName } } } } } }`,
      ],
    ] as const) {
      const recorded = await api.record(who, query);
      const runs = await interleaved(RUNS * 2, {
        handler: async () => (await api.call(who, query)).ms,
        direct: async () => api.replay(recorded),
      });
      results.push(
        ratioResult(
          '5. GraphQL overhead',
          `${name}: full handler vs its DynamoDB commands sent directly`,
          runs.handler,
          `the same ${recorded.length} commands in the same round trips`,
          runs.direct,
          1.2,
        ),
      );
    }
  }

  if (want('outcomes')) {
    // 6. Outcome reads.
    log('programme outcomes');
    const { measureOutcomes } = await import('./outcomes');
    results.push(...(await measureOutcomes(api, RUNS)));
  }

  if (want('load')) {
    // 7. HTTP load: a realistic mix of roles and queries against the local server on loopback.
    log(`HTTP load (${LOAD_SECONDS} s, ${CONNECTIONS} connections)`);
    const url = `http://127.0.0.1:${stack.port}`;
    const requests = [];
    for (const entry of LOAD_MIX) {
      const token = await api.token(entry.as);
      const check = await api.call(entry.as, entry.query);
      if (check.body.errors) throw new Error(`load mix entry "${entry.name}" answers with errors: ${JSON.stringify(check.body.errors)}`);
      for (let i = 0; i < entry.weight; i++) {
        requests.push({
          method: 'POST' as const,
          path: '/graphql',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: entry.query }),
        });
      }
    }
    const load = await autocannon({ url, connections: CONNECTIONS, duration: LOAD_SECONDS, requests });
    const failures = load.errors + load.timeouts + load.non2xx;
    results.push({
      goal: '7. HTTP load',
      measurement: `autocannon, ${CONNECTIONS} connections, ${LOAD_SECONDS} s, mix: ${LOAD_MIX.map((e) => `${e.weight}× ${e.name}`).join(', ')}`,
      value: load.latency.p50,
      unit: 'ms p50',
      target: 'zero errors; p50 and p99 reported',
      verdict: failures === 0 ? 'met' : 'not met',
      note: `p99 ${load.latency.p99} ms, ${Math.round(load.requests.average)} req/s, ${load.requests.total} requests, ${failures} errors (${load.non2xx} non-2xx, ${load.timeouts} timeouts)`,
    });
  }

  stack.stop();

  // Report.
  console.log('\nPerformance goals (one run; ratios from interleaved runs, medians)');
  console.table(
    results.map((r) => ({
      goal: r.goal,
      measurement: r.measurement.length > 70 ? `${r.measurement.slice(0, 67)}…` : r.measurement,
      value: r.value === null ? '—' : `${r.value} ${r.unit}`,
      baseline: r.baseline ? `${r.baseline.value ?? '—'}` : '',
      ratio: r.ratio ?? '',
      target: r.target,
      verdict: r.verdict,
    })),
  );
  console.log('As Markdown (for the README)');
  console.log('| goal | measurement | value | baseline | ratio | target | verdict |\n|---|---|---|---|---|---|---|');
  for (const r of results) {
    const base = r.baseline ? `${r.baseline.value ?? '—'} (${r.baseline.name})` : '';
    const value = r.value === null ? '—' : `${r.value} ${r.unit}`;
    console.log(`| ${r.goal} | ${r.measurement} | ${value} | ${base} | ${r.ratio ?? ''} | ${r.target} | **${r.verdict}** |`);
  }
  console.log('Notes');
  for (const r of results) if (r.note) console.log(`- ${r.goal}, ${r.measurement}: ${r.note}`);
  if (detail.operations) {
    console.log('Operations (in-process handler, development mode)');
    console.table(detail.operations);
  }
  if (detail.top) {
    console.log('Largest packages in the function bundle');
    console.table(detail.top.map((p) => ({ package: p.name, KB: round(p.bytes / 1024, 1) })));
  }
  const seconds = Math.round((performance.now() - startedAt) / 1000);
  console.log(
    `Benchmark took ${seconds} s; load average at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  if (ONLY) return;
  mkdirSync('bench', { recursive: true });
  writeFileSync(
    'bench/results.json',
    `${JSON.stringify(
      {
        at: new Date().toISOString(),
        node: process.version,
        settings: { runs: RUNS, loadSeconds: LOAD_SECONDS, connections: CONNECTIONS },
        machine: { cpus: cpus().length, loadAverageAtStart, loadAverageAtEnd: loadavg(), seconds },
        results,
        operations: detail.operations,
        scaling: detail.scaling,
        bundle: detail.bundle,
        coldStartMs: detail.coldStartMs,
      },
      null,
      2,
    )}\n`,
  );
  console.log('Written: bench/results.json');
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error);
    process.exit(1);
  },
);
