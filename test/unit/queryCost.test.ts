import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryCost } from '../../functions/graphql/limits/queryCost';
import { schema } from '../../functions/graphql/schema';
import { LEAD_LXP_APPLICANTS } from '../support/queries';

const cost = (query: string, variables: Record<string, unknown> = {}) => queryCost(schema, parse(query), undefined, variables);

describe('the row cost of a query', () => {
  it("counts the Lead LXP's five cohorts, 500 applications and 500 applicants as 1,005 rows", () => {
    expect(cost(LEAD_LXP_APPLICANTS)).toBe(5 + 500 + 500);
  });

  it('counts the other queries the README promises: a page of 100 with a linked record each, and 100 cohorts × 40 applications', () => {
    expect(cost(`{ cohort(id: "coh_1") { applications(first: 100) { edges { node { applicant { displayName } } } } } }`)).toBe(1 + 200);
    expect(cost(`{ cohorts(first: 100) { edges { node { applications(first: 40) { totalCount } } } } }`)).toBe(4_100);
  });

  it('counts a connection without `first` at the default page size of 20', () => {
    expect(cost(`{ cohorts { edges { node { id } } } }`)).toBe(20);
  });

  it('counts a page size above the maximum as the 100 rows the server returns at most', () => {
    expect(cost(`{ cohorts(first: 1000) { totalCount } }`)).toBe(100);
  });

  it('counts a single record as one row and scalars, page info and totalCount as nothing', () => {
    expect(cost(`{ me { id displayName } }`)).toBe(1);
    expect(cost(`{ cohorts(first: 3) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`)).toBe(3);
  });

  it('applies variable defaults as execution does, and the values given over them', () => {
    const query = `query($n: Int = 7) { cohorts(first: $n) { totalCount } }`;
    expect(cost(query)).toBe(7);
    expect(cost(query, { n: 2 })).toBe(2);
    expect(cost(query, { n: null })).toBe(20);
  });
});
