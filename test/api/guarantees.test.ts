import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { db, tableName } from '../../functions/db/client';
import { collectionsAbout, idempotencyKey, TrainingApplication } from '../../functions/db/entities';
import { queryAll } from '../../functions/db/page';
import type { TrainingApplicationRecord } from '../../functions/db/records';
import { transactWrite } from '../../functions/db/transact';
import { apply, as, newCohort, newPerson } from '../support/api';

const APPLY = `mutation($input: ApplyToCohortInput!) { applyToCohort(input: $input) { application { id statement } } }`;
const OFFER = `mutation($id: ID!) { decideTrainingApplication(input: { applicationId: $id, decision: OFFER }) { application { status } } }`;
const ENROL = `mutation($input: EnrolInput!) { enrol(input: $input) { enrolment { id } } }`;
const TRAIL = `query($id: ID!) { auditTrail(subjectId: $id, first: 100) { edges { node { requestId fields decision } } } }`;
const ENROLMENTS = `query($id: ID!) { cohort(id: $id) { enrolments { totalCount } } }`;

describe('idempotency', () => {
  it('keeps only ids, and a retry reads the statement again through the audited field', async () => {
    const cohort = await newCohort();
    const applicant = await newPerson(['SERVICE_USER']);
    const statement = 'A private account of my recovery';
    const input = { cohortId: cohort.id, statement, idempotencyKey: 'guarantee-ids-0001' };
    const first = await applicant.query(APPLY, { input });
    const id = first.data.applyToCohort.application.id;

    const stored = await db().send(new GetCommand({ TableName: tableName(), Key: idempotencyKey(applicant.id, input.idempotencyKey) }));
    expect(stored.Item?.result).toEqual({ application: id });
    expect(JSON.stringify(stored.Item)).not.toContain(statement);

    const retry = await applicant.query(APPLY, { input });
    expect(retry.data.applyToCohort.application).toEqual({ id, statement });
    const trail = (await as('HR').query(TRAIL, { id: applicant.id })).data.auditTrail.edges.map((e: any) => e.node);
    expect(trail).toContainEqual({
      requestId: retry.extensions?.requestId,
      fields: ['TrainingApplication.statement'],
      decision: 'ALLOWED',
    });
  });
});

describe('optimistic locking', () => {
  it('refuses an update from a stale version, with no other condition, with CONFLICT / VERSION_MISMATCH', async () => {
    const cohort = await newCohort();
    const app = await apply(await newPerson(['SERVICE_USER']), cohort.id);
    const [read] = await queryAll<TrainingApplicationRecord>(TrainingApplication.collections.ofCohort(cohort.id));
    expect(read!.id).toBe(app.id);
    await transactWrite([TrainingApplication.update(read!, { updatedAt: new Date().toISOString() })]);
    const stale = transactWrite([TrainingApplication.update(read!, { updatedAt: new Date().toISOString() })]);
    await expect(stale).rejects.toMatchObject({ extensions: { code: 'CONFLICT', reason: 'VERSION_MISMATCH' } });
  });
});

describe('a concurrent enrol race', () => {
  it('enrols once: one request wins, the other gets CONFLICT, and the cohort counts one enrolment', async () => {
    const cohort = await newCohort();
    const applicant = await newPerson(['SERVICE_USER']);
    const app = await apply(applicant, cohort.id);
    await as('LEAD_LXP').query(OFFER, { id: app.id });

    const results = await Promise.all([1, 2].map(() => applicant.query(ENROL, { input: { applicationId: app.id } })));
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost[0]!.errors![0]!.extensions?.code).toBe('CONFLICT');
    expect((await as('LEAD_LXP').query(ENROLMENTS, { id: cohort.id })).data.cohort.enrolments.totalCount).toBe(1);
  });
});

describe('the entity registry', () => {
  it('finds every record about a person through the declared subject collections', async () => {
    const cohort = await newCohort();
    const applicant = await newPerson(['SERVICE_USER']);
    const app = await apply(applicant, cohort.id);
    await as('LEAD_LXP').query(OFFER, { id: app.id });
    await applicant.query(ENROL, { input: { applicationId: app.id } });

    const found = new Map<string, number>();
    for (const { type, specs } of collectionsAbout(applicant.id)) {
      for (const spec of specs) found.set(type, (found.get(type) ?? 0) + (await queryAll(spec)).length);
    }
    expect(Object.fromEntries(found)).toMatchObject({ Person: 1, TrainingApplication: 1, Enrolment: 1 });
  });
});
