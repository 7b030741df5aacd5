import { describe, expect, it } from 'vitest';
import { apply, as, newCohort, newPerson, onlyError, type Caller } from '../support/api';

const DECIDE = `mutation($input: DecideTrainingApplicationInput!) {
  decideTrainingApplication(input: $input) {
    application { id status declineReason decidedAt version cohort { id } deferredTo { id status cohort { id } deferredFrom { id } } }
  }
}`;
const OFFERED = `query($id: ID!) { cohort(id: $id) { applications { edges { node { status } } } } }`;

async function submitted(cohortId: string) {
  return apply(await newPerson(['SERVICE_USER']), cohortId);
}

const decide = (who: Caller, input: Record<string, unknown>) => who.query(DECIDE, { input });

describe('decideTrainingApplication', () => {
  it('offers a place: the application becomes OFFERED with its decision time', async () => {
    const cohort = await newCohort();
    const app = await submitted(cohort.id);
    const res = await decide(as('LEAD_LXP'), { applicationId: app.id, decision: 'OFFER' });
    expect(res.errors).toBeUndefined();
    expect(res.data.decideTrainingApplication.application).toMatchObject({
      id: app.id,
      status: 'OFFERED',
      declineReason: null,
      version: 2,
    });
    expect(res.data.decideTrainingApplication.application.decidedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('declines with a coded reason', async () => {
    const cohort = await newCohort();
    const app = await submitted(cohort.id);
    const res = await decide(as('LEAD_LXP'), { applicationId: app.id, decision: 'DECLINE', declineReason: 'NOT_YET_READY' });
    expect(res.data.decideTrainingApplication.application).toMatchObject({ status: 'DECLINED', declineReason: 'NOT_YET_READY' });
  });

  it('defers to a later cohort: a new application there, linked both ways', async () => {
    const now = await newCohort({ startDate: '2031-01-06' });
    const later = await newCohort({ startDate: '2031-09-01' });
    const app = await submitted(now.id);
    const res = await decide(as('LEAD_LXP'), {
      applicationId: app.id,
      decision: 'DEFER',
      declineReason: 'NEEDS_VOLUNTEERING_EXPERIENCE',
      deferToCohortId: later.id,
    });
    expect(res.errors).toBeUndefined();
    const decided = res.data.decideTrainingApplication.application;
    expect(decided).toMatchObject({ status: 'DEFERRED', declineReason: 'NEEDS_VOLUNTEERING_EXPERIENCE' });
    expect(decided.deferredTo).toMatchObject({ status: 'SUBMITTED', cohort: { id: later.id }, deferredFrom: { id: app.id } });
    const counts = await as('LEAD_LXP').query(
      `query($a: ID!, $b: ID!) { a: cohort(id: $a) { applications { totalCount } } b: cohort(id: $b) { applications { totalCount } } }`,
      { a: now.id, b: later.id },
    );
    expect(counts.data).toEqual({ a: { applications: { totalCount: 1 } }, b: { applications: { totalCount: 1 } } });
  });

  it('refuses to defer to a cohort that does not start later with NOT_ELIGIBLE / NOT_A_LATER_COHORT', async () => {
    const now = await newCohort({ startDate: '2032-09-01' });
    const earlier = await newCohort({ startDate: '2032-01-05' });
    const app = await submitted(now.id);
    const error = onlyError(
      await decide(as('LEAD_LXP'), {
        applicationId: app.id,
        decision: 'DEFER',
        declineReason: 'NOT_YET_READY',
        deferToCohortId: earlier.id,
      }),
    );
    expect(error.extensions).toMatchObject({ code: 'NOT_ELIGIBLE', reason: 'NOT_A_LATER_COHORT' });
  });

  it("refuses an offer beyond the cohort's capacity with CAPACITY_REACHED, writing nothing", async () => {
    const cohort = await newCohort({ capacity: 1 });
    const first = await submitted(cohort.id);
    const second = await submitted(cohort.id);
    expect((await decide(as('LEAD_LXP'), { applicationId: first.id, decision: 'OFFER' })).errors).toBeUndefined();
    const error = onlyError(await decide(as('LEAD_LXP'), { applicationId: second.id, decision: 'OFFER' }));
    expect(error.extensions).toMatchObject({ code: 'CAPACITY_REACHED', capacity: 1 });
    const statuses = (await as('LEAD_LXP').query(OFFERED, { id: cohort.id })).data.cohort.applications.edges
      .map((e: any) => e.node.status)
      .sort();
    expect(statuses).toEqual(['OFFERED', 'SUBMITTED']);
  });

  it('never offers more places than capacity, even when offers race', async () => {
    const cohort = await newCohort({ capacity: 2 });
    const apps = await Promise.all([1, 2, 3, 4].map(() => submitted(cohort.id)));
    const results = await Promise.all(apps.map((a) => decide(as('LEAD_LXP'), { applicationId: a.id, decision: 'OFFER' })));
    const statuses = (await as('LEAD_LXP').query(OFFERED, { id: cohort.id })).data.cohort.applications.edges.map((e: any) => e.node.status);
    expect(statuses.filter((s: string) => s === 'OFFERED')).toHaveLength(2);
    expect(results.filter((r) => !r.errors).length).toBe(2);
  });

  it('refuses deciding twice with CONFLICT / ALREADY_DECIDED', async () => {
    const cohort = await newCohort();
    const app = await submitted(cohort.id);
    await decide(as('LEAD_LXP'), { applicationId: app.id, decision: 'DECLINE', declineReason: 'OTHER' });
    const error = onlyError(await decide(as('LEAD_LXP'), { applicationId: app.id, decision: 'OFFER' }));
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_DECIDED' });
  });

  it('refuses a stale expectedVersion with CONFLICT / VERSION_MISMATCH', async () => {
    const cohort = await newCohort();
    const app = await submitted(cohort.id);
    const error = onlyError(await decide(as('LEAD_LXP'), { applicationId: app.id, decision: 'OFFER', expectedVersion: 7 }));
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_MISMATCH' });
  });

  it('lets one of two conflicting simultaneous decisions win; the other gets CONFLICT', async () => {
    const cohort = await newCohort();
    const app = await submitted(cohort.id);
    const [a, b] = await Promise.all([
      decide(as('LEAD_LXP'), { applicationId: app.id, decision: 'OFFER' }),
      decide(as('LEAD_LXP'), { applicationId: app.id, decision: 'DECLINE', declineReason: 'NOT_YET_READY' }),
    ]);
    const codes = [a, b].map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
  });

  it.each([
    [{ decision: 'DECLINE' }, 'input.declineReason'],
    [{ decision: 'OFFER', declineReason: 'OTHER' }, 'input.declineReason'],
    [{ decision: 'DEFER', declineReason: 'OTHER' }, 'input.deferToCohortId'],
    [{ decision: 'DECLINE', declineReason: 'OTHER', deferToCohortId: 'coh_1' }, 'input.deferToCohortId'],
  ])('refuses inconsistent input %j with BAD_USER_INPUT naming %s, writing nothing', async (input, field) => {
    const cohort = await newCohort();
    const app = await submitted(cohort.id);
    const error = onlyError(await decide(as('LEAD_LXP'), { applicationId: app.id, ...input }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const after = await as('LEAD_LXP').query(`query($id: ID!) { trainingApplication(id: $id) { status version } }`, { id: app.id });
    expect(after.data.trainingApplication).toEqual({ status: 'SUBMITTED', version: 1 });
  });

  it('lets a facilitator of the cohort decide, and refuses a clinician who does not facilitate it with FORBIDDEN', async () => {
    const facilitator = await newPerson(['CLINICIAN']);
    const other = await newPerson(['CLINICIAN']);
    const cohort = await newCohort({ facilitatorIds: [facilitator.id] });
    const app = await submitted(cohort.id);
    const refused = await decide(other, { applicationId: app.id, decision: 'OFFER' });
    expect(onlyError(refused).extensions).toMatchObject({ code: 'FORBIDDEN' });
    const allowed = await decide(facilitator, { applicationId: app.id, decision: 'OFFER' });
    expect(allowed.data.decideTrainingApplication.application.status).toBe('OFFERED');
  });

  it('refuses an applicant deciding their own application with FORBIDDEN', async () => {
    const cohort = await newCohort();
    const applicant = await newPerson(['SERVICE_USER']);
    const app = await apply(applicant, cohort.id);
    expect(onlyError(await decide(applicant, { applicationId: app.id, decision: 'OFFER' })).extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
