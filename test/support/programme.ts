import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../../functions/db/client';
import { itemOf } from '../../functions/db/entities';
import type { EnrolmentRecord } from '../../functions/db/records';
import type { Role } from '../../functions/lib/vocabulary';
import { as, expectNoErrors, newCohort, newPerson, type Caller } from './api';

/**
 * Fixtures for recruitment, employment and development tests: each builds its records through the API as
 * HR, the panel and the applicant would, except a passed training (whose assessment is another area's work),
 * which is stored as the training records would hold it.
 */

const hr = () => as('HR');

async function ok<T = any>(who: Caller, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await who.query(query, variables);
  expectNoErrors(res);
  return res.data as T;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
export const TODAY = () => inDays(0);
export const FUTURE = (days = 30) => inDays(days);
export const PAST = (days = 1) => inDays(-days);

/**
 * A new person (a service user by default) whose training enrolment was COMPLETED (passed), on a new cohort
 * of their own, so the seeded cohorts' figures stay the paper's.
 */
export async function passedTrainee(roles: Role[] = ['SERVICE_USER']): Promise<Caller & { cohortId: string }> {
  const person = await newPerson(roles);
  const cohortId = (await newCohort()).id;
  const at = new Date().toISOString();
  const enrolment: EnrolmentRecord = {
    type: 'Enrolment',
    id: `enr_t${randomUUID().replace(/-/g, '').slice(0, 16)}`,
    subjectId: person.id,
    cohortId,
    applicationId: 'app_fixture',
    status: 'COMPLETED',
    enrolledAt: at,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  await db().send(new PutCommand({ TableName: tableName(), Item: itemOf(enrolment) }));
  return { ...person, cohortId };
}

export const RECORD_VACANCY = `mutation($input: RecordHcaVacancyInput!) { recordHcaVacancy(input: $input) { vacancy { id status } } }`;
export const CONVERT = `mutation($input: ConvertVacancyToPostInput!) { convertVacancyToPost(input: $input) { post { id role band area ftePercent status version } } }`;
export const ADVERTISE = `mutation($input: AdvertisePostInput!) { advertisePost(input: $input) { post { id status nhsJobsReference closingDate advertisedAt version } } }`;
export const APPLY = `mutation($input: ApplyForPostInput!) { applyForPost(input: $input) { application { id status } } }`;
export const SHORTLIST = `mutation($input: ShortlistJobApplicationInput!) { shortlistJobApplication(input: $input) { application { id status } } }`;
export const CREATE_DAY = `mutation($input: CreateRecruitmentDayInput!) { createRecruitmentDay(input: $input) { recruitmentDay { id laterStartFrom } } }`;
export const ADD_PANEL = `mutation($input: AddInterviewPanelInput!) { addInterviewPanel(input: $input) { panel { id members { id } } } }`;
export const SCHEDULE = `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { interview { id startTime } } }`;
export const OUTCOME = `mutation($input: RecordInterviewOutcomeInput!) { recordInterviewOutcome(input: $input) { application { id status offer { startDate ftePercent supervisor { id } } } } }`;
export const RESPOND = `mutation($input: RespondToOfferInput!) { respondToOffer(input: $input) { application { id status } employment { id startDate ftePercent status supervisor { id } } } }`;

/** A vacant HCA post, recorded by HR. */
export async function vacancy(ftePercent = 80): Promise<string> {
  const data = await ok(hr(), RECORD_VACANCY, {
    input: { reference: `HCA-T-${randomUUID().slice(0, 8)}`, area: 'ADULT_MENTAL_HEALTH', ftePercent },
  });
  return data.recordHcaVacancy.vacancy.id;
}

/** A draft LXP post converted from a new vacancy. */
export async function draftPost(role = 'LXP_HCA'): Promise<{ id: string; version: number }> {
  const data = await ok(hr(), CONVERT, { input: { vacancyId: await vacancy(), role } });
  return data.convertVacancyToPost.post;
}

/** A post advertised now, closing in the future. */
export async function openPost(): Promise<string> {
  const post = await draftPost();
  await ok(hr(), ADVERTISE, { input: { postId: post.id, nhsJobsReference: 'NHSJ-TEST', closingDate: FUTURE() } });
  return post.id;
}

/** `who` applies for `postId`. */
export async function applyFor(who: Caller, postId: string, extra: Record<string, unknown> = {}): Promise<string> {
  const data = await ok(who, APPLY, { input: { postId, ...extra } });
  return data.applyForPost.application.id;
}

/** A recruitment day for `postId` with one panel of `members` (a new clinician by default). */
export async function dayWithPanel(postId: string, members?: Caller[]) {
  const panelMembers = members ?? [await newPerson(['CLINICIAN'])];
  const day = await ok(hr(), CREATE_DAY, { input: { date: FUTURE(14), location: 'Room 1', postIds: [postId] } });
  const dayId = day.createRecruitmentDay.recruitmentDay.id;
  const panel = await ok(hr(), ADD_PANEL, { input: { recruitmentDayId: dayId, name: 'Panel', memberIds: panelMembers.map((m) => m.id) } });
  return { dayId, panelId: panel.addInterviewPanel.panel.id as string, members: panelMembers };
}

/** A passed trainee's application for a new open post, shortlisted and given an interview slot. */
export async function interviewed(
  options: { applicant?: Caller; postId?: string; startTime?: string; extra?: Record<string, unknown> } = {},
) {
  const applicant = options.applicant ?? (await passedTrainee());
  const postId = options.postId ?? (await openPost());
  const applicationId = await applyFor(applicant, postId, options.extra);
  await ok(hr(), SHORTLIST, { input: { applicationId, decision: 'SHORTLIST' } });
  const { panelId, members, dayId } = await dayWithPanel(postId);
  await ok(hr(), SCHEDULE, { input: { applicationId, panelId, startTime: options.startTime ?? '11:00' } });
  return { applicant, postId, applicationId, panelId, dayId, panelMember: members[0]! };
}

/** As `interviewed`, then offered the post (with a supervisor, when given). */
export async function offered(options: Parameters<typeof interviewed>[0] & { supervisorId?: string; startDate?: string } = {}) {
  const state = await interviewed(options);
  await ok(hr(), OUTCOME, {
    input: {
      applicationId: state.applicationId,
      outcome: 'OFFER',
      startDate: options.startDate ?? FUTURE(60),
      ...(options.supervisorId ? { supervisorId: options.supervisorId } : {}),
    },
  });
  return state;
}

/** A passed trainee employed through the whole journey (in post for a month), with a new clinician as supervisor. */
export async function employedLxp() {
  const supervisor = await newPerson(['CLINICIAN']);
  const applicant = await passedTrainee();
  const state = await offered({ applicant, supervisorId: supervisor.id, startDate: PAST(30) });
  const data = await ok(applicant, RESPOND, { input: { applicationId: state.applicationId, accept: true } });
  return { ...state, supervisor, lxp: applicant, employmentId: data.respondToOffer.employment.id as string };
}

/** Sets attributes of a stored record directly: for states the API reaches only with time (a closing date passed). */
export async function setStored(type: string, id: string, values: Record<string, unknown>): Promise<void> {
  const names = Object.fromEntries(Object.keys(values).map((k, i) => [`#n${i}`, k]));
  const vals = Object.fromEntries(Object.values(values).map((v, i) => [`:v${i}`, v]));
  await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: { PK: id, SK: type },
      UpdateExpression: `SET ${Object.keys(values)
        .map((_, i) => `#n${i} = :v${i}`)
        .join(', ')}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: vals,
    }),
  );
}

/** A stored record as the table holds it (for aggregates the API does not expose). */
export async function readStored(type: string, id: string): Promise<Record<string, any> | undefined> {
  const out = await db().send(new GetCommand({ TableName: tableName(), Key: { PK: id, SK: type } }));
  return out.Item;
}

/** The cohort's `employedCount` aggregate. */
export async function readCohortEmployedCount(cohortId: string): Promise<number> {
  return Number((await readStored('Cohort', cohortId))?.employedCount ?? 0);
}
