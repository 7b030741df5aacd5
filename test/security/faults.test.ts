import { afterEach, describe, expect, it } from 'vitest';
import { config } from '../../functions/lib/config';
import { as, newCohort, newPerson, uniqueNumber } from '../support/api';
import { injectFault, scanTable, type Fault } from '../support/faults';

const CREATE = `mutation($input: CreateCohortInput!) { createCohort(input: $input) { cohort { id number } } }`;
const APPLY = `mutation($input: ApplyToCohortInput!) { applyToCohort(input: $input) { application { id } } }`;
const STATEMENT = `{ trainingApplication(id: "app_c2_05") { id statement } }`;

let fault: Fault | undefined;
afterEach(() => fault?.remove());

const codes = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.map((e) => e.extensions?.code);
const itemsWithNumber = async (number: number) => (await scanTable()).filter((i) => i.number === number || i.ref === `#${number}`);

describe('DynamoDB throttling', () => {
  it('retries a throttled transaction a bounded number of times, then answers 503 SERVICE_UNAVAILABLE having written nothing', async () => {
    const number = uniqueNumber();
    fault = injectFault({ command: 'TransactWriteItemsCommand' });
    const res = await as('LEAD_LXP').query(CREATE, { input: { number, startDate: '2031-01-06', capacity: 5 } });
    fault.remove();
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('1');
    expect(codes(res)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(res.data).toEqual({ createCohort: null });
    expect(fault.attempts).toBe(config().dynamoDbMaxAttempts);
    // Read the table afterwards: no cohort, no number guard.
    expect(await itemsWithNumber(number)).toEqual([]);
    expect((await scanTable()).filter((i) => i.PK === 'CohortNumbers' && Number(i.SK) === number)).toEqual([]);
  });

  it('succeeds, writing once, when the throttling stops within the retries', async () => {
    const number = uniqueNumber();
    fault = injectFault({ command: 'TransactWriteItemsCommand', times: config().dynamoDbMaxAttempts - 1 });
    const res = await as('LEAD_LXP').query(CREATE, { input: { number, startDate: '2031-01-06', capacity: 5 } });
    expect(res.errors).toBeUndefined();
    expect(fault.attempts).toBe(config().dynamoDbMaxAttempts);
    expect((await scanTable()).filter((i) => i.type === 'Cohort' && i.number === number)).toHaveLength(1);
  });

  it('refuses an application whose transaction is cancelled for throttling, leaving application, guard and count untouched', async () => {
    const applicant = await newPerson(['SERVICE_USER']);
    const cohort = await newCohort();
    fault = injectFault({
      command: 'TransactWriteItemsCommand',
      failWith: () =>
        Object.assign(new Error('Transaction cancelled'), {
          name: 'TransactionCanceledException',
          $metadata: { httpStatusCode: 400 },
          CancellationReasons: [{ Code: 'None' }, { Code: 'ThrottlingError' }, { Code: 'None' }],
        }),
    });
    const res = await applicant.query(APPLY, { input: { cohortId: cohort.id, statement: 'My recovery' } });
    fault.remove();
    expect(codes(res)).toEqual(['SERVICE_UNAVAILABLE']);
    const items = await scanTable();
    expect(items.filter((i) => i.type === 'TrainingApplication' && i.subjectId === applicant.id)).toEqual([]);
    expect(items.filter((i) => i.PK === cohort.id && String(i.SK).startsWith('Applicant#'))).toEqual([]);
    expect(items.find((i) => i.type === 'Cohort' && i.id === cohort.id)).toMatchObject({ applicationCount: 0 });
  });

  it('answers a throttled read with SERVICE_UNAVAILABLE, not an internal error', async () => {
    fault = injectFault({ command: 'QueryCommand' });
    const res = await as('HR').query(`{ cohorts { totalCount } }`);
    expect(res.status).toBe(503);
    expect(codes(res)).toEqual(['SERVICE_UNAVAILABLE']);
  });
});

describe('an audit write that fails', () => {
  it('withholds the data end to end: 503 AUDIT_UNAVAILABLE, the statement never leaves', async () => {
    fault = injectFault({ command: 'PutItemCommand' });
    const res = await as('LEAD_LXP').query(STATEMENT);
    expect(res.status).toBe(503);
    expect(codes(res)).toEqual(['AUDIT_UNAVAILABLE']);
    expect(res.data).toBeUndefined();
    expect(fault.attempts).toBeGreaterThanOrEqual(config().dynamoDbMaxAttempts);
  });

  it('retries a throttled audit write and then releases the data, the event written', async () => {
    fault = injectFault({ command: 'PutItemCommand', times: 1 });
    const res = await as('LEAD_LXP').query(STATEMENT);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data.trainingApplication.statement).toEqual(expect.any(String));
    const requestId = res.extensions?.requestId;
    expect((await scanTable()).filter((i) => i.type === 'AuditEvent' && i.requestId === requestId)).toHaveLength(1);
  });

  it('withholds a refused attempt too when its aggregate cannot be written', async () => {
    const outsider = await newPerson(['CLINICIAN']);
    fault = injectFault({ command: 'PutItemCommand' });
    const res = await outsider.query(STATEMENT);
    expect(codes(res)).toEqual(['AUDIT_UNAVAILABLE']);
  });
});
