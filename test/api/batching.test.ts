import { describe, expect, it } from 'vitest';
import { as, requestCounts } from '../support/api';

/** DynamoDB requests per operation are bounded by the query's shape, not by its rows. */
describe('batched reads', () => {
  it('loads the applicants of 18 applications in one BatchGetItem', async () => {
    const res = await as('LEAD_LXP').query(
      `{ cohort(id: "coh_1") { applications(first: 18) { edges { node { applicant { displayName } cohort { number } } } } } }`,
    );
    expect(res.data.cohort.applications.edges).toHaveLength(18);
    // The viewer's person record (1 BatchGet), then the cohort (1 BatchGet) with the page (1 Query), then the
    // applicants and their cohort together (1 BatchGet).
    expect(requestCounts(res)).toEqual({ calls: 4, roundTrips: 3, byCommand: { BatchGetItemCommand: 3, QueryCommand: 1 } });
  });

  it("checks a clinician's FACILITATOR relation for a page of records in one batch", async () => {
    const res = await as('per_facilitator').query(
      `{ cohort(id: "coh_2") { applications(first: 20) { edges { node { applicant { id } declineReason } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    // The viewer's person record, cohort, page, then relation checks and applicants batched together.
    expect(res.extensions?.dynamodb?.byCommand.QueryCommand).toBe(1);
    expect(res.extensions?.dynamodb?.calls).toBeLessThanOrEqual(5);
  });

  it('costs the same for 1 and for 20 applications', async () => {
    const calls = async (n: number) =>
      (
        await as('per_facilitator').query(
          `query($n: Int) { cohort(id: "coh_2") { applications(first: $n) { edges { node { applicant { id } } } } } }`,
          { n },
        )
      ).extensions?.dynamodb?.calls;
    expect(await calls(20)).toBe(await calls(1));
  });
});
