import { describe, expect, it } from 'vitest';
import { as, newPerson } from '../support/api';
import { count } from '../support/securityCounts';

/** Every attempt at special-category data is on the record, wherever on the path it was stopped. */
const TRAIL = `query($id: ID!, $after: String) { auditTrail(subjectId: $id, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { actorId decision fields deniedFields attempts } } } }`;

/** One actor's events in a subject's whole trail (paged: other suites read the same seeded people meanwhile). */
async function eventsBy(subjectId: string, actorId: string) {
  const events: any[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const trail: any = (await as('HR').query(TRAIL, { id: subjectId, after })).data.auditTrail;
    events.push(...trail.edges.map((e: any) => e.node));
    if (!trail.pageInfo.hasNextPage) break;
    after = trail.pageInfo.endCursor;
  }
  return events.filter((e) => e.actorId === actorId);
}

describe('attempts refused above the field', () => {
  it('records a statement asked for under a refused person as a refused read for that person', async () => {
    const stranger = await newPerson(['SERVICE_USER']);
    count('attackQueries');
    const res = await stranger.query(`{ person(id: "per_trainee_21") { trainingApplications { edges { node { statement } } } } }`);
    expect(res.data).toEqual({ person: null });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await eventsBy('per_trainee_21', stranger.id)).toEqual([
      expect.objectContaining({
        decision: 'DENIED',
        fields: ['TrainingApplication.statement'],
        deniedFields: ['TrainingApplication.statement'],
      }),
    ]);
  });

  it('records a reason asked for under a refused connection, through a fragment', async () => {
    const hr = await newPerson(['HR']);
    count('attackQueries');
    const res = await hr.query(
      `{ person(id: "per_trainee_20") { trainingApplications { ...S } } } fragment S on TrainingApplicationConnection { edges { node { statement } } }`,
    );
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await eventsBy('per_trainee_20', hr.id)).toEqual([
      expect.objectContaining({ decision: 'DENIED', fields: ['TrainingApplication.statement'] }),
    ]);
  });

  it('does not record a field that @skip or @include removed: it was not asked for', async () => {
    const stranger = await newPerson(['SERVICE_USER']);
    const res = await stranger.query(
      `query($no: Boolean = false) { person(id: "per_trainee_21") { trainingApplications { edges { node { id statement @include(if: $no) } } } } }`,
    );
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const skipped = await stranger.query(`{ trainingApplication(id: "app_c2_05") { id statement @skip(if: true) } }`);
    expect(skipped.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await eventsBy('per_trainee_21', stranger.id)).toEqual([]);
  });
});
