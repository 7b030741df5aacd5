import { describe, expect, it } from 'vitest';
import { as, expectNoErrors, newPerson, onlyError } from '../support/api';
import { enrolled, enrolOn } from '../support/training';

const PLAN = `mutation($input: PlanTrainingSessionInput!) { planTrainingSession(input: $input) { session { id week topic title deliveredBy } } }`;
const ATTEND = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { attendance { id attended trainee { id } } } }`;
const plan = (cohortId: string, week = 1) => ({
  input: { cohortId, week, topic: 'RECOVERY', title: 'Recovery: hope, agency and opportunity', deliveredBy: 'SERVICE_USER' },
});

describe('training sessions', () => {
  it("are planned by a cohort's facilitator and seen by its trainees", async () => {
    const e = await enrolled();
    const res = await e.facilitators[0].query(PLAN, plan(e.cohortId, 2));
    expect(res.data.planTrainingSession.session).toMatchObject({ week: 2, topic: 'RECOVERY', deliveredBy: 'SERVICE_USER' });
    const seen = await e.trainee.query(`query($id: ID!) { cohort(id: $id) { sessions { totalCount edges { node { week topic } } } } }`, {
      id: e.cohortId,
    });
    expect(seen.data.cohort.sessions.edges).toEqual([{ node: { week: 2, topic: 'RECOVERY' } }]);
  });

  it('are refused to plan by a clinician who does not facilitate the cohort, and by a service user', async () => {
    const e = await enrolled();
    for (const who of [await newPerson(['CLINICIAN']), e.trainee]) {
      expect(onlyError(await who.query(PLAN, plan(e.cohortId)))).toMatchObject({
        path: ['planTrainingSession'],
        extensions: { code: 'FORBIDDEN' },
      });
    }
  });

  it('refuse week 13 of a twelve-week cohort with BAD_USER_INPUT naming input.week', async () => {
    const e = await enrolled();
    expect(onlyError(await as('LEAD_LXP').query(PLAN, plan(e.cohortId, 13))).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.week',
    });
  });
});

describe('attendance', () => {
  it('is recorded by a facilitator; each trainee sees only their own', async () => {
    const e = await enrolled();
    const other = await newPerson(['SERVICE_USER']);
    const second = await enrolOn(e.cohortId, other);
    const session = (await e.facilitators[0].query(PLAN, plan(e.cohortId))).data.planTrainingSession.session.id;
    expectNoErrors(await e.facilitators[0].query(ATTEND, { input: { sessionId: session, enrolmentId: e.enrolmentId, attended: true } }));
    expectNoErrors(
      await e.facilitators[1].query(ATTEND, { input: { sessionId: session, enrolmentId: second.enrolmentId, attended: false } }),
    );
    const ATT = `query($id: ID!) { cohort(id: $id) { sessions { edges { node { attendance { totalCount edges { node { attended trainee { id } } } } } } } } }`;
    const mine = await e.trainee.query(ATT, { id: e.cohortId });
    expect(mine.data.cohort.sessions.edges[0].node.attendance).toEqual({
      totalCount: 1,
      edges: [{ node: { attended: true, trainee: { id: e.trainee.id } } }],
    });
    const all = await e.facilitators[0].query(ATT, { id: e.cohortId });
    expect(all.data.cohort.sessions.edges[0].node.attendance.totalCount).toBe(2);
  });

  it('is corrected by recording again', async () => {
    const e = await enrolled();
    const session = (await e.facilitators[0].query(PLAN, plan(e.cohortId))).data.planTrainingSession.session.id;
    const first = await e.facilitators[0].query(ATTEND, { input: { sessionId: session, enrolmentId: e.enrolmentId, attended: false } });
    const second = await e.facilitators[0].query(ATTEND, { input: { sessionId: session, enrolmentId: e.enrolmentId, attended: true } });
    expect(second.data.recordAttendance.attendance).toEqual({ ...first.data.recordAttendance.attendance, attended: true });
  });

  it('is refused to HR', async () => {
    const res = await as('HR').query(`{ cohort(id: "coh_1") { sessions(first: 1) { edges { node { attendance { totalCount } } } } } }`);
    expect(onlyError(res).extensions).toMatchObject({ code: 'FORBIDDEN', field: 'TrainingSession.attendance' });
  });

  it('refuses the Lead LXP recording attendance on her own enrolment with FORBIDDEN / OWN_ENROLMENT', async () => {
    const res = await as('LEAD_LXP').query(ATTEND, { input: { sessionId: 'ses_c1_w01', enrolmentId: 'enr_c1_01', attended: true } });
    expect(onlyError(res).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_ENROLMENT' });
  });

  it('refuses an enrolment of another cohort with NOT_ELIGIBLE / NOT_IN_COHORT', async () => {
    const e = await enrolled();
    const res = await as('LEAD_LXP').query(ATTEND, { input: { sessionId: 'ses_c1_w01', enrolmentId: e.enrolmentId, attended: true } });
    expect(onlyError(res).extensions).toMatchObject({ code: 'NOT_ELIGIBLE', reason: 'NOT_IN_COHORT' });
  });
});
