import { describe, expect, it } from 'vitest';
import { as, graphql, onlyError, requestCounts, tokenFor } from '../support/api';

const COHORTS_WITH_COUNTS = `{ cohorts { totalCount edges { node { id number startDate weeks capacity status applications { totalCount } enrolments { totalCount } } } } }`;

describe('cohorts', () => {
  it('lists both paper cohorts with their application counts for the Lead LXP (Table 2: 18 and 20)', async () => {
    const res = await as('LEAD_LXP').query(COHORTS_WITH_COUNTS);
    expect(res.errors).toBeUndefined();
    const nodes = res.data.cohorts.edges.map((e: any) => e.node).filter((c: any) => c.id === 'coh_1' || c.id === 'coh_2');
    expect(nodes).toEqual([
      {
        id: 'coh_1',
        number: 1,
        startDate: '2017-09-04',
        weeks: 12,
        capacity: 12,
        status: 'COMPLETED',
        applications: { totalCount: 18 },
        enrolments: { totalCount: 12 },
      },
      {
        id: 'coh_2',
        number: 2,
        startDate: '2018-03-05',
        weeks: 12,
        capacity: 16,
        status: 'COMPLETED',
        applications: { totalCount: 20 },
        enrolments: { totalCount: 16 },
      },
    ]);
  });

  it('reads the cohort list with its application counts in three DynamoDB requests, however many cohorts there are', async () => {
    const res = await as('LEAD_LXP').query(`{ cohorts(first: 50) { totalCount edges { node { number applications { totalCount } } } } }`);
    expect(res.data.cohorts.edges.length).toBeGreaterThanOrEqual(2);
    // The viewer's own person record (their roles, reconciled with the token's), then one Query for the page
    // of cohorts and one COUNT for totalCount together; application counts are the cohorts' aggregates.
    expect(requestCounts(res)).toEqual({ calls: 3, roundTrips: 2, byCommand: { BatchGetItemCommand: 1, QueryCommand: 2 } });
  });

  it("names each cohort's facilitators, fetched for all cohorts in one batch", async () => {
    const res = await as('SERVICE_USER').query(`{ cohort(id: "coh_1") { facilitators { id displayName } } }`);
    expect(res.data.cohort.facilitators.map((p: any) => p.id)).toEqual(['per_facilitator', 'per_inclusion_lead']);
  });

  it('pages through all 18 applications of cohort 1 in full pages with opaque cursors', async () => {
    const lead = as('LEAD_LXP');
    const seen: string[] = [];
    const pageSizes: number[] = [];
    const hasPrevious: boolean[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await lead.query(
        `query($after: String) { cohort(id: "coh_1") { applications(first: 5, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`,
        { after },
      );
      const conn = res.data.cohort.applications;
      expect(conn.totalCount).toBe(18);
      pageSizes.push(conn.edges.length);
      hasPrevious.push(conn.pageInfo.hasPreviousPage);
      seen.push(...conn.edges.map((e: any) => e.node.id));
      expect(conn.pageInfo.startCursor).toBe(conn.edges[0]?.cursor ?? null);
      expect(conn.pageInfo.endCursor).toBe(conn.edges.at(-1)?.cursor ?? null);
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(pageSizes).toEqual([5, 5, 5, 3]);
    expect(hasPrevious).toEqual([false, true, true, true]);
    expect(new Set(seen).size).toBe(18);
    expect(seen.every((id) => id.startsWith('app_c1_'))).toBe(true);
  });

  it('gives the page after the last row null start and end cursors, with rows before it and none after', async () => {
    const lead = as('LEAD_LXP');
    const all = await lead.query(`{ cohort(id: "coh_1") { applications(first: 18) { pageInfo { hasNextPage endCursor } } } }`);
    expect(all.data.cohort.applications.pageInfo.hasNextPage).toBe(false);
    const past = await lead.query(
      `query($after: String) { cohort(id: "coh_1") { applications(first: 5, after: $after) { edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`,
      { after: all.data.cohort.applications.pageInfo.endCursor },
    );
    expect(past.data.cohort.applications).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
    });
  });

  it('refuses a page size outside 1 to 100 with BAD_USER_INPUT naming "first"', async () => {
    for (const first of [0, 101]) {
      const error = onlyError(await as('LEAD_LXP').query(`query($first: Int) { cohorts(first: $first) { totalCount } }`, { first }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });

  it('refuses a cursor it did not issue with BAD_USER_INPUT naming "after"', async () => {
    const error = onlyError(await as('LEAD_LXP').query(`{ cohorts(after: "not-a-cursor") { edges { cursor } } }`));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('answers null for a cohort that does not exist, and BAD_USER_INPUT for an id that is not a cohort id', async () => {
    const missing = await as('HR').query(`{ cohort(id: "coh_doesnotexist") { id } }`);
    expect(missing.data).toEqual({ cohort: null });
    expect(missing.errors).toBeUndefined();
    const malformed = onlyError(await as('HR').query(`{ cohort(id: "app_c1_01") { id } }`));
    expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('tells a person who they are', async () => {
    const res = await as('per_trainee_20').query(`{ me { id displayName roles } }`);
    expect(res.data.me).toEqual({ id: 'per_trainee_20', displayName: 'Tariq Hussain', roles: ['SERVICE_USER'] });
  });

  it('gives a token subject with no person record no roles, so even me is refused', async () => {
    const res = await graphql(
      await tokenFor('per_nobody', ['SERVICE_USER']),
      `
        {
          me {
            id
          }
        }
      `,
    );
    expect(res.data).toEqual({ me: null });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
