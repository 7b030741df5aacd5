import { describe, expect, it } from 'vitest';
import { as, send, tokenFor, type GqlResponse } from '../support/api';
import { LEAD_LXP_APPLICANTS } from '../support/queries';

/** 100 cohorts × 100 applications: 10,100 rows. */
const NESTED_PAGES = `cohorts(first: $n) { edges { node { applications(first: $n) { totalCount } } } }`;

function refusedAsTooLarge(res: GqlResponse, measure: string, found: number, limit: number) {
  expect(res.status).toBe(400);
  expect(res.data).toBeUndefined();
  expect(res.errors).toHaveLength(1);
  expect(res.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_LARGE', measure, found, limit });
  expect(res.errors?.[0]?.message).not.toMatch(/^Syntax Error/);
  // Refused before any resolver ran: nothing was read.
  expect(res.extensions?.dynamodb?.calls).toBe(0);
}

describe('query limits', () => {
  it("accepts the Lead LXP's five cohorts with 100 applications each and the applicants' names", async () => {
    const res = await as('LEAD_LXP').query(LEAD_LXP_APPLICANTS);
    expect(res.errors).toBeUndefined();
    const cohorts = res.data.cohorts.edges.map((e: any) => e.node);
    expect(cohorts[0].number).toBe(1);
    expect(cohorts[0].applications.edges).toHaveLength(18);
    expect(typeof cohorts[0].applications.edges[0].node.applicant.displayName).toBe('string');
  });

  it('refuses nested pages that could return more than 5,000 rows, naming the rows found and the limit', async () => {
    const res = await as('LEAD_LXP').query(`query($n: Int) { ${NESTED_PAGES} }`, { n: 100 });
    refusedAsTooLarge(res, 'cost', 10_100, 5_000);
    expect(res.errors?.[0]?.message).toBe('The query may read 10100 rows; the limit is 5000. Ask for smaller pages.');
  });

  it("counts a variable's default value when the request leaves the variable out", async () => {
    const res = await as('LEAD_LXP').query(`query($n: Int = 100) { ${NESTED_PAGES} }`);
    refusedAsTooLarge(res, 'cost', 10_100, 5_000);
  });

  it('counts pages asked for through fragments and inline fragments', async () => {
    const res = await as('LEAD_LXP').query(
      `query($n: Int = 100) { ... on Query { cohorts(first: $n) { ...Apps } } }
       fragment Apps on CohortConnection { edges { node { applications(first: $n) { totalCount } } } }`,
    );
    refusedAsTooLarge(res, 'cost', 10_100, 5_000);
  });

  it('leaves out what @skip and @include leave out', async () => {
    const query = `query($n: Int = 100, $apps: Boolean!) {
      cohorts(first: $n) { totalCount edges { node { number applications(first: $n) @include(if: $apps) { totalCount } } } }
    }`;
    const without = await as('LEAD_LXP').query(query, { apps: false });
    expect(without.errors).toBeUndefined();
    expect(without.data.cohorts.edges[0].node).toEqual({ number: 1 });
    refusedAsTooLarge(await as('LEAD_LXP').query(query, { apps: true }), 'cost', 10_100, 5_000);
    const skipped = await as('LEAD_LXP').query(
      `{ cohorts(first: 100) { totalCount edges { node { applications(first: 100) @skip(if: true) { totalCount } } } } }`,
    );
    expect(skipped.errors).toBeUndefined();
  });

  it('refuses a query nested deeper than 10 fields before running it', async () => {
    const deep = `{ cohort(id: "coh_1") { applications { edges { node { ${'deferredTo { '.repeat(7)}id ${'} '.repeat(7)}} } } } }`;
    refusedAsTooLarge(await as('LEAD_LXP').query(deep), 'depth', 12, 10);
  });

  it('refuses more than 15 aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ');
    refusedAsTooLarge(await as('LEAD_LXP').query(`{ ${aliases} }`), 'aliases', 16, 15);
  });

  it('refuses fragments that expand to more than 2,500 selections, measured without expanding them', async () => {
    // Each fragment spreads the one below it twice: 2^12 copies of `id` from a few hundred characters.
    const levels = Array.from({ length: 12 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const res = await as('LEAD_LXP').query(`{ ...F0 }\n${levels}\nfragment F12 on Query { me { id } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_LARGE', measure: 'selections', limit: 2_500 });
  });

  it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED', async () => {
    const res = await as('LEAD_LXP').query(`{ me { id }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses a document of more than 2,500 tokens', async () => {
    const res = await as('LEAD_LXP').query(`{ me { ${'id '.repeat(2600)}} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/token/i);
  });

  it('refuses batched HTTP requests (an array of operations)', async () => {
    const token = await tokenFor('per_hr', ['HR']);
    const res = await send({
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(res.status).toBe(400);
  });
});
