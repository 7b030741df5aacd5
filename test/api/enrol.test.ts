import { describe, expect, it } from 'vitest';
import { apply, as, newCohort, newPerson, onlyError } from '../support/api';

const ENROL = `mutation($input: EnrolInput!) { enrol(input: $input) { enrolment { id status trainee { id } cohort { id } application { id enrolment { id } } } } }`;
const OFFER = `mutation($id: ID!) { decideTrainingApplication(input: { applicationId: $id, decision: OFFER }) { application { status } } }`;

async function offered() {
  const cohort = await newCohort();
  const applicant = await newPerson(['SERVICE_USER']);
  const app = await apply(applicant, cohort.id);
  await as('LEAD_LXP').query(OFFER, { id: app.id });
  return { cohort, applicant, app };
}

describe('enrol', () => {
  it('enrols the applicant of an offered application, as themselves accepting the place', async () => {
    const { cohort, applicant, app } = await offered();
    const res = await applicant.query(ENROL, { input: { applicationId: app.id } });
    expect(res.errors).toBeUndefined();
    const enrolment = res.data.enrol.enrolment;
    expect(enrolment).toMatchObject({
      status: 'ACTIVE',
      trainee: { id: applicant.id },
      cohort: { id: cohort.id },
      application: { id: app.id },
    });
    expect(enrolment.application.enrolment.id).toBe(enrolment.id);
    const count = await as('LEAD_LXP').query(`query($id: ID!) { cohort(id: $id) { enrolments { totalCount edges { node { id } } } } }`, {
      id: cohort.id,
    });
    expect(count.data.cohort.enrolments).toEqual({ totalCount: 1, edges: [{ node: { id: enrolment.id } }] });
  });

  it('refuses an application that was not offered with NOT_ELIGIBLE / NOT_OFFERED', async () => {
    const cohort = await newCohort();
    const app = await apply(await newPerson(['SERVICE_USER']), cohort.id);
    const error = onlyError(await as('LEAD_LXP').query(ENROL, { input: { applicationId: app.id } }));
    expect(error.extensions).toMatchObject({ code: 'NOT_ELIGIBLE', reason: 'NOT_OFFERED' });
  });

  it('refuses enrolling the same offer twice with CONFLICT / ALREADY_ENROLLED', async () => {
    const { app } = await offered();
    await as('LEAD_LXP').query(ENROL, { input: { applicationId: app.id } });
    const error = onlyError(await as('LEAD_LXP').query(ENROL, { input: { applicationId: app.id } }));
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_ENROLLED' });
  });

  it("refuses another service user enrolling someone else's offer with FORBIDDEN", async () => {
    const { app } = await offered();
    const stranger = await newPerson(['SERVICE_USER']);
    expect(onlyError(await stranger.query(ENROL, { input: { applicationId: app.id } })).extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses an id that is not an application id with BAD_USER_INPUT naming input.applicationId', async () => {
    const error = onlyError(await as('LEAD_LXP').query(ENROL, { input: { applicationId: 'coh_1' } }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.applicationId' });
  });
});
