import { describe, expect, it } from 'vitest';
import { as, newPerson, onlyError } from '../support/api';
import { FUTURE, PAST, TODAY, employedLxp, passedTrainee } from '../support/programme';

const CREATE = `mutation($input: CreateCdpSessionInput!) { createCdpSession(input: $input) { session { id topic date capacity signedUpCount leader { id } } } }`;
const SIGN_UP = `mutation($input: SignUpForCdpSessionInput!) { signUpForCdpSession(input: $input) { signUp { id status attended lxp { id } } } }`;
const CANCEL = `mutation($input: CancelCdpSignUpInput!) { cancelCdpSignUp(input: $input) { signUp { id status } } }`;
const ATTEND = `mutation($input: RecordCdpAttendanceInput!) { recordCdpAttendance(input: $input) { session { id attendedCount } } }`;
const SESSION = `query($id: ID!) { cdpSession(id: $id) { signedUpCount attendedCount signUps(first: 100) { totalCount edges { node { lxp { id } status attended } } } } }`;
const GOALS = `mutation($input: UpdateDevelopmentGoalsInput!) { updateDevelopmentGoals(input: $input) { plan { id version goals { text status targetDate } } } }`;
const REVIEW = `mutation($input: AddDevelopmentPlanReviewInput!) { addDevelopmentPlanReview(input: $input) { plan { id reviews { reviewedOn notes reviewer { id } } } } }`;
const PLAN = `query($id: ID!) { developmentPlan(lxpId: $id) { id lxp { id } goals { text status } reviews { notes } } }`;

async function session(capacity = 10) {
  const res = await as('LEAD_LXP').query(CREATE, { input: { topic: 'Sharing your story safely', date: FUTURE(14), capacity } });
  return res.data.createCdpSession.session.id as string;
}

describe('the Continuing Development Programme', () => {
  it('lets the Lead LXP plan a session they lead, and nobody else', async () => {
    const res = await as('LEAD_LXP').query(CREATE, { input: { topic: 'Peer supervision', date: FUTURE(7), capacity: 8 } });
    expect(res.data.createCdpSession.session).toMatchObject({
      topic: 'Peer supervision',
      capacity: 8,
      signedUpCount: 0,
      leader: { id: 'per_lead_lxp' },
    });
    for (const who of [as('HR'), as('CLINICIAN'), as('SERVICE_USER')]) {
      expect(onlyError(await who.query(CREATE, { input: { topic: 'x', date: FUTURE(7), capacity: 8 } })).extensions).toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });

  it('lets an employed LXP sign up and cancel, freeing the place', async () => {
    const id = await session();
    const { lxp } = await employedLxp();
    const res = await lxp.query(SIGN_UP, { input: { sessionId: id } });
    expect(res.data.signUpForCdpSession.signUp).toMatchObject({ status: 'SIGNED_UP', attended: false, lxp: { id: lxp.id } });
    expect(onlyError(await lxp.query(SIGN_UP, { input: { sessionId: id } })).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_SIGNED_UP',
    });
    expect((await lxp.query(CANCEL, { input: { sessionId: id } })).data.cancelCdpSignUp.signUp.status).toBe('CANCELLED');
    expect((await as('LEAD_LXP').query(SESSION, { id })).data.cdpSession.signedUpCount).toBe(0);
    expect(onlyError(await lxp.query(CANCEL, { input: { sessionId: id } })).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'NOT_SIGNED_UP',
    });
    expect((await lxp.query(SIGN_UP, { input: { sessionId: id } })).data.signUpForCdpSession.signUp.status).toBe('SIGNED_UP');
  });

  it('refuses a service user who is not in post with NOT_ELIGIBLE / NOT_EMPLOYED', async () => {
    const id = await session();
    expect(onlyError(await (await passedTrainee()).query(SIGN_UP, { input: { sessionId: id } })).extensions).toMatchObject({
      code: 'NOT_ELIGIBLE',
      reason: 'NOT_EMPLOYED',
    });
  });

  it('never fills a session beyond capacity, even when LXPs sign up at the same moment', async () => {
    const id = await session(2);
    const lxps = await Promise.all([1, 2, 3, 4].map(() => employedLxp().then((e) => e.lxp)));
    const results = await Promise.all(lxps.map((lxp) => lxp.query(SIGN_UP, { input: { sessionId: id } })));
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(2);
    expect(codes.filter((c) => c !== 'OK').every((c) => c === 'CAPACITY_REACHED' || c === 'CONFLICT')).toBe(true);
    const seen = await as('LEAD_LXP').query(SESSION, { id });
    expect(seen.data.cdpSession.signedUpCount).toBe(2);
    expect(seen.data.cdpSession.signUps.edges.filter((e: any) => e.node.status === 'SIGNED_UP')).toHaveLength(2);
  });

  it('refuses a sign-up to a full session with CAPACITY_REACHED', async () => {
    const id = await session(1);
    await (await employedLxp()).lxp.query(SIGN_UP, { input: { sessionId: id } });
    expect(onlyError(await (await employedLxp()).lxp.query(SIGN_UP, { input: { sessionId: id } })).extensions).toMatchObject({
      code: 'CAPACITY_REACHED',
    });
  });

  it('records attendance of signed-up LXPs, as the Lead LXP; someone not signed up is BAD_USER_INPUT', async () => {
    const id = await session();
    const { lxp } = await employedLxp();
    await lxp.query(SIGN_UP, { input: { sessionId: id } });
    const stranger = await newPerson(['SERVICE_USER']);
    const refused = onlyError(await as('LEAD_LXP').query(ATTEND, { input: { sessionId: id, attendeeIds: [lxp.id, stranger.id] } }));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.attendeeIds' });
    const res = await as('LEAD_LXP').query(ATTEND, { input: { sessionId: id, attendeeIds: [lxp.id] } });
    expect(res.data.recordCdpAttendance.session.attendedCount).toBe(1);
    const mine = await lxp.query(SESSION, { id });
    expect(mine.data.cdpSession.signUps.edges).toEqual([{ node: { lxp: { id: lxp.id }, status: 'SIGNED_UP', attended: true } }]);
    expect(onlyError(await lxp.query(ATTEND, { input: { sessionId: id, attendeeIds: [lxp.id] } })).extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it("shows an LXP only their own sign-up, a supervisor their LXPs', and the Lead LXP all of them", async () => {
    const id = await session();
    const a = await employedLxp();
    const b = await employedLxp();
    for (const e of [a, b]) await e.lxp.query(SIGN_UP, { input: { sessionId: id } });
    const count = async (who: any) => (await who.query(SESSION, { id })).data.cdpSession.signUps.totalCount;
    expect(await count(a.lxp)).toBe(1);
    expect(await count(a.supervisor)).toBe(1);
    expect(await count(as('LEAD_LXP'))).toBe(2);
    expect(await count(as('HR'))).toBe(0);
  });
});

describe('development plans', () => {
  it('lets the LXP write their own goals, and read them back', async () => {
    const { lxp } = await employedLxp();
    const res = await lxp.query(GOALS, {
      input: { lxpId: lxp.id, goals: [{ text: 'Co-facilitate a recovery group', targetDate: FUTURE(90) }] },
    });
    expect(res.data.updateDevelopmentGoals.plan).toMatchObject({
      version: 1,
      goals: [{ text: 'Co-facilitate a recovery group', status: 'OPEN' }],
    });
    const again = await lxp.query(GOALS, {
      input: { lxpId: lxp.id, goals: [{ text: 'Done it', status: 'ACHIEVED' }], expectedVersion: 1 },
    });
    expect(again.data.updateDevelopmentGoals.plan.version).toBe(2);
    expect(onlyError(await lxp.query(GOALS, { input: { lxpId: lxp.id, goals: [], expectedVersion: 1 } })).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'VERSION_MISMATCH',
    });
  });

  it("refuses anyone editing another LXP's goals with FORBIDDEN, their supervisor and the Lead LXP included", async () => {
    const { lxp, supervisor } = await employedLxp();
    for (const who of [supervisor, as('LEAD_LXP'), (await employedLxp()).lxp]) {
      expect(onlyError(await who.query(GOALS, { input: { lxpId: lxp.id, goals: [{ text: 'Not mine' }] } })).extensions).toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });

  it('shows the plan to the LXP, their supervisor and the Lead LXP; not to HR or an unrelated clinician', async () => {
    const { lxp, supervisor } = await employedLxp();
    await lxp.query(GOALS, { input: { lxpId: lxp.id, goals: [{ text: 'Safeguarding level 2' }] } });
    await supervisor.query(REVIEW, { input: { lxpId: lxp.id, reviewedOn: TODAY(), notes: 'On track' } });
    for (const who of [lxp, supervisor, as('LEAD_LXP')]) {
      const res = await who.query(PLAN, { id: lxp.id });
      expect(res.errors).toBeUndefined();
      expect(res.data.developmentPlan).toMatchObject({
        lxp: { id: lxp.id },
        goals: [{ text: 'Safeguarding level 2' }],
        reviews: [{ notes: 'On track' }],
      });
    }
    for (const who of [as('HR'), await newPerson(['CLINICIAN'])]) {
      const res = await who.query(PLAN, { id: lxp.id });
      expect(res.data.developmentPlan).toBeNull();
      expect(onlyError(res).extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('lets the Lead LXP review plans, but never their own: FORBIDDEN / OWN_PLAN', async () => {
    const { lxp } = await employedLxp();
    const res = await as('LEAD_LXP').query(REVIEW, { input: { lxpId: lxp.id, reviewedOn: PAST(1), notes: 'Agreed next steps' } });
    expect(res.data.addDevelopmentPlanReview.plan.reviews).toEqual([
      { reviewedOn: PAST(1), notes: 'Agreed next steps', reviewer: { id: 'per_lead_lxp' } },
    ]);
    // The Lead LXP holds a post too (Table 3), and is an LXP with a plan of their own.
    const own = onlyError(
      await as('LEAD_LXP').query(REVIEW, { input: { lxpId: 'per_lead_lxp', reviewedOn: TODAY(), notes: 'Self-review' } }),
    );
    expect(own.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_PLAN' });
  });

  it('refuses goals for someone not in post with NOT_ELIGIBLE / NOT_EMPLOYED', async () => {
    const trainee = await passedTrainee();
    expect(onlyError(await trainee.query(GOALS, { input: { lxpId: trainee.id, goals: [{ text: 'x' }] } })).extensions).toMatchObject({
      code: 'NOT_ELIGIBLE',
      reason: 'NOT_EMPLOYED',
    });
  });
});
