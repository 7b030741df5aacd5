import { describe, expect, it } from 'vitest';
import { as, newPerson, onlyError } from '../support/api';
import {
  ADD_PANEL,
  CREATE_DAY,
  OUTCOME,
  SCHEDULE,
  SHORTLIST,
  FUTURE,
  TODAY,
  applyFor,
  dayWithPanel,
  interviewed,
  openPost,
  passedTrainee,
} from '../support/programme';

const NOTIFY = `mutation($input: RecordOutcomeNotificationInput!) { recordOutcomeNotification(input: $input) {
  application { notifications { channel sentOn recordedBy { id } } } } }`;
const OUTCOME_STATUS = `mutation($input: RecordInterviewOutcomeInput!) { recordInterviewOutcome(input: $input) { application { id status } } }`;
const SEE = `query($id: ID!) { jobApplication(id: $id) { id status interviewAdjustments { kind } panel { id } } }`;

async function shortlistedApplication(extra: Record<string, unknown> = {}) {
  const applicant = await passedTrainee();
  const postId = await openPost();
  const applicationId = await applyFor(applicant, postId, extra);
  await as('HR').query(SHORTLIST, { input: { applicationId, decision: 'SHORTLIST' } });
  return { applicant, postId, applicationId };
}

describe('shortlisting', () => {
  it('lets HR shortlist a submitted application, once: CONFLICT / ALREADY_SHORTLISTED the second time', async () => {
    const applicationId = await applyFor(await passedTrainee(), await openPost());
    const res = await as('HR').query(SHORTLIST, { input: { applicationId, decision: 'SHORTLIST' } });
    expect(res.data.shortlistJobApplication.application.status).toBe('SHORTLISTED');
    const again = onlyError(await as('HR').query(SHORTLIST, { input: { applicationId, decision: 'REJECT' } }));
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_SHORTLISTED' });
  });

  it('refuses shortlisting to anyone but HR with FORBIDDEN', async () => {
    const applicationId = await applyFor(await passedTrainee(), await openPost());
    for (const who of [as('LEAD_LXP'), as('CLINICIAN')]) {
      expect(onlyError(await who.query(SHORTLIST, { input: { applicationId, decision: 'SHORTLIST' } })).extensions).toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });

  it('refuses a member of HR who is also a passed trainee shortlisting their own application: FORBIDDEN / OWN_APPLICATION', async () => {
    const both = await passedTrainee(['SERVICE_USER', 'HR']);
    const applicationId = await applyFor(both, await openPost());
    const error = onlyError(await both.query(SHORTLIST, { input: { applicationId, decision: 'SHORTLIST' } }));
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_APPLICATION' });
    const stored = await as('HR').query(SEE, { id: applicationId });
    expect(stored.data.jobApplication.status).toBe('SUBMITTED');
  });
});

describe('the recruitment day', () => {
  it('refuses a panel member who is not staff with BAD_USER_INPUT naming input.memberIds', async () => {
    const day = await as('HR').query(CREATE_DAY, { input: { date: FUTURE(), location: 'Room 2', postIds: [await openPost()] } });
    const dayId = day.data.createRecruitmentDay.recruitmentDay.id;
    const error = onlyError(
      await as('HR').query(ADD_PANEL, { input: { recruitmentDayId: dayId, name: 'P', memberIds: [(await passedTrainee()).id] } }),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.memberIds' });
  });

  it('gives the panel the PANEL relation with the slot: a member sees the application only once it is scheduled', async () => {
    const { applicationId, postId } = await shortlistedApplication();
    const { panelId, members } = await dayWithPanel(postId);
    const member = members[0]!;
    expect((await member.query(SEE, { id: applicationId })).data.jobApplication).toBeNull();
    const res = await as('HR').query(SCHEDULE, { input: { applicationId, panelId, startTime: '09:30' } });
    expect(res.data.scheduleInterview.interview.startTime).toBe('09:30');
    const seen = await member.query(SEE, { id: applicationId });
    expect(seen.errors).toBeUndefined();
    expect(seen.data.jobApplication).toMatchObject({ id: applicationId, status: 'SHORTLISTED', panel: [{ id: member.id }] });
  });

  it('never gives an applicant who asked for a later start an early slot: NOT_ELIGIBLE / NEEDS_LATER_START', async () => {
    const { applicationId, postId } = await shortlistedApplication({ reasonableAdjustments: [{ kind: 'LATER_INTERVIEW_START' }] });
    const { panelId } = await dayWithPanel(postId);
    const early = onlyError(await as('HR').query(SCHEDULE, { input: { applicationId, panelId, startTime: '09:00' } }));
    expect(early.extensions).toMatchObject({ code: 'NOT_ELIGIBLE', reason: 'NEEDS_LATER_START' });
    const later = await as('HR').query(SCHEDULE, { input: { applicationId, panelId, startTime: '10:30' } });
    expect(later.errors).toBeUndefined();
  });

  it('refuses a slot the panel already holds with CONFLICT / SLOT_TAKEN', async () => {
    const first = await shortlistedApplication();
    const { panelId } = await dayWithPanel(first.postId);
    await as('HR').query(SCHEDULE, { input: { applicationId: first.applicationId, panelId, startTime: '11:00' } });
    const second = await applyFor(await passedTrainee(), first.postId);
    await as('HR').query(SHORTLIST, { input: { applicationId: second, decision: 'SHORTLIST' } });
    const error = onlyError(await as('HR').query(SCHEDULE, { input: { applicationId: second, panelId, startTime: '11:00' } }));
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SLOT_TAKEN' });
  });

  it('refuses an application that was not shortlisted with NOT_ELIGIBLE / NOT_SHORTLISTED', async () => {
    const postId = await openPost();
    const applicationId = await applyFor(await passedTrainee(), postId);
    const { panelId } = await dayWithPanel(postId);
    expect(onlyError(await as('HR').query(SCHEDULE, { input: { applicationId, panelId, startTime: '11:00' } })).extensions).toMatchObject({
      code: 'NOT_ELIGIBLE',
      reason: 'NOT_SHORTLISTED',
    });
  });

  it('refuses a panel on which the applicant sits: FORBIDDEN / PANEL_MEMBER_IS_APPLICANT', async () => {
    const both = await passedTrainee(['SERVICE_USER', 'CLINICIAN']);
    const { postId, applicationId } = await shortlistedApplication();
    const { panelId } = await dayWithPanel(postId, [both]);
    // The panel holds the clinician; the application is someone else's, so this one is allowed …
    expect((await as('HR').query(SCHEDULE, { input: { applicationId, panelId, startTime: '12:00' } })).errors).toBeUndefined();
    // … but the clinician's own application may not go before a panel they sit on.
    const own = await applyFor(both, postId);
    await as('HR').query(SHORTLIST, { input: { applicationId: own, decision: 'SHORTLIST' } });
    const error = onlyError(await as('HR').query(SCHEDULE, { input: { applicationId: own, panelId, startTime: '13:00' } }));
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PANEL_MEMBER_IS_APPLICANT' });
  });
});

describe('the outcome and its notification', () => {
  it('lets a member of the panel record an offer with its terms', async () => {
    const { applicationId, panelMember } = await interviewed();
    const supervisor = await newPerson(['CLINICIAN']);
    const res = await panelMember.query(OUTCOME_STATUS, {
      input: { applicationId, outcome: 'OFFER', startDate: FUTURE(40), ftePercent: 60, supervisorId: supervisor.id },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.recordInterviewOutcome.application).toMatchObject({ status: 'OFFERED' });
    const offer = await as('HR').query(`query($id: ID!) { jobApplication(id: $id) { offer { startDate ftePercent supervisor { id } } } }`, {
      id: applicationId,
    });
    expect(offer.data.jobApplication.offer).toEqual({ startDate: FUTURE(40), ftePercent: 60, supervisor: { id: supervisor.id } });
  });

  it('refuses a clinician who is not on the panel with FORBIDDEN, and an offer without a start date with BAD_USER_INPUT', async () => {
    const { applicationId } = await interviewed();
    const stranger = await newPerson(['CLINICIAN']);
    expect(onlyError(await stranger.query(OUTCOME, { input: { applicationId, outcome: 'UNSUCCESSFUL' } })).extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(onlyError(await as('HR').query(OUTCOME, { input: { applicationId, outcome: 'OFFER' } })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.startDate',
    });
  });

  it('refuses an outcome before the interview with NOT_ELIGIBLE / NOT_INTERVIEWED', async () => {
    const { applicationId } = await shortlistedApplication();
    expect(onlyError(await as('HR').query(OUTCOME, { input: { applicationId, outcome: 'UNSUCCESSFUL' } })).extensions).toMatchObject({
      code: 'NOT_ELIGIBLE',
      reason: 'NOT_INTERVIEWED',
    });
  });

  it('records the outcome told by phone and by letter, each with its date, visible to the applicant', async () => {
    const { applicationId, applicant } = await interviewed();
    await as('HR').query(OUTCOME, { input: { applicationId, outcome: 'UNSUCCESSFUL' } });
    await as('HR').query(NOTIFY, { input: { applicationId, channel: 'PHONE', sentOn: TODAY() } });
    const res = await as('HR').query(NOTIFY, { input: { applicationId, channel: 'LETTER', sentOn: TODAY() } });
    expect(res.errors).toBeUndefined();
    const mine = await applicant.query(`query($id: ID!) { jobApplication(id: $id) { status notifications { channel sentOn } } }`, {
      id: applicationId,
    });
    expect(mine.data.jobApplication).toEqual({
      status: 'UNSUCCESSFUL',
      notifications: [
        { channel: 'PHONE', sentOn: TODAY() },
        { channel: 'LETTER', sentOn: TODAY() },
      ],
    });
  });

  it('refuses a notification before there is an outcome with NOT_ELIGIBLE / NOT_DECIDED, and a future date with BAD_USER_INPUT', async () => {
    const { applicationId } = await interviewed();
    expect(
      onlyError(await as('HR').query(NOTIFY, { input: { applicationId, channel: 'PHONE', sentOn: TODAY() } })).extensions,
    ).toMatchObject({
      code: 'NOT_ELIGIBLE',
      reason: 'NOT_DECIDED',
    });
    await as('HR').query(OUTCOME, { input: { applicationId, outcome: 'UNSUCCESSFUL' } });
    expect(
      onlyError(await as('HR').query(NOTIFY, { input: { applicationId, channel: 'LETTER', sentOn: FUTURE() } })).extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.sentOn',
    });
  });
});
