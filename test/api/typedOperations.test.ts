import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import * as typed from '../../examples/typed/graphql';
import { apply, as, newCohort, newPerson, send, tokenFor, type Caller, type GqlResponse } from '../support/api';
import { applyFor, dayWithPanel, employedLxp, FUTURE, openPost, passedTrainee, SHORTLIST, TODAY } from '../support/programme';
import { enrolled, entry, SUBMIT, withMentor } from '../support/training';

/**
 * Every front-end operation in examples/operations/<role>/ runs here as a person of that role, through the
 * handler, sent by its document id as the typed client sends it. An operation its role cannot run (an error,
 * a refused field) fails its test; an operation with no test fails the last one.
 */

type Document<R, V> = TypedDocumentNode<R, V> & { __meta__?: { hash: string } };

async function run<R, V>(who: Caller, document: Document<R, V>, variables?: V): Promise<GqlResponse<R>> {
  const token = await tokenFor(who.id, who.roles);
  return send({
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ documentId: document.__meta__!.hash, variables }),
  });
}

function ok<R>(res: GqlResponse<R>): R {
  expect(res.errors ?? [], JSON.stringify(res.errors)).toEqual([]);
  expect(res.status).toBe(200);
  return res.data!;
}

const covered = new Set<string>();
const operation = (role: string, name: string, fn: () => Promise<void>) => {
  covered.add(`${role}/${name}`);
  it(`${role}: ${name} runs as its role`, fn);
};

describe('the typed front-end operations, each as its role', () => {
  operation('trainee', 'MyApplications', async () => {
    const data = ok(await run(as('SERVICE_USER'), typed.MyApplicationsDocument));
    expect(data.me?.trainingApplications?.edges.length).toBeGreaterThan(0);
  });

  operation('trainee', 'OpenCohorts', async () => {
    const data = ok(await run(as('SERVICE_USER'), typed.OpenCohortsDocument));
    expect(data.cohorts.edges.map((e) => e.node?.number)).toEqual(expect.arrayContaining([1, 2]));
  });

  operation('trainee', 'ApplyToCohort', async () => {
    const cohort = await newCohort();
    const trainee = await newPerson(['SERVICE_USER']);
    const data = ok(await run(trainee, typed.ApplyToCohortDocument, { input: { cohortId: cohort.id, statement: 'My recovery' } }));
    expect(data.applyToCohort?.application?.status).toBe('SUBMITTED');
  });

  operation('mentor', 'MyMentee', async () => {
    const data = ok(await run(as('per_mentor_02'), typed.MyMenteeDocument, { personId: 'per_trainee_02' }));
    expect(data.person?.enrolments?.edges[0]?.node?.cohort?.number).toBe(1);
  });

  operation('facilitator', 'CohortApplications', async () => {
    const data = ok(await run(as('CLINICIAN'), typed.CohortApplicationsDocument, { cohortId: 'coh_1' }));
    expect(data.cohort?.applications?.totalCount).toBe(18);
    expect(data.cohort?.applications?.edges[0]?.node?.statement).toEqual(expect.any(String));
  });

  operation('facilitator', 'DecideTrainingApplication', async () => {
    const facilitator = as('CLINICIAN');
    const cohort = await newCohort({ facilitatorIds: [facilitator.id] });
    const application = await apply(await newPerson(['SERVICE_USER']), cohort.id);
    const data = ok(
      await run(facilitator, typed.DecideTrainingApplicationDocument, {
        input: { applicationId: application.id, decision: 'OFFER', expectedVersion: application.version },
      }),
    );
    expect(data.decideTrainingApplication?.application?.status).toBe('OFFERED');
  });

  operation('hr', 'People', async () => {
    const data = ok(await run(as('HR'), typed.PeopleDocument, { role: 'LEAD_LXP' }));
    expect(data.people?.edges.map((e) => e.node?.id)).toContain('per_lead_lxp');
    expect(data.people?.edges.every((e) => e.node?.roles?.includes('LEAD_LXP'))).toBe(true);
  });

  operation('hr', 'AuditTrail', async () => {
    const data = ok(await run(as('HR'), typed.AuditTrailDocument, { subjectId: 'per_trainee_02' }));
    expect(data.auditTrail?.totalCount).toEqual(expect.any(Number));
  });

  operation('lead-lxp', 'Cohorts', async () => {
    const data = ok(await run(as('LEAD_LXP'), typed.CohortsDocument));
    const paper = data.cohorts.edges.filter((e) => e.node && e.node.number <= 2).map((e) => e.node!.applications?.totalCount);
    expect(paper).toEqual([18, 20]);
  });

  operation('lead-lxp', 'CreateCohort', async () => {
    const number = 900_000 + Math.floor(Math.random() * 99_999);
    const data = ok(await run(as('LEAD_LXP'), typed.CreateCohortDocument, { input: { number, startDate: '2031-01-06', capacity: 12 } }));
    expect(data.createCohort?.cohort).toMatchObject({ number, status: 'OPEN' });
  });

  operation('lead-lxp', 'ViewerPermissions', async () => {
    const data = ok(await run(as('LEAD_LXP'), typed.ViewerPermissionsDocument));
    expect(data.viewerPermissions.roles).toContain('LEAD_LXP');
  });

  operation('trainee', 'MyTraining', async () => {
    const e = await enrolled();
    await entry(e, 'DRAFT', { title: 'My first week' });
    const data = ok(await run(e.trainee, typed.MyTrainingDocument));
    const enrolment = data.me?.enrolments?.edges[0]?.node;
    expect(enrolment?.id).toBe(e.enrolmentId);
    expect(enrolment?.portfolio?.entries?.edges.map((x) => x.node?.title)).toEqual(['My first week']);
  });

  operation('trainee', 'WritePortfolioEntry', async () => {
    const e = await enrolled();
    const input = { portfolioId: e.portfolioId, title: 'Hope', body: 'What hope meant in my recovery.', sharedWithMentor: false };
    const data = ok(await run(e.trainee, typed.WritePortfolioEntryDocument, { input }));
    expect(data.writePortfolioEntry?.entry).toMatchObject({ title: 'Hope', status: 'DRAFT', sharedWithMentor: false });
  });

  operation('trainee', 'ShareEntryWithMentor', async () => {
    const e = await enrolled();
    const entryId = await entry(e);
    const data = ok(await run(e.trainee, typed.ShareEntryWithMentorDocument, { entryId, shared: true, expectedVersion: 1 }));
    expect(data.updatePortfolioEntry?.entry).toMatchObject({ id: entryId, sharedWithMentor: true, version: 2 });
  });

  operation('trainee', 'RecordMentoringMeeting', async () => {
    const e = await enrolled();
    await withMentor(e);
    const input = { enrolmentId: e.enrolmentId, date: '2030-01-14', durationMinutes: 45 };
    const data = ok(await run(e.trainee, typed.RecordMentoringMeetingDocument, { input }));
    expect(data.recordMentoringMeeting?.meeting).toMatchObject({ date: '2030-01-14', durationMinutes: 45 });
  });

  operation('trainee', 'OpenPosts', async () => {
    const data = ok(await run(await passedTrainee(), typed.OpenPostsDocument));
    expect(data.posts?.edges.length).toBeGreaterThan(0);
    expect(data.posts?.edges.every((x) => x.node?.role && x.node.ftePercent > 0)).toBe(true);
  });

  operation('trainee', 'ApplyForPost', async () => {
    const postId = await openPost();
    const data = ok(await run(await passedTrainee(), typed.ApplyForPostDocument, { input: { postId } }));
    expect(data.applyForPost?.application).toMatchObject({ status: 'SUBMITTED', post: { id: postId } });
  });

  operation('mentor', 'MenteeMeetings', async () => {
    const e = await enrolled();
    const mentor = await withMentor(e);
    await entry(e, 'DRAFT', { shared: true, title: 'Shared with my mentor' });
    await entry(e, 'DRAFT', { title: 'Kept to myself' });
    ok(
      await run(mentor, typed.RecordMenteeMeetingDocument, {
        input: { enrolmentId: e.enrolmentId, date: '2030-01-14', durationMinutes: 60 },
      }),
    );
    const data = ok(await run(mentor, typed.MenteeMeetingsDocument, { enrolmentId: e.enrolmentId }));
    expect(data.enrolment?.mentoringMeetingCount).toBe(1);
    expect(data.enrolment?.portfolio?.entries?.edges.map((x) => x.node?.title)).toEqual(['Shared with my mentor']);
  });

  operation('mentor', 'RecordMenteeMeeting', async () => {
    const e = await enrolled();
    const mentor = await withMentor(e);
    const input = { enrolmentId: e.enrolmentId, date: '2030-01-21', durationMinutes: 30, notes: 'Planning the portfolio.' };
    const data = ok(await run(mentor, typed.RecordMenteeMeetingDocument, { input }));
    expect(data.recordMentoringMeeting?.meeting).toMatchObject({ date: '2030-01-21', notes: 'Planning the portfolio.' });
  });

  const session = { week: 1, topic: 'RECOVERY', title: 'Recovery: hope, agency and opportunity', deliveredBy: 'SERVICE_USER' } as const;

  operation('facilitator', 'PlanTrainingSession', async () => {
    const e = await enrolled();
    const data = ok(await run(e.facilitators[0], typed.PlanTrainingSessionDocument, { input: { cohortId: e.cohortId, ...session } }));
    expect(data.planTrainingSession?.session).toMatchObject({ week: 1, topic: 'RECOVERY', deliveredBy: 'SERVICE_USER' });
  });

  operation('facilitator', 'RecordAttendance', async () => {
    const e = await enrolled();
    const planned = ok(await run(e.facilitators[0], typed.PlanTrainingSessionDocument, { input: { cohortId: e.cohortId, ...session } }));
    const sessionId = planned.planTrainingSession!.session!.id;
    const data = ok(
      await run(e.facilitators[1], typed.RecordAttendanceDocument, { input: { sessionId, enrolmentId: e.enrolmentId, attended: true } }),
    );
    expect(data.recordAttendance?.attendance).toMatchObject({ attended: true, trainee: { displayName: expect.any(String) } });
  });

  operation('facilitator', 'CohortSessions', async () => {
    const e = await enrolled();
    await withMentor(e);
    ok(await run(e.facilitators[0], typed.PlanTrainingSessionDocument, { input: { cohortId: e.cohortId, ...session } }));
    const data = ok(await run(e.facilitators[0], typed.CohortSessionsDocument, { cohortId: e.cohortId }));
    expect(data.cohort?.sessions?.edges.map((x) => x.node?.week)).toEqual([1]);
    expect(data.cohort?.mentoringShortfall).toEqual([
      { meetings: 0, enrolment: { id: e.enrolmentId, trainee: { displayName: expect.any(String) } } },
    ]);
  });

  operation('facilitator', 'CommentOnPortfolioEntry', async () => {
    const e = await enrolled();
    const entryId = await entry(e, 'SUBMITTED_FOR_COMMENT');
    const data = ok(
      await run(e.facilitators[0], typed.CommentOnPortfolioEntryDocument, { input: { entryId, body: 'Say more about week two.' } }),
    );
    expect(data.commentOnPortfolioEntry?.feedback?.body).toBe('Say more about week two.');
  });

  operation('facilitator', 'AssessPortfolio', async () => {
    const e = await enrolled();
    await entry(e, 'FINAL');
    await e.trainee.query(SUBMIT, { id: e.portfolioId });
    const input = { portfolioId: e.portfolioId, outcome: 'PASS' as const, feedback: 'Clear, honest reflection.' };
    // The first pass is one decision; the second facilitator's pass completes the training.
    const first = ok(await run(e.facilitators[0], typed.AssessPortfolioDocument, { input }));
    expect(first.assessPortfolio?.assessment).toMatchObject({ submission: 1, outcome: null, decisions: [{ outcome: 'PASS' }] });
    const second = ok(await run(e.facilitators[1], typed.AssessPortfolioDocument, { input }));
    expect(second.assessPortfolio?.assessment?.outcome).toBe('PASS');
    expect(second.assessPortfolio?.enrolment?.status).toBe('COMPLETED');
  });

  operation('hr', 'Posts', async () => {
    const data = ok(await run(as('HR'), typed.PostsDocument));
    expect(data.posts?.totalCount).toBeGreaterThanOrEqual(8);
    expect(data.posts?.edges.every((x) => typeof x.node?.applicationCount === 'number')).toBe(true);
  });

  operation('hr', 'ShortlistJobApplication', async () => {
    const applicationId = await applyFor(await passedTrainee(), await openPost());
    const data = ok(await run(as('HR'), typed.ShortlistJobApplicationDocument, { input: { applicationId, decision: 'SHORTLIST' } }));
    expect(data.shortlistJobApplication?.application).toMatchObject({ id: applicationId, status: 'SHORTLISTED' });
  });

  operation('hr', 'ScheduleInterview', async () => {
    const postId = await openPost();
    const applicationId = await applyFor(await passedTrainee(), postId);
    await as('HR').query(SHORTLIST, { input: { applicationId, decision: 'SHORTLIST' } });
    const { panelId } = await dayWithPanel(postId);
    const data = ok(await run(as('HR'), typed.ScheduleInterviewDocument, { input: { applicationId, panelId, startTime: '10:30' } }));
    expect(data.scheduleInterview?.interview?.startTime).toBe('10:30');
  });

  operation('lead-lxp', 'ProgrammeOutcomes', async () => {
    const data = ok(await run(as('LEAD_LXP'), typed.ProgrammeOutcomesDocument, {}));
    const paper = data.programmeOutcomes?.cohorts.filter((c) => (c.cohort?.number ?? 0) <= 2);
    expect(paper?.map((c) => [c.applications.value, c.places.value, c.completions.value])).toEqual([
      [18, 12, 6],
      [20, 16, 4],
    ]);
    expect(data.programmeOutcomes?.employments).toContainEqual({
      role: 'LEAD_LXP',
      area: 'ADULT_MENTAL_HEALTH',
      ftePercent: 100,
      inRoleAt24Months: true,
    });
    expect(data.programmeOutcomes?.benchmarks.length).toBeGreaterThan(0);
  });

  operation('lead-lxp', 'OverdueSupervision', async () => {
    const data = ok(await run(as('LEAD_LXP'), typed.OverdueSupervisionDocument, {}));
    expect(data.overdueSupervision?.edges.map((x) => x.node?.lxp?.displayName)).toContain('Alex Morgan');
  });

  operation('lead-lxp', 'CreateCdpSession', async () => {
    const input = { topic: 'Boundaries in peer work', date: FUTURE(21), capacity: 10 };
    const data = ok(await run(as('LEAD_LXP'), typed.CreateCdpSessionDocument, { input }));
    expect(data.createCdpSession?.session).toMatchObject({ topic: 'Boundaries in peer work', capacity: 10, signedUpCount: 0 });
  });

  operation('lead-lxp', 'CdpSessions', async () => {
    const data = ok(await run(as('LEAD_LXP'), typed.CdpSessionsDocument));
    expect(data.cdpSessions?.edges.map((x) => x.node?.topic)).toContain('Peer supervision: bringing a difficult conversation');
  });

  operation('lxp', 'MyEmployment', async () => {
    const { lxp, supervisor, employmentId } = await employedLxp();
    await supervisor.query(`mutation($input: RecordSupervisionInput!) { recordSupervision(input: $input) { record { id } } }`, {
      input: { lxpId: lxp.id, heldOn: TODAY(), notes: 'Talked through boundaries' },
    });
    const data = ok(await run(lxp, typed.MyEmploymentDocument));
    const employment = data.me?.employments?.edges[0]?.node;
    expect(employment).toMatchObject({ id: employmentId, status: 'ACTIVE', lastSupervisionOn: TODAY() });
    expect(employment?.supervisionRecords?.edges.map((x) => x.node?.notes)).toEqual(['Talked through boundaries']);
  });

  operation('lxp', 'SignUpForCdpSession', async () => {
    const { lxp } = await employedLxp();
    const created = ok(
      await run(as('LEAD_LXP'), typed.CreateCdpSessionDocument, { input: { topic: 'Sharing your story', date: FUTURE(7), capacity: 5 } }),
    );
    const data = ok(await run(lxp, typed.SignUpForCdpSessionDocument, { input: { sessionId: created.createCdpSession!.session!.id } }));
    expect(data.signUpForCdpSession?.signUp?.status).toBe('SIGNED_UP');
  });

  it("a role that may not run an operation fails it: HR reading a cohort's applications is refused", async () => {
    const res = await run(as('HR'), typed.CohortApplicationsDocument, { cohortId: 'coh_1' });
    expect(res.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
  });

  it('has a test above for every operation in examples/operations/', () => {
    const root = join(import.meta.dirname, '..', '..', 'examples', 'operations');
    const files = readdirSync(root).flatMap((role) =>
      readdirSync(join(root, role))
        .filter((f) => f.endsWith('.graphql'))
        .map((f) => `${role}/${f.replace(/\.graphql$/, '')}`),
    );
    expect(new Set(files)).toEqual(covered);
  });
});
