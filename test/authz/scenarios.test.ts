import { beforeAll, describe, expect, it } from 'vitest';
import { apply, as, caller, newCohort, newPerson, onlyError, relate, type Caller } from '../support/api';
import { count } from '../support/securityCounts';

/** The authorisation scenarios the platform promises (see README, Authorisation), on the seeded paper data. */

const STATEMENT = `query($id: ID!) { trainingApplication(id: $id) { id status statement } }`;
const TRAIL = `query($id: ID!) { auditTrail(subjectId: $id, first: 100) { totalCount edges { node { at actorId roles subjectId fields deniedFields decision rule requestId recordIds attempts } } } }`;

// per_trainee_20 applied to cohort 2 (app_c2_04); per_trainee_21 applied too (app_c2_05).
const OWN = 'app_c2_04';
const OTHERS = 'app_c2_05';
const OTHER_APPLICANT = 'per_trainee_21';

const TRAIL_PAGE = `query($id: ID!, $after: String) { auditTrail(subjectId: $id, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { at actorId roles subjectId fields deniedFields decision rule requestId recordIds attempts } } } }`;

/**
 * A subject's whole trail, newest first, as \`who\` reads it (HR by default), paging through it: other suites
 * read the same seeded people meanwhile, and an aggregate of refused attempts sits at the start of its hour.
 */
async function trailOf(subjectId: string, who: Caller = as('HR')) {
  const edges: any[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const res: any = await who.query(TRAIL_PAGE, { id: subjectId, after });
    const trail = res.data.auditTrail;
    edges.push(...trail.edges);
    if (!trail.pageInfo.hasNextPage) break;
    after = trail.pageInfo.endCursor;
  }
  return { edges };
}

describe('a service user', () => {
  it('reads their own training application and its statement', async () => {
    const res = await as('SERVICE_USER').query(STATEMENT, { id: OWN });
    expect(res.errors).toBeUndefined();
    expect(res.data.trainingApplication.statement).toMatch(/lived|experience|recovery|hope/i);
  });

  it("gets FORBIDDEN, and no data, for another person's application", async () => {
    const res = await as('SERVICE_USER').query(STATEMENT, { id: OTHERS });
    expect(res.data).toEqual({ trainingApplication: null });
    expect(onlyError(res)).toMatchObject({ path: ['trainingApplication'], extensions: { code: 'FORBIDDEN' } });
  });

  it("sees only their own application in a cohort's list, with a count of one", async () => {
    const res = await as('SERVICE_USER').query(
      `{ cohort(id: "coh_2") { applications(first: 5) { totalCount edges { node { id } } pageInfo { hasNextPage } } } }`,
    );
    expect(res.data.cohort.applications).toEqual({ totalCount: 1, edges: [{ node: { id: OWN } }], pageInfo: { hasNextPage: false } });
  });
});

describe('a clinician', () => {
  let outsider: Caller;
  beforeAll(async () => {
    outsider = await newPerson(['CLINICIAN']);
  });

  it("who does not facilitate a cohort gets FORBIDDEN on an applicant's statement, the rest of the record intact", async () => {
    const res = await outsider.query(STATEMENT, { id: OTHERS });
    expect(res.data.trainingApplication).toEqual({ id: OTHERS, status: 'OFFERED', statement: null });
    expect(onlyError(res)).toMatchObject({
      path: ['trainingApplication', 'statement'],
      extensions: { code: 'FORBIDDEN', field: 'TrainingApplication.statement' },
    });
  });

  it('who does not facilitate a cohort gets FORBIDDEN on every statement reached through cohort → applications', async () => {
    const res = await outsider.query(
      `{ cohort(id: "coh_2") { number applications(first: 20) { totalCount edges { node { id statement } } } } }`,
    );
    const edges = res.data.cohort.applications.edges;
    expect(res.data.cohort.number).toBe(2);
    expect(edges).toHaveLength(20);
    expect(edges.every((e: any) => e.node.statement === null)).toBe(true);
    expect(res.errors).toHaveLength(20);
    expect(res.errors!.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(res.errors!.map((e) => e.path)).toContainEqual(['cohort', 'applications', 'edges', 3, 'node', 'statement']);
  });

  it("who facilitates the cohort reads its applicants' statements, directly and through the cohort", async () => {
    const facilitator = as('per_facilitator');
    expect((await facilitator.query(STATEMENT, { id: OTHERS })).data.trainingApplication.statement).toBeTruthy();
    const res = await facilitator.query(`{ cohort(id: "coh_2") { applications(first: 20) { edges { node { status statement } } } } }`);
    expect(res.errors).toBeUndefined();
    // The retention suite may already have removed declined and deferred applicants' statements (12 months on).
    const kept = res.data.cohort.applications.edges.filter((e: any) => !['DECLINED', 'DEFERRED'].includes(e.node.status));
    expect(kept.length).toBe(16);
    expect(kept.every((e: any) => typeof e.node.statement === 'string')).toBe(true);
  });

  it('who facilitates one cohort does not read statements of another', async () => {
    const facilitator = await newPerson(['CLINICIAN']);
    await newCohort({ facilitatorIds: [facilitator.id] });
    const res = await facilitator.query(STATEMENT, { id: OTHERS });
    expect(onlyError(res).extensions?.code).toBe('FORBIDDEN');
  });
});

describe('lists', () => {
  it('never show a row the viewer may not see, and pages are full', async () => {
    // Seven applicants; the viewer is the last to apply, so six rows they may not see come first.
    const cohort = await newCohort({ capacity: 20 });
    const others = await Promise.all(Array.from({ length: 6 }, () => newPerson(['SERVICE_USER'])));
    for (const o of others) await apply(o, cohort.id);
    const me = await newPerson(['SERVICE_USER']);
    const mine = await apply(me, cohort.id);
    const mineOnly = await me.query(
      `query($id: ID!) { cohort(id: $id) { applications(first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage } } } }`,
      { id: cohort.id },
    );
    // A page of one, after 6 rows the viewer may not see: still full, with exactly the viewer's row.
    expect(mineOnly.data.cohort.applications).toEqual({
      totalCount: 1,
      edges: [{ node: { id: mine.id } }],
      pageInfo: { hasNextPage: false },
    });
    const lead = await as('LEAD_LXP').query(
      `query($id: ID!) { cohort(id: $id) { applications(first: 3) { totalCount edges { node { id } } pageInfo { hasNextPage } } } }`,
      { id: cohort.id },
    );
    expect(lead.data.cohort.applications.totalCount).toBe(7);
    expect(lead.data.cohort.applications.edges).toHaveLength(3);
  });

  it("show a mentor, through a trainee's enrolments, only the trainees they mentor", async () => {
    // per_mentor_16 mentors per_trainee_20 (cohort 2, trainee 4) and a second trainee.
    const mentor = as('per_mentor_16');
    const own = await mentor.query(`{ person(id: "per_trainee_20") { enrolments { totalCount edges { node { id trainee { id } } } } } }`);
    expect(own.data.person.enrolments).toEqual({
      totalCount: 1,
      edges: [{ node: { id: 'enr_c2_04', trainee: { id: 'per_trainee_20' } } }],
    });
    const notMine = await mentor.query(`{ person(id: "per_trainee_21") { enrolments { totalCount } } }`);
    expect(onlyError(notMine)).toMatchObject({ path: ['person', 'enrolments'], extensions: { code: 'FORBIDDEN' } });
  });
});

describe('the audit trail', () => {
  it('records each statement read, allowed or refused, for the applicant', async () => {
    const outsider = await newPerson(['CLINICIAN']);
    const reader = await newPerson(['SERVICE_USER']);
    await as('per_facilitator').query(STATEMENT, { id: OTHERS });
    await outsider.query(STATEMENT, { id: OTHERS });
    await reader.query(STATEMENT, { id: OTHERS });
    await outsider.query(`{ cohort(id: "coh_2") { applications(first: 20) { edges { node { statement } } } } }`);

    const events = (await trailOf(OTHER_APPLICANT)).edges.map((e: any) => e.node);
    const byActor = (id: string) => events.filter((e: any) => e.actorId === id);
    expect(byActor('per_facilitator')).toContainEqual(
      expect.objectContaining({
        subjectId: OTHER_APPLICANT,
        fields: ['TrainingApplication.statement'],
        decision: 'ALLOWED',
        rule: 'relation:FACILITATOR',
        roles: ['CLINICIAN'],
        recordIds: [OTHERS],
      }),
    );
    // Refused directly and through the cohort list: two refused attempts, aggregated (one event an hour).
    const refused = byActor(outsider.id);
    for (const event of refused) {
      expect(event).toMatchObject({ fields: ['TrainingApplication.statement'], decision: 'DENIED', rule: 'deny', roles: ['CLINICIAN'] });
    }
    expect(refused.reduce((sum: number, e: any) => sum + e.attempts, 0)).toBe(2);
    // A service user refused the whole record still tried to read the statement: audited as refused.
    expect(byActor(reader.id)).toEqual([
      expect.objectContaining({ decision: 'DENIED', fields: ['TrainingApplication.statement'], roles: ['SERVICE_USER'] }),
    ]);
    expect(new Set(events.map((e: any) => e.requestId)).size).toBe(events.length);
  });

  it('aggregates a flood of refused attempts by one actor on one subject, counting every one', async () => {
    const prober = await newPerson(['CLINICIAN']);
    const attempts = 30;
    for (let i = 0; i < attempts; i++) await prober.query(STATEMENT, { id: OTHERS });
    count('attackQueries', attempts);
    const events = (await trailOf(OTHER_APPLICANT)).edges.map((e: any) => e.node).filter((e: any) => e.actorId === prober.id);
    // One event an hour (two if the flood straddles an hour), whatever the number of attempts.
    expect(events.length).toBeLessThanOrEqual(2);
    expect(events.reduce((sum: number, e: any) => sum + e.attempts, 0)).toBe(attempts);
    expect(events[0]).toMatchObject({ decision: 'DENIED', deniedFields: ['TrainingApplication.statement'], rule: 'deny' });
  });

  it("shows the subject the readers' staff roles only, never that a reader also uses services", async () => {
    const colleague = await newPerson(['CLINICIAN', 'SERVICE_USER']);
    await relate(colleague.id, 'MENTOR', 'per_trainee_20');
    const res = await colleague.query(`{ person(id: "per_trainee_20") { enrolments { edges { node { nonCompletionReason } } } } }`);
    expect(res.status).toBe(200);
    const own = (await trailOf('per_trainee_20', as('SERVICE_USER'))).edges.map((e: any) => e.node);
    const seen = own.filter((e: any) => e.actorId === colleague.id);
    expect(seen.length).toBeGreaterThan(0);
    for (const event of seen) expect(event.roles).toEqual(['CLINICIAN']);
    // HR, who may list service users anyway, sees every role the reader acted with.
    const hr = (await trailOf('per_trainee_20')).edges.map((e: any) => e.node).filter((e: any) => e.actorId === colleague.id);
    expect(hr[0].roles).toEqual(['CLINICIAN', 'SERVICE_USER']);
  });

  it('records the applicant reading their own statement, with the relation that allowed it', async () => {
    await as('SERVICE_USER').query(STATEMENT, { id: OWN });
    const own = (await as('SERVICE_USER').query(TRAIL, { id: 'per_trainee_20' })).data.auditTrail.edges.map((e: any) => e.node);
    expect(own[0]).toMatchObject({
      actorId: 'per_trainee_20',
      decision: 'ALLOWED',
      rule: 'relation:SELF',
      fields: ['TrainingApplication.statement'],
    });
  });

  it('lists newest first', async () => {
    const times = (await trailOf(OTHER_APPLICANT)).edges.map((e: any) => e.node.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('is for the person themselves and HR only', async () => {
    for (const who of [as('LEAD_LXP'), as('per_facilitator'), as('SERVICE_USER')]) {
      const res = await who.query(TRAIL, { id: OTHER_APPLICANT });
      expect(onlyError(res)).toMatchObject({ path: ['auditTrail'], extensions: { code: 'FORBIDDEN' } });
    }
    expect((await caller(OTHER_APPLICANT, ['SERVICE_USER']).query(TRAIL, { id: OTHER_APPLICANT })).errors).toBeUndefined();
  });

  it('records health-related reasons for not completing, which HR may not read', async () => {
    // An HR member of staff of their own: other suites' reads of this trail share the hour's aggregates.
    const hr = await newPerson(['HR']);
    const res = await hr.query(`{ enrolment(id: "enr_c1_12") { status nonCompletionReason } }`);
    expect(res.data.enrolment).toEqual({ status: 'WITHDRAWN', nonCompletionReason: null });
    const events = (await trailOf('per_trainee_12')).edges.map((e: any) => e.node);
    expect(events.filter((e: any) => e.actorId === hr.id)).toEqual([
      expect.objectContaining({ fields: ['Enrolment.nonCompletionReason'], decision: 'DENIED' }),
    ]);
  });
});
