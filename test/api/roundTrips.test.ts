import { describe, expect, it } from 'vitest';
import { as, requestCounts } from '../support/api';

/**
 * Sequential DynamoDB round trips per request (development mode's `extensions.dynamodb.roundTrips`: the
 * longest chain of requests each sent after another answered). What can be read together is: a record and
 * the first page of its lists (the page's key needs only the record's id), and a page's records with the
 * relations their rules need. Every request first reads the viewer's own person record (their roles are
 * reconciled with the token's before anything is decided, functions/graphql/auth/reconcileViewer.ts): one
 * round trip that nothing may run beside, counted below.
 */
describe('round trips', () => {
  it("reads a cohort and its first page together, then the page's applicants: two round trips after the viewer's", async () => {
    const res = await as('LEAD_LXP').query(
      `{ cohort(id: "coh_1") { number applications(first: 18) { edges { node { status applicant { displayName } } } } } }`,
    );
    expect(res.data.cohort.applications.edges).toHaveLength(18);
    expect(requestCounts(res)).toEqual({ calls: 4, roundTrips: 3, byCommand: { BatchGetItemCommand: 3, QueryCommand: 1 } });
  });

  it("reads a facilitator's relation to the cohort alongside the cohort and its page", async () => {
    const res = await as('per_facilitator').query(
      `{ cohort(id: "coh_2") { number applications(first: 20) { edges { node { status applicant { displayName } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.cohort.applications.edges).toHaveLength(20);
    expect(requestCounts(res)).toMatchObject({ roundTrips: 3, byCommand: { QueryCommand: 1 } });
  });

  it('writes the audit of 20 statements alongside the reads of their values, not in a round trip after them', async () => {
    const without = await as('per_facilitator').query(
      `{ cohort(id: "coh_2") { applications(first: 20) { edges { node { status applicant { displayName } } } } } }`,
    );
    const res = await as('per_facilitator').query(
      `{ cohort(id: "coh_2") { applications(first: 20) { edges { node { status statement applicant { displayName } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const statements = res.data.cohort.applications.edges.filter((e: { node: { statement: string | null } }) => e.node.statement);
    expect(statements.length).toBeGreaterThan(0);
    // One conditional put per subject read, started as the statements were allowed: the same chain of
    // round trips as the list without them (the statements are read in the applicants' round trip).
    const counts = requestCounts(res)!;
    expect(counts.byCommand.PutItemCommand).toBe(20);
    expect(counts.roundTrips).toBe(requestCounts(without)!.roundTrips);
  });

  it("reads the viewer's own applications as soon as the viewer is known, then the cohorts", async () => {
    const res = await as('SERVICE_USER').query(
      `{ me { displayName trainingApplications { edges { node { status cohort { number } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.me.trainingApplications.edges.length).toBeGreaterThan(0);
    // The viewer's record (which `me` then takes from the request's loader), the page, the cohorts.
    expect(requestCounts(res)).toMatchObject({ roundTrips: 3 });
  });

  it('refuses a page the viewer may not see without serving its rows, though it was read alongside', async () => {
    // A service user who is not in cohort 2 asks for its applications: the cohort may be seen, its other
    // applicants' applications may not.
    const res = await as('SERVICE_USER').query(`{ cohort(id: "coh_2") { number applications(first: 20) { edges { node { status } } } } }`);
    const mine = res.data?.cohort?.applications?.edges ?? [];
    const own = await as('SERVICE_USER').query(`{ me { trainingApplications { edges { node { cohort { id } } } } } }`);
    const ownInCohort2 = own.data.me.trainingApplications.edges.filter(
      (e: { node: { cohort: { id: string } } }) => e.node.cohort.id === 'coh_2',
    );
    expect(mine.length).toBe(ownInCohort2.length);
  });
});
