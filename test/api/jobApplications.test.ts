import { describe, expect, it } from 'vitest';
import { as, newPerson, onlyError } from '../support/api';
import { APPLY, applyFor, draftPost, interviewed, openPost, passedTrainee, setStored, PAST } from '../support/programme';

const COUNT = `query($id: ID!) { post(id: $id) { applicationCount applications { totalCount } } }`;
const countOf = async (postId: string) => (await as('HR').query(COUNT, { id: postId })).data.post.applications.totalCount;
const WITHDRAW = `mutation($input: WithdrawJobApplicationInput!) { withdrawJobApplication(input: $input) { application { id status } } }`;
const FULL = `query($id: ID!) { jobApplication(id: $id) { id status applicant { id } post { id }
  disabilityDisclosure reasonableAdjustments { kind detail atInterview } interviewAdjustments { kind detail } } }`;

const ADJUSTMENTS = [
  { kind: 'HARD_COPY_PACK' },
  { kind: 'LATER_INTERVIEW_START' },
  { kind: 'OTHER', detail: 'A quiet room to wait in', atInterview: true },
  { kind: 'OTHER', detail: 'Written task lists in post', atInterview: false },
];

describe('applyForPost', () => {
  it('takes an application from a person whose training was passed, with only the post id', async () => {
    const postId = await openPost();
    const applicant = await passedTrainee();
    const res = await applicant.query(APPLY, { input: { postId } });
    expect(res.errors).toBeUndefined();
    expect(res.data.applyForPost.application.status).toBe('SUBMITTED');
    expect(await countOf(postId)).toBe(1);
  });

  it('refuses a person whose training was not passed with NOT_ELIGIBLE / TRAINING_NOT_PASSED, writing nothing', async () => {
    const postId = await openPost();
    // per_trainee_07 was referred (portfolio not submitted) in cohort 1.
    for (const who of [await newPerson(['SERVICE_USER']), as('per_trainee_07')]) {
      const error = onlyError(await who.query(APPLY, { input: { postId } }));
      expect(error.extensions).toMatchObject({ code: 'NOT_ELIGIBLE', reason: 'TRAINING_NOT_PASSED' });
    }
    expect(await countOf(postId)).toBe(0);
  });

  it('refuses a second application for the same post with CONFLICT / ALREADY_APPLIED', async () => {
    const postId = await openPost();
    const applicant = await passedTrainee();
    await applyFor(applicant, postId);
    expect(onlyError(await applicant.query(APPLY, { input: { postId } })).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_APPLIED',
    });
    expect(await countOf(postId)).toBe(1);
  });

  it('refuses applications after the closing date, and to a post not advertised, with NOT_ELIGIBLE / POST_NOT_OPEN', async () => {
    const applicant = await passedTrainee();
    const closed = await openPost();
    await setStored('Post', closed, { closingDate: PAST() });
    expect(onlyError(await applicant.query(APPLY, { input: { postId: closed } })).extensions).toMatchObject({
      code: 'NOT_ELIGIBLE',
      reason: 'POST_NOT_OPEN',
    });
    const draft = await draftPost();
    expect(onlyError(await applicant.query(APPLY, { input: { postId: draft.id } })).extensions).toMatchObject({ reason: 'POST_NOT_OPEN' });
    expect(await countOf(closed)).toBe(0);
  });

  it('refuses an OTHER adjustment without detail with BAD_USER_INPUT naming its field', async () => {
    const error = onlyError(
      await (await passedTrainee()).query(APPLY, { input: { postId: await openPost(), reasonableAdjustments: [{ kind: 'OTHER' }] } }),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reasonableAdjustments.0.detail' });
  });

  it('refuses staff without SERVICE_USER with FORBIDDEN', async () => {
    expect(onlyError(await as('HR').query(APPLY, { input: { postId: await openPost() } })).extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('who sees an application', () => {
  it('shows the applicant and HR the disclosure and every adjustment', async () => {
    const applicant = await passedTrainee();
    const id = await applyFor(applicant, await openPost(), { disabilityDisclosure: 'Dyslexia', reasonableAdjustments: ADJUSTMENTS });
    for (const who of [applicant, as('HR')]) {
      const res = await who.query(FULL, { id });
      expect(res.errors).toBeUndefined();
      expect(res.data.jobApplication.disabilityDisclosure).toBe('Dyslexia');
      expect(res.data.jobApplication.reasonableAdjustments).toHaveLength(4);
      expect(res.data.jobApplication.interviewAdjustments.map((a: any) => a.kind)).toEqual([
        'HARD_COPY_PACK',
        'LATER_INTERVIEW_START',
        'OTHER',
      ]);
    }
  });

  it('shows a panel member the interview adjustments, never the disclosure or the other adjustments', async () => {
    const { applicationId, panelMember } = await interviewed({
      extra: { disabilityDisclosure: 'Anxiety', reasonableAdjustments: ADJUSTMENTS },
    });
    const res = await panelMember.query(FULL, { id: applicationId });
    expect(res.data.jobApplication.interviewAdjustments).toEqual([
      { kind: 'HARD_COPY_PACK', detail: null },
      { kind: 'LATER_INTERVIEW_START', detail: null },
      { kind: 'OTHER', detail: 'A quiet room to wait in' },
    ]);
    expect(res.data.jobApplication.disabilityDisclosure).toBeNull();
    expect(res.data.jobApplication.reasonableAdjustments).toBeNull();
    expect(res.errors!.map((e) => e.path!.join('.')).sort()).toEqual([
      'jobApplication.disabilityDisclosure',
      'jobApplication.reasonableAdjustments',
    ]);
  });

  it("never shows a panel member the same applicant's other applications", async () => {
    const applicant = await passedTrainee();
    const { panelMember } = await interviewed({ applicant });
    const other = await applyFor(applicant, await openPost());
    const res = await panelMember.query(FULL, { id: other });
    expect(res.data.jobApplication).toBeNull();
    expect(onlyError(res).extensions).toMatchObject({ code: 'FORBIDDEN' });
    const list = await panelMember.query(`query($id: ID!) { person(id: $id) { jobApplications { totalCount } } }`, { id: applicant.id });
    expect(onlyError(list).path).toEqual(['person', 'jobApplications']);
  });

  it('refuses the application to an unrelated clinician and to the Lead LXP', async () => {
    const id = await applyFor(await passedTrainee(), await openPost(), { disabilityDisclosure: 'Depression' });
    for (const who of [await newPerson(['CLINICIAN']), as('LEAD_LXP')]) {
      const res = await who.query(FULL, { id });
      expect(res.data.jobApplication).toBeNull();
      expect(onlyError(res).extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it("lists only the viewer's own application among a post's applications", async () => {
    const postId = await openPost();
    const mine = await passedTrainee();
    const mineId = await applyFor(mine, postId);
    await applyFor(await passedTrainee(), postId);
    const res = await mine.query(`query($id: ID!) { post(id: $id) { applications { totalCount edges { node { id } } } } }`, { id: postId });
    expect(res.data.post.applications).toEqual({ totalCount: 1, edges: [{ node: { id: mineId } }] });
    expect(await countOf(postId)).toBe(2);
  });

  it('audits a read of the disclosure in the applicant’s trail', async () => {
    const applicant = await passedTrainee();
    const id = await applyFor(applicant, await openPost(), { disabilityDisclosure: 'Bipolar disorder' });
    await as('HR').query(`query($id: ID!) { jobApplication(id: $id) { disabilityDisclosure } }`, { id });
    const trail = await applicant.query(`query($id: ID!) { auditTrail(subjectId: $id) { edges { node { actorId fields decision } } } }`, {
      id: applicant.id,
    });
    expect(trail.data.auditTrail.edges.map((e: any) => e.node)).toContainEqual({
      actorId: 'per_hr',
      fields: ['JobApplication.disabilityDisclosure'],
      decision: 'ALLOWED',
    });
  });
});

describe('withdrawJobApplication', () => {
  it('lets the applicant withdraw, once', async () => {
    const applicant = await passedTrainee();
    const id = await applyFor(applicant, await openPost());
    const res = await applicant.query(WITHDRAW, { input: { applicationId: id } });
    expect(res.data.withdrawJobApplication.application.status).toBe('WITHDRAWN');
    expect(onlyError(await applicant.query(WITHDRAW, { input: { applicationId: id } })).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'APPLICATION_CLOSED',
    });
  });

  it('refuses anyone else, HR included, with FORBIDDEN', async () => {
    const id = await applyFor(await passedTrainee(), await openPost());
    for (const who of [as('HR'), await passedTrainee()]) {
      expect(onlyError(await who.query(WITHDRAW, { input: { applicationId: id } })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
