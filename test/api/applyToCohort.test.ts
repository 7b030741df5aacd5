import { describe, expect, it } from 'vitest';
import { apply, as, newCohort, newPerson, onlyError } from '../support/api';

const APPLY = `mutation($input: ApplyToCohortInput!) { applyToCohort(input: $input) { application { id status statement submittedAt cohort { id } applicant { id } version } } }`;
const COUNT = `query($id: ID!) { cohort(id: $id) { applications { totalCount } } }`;

const countOf = async (cohortId: string) => (await as('LEAD_LXP').query(COUNT, { id: cohortId })).data.cohort.applications.totalCount;

describe('applyToCohort', () => {
  it('submits an application as the signed-in service user and counts it on the cohort', async () => {
    const cohort = await newCohort();
    const applicant = await newPerson(['SERVICE_USER']);
    const res = await applicant.query(APPLY, {
      input: { cohortId: cohort.id, statement: '  I want to use my recovery to help others.  ' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.applyToCohort.application).toMatchObject({
      status: 'SUBMITTED',
      statement: 'I want to use my recovery to help others.',
      cohort: { id: cohort.id },
      applicant: { id: applicant.id },
      version: 1,
    });
    expect(await countOf(cohort.id)).toBe(1);
  });

  it('refuses a second application by the same person to the same cohort with CONFLICT / ALREADY_APPLIED, writing nothing', async () => {
    const cohort = await newCohort();
    const applicant = await newPerson(['SERVICE_USER']);
    await apply(applicant, cohort.id);
    const error = onlyError(await applicant.query(APPLY, { input: { cohortId: cohort.id, statement: 'Again' } }));
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_APPLIED' });
    expect(error.path).toEqual(['applyToCohort']);
    expect(await countOf(cohort.id)).toBe(1);
  });

  it('refuses an empty statement with BAD_USER_INPUT naming input.statement, writing nothing', async () => {
    const cohort = await newCohort();
    const error = onlyError(await (await newPerson(['SERVICE_USER'])).query(APPLY, { input: { cohortId: cohort.id, statement: '   ' } }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.statement' });
    expect(await countOf(cohort.id)).toBe(0);
  });

  it('refuses a statement over 5,000 characters with BAD_USER_INPUT naming input.statement', async () => {
    const cohort = await newCohort();
    const error = onlyError(
      await (await newPerson(['SERVICE_USER'])).query(APPLY, { input: { cohortId: cohort.id, statement: 'x'.repeat(5001) } }),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.statement' });
  });

  it('refuses a cohort id that is not one with BAD_USER_INPUT, and a missing cohort with NOT_FOUND', async () => {
    const applicant = await newPerson(['SERVICE_USER']);
    const bad = onlyError(await applicant.query(APPLY, { input: { cohortId: 'nonsense', statement: 'Hello' } }));
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.cohortId' });
    const missing = onlyError(await applicant.query(APPLY, { input: { cohortId: 'coh_missing', statement: 'Hello' } }));
    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses applications to a cohort that is not open with NOT_ELIGIBLE / COHORT_NOT_OPEN', async () => {
    const error = onlyError(
      await (await newPerson(['SERVICE_USER'])).query(APPLY, { input: { cohortId: 'coh_1', statement: 'Too late' } }),
    );
    expect(error.extensions).toMatchObject({ code: 'NOT_ELIGIBLE', reason: 'COHORT_NOT_OPEN' });
    expect(await countOf('coh_1')).toBe(18);
  });

  it('refuses staff who do not hold SERVICE_USER with FORBIDDEN, writing nothing', async () => {
    const cohort = await newCohort();
    const res = await as('HR').query(APPLY, { input: { cohortId: cohort.id, statement: 'Not mine to make' } });
    expect(onlyError(res).extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(res.data).toEqual({ applyToCohort: null });
    expect(await countOf(cohort.id)).toBe(0);
  });

  it('returns the first result for a retry with the same idempotency key, and writes nothing new', async () => {
    const cohort = await newCohort();
    const applicant = await newPerson(['SERVICE_USER']);
    const input = { cohortId: cohort.id, statement: 'Retry me', idempotencyKey: 'apply-retry-0001' };
    const first = await applicant.query(APPLY, { input });
    const retry = await applicant.query(APPLY, { input });
    expect(retry.errors).toBeUndefined();
    expect(retry.data.applyToCohort.application.id).toBe(first.data.applyToCohort.application.id);
    expect(await countOf(cohort.id)).toBe(1);
  });

  it('refuses the same idempotency key with a different input with CONFLICT / IDEMPOTENCY_KEY_REUSED', async () => {
    const cohort = await newCohort();
    const applicant = await newPerson(['SERVICE_USER']);
    await applicant.query(APPLY, { input: { cohortId: cohort.id, statement: 'First', idempotencyKey: 'apply-reuse-0001' } });
    const error = onlyError(
      await applicant.query(APPLY, { input: { cohortId: cohort.id, statement: 'Second', idempotencyKey: 'apply-reuse-0001' } }),
    );
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('refuses a malformed idempotency key with BAD_USER_INPUT naming input.idempotencyKey', async () => {
    const cohort = await newCohort();
    const error = onlyError(
      await (await newPerson(['SERVICE_USER'])).query(APPLY, { input: { cohortId: cohort.id, statement: 'Hi', idempotencyKey: 'short' } }),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.idempotencyKey' });
  });

  it('lets only one of two simultaneous applications by the same person through', async () => {
    const cohort = await newCohort();
    const applicant = await newPerson(['SERVICE_USER']);
    const results = await Promise.all(
      [1, 2].map((n) => applicant.query(APPLY, { input: { cohortId: cohort.id, statement: `Attempt ${n}` } })),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect(await countOf(cohort.id)).toBe(1);
  });
});
