import { describe, expect, it } from 'vitest';
import { as, expectNoErrors, newPerson, onlyError } from '../support/api';
import { enrolled, entry, trailOf, UPDATE, withMentor, WRITE } from '../support/training';

const ENTRIES = `query($id: ID!) { enrolment(id: $id) { portfolio { entries { totalCount edges { node { id title status sharedWithMentor } } } } } }`;
const titlesSeenBy = async (who: ReturnType<typeof as>, enrolmentId: string) => {
  const res = await who.query(ENTRIES, { id: enrolmentId });
  return res.data?.enrolment?.portfolio?.entries?.edges.map((e: any) => e.node.title) ?? null;
};
const COMMENT = `mutation($input: CommentOnPortfolioEntryInput!) { commentOnPortfolioEntry(input: $input) { feedback { id body author { id } } } }`;
const TUTORIAL = `mutation($input: RecordTutorialInput!) { recordTutorial(input: $input) { tutorial { id date durationMinutes notes facilitator { id } } } }`;

describe('portfolio entries', () => {
  it('are written by the trainee as DRAFTs, which the Lead LXP sees and facilitators and mentors do not', async () => {
    const e = await enrolled();
    const mentor = await withMentor(e);
    await entry(e, 'DRAFT', { title: 'A draft' });
    expect(await titlesSeenBy(e.trainee, e.enrolmentId)).toEqual(['A draft']);
    expect(await titlesSeenBy(as('LEAD_LXP'), e.enrolmentId)).toEqual(['A draft']);
    expect(await titlesSeenBy(e.facilitators[0], e.enrolmentId)).toEqual([]);
    expect(await titlesSeenBy(mentor, e.enrolmentId)).toEqual([]);
  });

  it("are refused to anyone writing in someone else's portfolio, the Lead LXP and facilitators included", async () => {
    const e = await enrolled();
    const input = { portfolioId: e.portfolioId, title: 'Not mine', body: 'Not my writing' };
    for (const who of [as('LEAD_LXP'), e.facilitators[0], await newPerson(['SERVICE_USER'])]) {
      const res = await who.query(WRITE, { input });
      expect(onlyError(res)).toMatchObject({ path: ['writePortfolioEntry'], extensions: { code: 'FORBIDDEN' } });
    }
    expect(await titlesSeenBy(e.trainee, e.enrolmentId)).toEqual([]);
  });

  it('refuses an empty title with BAD_USER_INPUT naming input.title, writing nothing', async () => {
    const e = await enrolled();
    const res = await e.trainee.query(WRITE, { input: { portfolioId: e.portfolioId, title: '  ', body: 'Text' } });
    expect(onlyError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
    expect(await titlesSeenBy(e.trainee, e.enrolmentId)).toEqual([]);
  });

  it('are read by the mentor only when the trainee shares them, entry by entry, and no longer once unshared', async () => {
    const e = await enrolled();
    const mentor = await withMentor(e);
    const shared = await entry(e, 'DRAFT', { title: 'Shared', shared: true });
    await entry(e, 'FINAL', { title: 'Kept private' });
    expect(await titlesSeenBy(mentor, e.enrolmentId)).toEqual(['Shared']);
    expectNoErrors(await e.trainee.query(UPDATE, { input: { entryId: shared, sharedWithMentor: false } }));
    expect(await titlesSeenBy(mentor, e.enrolmentId)).toEqual([]);
  });

  it('are read by facilitators once submitted for comment or FINAL', async () => {
    const e = await enrolled();
    await entry(e, 'DRAFT', { title: 'Draft' });
    await entry(e, 'SUBMITTED_FOR_COMMENT', { title: 'For comment' });
    await entry(e, 'FINAL', { title: 'Final' });
    expect(await titlesSeenBy(e.facilitators[1], e.enrolmentId)).toEqual(['For comment', 'Final']);
  });

  it('are not visible at all to a clinician unrelated to the trainee, nor to HR', async () => {
    const e = await enrolled();
    await entry(e, 'FINAL');
    for (const who of [await newPerson(['CLINICIAN']), as('HR')]) {
      const res = await who.query(ENTRIES, { id: e.enrolmentId });
      expect(res.data.enrolment.portfolio).toBeNull();
      expect(onlyError(res)).toMatchObject({ path: ['enrolment', 'portfolio'], extensions: { code: 'FORBIDDEN' } });
    }
  });

  it('move forwards only, and a FINAL entry cannot be rewritten (NOT_ELIGIBLE)', async () => {
    const e = await enrolled();
    const id = await entry(e, 'FINAL');
    const back = await e.trainee.query(UPDATE, { input: { entryId: id, status: 'DRAFT' } });
    expect(onlyError(back).extensions).toMatchObject({ code: 'NOT_ELIGIBLE', reason: 'STATUS_ONLY_FORWARDS' });
    const rewrite = await e.trainee.query(UPDATE, { input: { entryId: id, body: 'New text' } });
    expect(onlyError(rewrite).extensions).toMatchObject({ code: 'NOT_ELIGIBLE', reason: 'ENTRY_FINAL' });
  });

  it('refuse a stale expectedVersion with CONFLICT / VERSION_MISMATCH', async () => {
    const e = await enrolled();
    const id = await entry(e);
    expectNoErrors(await e.trainee.query(UPDATE, { input: { entryId: id, title: 'Second title', expectedVersion: 1 } }));
    const stale = await e.trainee.query(UPDATE, { input: { entryId: id, title: 'Third title', expectedVersion: 1 } });
    expect(onlyError(stale).extensions).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_MISMATCH' });
  });
});

describe('facilitator feedback and tutorials', () => {
  it('a facilitator comments on an entry submitted for comment, which the trainee reads and the mentor may not', async () => {
    const e = await enrolled();
    const mentor = await withMentor(e);
    const id = await entry(e, 'SUBMITTED_FOR_COMMENT', { shared: true });
    const res = await e.facilitators[0].query(COMMENT, { input: { entryId: id, body: 'Say more about what changed.' } });
    expect(res.data.commentOnPortfolioEntry.feedback).toMatchObject({
      body: 'Say more about what changed.',
      author: { id: e.facilitators[0].id },
    });
    const FEEDBACK = `query($id: ID!) { enrolment(id: $id) { portfolio { entries { edges { node { id feedback { edges { node { body } } } } } } } } }`;
    const own = await e.trainee.query(FEEDBACK, { id: e.enrolmentId });
    expect(own.data.enrolment.portfolio.entries.edges[0].node.feedback.edges).toEqual([{ node: { body: 'Say more about what changed.' } }]);
    const mentors = await mentor.query(FEEDBACK, { id: e.enrolmentId });
    expect(mentors.data.enrolment.portfolio.entries.edges[0].node.feedback).toBeNull();
    expect(onlyError(mentors).extensions).toMatchObject({ code: 'FORBIDDEN', field: 'PortfolioEntry.feedback' });
  });

  it('refuses comments on a draft with NOT_ELIGIBLE / NOT_SUBMITTED_FOR_COMMENT', async () => {
    const e = await enrolled();
    const id = await entry(e, 'DRAFT');
    const res = await e.facilitators[0].query(COMMENT, { input: { entryId: id, body: 'Too early' } });
    expect(onlyError(res).extensions).toMatchObject({ code: 'NOT_ELIGIBLE', reason: 'NOT_SUBMITTED_FOR_COMMENT' });
  });

  it("refuses comments from a clinician who does not facilitate the trainee's cohort, and from the trainee's mentor", async () => {
    const e = await enrolled();
    const mentor = await withMentor(e);
    const id = await entry(e, 'SUBMITTED_FOR_COMMENT', { shared: true });
    for (const who of [await newPerson(['CLINICIAN']), mentor]) {
      const res = await who.query(COMMENT, { input: { entryId: id, body: 'Not my place' } });
      expect(onlyError(res)).toMatchObject({ path: ['commentOnPortfolioEntry'], extensions: { code: 'FORBIDDEN' } });
    }
  });

  it('a facilitator records a tutorial, which the trainee reads and HR may not', async () => {
    const e = await enrolled();
    const res = await e.facilitators[1].query(TUTORIAL, {
      input: { portfolioId: e.portfolioId, date: '2030-02-01', durationMinutes: 45, notes: 'Structuring a reflective account.' },
    });
    expect(res.data.recordTutorial.tutorial).toMatchObject({
      date: '2030-02-01',
      durationMinutes: 45,
      facilitator: { id: e.facilitators[1].id },
    });
    const TUTORIALS = `query($id: ID!) { enrolment(id: $id) { portfolio { tutorials { edges { node { notes } } } } } }`;
    const own = await e.trainee.query(TUTORIALS, { id: e.enrolmentId });
    expect(own.data.enrolment.portfolio.tutorials.edges).toEqual([{ node: { notes: 'Structuring a reflective account.' } }]);
    expect(onlyError(await as('HR').query(TUTORIALS, { id: e.enrolmentId })).extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a tutorial of 2 minutes with BAD_USER_INPUT naming input.durationMinutes', async () => {
    const e = await enrolled();
    const res = await e.facilitators[1].query(TUTORIAL, { input: { portfolioId: e.portfolioId, date: '2030-02-01', durationMinutes: 2 } });
    expect(onlyError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.durationMinutes' });
  });
});

describe('reads of reflective writing', () => {
  it('are audited when allowed, with the rule that allowed them', async () => {
    const e = await enrolled();
    const id = await entry(e, 'FINAL');
    await e.facilitators[0].query(`query($id: ID!) { enrolment(id: $id) { portfolio { entries { edges { node { body } } } } } }`, {
      id: e.enrolmentId,
    });
    expect(await trailOf(e.trainee.id)).toContainEqual(
      expect.objectContaining({
        actorId: e.facilitators[0].id,
        fields: ['PortfolioEntry.body'],
        decision: 'ALLOWED',
        rule: 'relation:FACILITATOR',
        recordIds: [id],
      }),
    );
  });

  it('are audited as refused when HR is refused the portfolio above them', async () => {
    const e = await enrolled();
    await entry(e, 'FINAL');
    const res = await as('HR').query(
      `query($id: ID!) { enrolment(id: $id) { status portfolio { entries { edges { node { title body feedback { edges { node { body } } } } } } } } }`,
      { id: e.enrolmentId },
    );
    expect(res.data.enrolment).toEqual({ status: 'ACTIVE', portfolio: null });
    const hr = (await trailOf(e.trainee.id)).filter((ev) => ev.actorId === 'per_hr');
    expect(hr).toEqual([
      expect.objectContaining({
        decision: 'DENIED',
        fields: expect.arrayContaining(['PortfolioEntry.title', 'PortfolioEntry.body', 'EntryFeedback.body']),
        recordIds: [e.enrolmentId],
      }),
    ]);
  });

  it('are audited as refused when another service user is refused the whole enrolment, but not when @skip removed them', async () => {
    const e = await enrolled();
    const stranger = await newPerson(['SERVICE_USER']);
    const Q = `query($id: ID!, $skip: Boolean!) { enrolment(id: $id) { portfolio { entries { edges { node { body @skip(if: $skip) } } } } } }`;
    await stranger.query(Q, { id: e.enrolmentId, skip: true });
    expect((await trailOf(e.trainee.id)).filter((ev) => ev.actorId === stranger.id)).toEqual([]);
    const res = await stranger.query(Q, { id: e.enrolmentId, skip: false });
    expect(onlyError(res)).toMatchObject({ path: ['enrolment'], extensions: { code: 'FORBIDDEN' } });
    expect((await trailOf(e.trainee.id)).filter((ev) => ev.actorId === stranger.id)).toEqual([
      expect.objectContaining({ decision: 'DENIED', fields: ['PortfolioEntry.body'] }),
    ]);
  });
});
