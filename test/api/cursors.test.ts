import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { listId } from '../../functions/db/cursor';
import { TrainingApplication } from '../../functions/db/entities';
import { logger } from '../../functions/lib/logger';
import { as } from '../support/api';

/**
 * A cursor is bound to the list that issued it. One from another list, or one made by hand, must never move
 * a page into rows that are not the list's, nor reach DynamoDB as a key it refuses: it is BAD_USER_INPUT
 * naming `after`, never an internal error (which would also be an ERROR log).
 */

const APPLICATIONS = `query($cohortId: ID!, $after: String) {
  cohort(id: $cohortId) { applications(first: 5, after: $after) { edges { cursor node { id cohort { id } } } pageInfo { endCursor } } }
}`;
const COHORTS = `query($after: String) { cohorts(first: 1, after: $after) { edges { cursor node { id } } } }`;
const PEOPLE = `query($after: String) { people(first: 2, after: $after) { edges { cursor node { id } } } }`;

const lead = as('LEAD_LXP');
const encode = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8').toString('base64url');
const decode = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { k: string; l: string };
const cohort1List = listId(TrainingApplication.collections.ofCohort('coh_1'));

async function firstCursor(query: string, variables: Record<string, unknown>, path: (data: any) => any): Promise<string> {
  const res = await lead.query(query, variables);
  expect(res.errors).toBeUndefined();
  return path(res.data).edges[0].cursor as string;
}

function expectRefusedAfter(res: { data?: any; errors?: { extensions?: Record<string, unknown> }[] }) {
  expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'after']]);
}

describe('cursors', () => {
  let errors: MockInstance;
  beforeEach(() => {
    errors = vi.spyOn(logger, 'error');
  });
  afterEach(() => {
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it("page through one list: cohort 1's 18 applications in pages of 5, every row the cohort's own", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const res: any = await lead.query(APPLICATIONS, { cohortId: 'coh_1', after });
      expect(res.errors).toBeUndefined();
      const { edges, pageInfo } = res.data.cohort.applications;
      for (const edge of edges) {
        expect(edge.node.cohort.id).toBe('coh_1');
        seen.push(edge.node.id);
      }
      after = pageInfo.endCursor;
    } while (after);
    expect(new Set(seen).size).toBe(18);
  });

  it("refuse a cursor from cohort 1's applications on cohort 2's", async () => {
    const cursor = await firstCursor(APPLICATIONS, { cohortId: 'coh_1' }, (d) => d.cohort.applications);
    expectRefusedAfter(await lead.query(APPLICATIONS, { cohortId: 'coh_2', after: cursor }));
  });

  it("refuse a cursor from the cohorts list on a cohort's applications, and one from the people list on the cohorts", async () => {
    const cohortsCursor = await firstCursor(COHORTS, {}, (d) => d.cohorts);
    expectRefusedAfter(await lead.query(APPLICATIONS, { cohortId: 'coh_1', after: cohortsCursor }));
    const peopleCursor = await firstCursor(PEOPLE, {}, (d) => d.people);
    expectRefusedAfter(await lead.query(COHORTS, { after: peopleCursor }));
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor!'],
    ['JSON that is not an object', encode('"coh_1"')],
    ['a cursor without its list (the old format)', encode({ k: 'coh_1#Applications#' })],
    ['the right list with an empty key', encode({ k: '', l: cohort1List })],
    ['the right list with a key longer than DynamoDB allows', encode({ k: `coh_1#${'x'.repeat(1100)}`, l: cohort1List })],
    ['the right list with a NUL in the key', encode({ k: 'coh_1#\u0000', l: cohort1List })],
    ['a key that is not a string', encode({ k: 42, l: cohort1List })],
  ])('refuse %s with BAD_USER_INPUT naming after', async (_what, after) => {
    expectRefusedAfter(await lead.query(APPLICATIONS, { cohortId: 'coh_1', after }));
  });

  it("keep a hand-made key on a whole list inside that list: the Lead LXP's page after another cohort's key has only cohort 1's rows", async () => {
    for (const k of ['a', 'coh_2#2018-01-01', '\u{10FFFF}']) {
      const res = await lead.query(APPLICATIONS, { cohortId: 'coh_1', after: encode({ k, l: cohort1List }) });
      expect(res.errors).toBeUndefined();
      for (const edge of res.data.cohort.applications.edges) expect(edge.node.cohort.id).toBe('coh_1');
    }
  });

  // A trainee's view of a cohort's applications is their own rows of that cohort: a key condition with a
  // sort-key prefix, where a key outside the prefix would widen the range or be refused by DynamoDB.
  it.each([
    ['below the range (would reach their applications to other cohorts)', 'a'],
    ['above the range (DynamoDB refuses a BETWEEN whose low bound is above its high one)', '\u{10FFFF}'],
    ["in another cohort's range", 'coh_2#'],
  ])("refuse a trainee's hand-made key %s on their own page of a cohort's applications", async (_what, k) => {
    const trainee = as('per_trainee_02');
    const res = await trainee.query(APPLICATIONS, { cohortId: 'coh_1' });
    expect(res.errors).toBeUndefined();
    const issued = decode(res.data.cohort.applications.edges[0].cursor);
    expectRefusedAfter(await trainee.query(APPLICATIONS, { cohortId: 'coh_1', after: encode({ ...issued, k }) }));
  });

  it('refuse a key at or above the cut-off of the overdue-supervision list (a range below a bound)', async () => {
    const OVERDUE = `query($after: String) { overdueSupervision(first: 1, after: $after) { edges { cursor node { id } } } }`;
    const res = await lead.query(OVERDUE);
    expect(res.errors).toBeUndefined();
    const issued = decode(res.data.overdueSupervision.edges[0].cursor);
    expectRefusedAfter(await lead.query(OVERDUE, { after: encode({ ...issued, k: '\u{10FFFF}' }) }));
    const next = await lead.query(OVERDUE, { after: encode(issued) });
    expect(next.errors).toBeUndefined();
  });
});
