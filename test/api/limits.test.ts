import { describe, expect, it } from 'vitest';
import { as, send, tokenFor } from '../support/api';

describe('abuse limits', () => {
  it('refuses a query nested deeper than 10 levels before running it', async () => {
    const deep = `{ cohort(id: "coh_1") { applications { edges { node { ${'deferredTo { '.repeat(7)}id ${'} '.repeat(7)}} } } } }`;
    const res = await as('LEAD_LXP').query(deep);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses more than 15 aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ');
    const res = await as('LEAD_LXP').query(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses nested pages that could return more than 5,000 rows, naming the count', async () => {
    const res = await as('LEAD_LXP').query(
      `query($n: Int) { cohorts(first: $n) { edges { node { applications(first: $n) { totalCount } } } } }`,
      { n: 100 },
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_LARGE', nodes: 10_100, maxNodes: 5_000 });
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
