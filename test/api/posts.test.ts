import { describe, expect, it } from 'vitest';
import { as, newPerson, onlyError, type Caller } from '../support/api';
import { ADVERTISE, CONVERT, FUTURE, PAST, draftPost, vacancy } from '../support/programme';

const WITHDRAW = `mutation($input: WithdrawPostInput!) { withdrawPost(input: $input) { post { id status } } }`;
const VACANCY = `query($after: String) { hcaVacancies(first: 100, after: $after) { edges { node { id status post { id } } } pageInfo { hasNextPage endCursor } } }`;
const POSTS = `query($after: String) { posts(first: 100, after: $after) { edges { node { id role band area ftePercent status } } pageInfo { hasNextPage endCursor } } }`;

/** Every post, page by page: other suites add posts to the shared table, so one page may not hold a new one. */
async function allPosts(viewer: Caller): Promise<{ node: { id: string; status: string } }[]> {
  const edges: { node: { id: string; status: string } }[] = [];
  let after: string | undefined;
  do {
    const res = await viewer.query(POSTS, { after });
    edges.push(...res.data.posts.edges);
    after = res.data.posts.pageInfo.hasNextPage ? res.data.posts.pageInfo.endCursor : undefined;
  } while (after);
  return edges;
}

describe('HCA vacancies and LXP posts', () => {
  it('converts a vacancy into a DRAFT LXP_HCA post at band 3, and marks the vacancy converted, together', async () => {
    const vacancyId = await vacancy(70);
    const res = await as('HR').query(CONVERT, { input: { vacancyId, role: 'LXP_HCA', area: 'ADULT_COMMUNITY' } });
    expect(res.errors).toBeUndefined();
    const post = res.data.convertVacancyToPost.post;
    expect(post).toMatchObject({ role: 'LXP_HCA', band: 3, area: 'ADULT_COMMUNITY', ftePercent: 70, status: 'DRAFT' });
    const vacancies: any[] = [];
    let after: string | undefined;
    do {
      const page = (await as('HR').query(VACANCY, { after })).data.hcaVacancies;
      vacancies.push(...page.edges.map((e: any) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    expect(vacancies.find((v: any) => v.id === vacancyId)).toEqual({ id: vacancyId, status: 'CONVERTED', post: { id: post.id } });
  });

  it('converts to a LEAD_LXP post at band 5', async () => {
    const res = await as('HR').query(CONVERT, { input: { vacancyId: await vacancy(), role: 'LEAD_LXP' } });
    expect(res.data.convertVacancyToPost.post).toMatchObject({ role: 'LEAD_LXP', band: 5 });
  });

  it('refuses converting a vacancy a second time with CONFLICT / ALREADY_CONVERTED', async () => {
    const vacancyId = await vacancy();
    await as('HR').query(CONVERT, { input: { vacancyId, role: 'LXP_HCA' } });
    const error = onlyError(await as('HR').query(CONVERT, { input: { vacancyId, role: 'LEAD_LXP' } }));
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_CONVERTED' });
  });

  it('converts a vacancy once when two conversions race: one post, one CONFLICT', async () => {
    const vacancyId = await vacancy();
    const results = await Promise.all([1, 2].map(() => as('HR').query(CONVERT, { input: { vacancyId, role: 'LXP_HCA' } })));
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const posts = (await allPosts(as('HR'))).filter((e) => e.node.status === 'DRAFT');
    const winner = results.find((r) => !r.errors)!.data.convertVacancyToPost.post.id;
    const loser = results.find((r) => r.errors)!;
    expect(loser.data.convertVacancyToPost).toBeNull();
    expect(posts.some((e: any) => e.node.id === winner)).toBe(true);
  });

  it('refuses conversion to anyone but HR with FORBIDDEN', async () => {
    const vacancyId = await vacancy();
    for (const who of ['LEAD_LXP', 'CLINICIAN', 'SERVICE_USER'] as const) {
      expect(onlyError(await as(who).query(CONVERT, { input: { vacancyId, role: 'LXP_HCA' } })).extensions).toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });

  it('refuses an FTE outside 10 to 100 with BAD_USER_INPUT naming input.ftePercent', async () => {
    const error = onlyError(await as('HR').query(CONVERT, { input: { vacancyId: await vacancy(), role: 'LXP_HCA', ftePercent: 120 } }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ftePercent' });
  });

  it('advertises a draft post with its NHS Jobs reference, closing date and the time it was advertised', async () => {
    const post = await draftPost();
    const res = await as('HR').query(ADVERTISE, { input: { postId: post.id, nhsJobsReference: '338-LXP-26-99', closingDate: FUTURE() } });
    expect(res.errors).toBeUndefined();
    const advertised = res.data.advertisePost.post;
    expect(advertised).toMatchObject({ status: 'ADVERTISED', nhsJobsReference: '338-LXP-26-99', closingDate: FUTURE() });
    expect(Date.parse(advertised.advertisedAt)).toBeGreaterThan(Date.now() - 600_000);
  });

  it('refuses advertising a post that is not a draft with CONFLICT / NOT_DRAFT, and a past closing date with BAD_USER_INPUT', async () => {
    const post = await draftPost();
    await as('HR').query(ADVERTISE, { input: { postId: post.id, nhsJobsReference: 'R1', closingDate: FUTURE() } });
    const again = onlyError(await as('HR').query(ADVERTISE, { input: { postId: post.id, nhsJobsReference: 'R2', closingDate: FUTURE() } }));
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_DRAFT' });
    const other = await draftPost();
    const past = onlyError(await as('HR').query(ADVERTISE, { input: { postId: other.id, nhsJobsReference: 'R3', closingDate: PAST() } }));
    expect(past.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.closingDate' });
  });

  it('withdraws a post once: CONFLICT / POST_CLOSED the second time', async () => {
    const post = await draftPost();
    const res = await as('HR').query(WITHDRAW, { input: { postId: post.id } });
    expect(res.data.withdrawPost.post.status).toBe('WITHDRAWN');
    expect(onlyError(await as('HR').query(WITHDRAW, { input: { postId: post.id } })).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'POST_CLOSED',
    });
  });

  it('lists posts to everyone signed in, but the vacancy behind a post only to HR', async () => {
    const post = await draftPost();
    const viewer = await newPerson(['SERVICE_USER']);
    expect((await allPosts(viewer)).some((e) => e.node.id === post.id)).toBe(true);
    const vacancyField = await viewer.query(`query($id: ID!) { post(id: $id) { id vacancy { id } } }`, { id: post.id });
    expect(onlyError(vacancyField)).toMatchObject({ path: ['post', 'vacancy'], extensions: { code: 'FORBIDDEN' } });
    expect(onlyError(await viewer.query(VACANCY)).extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
