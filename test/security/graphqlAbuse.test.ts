import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ruleReaches } from '../../functions/graphql/auth/policy';
import { policy } from '../../functions/graphql/schema';
import { canHold } from '../../functions/lib/vocabulary';
import { as, send, tokenFor } from '../support/api';
import { countCommands } from '../support/faults';
import { count } from '../support/securityCounts';

/**
 * GraphQL abuse (OWASP GraphQL Cheat Sheet): every limit holds however the query is spelt (fragments,
 * variables with defaults, directives, aliases including __typename); a rejected query runs no resolver and
 * makes no DynamoDB call; persisted-query mismatches are the client's error; introspection is role-scoped.
 */
let counter: ReturnType<typeof countCommands> | undefined;
afterEach(() => counter?.remove());

async function rejected(query: string, variables?: Record<string, unknown>, who = as('LEAD_LXP')) {
  counter = countCommands();
  count('attackQueries');
  const res = await who.query(query, variables);
  counter.remove();
  expect(res.status).toBe(400);
  expect(res.data).toBeUndefined();
  // Nothing ran: no resolver reached DynamoDB (not even the viewer's own person record).
  expect(counter.calls).toBe(0);
  return res;
}

const deepFragments = `
  query { cohort(id: "coh_1") { ...A } }
  fragment A on Cohort { applications { edges { node { ...B } } } }
  fragment B on TrainingApplication { deferredTo { deferredTo { deferredTo { ...C } } } }
  fragment C on TrainingApplication { deferredTo { deferredTo { deferredTo { deferredTo { id } } } } }`;

describe('limits hold however the query is spelt', () => {
  it('refuses depth hidden in fragments', async () => {
    expect((await rejected(deepFragments)).errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_LARGE', measure: 'depth' });
  });

  it('refuses depth hidden in inline fragments', async () => {
    const inline = `{ cohort(id: "coh_1") { ... on Cohort { applications { edges { node { ... on TrainingApplication { ${'deferredTo { '.repeat(7)}id${' }'.repeat(7)} } } } } } } }`;
    expect((await rejected(inline)).errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_LARGE', measure: 'depth' });
  });

  it('counts __typename aliases against the alias limit', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `t${i}: __typename`).join(' ');
    expect((await rejected(`{ ${aliases} }`)).errors?.[0]?.message).toMatch(/alias/i);
  });

  it('counts aliases spread across fragments', async () => {
    const half = (p: string) => Array.from({ length: 8 }, (_, i) => `${p}${i}: id`).join(' ');
    const res = await rejected(`{ me { ...A ...B } } fragment A on Person { ${half('a')} } fragment B on Person { ${half('b')} }`);
    expect(res.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('counts rows with a variable left to its default', async () => {
    const res = await rejected(`query($n: Int = 100) { cohorts(first: $n) { edges { node { applications(first: $n) { totalCount } } } } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_LARGE', measure: 'cost' });
  });

  it('counts rows through fragments and aliases', async () => {
    // Refused by the cost or the row limit, whichever counts first; either way before anything runs.
    const res = await rejected(
      `{ a: cohorts(first: 100) { ...Apps } b: cohorts(first: 100) { ...Apps } } fragment Apps on CohortConnection { edges { node { applications(first: 30) { totalCount } } } }`,
    );
    expect(res.errors?.[0]?.message).toMatch(/cost|rows/i);
  });

  it('refuses more than 20 directives', async () => {
    const fields = Array.from({ length: 21 }, () => `id @include(if: true)`).join(' ');
    expect((await rejected(`{ me { ${fields} } }`)).errors?.[0]?.message).toMatch(/directive/i);
  });

  it('refuses a document of more than 2,500 tokens, whatever it is made of', async () => {
    await rejected(`{ me { ${'__typename '.repeat(2600)}} }`);
  });

  it('refuses a query with a syntax error, and an unknown field, before anything runs', async () => {
    expect((await rejected(`{ me { id }`)).errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect((await rejected(`{ me { secret } }`)).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('persisted queries', () => {
  const post = async (body: unknown) => {
    const token = await tokenFor('per_hr', ['HR']);
    count('attackQueries');
    return send({ headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  };

  it('answers a hash that does not match the query with PERSISTED_QUERY_MISMATCH, a client error, not an internal one', async () => {
    counter = countCommands();
    const res = await post({ query: '{ me { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    expect(res.status).toBe(400);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_MISMATCH']);
    expect(counter.calls).toBe(0);
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND and a matching one with data', async () => {
    const query = '{ me { id } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const missing = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } });
    expect(missing.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const ok = await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(ok.data).toEqual({ me: { id: 'per_hr' } });
  });

  it('answers an unsupported persisted-query version as a client error', async () => {
    const res = await post({ query: '{ me { id } }', extensions: { persistedQuery: { version: 2, sha256Hash: 'c'.repeat(64) } } });
    expect(res.status).toBe(400);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_SUPPORTED']);
  });
});

describe('introspection is scoped to the viewer’s roles however it is asked', () => {
  const typesOf = (res: any) => new Set<string>((res.data?.__schema?.types ?? res.data?.s?.types ?? []).map((t: any) => t.name));

  it('hides the staff-only mutations from a service user, also when asked through a fragment and an alias', async () => {
    const direct = await as('SERVICE_USER').query(`{ __schema { mutationType { fields { name } } } }`);
    const viaFragment = await as('SERVICE_USER').query(`{ ...Q } fragment Q on Query { s: __schema { mutationType { fields { name } } } }`);
    const viaInline = await as('SERVICE_USER').query(`{ ... on Query { __schema { mutationType { fields { name } } } } }`);
    count('attackQueries', 3);
    const names = (res: any) => (res.data.__schema ?? res.data.s).mutationType.fields.map((f: any) => f.name).sort();
    // Exactly the mutations whose rule reaches a service user (by role, or by a relation such as SELF they can hold).
    const theirs = [...policy.fields.values()]
      .filter((f) => f.typeName === 'Mutation' && f.rule && ruleReaches(f.rule, ['SERVICE_USER'], canHold))
      .map((f) => f.fieldName)
      .sort();
    expect(theirs).toEqual(expect.arrayContaining(['applyToCohort', 'enrol', 'writePortfolioEntry', 'applyForPost']));
    expect(names(direct)).toEqual(theirs);
    for (const staffOnly of ['createCohort', 'decideApplication', 'recordSupervision', 'assessPortfolio', 'recordHcaVacancy'])
      expect(names(direct)).not.toContain(staffOnly);
    expect(names(viaFragment)).toEqual(names(direct));
    expect(names(viaInline)).toEqual(names(direct));
  });

  it('does not answer __type for a type the role cannot see, through a fragment', async () => {
    const res = await as('SERVICE_USER').query(`{ ...T } fragment T on Query { __type(name: "PersonConnection") { name } }`);
    count('attackQueries');
    expect(res.data).toEqual({ __type: null });
    const hr = await as('HR').query(`{ __schema { types { name } } }`);
    expect(typesOf(hr).has('PersonConnection')).toBe(true);
    const su = await as('SERVICE_USER').query(`{ ...S } fragment S on Query { __schema { types { name } } }`);
    expect(typesOf(su).has('PersonConnection')).toBe(false);
  });

  it('refuses introspection mixed with data fields', async () => {
    count('attackQueries');
    const res = await as('SERVICE_USER').query(`{ __schema { queryType { name } } people { totalCount } }`);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
  });
});
