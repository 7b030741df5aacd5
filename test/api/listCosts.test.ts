import { describe, expect, it } from 'vitest';
import { as } from '../support/api';

/**
 * DynamoDB requests per list are set by the query's shape, never by its rows: the first row, a page of
 * several and a page deeper in the list (after a cursor) cost the same requests. Each list is read with
 * the records its nodes refer to, so a lookup per row would show. (The benchmark, `npm run bench`, shows
 * the same for cohort applications from 1 to 250 rows.)
 */
const LISTS: { name: string; role: string; path: string[]; query: string }[] = [
  {
    name: 'posts with their vacancy',
    role: 'HR',
    path: ['posts'],
    query: `query($n: Int, $after: String) { posts(first: $n, after: $after) { edges { node { id vacancy { id } } } pageInfo { endCursor } } }`,
  },
  {
    name: 'employments with the LXP, post and supervisor',
    role: 'HR',
    path: ['employments'],
    query: `query($n: Int, $after: String) { employments(first: $n, after: $after) {
      edges { node { id lxp { displayName } post { id } supervisor { displayName } } } pageInfo { endCursor } } }`,
  },
  {
    name: 'CDP sessions with their leader',
    role: 'LEAD_LXP',
    path: ['cdpSessions'],
    query: `query($n: Int, $after: String) { cdpSessions(first: $n, after: $after) { edges { node { id leader { displayName } } } pageInfo { endCursor } } }`,
  },
  {
    name: 'workstreams',
    role: 'LEAD_LXP',
    path: ['workstreams'],
    query: `query($n: Int, $after: String) { workstreams(first: $n, after: $after) { edges { node { id } } pageInfo { endCursor } } }`,
  },
  {
    name: 'mentors with their person',
    role: 'LEAD_LXP',
    path: ['mentors'],
    query: `query($n: Int, $after: String) { mentors(first: $n, after: $after) { edges { node { person { displayName } } } pageInfo { endCursor } } }`,
  },
  {
    name: 'people',
    role: 'HR',
    path: ['people'],
    query: `query($n: Int, $after: String) { people(first: $n, after: $after) { edges { node { id displayName } } pageInfo { endCursor } } }`,
  },
];

type Page = { edges: unknown[]; pageInfo: { endCursor: string | null } };

async function cost(role: string, query: string, path: string[], variables: Record<string, unknown>) {
  const res = await as(role).query(query, variables);
  expect(res.errors).toBeUndefined();
  const page = path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], res.data) as Page;
  return { calls: res.extensions?.dynamodb?.calls, rows: page.edges.length, end: page.pageInfo.endCursor };
}

describe('requests per list page', () => {
  for (const list of LISTS) {
    it(`${list.name}: the first row, a page of 20 and the page after the first row cost the same requests`, async () => {
      const one = await cost(list.role, list.query, list.path, { n: 1 });
      const twenty = await cost(list.role, list.query, list.path, { n: 20 });
      const deeper = await cost(list.role, list.query, list.path, { n: 20, after: one.end });
      // The seeded programme has at least two of each, so every page here holds rows.
      expect([one.rows, twenty.rows > 1, deeper.rows > 0]).toEqual([1, true, true]);
      expect(twenty.calls).toBe(one.calls);
      expect(deeper.calls).toBe(one.calls);
    });
  }
});
