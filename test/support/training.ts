import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../../functions/db/client';
import { as, apply, expectNoErrors, newCohort, newPerson, type Caller } from './api';

/** Helpers for the twelve weeks after enrolment: "a trainee enrolled on a cohort with two facilitators" is one line. */

export const OFFER = `mutation($id: ID!) { decideTrainingApplication(input: { applicationId: $id, decision: OFFER }) { application { status } } }`;
export const ENROL = `mutation($id: ID!) { enrol(input: { applicationId: $id }) { enrolment { id portfolio { id } } } }`;

export interface Enrolled {
  cohortId: string;
  facilitators: [Caller, Caller];
  trainee: Caller;
  enrolmentId: string;
  portfolioId: string;
}

/** A new cohort with two facilitating clinicians (the course facilitator and the social-inclusion lead). */
export async function cohortWithFacilitators(facilitators?: [Caller, Caller]) {
  const pair = facilitators ?? ([await newPerson(['CLINICIAN']), await newPerson(['CLINICIAN'])] as [Caller, Caller]);
  const cohort = await newCohort({ capacity: 20, facilitatorIds: pair.map((f) => f.id) });
  return { cohortId: cohort.id, facilitators: pair };
}

/** Applies, is offered a place and enrols: `trainee` on the cohort, returning the enrolment and its portfolio. */
export async function enrolOn(cohortId: string, trainee: Caller): Promise<{ enrolmentId: string; portfolioId: string }> {
  const app = await apply(trainee, cohortId);
  expectNoErrors(await as('LEAD_LXP').query(OFFER, { id: app.id }));
  const res = await trainee.query(ENROL, { id: app.id });
  expectNoErrors(res);
  return { enrolmentId: res.data.enrol.enrolment.id, portfolioId: res.data.enrol.enrolment.portfolio.id };
}

export async function enrolled(): Promise<Enrolled> {
  const { cohortId, facilitators } = await cohortWithFacilitators();
  const trainee = await newPerson(['SERVICE_USER']);
  return { cohortId, facilitators, trainee, ...(await enrolOn(cohortId, trainee)) };
}

export const RECORD_MENTOR = `mutation($input: RecordMentorInput!) { recordMentor(input: $input) { mentor { id background prepared } } }`;
export const ASSIGN = `mutation($input: AssignMentorInput!) { assignMentor(input: $input) { enrolment { id mentor { id } } } }`;

/** A clinician registered as a mentor, prepared unless told otherwise. */
export async function newMentor(background = 'CLINICAL', prepared = true): Promise<Caller> {
  const mentor = await newPerson(['CLINICIAN']);
  const res = await as('LEAD_LXP').query(RECORD_MENTOR, {
    input: { personId: mentor.id, background, ...(prepared ? { preparatoryTrainingOn: '2029-12-20' } : {}) },
  });
  expectNoErrors(res);
  return mentor;
}

/** Assigns a new prepared mentor to the enrolment, as one of its facilitators. */
export async function withMentor(e: Enrolled, mentor?: Caller): Promise<Caller> {
  const m = mentor ?? (await newMentor());
  expectNoErrors(await e.facilitators[0].query(ASSIGN, { input: { enrolmentId: e.enrolmentId, mentorId: m.id } }));
  return m;
}

export const WRITE = `mutation($input: WritePortfolioEntryInput!) { writePortfolioEntry(input: $input) { entry { id title body status sharedWithMentor version } } }`;
export const UPDATE = `mutation($input: UpdatePortfolioEntryInput!) { updatePortfolioEntry(input: $input) { entry { id title body status sharedWithMentor version } } }`;

/** The trainee writes an entry and moves it to `status`. */
export async function entry(e: Enrolled, status = 'DRAFT', options: { shared?: boolean; title?: string } = {}): Promise<string> {
  const res = await e.trainee.query(WRITE, {
    input: {
      portfolioId: e.portfolioId,
      title: options.title ?? 'What recovery means to me',
      body: 'Reflective writing about my own recovery.',
      sharedWithMentor: options.shared ?? false,
    },
  });
  expectNoErrors(res);
  const id = res.data.writePortfolioEntry.entry.id;
  if (status !== 'DRAFT') expectNoErrors(await e.trainee.query(UPDATE, { input: { entryId: id, status } }));
  return id;
}

export const SUBMIT = `mutation($id: ID!) { submitPortfolio(input: { portfolioId: $id }) { portfolio { id status submissions } } }`;
export const ASSESS = `mutation($input: AssessPortfolioInput!) { assessPortfolio(input: $input) { assessment { submission outcome feedback decisions { outcome assessor { id } } } enrolment { id status } } }`;

export const assess = (who: Caller, portfolioId: string, outcome: 'PASS' | 'REFERRAL', feedback = 'Clear, honest reflection.') =>
  who.query(ASSESS, { input: { portfolioId, outcome, feedback } });

/** A stored record as it is in the table (for aggregates the API does not expose). */
export async function storedRecord(type: string, id: string): Promise<Record<string, any>> {
  const out = await db().send(new GetCommand({ TableName: tableName(), Key: { PK: id, SK: type }, ConsistentRead: true }));
  return out.Item ?? {};
}

export const TRAIL = `query($id: ID!) { auditTrail(subjectId: $id, first: 100) { edges { node { actorId fields decision rule recordIds } } } }`;
export const trailOf = async (subjectId: string) =>
  (await as('HR').query(TRAIL, { id: subjectId })).data.auditTrail.edges.map((e: any) => e.node) as Array<{
    actorId: string;
    fields: string[];
    decision: string;
    rule: string;
    recordIds: string[];
  }>;
