import { afterAll, describe, expect, it } from 'vitest';
import {
  Attendance,
  CdpSignUp,
  derivedIds,
  Enrolment,
  MentoringMeeting,
  TrainingApplication,
  relationKey,
} from '../../functions/db/entities';
import { queryAll } from '../../functions/db/page';
import type { CdpSignUpRecord, EnrolmentRecord, TrainingApplicationRecord } from '../../functions/db/records';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../../functions/db/client';
import { as, apply, expectNoErrors, newCohort, newPerson, type Caller, type GqlResponse } from '../support/api';
import {
  FUTURE,
  OUTCOME,
  RESPOND,
  SCHEDULE,
  SHORTLIST,
  applyFor,
  dayWithPanel,
  employedLxp,
  interviewed,
  openPost,
  passedTrainee,
  readCohortEmployedCount,
  readStored,
} from '../support/programme';
import { reportCount } from '../support/security';
import { ASSIGN, ENROL, OFFER, SUBMIT, UPDATE, assess, enrolled, entry, newMentor, storedRecord } from '../support/training';

/**
 * Concurrency on DynamoDB Local, every contested resource: N writers at once through the handler, exactly
 * one wins, the rest are refused with CONFLICT (or the capacity code the service uses), and the aggregates
 * stored on the cohort, post or session equal a recount of the rows they count. Each test builds its own
 * records; nothing here counts table-wide.
 */

const N = 8;
let writers = 0;

/** Sends all at once and splits the answers into the ones that succeeded and the refusals' codes and reasons. */
async function race(requests: (() => Promise<GqlResponse>)[]) {
  writers += requests.length;
  const answers = await Promise.all(requests.map((r) => r()));
  for (const a of answers) {
    expect(a.status).toBeLessThan(500);
    expect(a.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('INTERNAL_SERVER_ERROR');
  }
  const won = answers.map((a, i) => ({ a, i })).filter(({ a }) => !a.errors?.length);
  const refused = answers.filter((a) => a.errors?.length).map((a) => a.errors![0]!.extensions ?? {});
  return { answers, won, refused };
}

const codes = (refused: { code?: unknown }[]) => [...new Set(refused.map((r) => r.code))].sort();

afterAll(() => reportCount('concurrentWriters', writers));

describe('training', () => {
  it('offers the last place on a cohort to exactly one of eight applicants decided at once, and the offered count matches', async () => {
    const cohort = await newCohort({ capacity: 1 });
    const applications = await Promise.all(Array.from({ length: N }, async () => apply(await newPerson(['SERVICE_USER']), cohort.id)));
    const lead = as('LEAD_LXP');

    const { won, refused } = await race(applications.map((app) => () => lead.query(OFFER, { id: app.id })));

    expect(won).toHaveLength(1);
    expect(refused).toHaveLength(N - 1);
    expect(codes(refused).every((c) => c === 'CAPACITY_REACHED' || c === 'CONFLICT')).toBe(true);
    const rows = await queryAll<TrainingApplicationRecord>(TrainingApplication.collections.ofCohort(cohort.id));
    const stored = await storedRecord('Cohort', cohort.id);
    expect(rows.filter((r) => r.status === 'OFFERED')).toHaveLength(1);
    expect(stored.offeredCount).toBe(1);
    expect(stored.applicationCount).toBe(rows.length);
  });

  it('enrols an offered applicant once when eight enrolments of the application arrive at once', async () => {
    const cohort = await newCohort({ capacity: 2 });
    const trainee = await newPerson(['SERVICE_USER']);
    const app = await apply(trainee, cohort.id);
    expectNoErrors(await as('LEAD_LXP').query(OFFER, { id: app.id }));

    const { won, refused } = await race(Array.from({ length: N }, () => () => trainee.query(ENROL, { id: app.id })));

    expect(won).toHaveLength(1);
    expect(codes(refused)).toEqual(['CONFLICT']);
    const enrolments = await queryAll<EnrolmentRecord>(Enrolment.collections.ofCohort(cohort.id));
    expect(enrolments).toHaveLength(1);
    expect((await storedRecord('Cohort', cohort.id)).enrolmentCount).toBe(1);
    expect((await storedRecord('TrainingApplication', app.id)).enrolmentId).toBe(enrolments[0]!.id);
  });

  it('takes one application per person per cohort when the same person applies eight times at once', async () => {
    const cohort = await newCohort({ capacity: 5 });
    const person = await newPerson(['SERVICE_USER']);
    const query = `mutation($input: ApplyToCohortInput!) { applyToCohort(input: $input) { application { id } } }`;

    const { won, refused } = await race(
      Array.from({ length: N }, () => () => person.query(query, { input: { cohortId: cohort.id, statement: 'Mine.' } })),
    );

    expect(won).toHaveLength(1);
    expect(codes(refused)).toEqual(['CONFLICT']);
    const rows = await queryAll<TrainingApplicationRecord>(TrainingApplication.collections.ofCohort(cohort.id));
    expect(rows).toHaveLength(1);
    expect((await storedRecord('Cohort', cohort.id)).applicationCount).toBe(1);
  });

  it('records one judgement when one assessor sends eight at once', async () => {
    const e = await enrolled();
    await entry(e, 'FINAL');
    expectNoErrors(await e.trainee.query(SUBMIT, { id: e.portfolioId }));

    const { won, refused } = await race(Array.from({ length: N }, () => () => assess(e.facilitators[0], e.portfolioId, 'PASS')));

    expect(won).toHaveLength(1);
    expect(codes(refused)).toEqual(['CONFLICT']);
    const assessment = await storedRecord('Assessment', derivedIds.assessmentOf(e.portfolioId, 1));
    expect(assessment.decisions.map((d: { assessorId: string }) => d.assessorId)).toEqual([e.facilitators[0].id]);
    expect(assessment.outcome).toBeUndefined();
  });

  it('keeps both assessors\u2019 judgements when the two assess at once, and completes the enrolment once', async () => {
    const e = await enrolled();
    await entry(e, 'FINAL');
    expectNoErrors(await e.trainee.query(SUBMIT, { id: e.portfolioId }));
    const [a, b] = e.facilitators;

    const { won, refused } = await race(Array.from({ length: N }, (_, i) => () => assess(i % 2 ? a : b, e.portfolioId, 'PASS')));
    expect(won.length).toBeGreaterThanOrEqual(1);
    expect(won.length).toBeLessThanOrEqual(2);
    expect(codes(refused)).toEqual(['CONFLICT']);
    // Whoever lost the race tries again, as a client told CONFLICT would.
    const winners = new Set(won.map(({ i }) => (i % 2 ? a.id : b.id)));
    for (const assessor of [a, b]) if (!winners.has(assessor.id)) expectNoErrors(await assess(assessor, e.portfolioId, 'PASS'));

    const enrolment = await storedRecord('Enrolment', e.enrolmentId);
    expect(enrolment.status).toBe('COMPLETED');
    const completed = (await queryAll<EnrolmentRecord>(Enrolment.collections.ofCohort(e.cohortId))).filter((r) => r.status === 'COMPLETED');
    expect((await storedRecord('Cohort', e.cohortId)).completedCount).toBe(completed.length);
    expect(completed).toHaveLength(1);
  });

  it('gives a trainee one mentor when eight mentors are assigned at once, counted once on the cohort', async () => {
    const e = await enrolled();
    const mentors = await Promise.all(Array.from({ length: N }, () => newMentor()));

    const { won, refused } = await race(
      mentors.map((m) => () => e.facilitators[0].query(ASSIGN, { input: { enrolmentId: e.enrolmentId, mentorId: m.id } })),
    );

    expect(won).toHaveLength(1);
    expect(codes(refused)).toEqual(['CONFLICT']);
    const winner = mentors[won[0]!.i]!;
    expect((await storedRecord('Enrolment', e.enrolmentId)).mentorId).toBe(winner.id);
    const relations = await Promise.all(
      mentors.map((m) => db().send(new GetCommand({ TableName: tableName(), Key: relationKey(m.id, 'MENTOR', e.trainee.id) }))),
    );
    expect(relations.map((r) => Boolean(r.Item))).toEqual(mentors.map((m) => m.id === winner.id));
    expect((await storedRecord('Cohort', e.cohortId)).mentorCounts).toMatchObject({ CLINICAL: 1 });
  });

  it('records one attendance when both facilitators record the same trainee at once', async () => {
    const e = await enrolled();
    const planned = await e.facilitators[0].query(
      `mutation($input: PlanTrainingSessionInput!) { planTrainingSession(input: $input) { session { id } } }`,
      { input: { cohortId: e.cohortId, week: 1, topic: 'WORK_READINESS', title: 'The LXP role', deliveredBy: 'FACILITATOR' } },
    );
    expectNoErrors(planned);
    const sessionId = planned.data.planTrainingSession.session.id;
    const record = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { attendance { id } } }`;

    const { won, refused } = await race(
      Array.from(
        { length: N },
        (_, i) => () => e.facilitators[i % 2]!.query(record, { input: { sessionId, enrolmentId: e.enrolmentId, attended: true } }),
      ),
    );

    // The first creates the record; one that read it afterwards may correct it (recording again is allowed).
    expect(won.length).toBeGreaterThanOrEqual(1);
    expect(codes(refused)).toEqual(refused.length ? ['CONFLICT'] : []);
    const rows = await queryAll<{ enrolmentId: string; version: number }>(Attendance.collections.ofSession(sessionId));
    expect(rows.map((r) => r.enrolmentId)).toEqual([e.enrolmentId]);
    expect(rows[0]!.version).toBe(won.length);
  });

  it('ends an enrolment once when eight end it at once, counted once under its reason', async () => {
    const e = await enrolled();
    const end = `mutation($input: EndEnrolmentInput!) { endEnrolment(input: $input) { enrolment { status } } }`;

    const { won, refused } = await race(
      Array.from(
        { length: N },
        (_, i) => () =>
          (i % 2 ? as('LEAD_LXP') : e.facilitators[0]).query(end, { input: { enrolmentId: e.enrolmentId, reason: 'HEALTH' } }),
      ),
    );

    expect(won).toHaveLength(1);
    expect(codes(refused)).toEqual(['CONFLICT']);
    const ended = (await queryAll<EnrolmentRecord>(Enrolment.collections.ofCohort(e.cohortId))).filter(
      (r) => r.nonCompletionReason === 'HEALTH',
    );
    expect(ended).toHaveLength(1);
    expect((await storedRecord('Cohort', e.cohortId)).nonCompletionCounts.HEALTH).toBe(ended.length);
  });

  it('counts every mentoring meeting of eight recorded at once, and only those recorded', async () => {
    const e = await enrolled();
    const mentor = await newMentor();
    expectNoErrors(await e.facilitators[0].query(ASSIGN, { input: { enrolmentId: e.enrolmentId, mentorId: mentor.id } }));
    const meet = `mutation($input: RecordMentoringMeetingInput!) { recordMentoringMeeting(input: $input) { meeting { id } } }`;

    const { won, refused } = await race(
      Array.from(
        { length: N },
        (_, i) => () =>
          (i % 2 ? mentor : e.trainee).query(meet, {
            input: { enrolmentId: e.enrolmentId, date: `2030-01-${10 + i}`, durationMinutes: 60 },
          }),
      ),
    );

    // None contests another; a writer told CONFLICT (a transaction conflict on the shared count) wrote nothing.
    expect(codes(refused)).toEqual(refused.length ? ['CONFLICT'] : []);
    const meetings = await queryAll(MentoringMeeting.collections.ofEnrolment(e.enrolmentId));
    expect(meetings).toHaveLength(won.length);
    expect((await storedRecord('Enrolment', e.enrolmentId)).mentoringMeetingCount).toBe(won.length);
  });

  it('keeps one of eight edits of an entry sent at once from the same version', async () => {
    const e = await enrolled();
    const entryId = await entry(e);

    const { won, refused } = await race(
      Array.from({ length: N }, (_, i) => () => e.trainee.query(UPDATE, { input: { entryId, title: `Title ${i}`, expectedVersion: 1 } })),
    );

    expect(won).toHaveLength(1);
    expect(codes(refused)).toEqual(['CONFLICT']);
    const stored = await storedRecord('PortfolioEntry', entryId);
    expect(stored.title).toBe(`Title ${won[0]!.i}`);
    expect(stored.version).toBe(2);
  });
});

describe('recruitment and employment', () => {
  it('fills the last post once when eight offered applicants accept at once, and counts one employment', async () => {
    const postId = await openPost();
    const hr = as('HR');
    const applicants = await Promise.all(Array.from({ length: N }, () => passedTrainee()));
    const applicationIds = await Promise.all(applicants.map((a) => applyFor(a, postId)));
    for (const applicationId of applicationIds)
      expectNoErrors(await hr.query(SHORTLIST, { input: { applicationId, decision: 'SHORTLIST' } }));
    const { panelId } = await dayWithPanel(postId);
    for (const [i, applicationId] of applicationIds.entries()) {
      expectNoErrors(await hr.query(SCHEDULE, { input: { applicationId, panelId, startTime: `1${i}:00` } }));
      expectNoErrors(await hr.query(OUTCOME, { input: { applicationId, outcome: 'OFFER', startDate: FUTURE(30) } }));
    }

    const { won, refused } = await race(
      applicants.map((a, i) => () => a.query(RESPOND, { input: { applicationId: applicationIds[i], accept: true } })),
    );

    expect(won).toHaveLength(1);
    expect(codes(refused)).toEqual(['CONFLICT']);
    const winner = won[0]!.i;
    const post = await readStored('Post', postId);
    expect(post).toMatchObject({ status: 'FILLED', employmentId: won[0]!.a.data.respondToOffer.employment.id });
    const statuses = await Promise.all(applicationIds.map(async (id) => (await readStored('JobApplication', id))?.status));
    expect(statuses).toEqual(applicationIds.map((_, i) => (i === winner ? 'ACCEPTED' : 'OFFERED')));
    const employedCounts = await Promise.all(applicants.map((a) => readCohortEmployedCount(a.cohortId)));
    expect(employedCounts).toEqual(applicants.map((_, i) => (i === winner ? 1 : 0)));
  });

  it('takes one interview decision when HR and the panel decide the same application at once', async () => {
    const state = await interviewed();
    const deciders: Caller[] = [as('HR'), state.panelMember];

    const { won, refused } = await race(
      Array.from(
        { length: N },
        (_, i) => () =>
          deciders[i % 2]!.query(OUTCOME, {
            input:
              i % 4 < 2
                ? { applicationId: state.applicationId, outcome: 'OFFER', startDate: FUTURE(30) }
                : { applicationId: state.applicationId, outcome: 'UNSUCCESSFUL' },
          }),
      ),
    );

    expect(won).toHaveLength(1);
    expect(codes(refused)).toEqual(['CONFLICT']);
    const stored = await readStored('JobApplication', state.applicationId);
    expect(stored?.status).toBe(won[0]!.a.data.recordInterviewOutcome.application.status);
    expect(stored?.outcomeBy).toBe(deciders[won[0]!.i % 2]!.id);
  });

  it('gives the last CDP place to exactly one of eight LXPs signing up at once, and the count matches the sign-ups', async () => {
    const lxps = await Promise.all(Array.from({ length: N }, () => employedLxp()));
    const created = await as('LEAD_LXP').query(
      `mutation($input: CreateCdpSessionInput!) { createCdpSession(input: $input) { session { id } } }`,
      { input: { topic: 'Boundaries', date: FUTURE(7), capacity: 1 } },
    );
    expectNoErrors(created);
    const sessionId = created.data.createCdpSession.session.id;
    const query = `mutation($input: SignUpForCdpSessionInput!) { signUpForCdpSession(input: $input) { signUp { id } } }`;

    const { won, refused } = await race(
      lxps.map(
        ({ lxp }) =>
          () =>
            lxp.query(query, { input: { sessionId } }),
      ),
    );

    expect(won).toHaveLength(1);
    expect(codes(refused).every((c) => c === 'CAPACITY_REACHED' || c === 'CONFLICT')).toBe(true);
    const signUps = await queryAll<CdpSignUpRecord>(CdpSignUp.collections.ofSession(sessionId));
    expect(signUps.filter((s) => s.status === 'SIGNED_UP').map((s) => s.subjectId)).toEqual([lxps[won[0]!.i]!.lxp.id]);
    expect((await storedRecord('CdpSession', sessionId)).signedUpCount).toBe(1);

    const winner = lxps[won[0]!.i]!.lxp;
    const attend = `mutation($input: RecordCdpAttendanceInput!) { recordCdpAttendance(input: $input) { session { attendedCount } } }`;
    const lead = as('LEAD_LXP');
    await race(Array.from({ length: N }, () => () => lead.query(attend, { input: { sessionId, attendeeIds: [winner.id] } })));
    const attended = (await queryAll<CdpSignUpRecord>(CdpSignUp.collections.ofSession(sessionId))).filter((s) => s.attended);
    expect(attended).toHaveLength(1);
    expect((await storedRecord('CdpSession', sessionId)).attendedCount).toBe(1);
  });

  it('keeps one of eight decisions on a recommendation sent at once from the same version', async () => {
    const lead = as('LEAD_LXP');
    const proposed = await lead.query(
      `mutation($input: ProposeRecommendationInput!) { proposeRecommendation(input: $input) { recommendation { id } } }`,
      { input: { workstreamId: 'wst_role_design', text: `Race ${Math.random()}` } },
    );
    expectNoErrors(proposed);
    const id = proposed.data.proposeRecommendation.recommendation.id;
    const decide = `mutation($input: DecideRecommendationInput!) { decideRecommendation(input: $input) { recommendation { status } } }`;
    const today = new Date().toISOString().slice(0, 10);

    const { won, refused } = await race(
      Array.from(
        { length: N },
        (_, i) => () =>
          lead.query(decide, {
            input: { recommendationId: id, decision: i % 2 ? 'ADOPT' : 'REJECT', decidedOn: today, expectedVersion: 1 },
          }),
      ),
    );

    expect(won).toHaveLength(1);
    expect(codes(refused)).toEqual(['CONFLICT']);
    const stored = await storedRecord('Recommendation', id);
    expect(stored.version).toBe(2);
    expect(stored.status).toBe(won[0]!.a.data.decideRecommendation.recommendation.status);
  });
});
