import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTable, freePort, startDynamoDbLocal, type DynamoDbLocal } from '../../functions/local/dynamoDbLocal';
import { LOCAL_TABLE } from '../../functions/local/localEnv';
import { scanTable } from '../support/faults';
import { count } from '../support/securityCounts';

/**
 * DynamoDB going away mid-run. This file starts its OWN DynamoDB Local (persisting to a temporary
 * directory) and points this process's handler at it, so stopping it leaves the shared one running.
 */
const CREATE = `mutation($input: CreateCohortInput!) { createCohort(input: $input) { cohort { id number } } }`;
const dir = mkdtempSync(join(tmpdir(), 'lxp-outage-'));
let dynamo: DynamoDbLocal;
let port: number;
// Imported once the environment points at this file's DynamoDB Local: the handler reads its configuration on load.
let api: typeof import('../support/api');

beforeAll(async () => {
  port = await freePort();
  dynamo = await startDynamoDbLocal({ port, dbPath: dir });
  await ensureTable(dynamo.endpoint, LOCAL_TABLE);
  // Before the handler is loaded, so its configuration and DynamoDB client point at this instance.
  process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
  api = await import('../support/api');
  const { seedPaperData } = await import('../../functions/local/seed');
  await seedPaperData();
}, 180_000);

afterAll(async () => {
  dynamo?.stop();
  await dynamo?.stopped();
  rmSync(dir, { recursive: true, force: true });
});

const codes = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.map((e) => e.extensions?.code);

describe('DynamoDB stopped mid-run', () => {
  it('answers 503 SERVICE_UNAVAILABLE while it is down, wrote nothing, and recovers when it is back', async () => {
    const { as, uniqueNumber } = api;
    expect((await import('../../functions/lib/config')).config().dynamoDbEndpoint).toBe(dynamo.endpoint);
    const before = uniqueNumber();
    const during = uniqueNumber();
    expect(
      (await as('LEAD_LXP').query(CREATE, { input: { number: before, startDate: '2031-02-03', capacity: 4 } })).errors,
    ).toBeUndefined();

    dynamo.stop();
    await dynamo.stopped();
    count('faultsInjected');
    const write = await as('LEAD_LXP').query(CREATE, { input: { number: during, startDate: '2031-02-03', capacity: 4 } });
    expect(write.status).toBe(503);
    expect(codes(write)).toEqual(['SERVICE_UNAVAILABLE']);
    const read = await as('HR').query(`{ cohorts { totalCount } }`);
    expect(read.status).toBe(503);
    expect(codes(read)).toEqual(['SERVICE_UNAVAILABLE']);

    // Back on the same port and files: what was written before is there, the refused write is not.
    dynamo = await startDynamoDbLocal({ port, dbPath: dir });
    const items = await scanTable();
    expect(items.filter((i) => i.type === 'Cohort' && i.number === before)).toHaveLength(1);
    expect(items.filter((i) => i.number === during)).toEqual([]);
    const retry = await as('LEAD_LXP').query(CREATE, { input: { number: during, startDate: '2031-02-03', capacity: 4 } });
    expect(retry.errors).toBeUndefined();
    expect(retry.data.createCohort.cohort.number).toBe(during);
  }, 150_000);
});
