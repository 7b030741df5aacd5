import { describe, expect, it } from 'vitest';
import { as, newPerson, onlyError } from '../support/api';
import {
  OUTCOME,
  RESPOND,
  FUTURE,
  applyFor,
  interviewed,
  offered,
  passedTrainee,
  readCohortEmployedCount,
  readStored,
} from '../support/programme';

const POST = `query($id: ID!) { post(id: $id) { status advertisedAt } }`;
const COHORT_EMPLOYED = readCohortEmployedCount;

describe('respondToOffer', () => {
  it('accepting creates the employment, fills the post and closes the application, together', async () => {
    const supervisor = await newPerson(['CLINICIAN']);
    const { applicant, applicationId, postId } = await offered({ supervisorId: supervisor.id });
    const res = await applicant.query(RESPOND, { input: { applicationId, accept: true } });
    expect(res.errors).toBeUndefined();
    const { application, employment } = res.data.respondToOffer;
    expect(application.status).toBe('ACCEPTED');
    expect(employment).toMatchObject({ startDate: FUTURE(60), ftePercent: 80, status: 'ACTIVE', supervisor: { id: supervisor.id } });
    expect((await as('HR').query(POST, { id: postId })).data.post.status).toBe('FILLED');
    const viaApplication = await as('HR').query(
      `query($id: ID!) { jobApplication(id: $id) { employment { id lxp { id } post { id } } } }`,
      {
        id: applicationId,
      },
    );
    expect(viaApplication.data.jobApplication.employment).toEqual({ id: employment.id, lxp: { id: applicant.id }, post: { id: postId } });
  });

  it('gives the supervisor the SUPERVISOR relation with the employment', async () => {
    const supervisor = await newPerson(['CLINICIAN']);
    const { applicant, applicationId } = await offered({ supervisorId: supervisor.id });
    const id = (await applicant.query(RESPOND, { input: { applicationId, accept: true } })).data.respondToOffer.employment.id;
    const seen = await supervisor.query(`query($id: ID!) { employment(id: $id) { id lxp { id } } }`, { id });
    expect(seen.data.employment).toEqual({ id, lxp: { id: applicant.id } });
  });

  it('lets one of two acceptances racing for one post win; the other gets CONFLICT and nothing of it is written', async () => {
    const first = await interviewed();
    const second = await interviewed({ postId: first.postId });
    for (const s of [first, second])
      await as('HR').query(OUTCOME, { input: { applicationId: s.applicationId, outcome: 'OFFER', startDate: FUTURE(60) } });
    const results = await Promise.all(
      [first, second].map((s) => s.applicant.query(RESPOND, { input: { applicationId: s.applicationId, accept: true } })),
    );
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const loser = [first, second][results.findIndex((r) => r.errors)]!;
    const state = await as('HR').query(`query($id: ID!) { jobApplication(id: $id) { status employment { id } } }`, {
      id: loser.applicationId,
    });
    expect(state.data.jobApplication).toEqual({ status: 'OFFERED', employment: null });
    expect(
      (await as('HR').query(`query { employments(first: 100) { edges { node { post { id } } } } }`)).data.employments.edges.filter(
        (e: any) => e.node?.post?.id === first.postId,
      ),
    ).toHaveLength(1);
  });

  it('refuses an acceptance once the post is filled with CONFLICT / POST_FILLED', async () => {
    const first = await offered();
    const second = await interviewed({ postId: first.postId });
    await as('HR').query(OUTCOME, { input: { applicationId: second.applicationId, outcome: 'OFFER', startDate: FUTURE(60) } });
    await first.applicant.query(RESPOND, { input: { applicationId: first.applicationId, accept: true } });
    const error = onlyError(await second.applicant.query(RESPOND, { input: { applicationId: second.applicationId, accept: true } }));
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'POST_FILLED' });
  });

  it('lets the applicant decline, and refuses anyone else answering with FORBIDDEN', async () => {
    const { applicant, applicationId } = await offered();
    expect(onlyError(await as('HR').query(RESPOND, { input: { applicationId, accept: true } })).extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    const res = await applicant.query(RESPOND, { input: { applicationId, accept: false } });
    expect(res.data.respondToOffer).toEqual({ application: { id: applicationId, status: 'OFFER_DECLINED' }, employment: null });
    expect(onlyError(await applicant.query(RESPOND, { input: { applicationId, accept: true } })).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_RESPONDED',
    });
  });

  it('refuses answering an application with no offer with NOT_ELIGIBLE / NOT_OFFERED', async () => {
    const { applicant, applicationId } = await interviewed();
    expect(onlyError(await applicant.query(RESPOND, { input: { applicationId, accept: true } })).extensions).toMatchObject({
      code: 'NOT_ELIGIBLE',
      reason: 'NOT_OFFERED',
    });
  });

  it('refuses HR offering the post on their own application: FORBIDDEN / OWN_APPLICATION', async () => {
    const both = await passedTrainee(['SERVICE_USER', 'HR']);
    const { applicationId } = await interviewed({ applicant: both });
    const error = onlyError(await both.query(OUTCOME, { input: { applicationId, outcome: 'OFFER', startDate: FUTURE(60) } }));
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_APPLICATION' });
  });
});

describe('the aggregates the outcome figures read', () => {
  it("counts a person once in their cohort's employedCount, in the same transaction as their first employment", async () => {
    const applicant = await passedTrainee();
    expect(await COHORT_EMPLOYED(applicant.cohortId)).toBe(0);
    const first = await offered({ applicant });
    await applicant.query(RESPOND, { input: { applicationId: first.applicationId, accept: true } });
    expect(await COHORT_EMPLOYED(applicant.cohortId)).toBe(1);
    const second = await offered({ applicant });
    await applicant.query(RESPOND, { input: { applicationId: second.applicationId, accept: true } });
    expect(await COHORT_EMPLOYED(applicant.cohortId)).toBe(1);
  });

  it('stores the cohort of the passed enrolment and the start date on the employment, and advertisedAt on the post', async () => {
    const applicant = await passedTrainee();
    const { applicationId, postId } = await offered({ applicant });
    const id = (await applicant.query(RESPOND, { input: { applicationId, accept: true } })).data.respondToOffer.employment.id;
    const employment = await readStored('Employment', id);
    expect(employment).toMatchObject({ cohortId: applicant.cohortId, startDate: FUTURE(60), subjectId: applicant.id });
    const post = await readStored('Post', postId);
    expect(typeof post!.advertisedAt).toBe('string');
    expect(post!.status).toBe('FILLED');
  });

  it('counts applications on the post with the applications themselves', async () => {
    const { postId } = await interviewed();
    await applyFor(await passedTrainee(), postId);
    expect(
      (await as('HR').query(`query($id: ID!) { post(id: $id) { applicationCount } }`, { id: postId })).data.post.applicationCount,
    ).toBe(2);
  });
});
