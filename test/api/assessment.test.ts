import { describe, expect, it } from 'vitest';
import { as, caller, expectNoErrors, newPerson, onlyError } from '../support/api';
import { assess, cohortWithFacilitators, enrolled, enrolOn, entry, storedRecord, SUBMIT, withMentor } from '../support/training';

const STATUS = `query($id: ID!) { enrolment(id: $id) { status portfolio { status submissions assessment { submission outcome feedback } } } }`;

async function submitted() {
  const e = await enrolled();
  await entry(e, 'FINAL');
  expectNoErrors(await e.trainee.query(SUBMIT, { id: e.portfolioId }));
  return e;
}

describe('assessing a portfolio', () => {
  it('completes the enrolment only when both assessors record PASS, counting it on the cohort in the same transaction', async () => {
    const e = await submitted();
    const first = await assess(e.facilitators[0], e.portfolioId, 'PASS');
    expect(first.data.assessPortfolio).toMatchObject({ assessment: { outcome: null }, enrolment: { status: 'ACTIVE' } });
    expect((await storedRecord('Cohort', e.cohortId)).completedCount).toBe(0);
    const second = await assess(e.facilitators[1], e.portfolioId, 'PASS', 'Meets every criterion.');
    expect(second.data.assessPortfolio.enrolment.status).toBe('COMPLETED');
    expect(second.data.assessPortfolio.assessment).toMatchObject({ submission: 1, outcome: 'PASS' });
    expect((await storedRecord('Cohort', e.cohortId)).completedCount).toBe(1);
    const own = await e.trainee.query(STATUS, { id: e.enrolmentId });
    expect(own.data.enrolment).toMatchObject({ status: 'COMPLETED', portfolio: { status: 'PASSED', assessment: { outcome: 'PASS' } } });
    expect(own.data.enrolment.portfolio.assessment.feedback).toContain('Meets every criterion.');
  });

  it('lets HR see that the trainee completed, but not the portfolio or its feedback', async () => {
    const e = await submitted();
    await assess(e.facilitators[0], e.portfolioId, 'PASS');
    await assess(e.facilitators[1], e.portfolioId, 'PASS');
    const res = await as('HR').query(STATUS, { id: e.enrolmentId });
    expect(res.data.enrolment).toEqual({ status: 'COMPLETED', portfolio: null });
    expect(onlyError(res)).toMatchObject({ path: ['enrolment', 'portfolio'], extensions: { code: 'FORBIDDEN' } });
  });

  it('refuses an assessor assessing the same submission twice with CONFLICT / ALREADY_ASSESSED', async () => {
    const e = await submitted();
    await assess(e.facilitators[0], e.portfolioId, 'PASS');
    const again = await assess(e.facilitators[0], e.portfolioId, 'PASS');
    expect(onlyError(again).extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_ASSESSED' });
  });

  it('is for facilitators of the cohort only: refused to another clinician and to a Lead LXP who does not facilitate it', async () => {
    const e = await submitted();
    for (const who of [await newPerson(['CLINICIAN']), as('LEAD_LXP')]) {
      expect(onlyError(await assess(who, e.portfolioId, 'PASS'))).toMatchObject({
        path: ['assessPortfolio'],
        extensions: { code: 'FORBIDDEN' },
      });
    }
  });

  it('refuses a facilitator assessing their own mentee with FORBIDDEN / OWN_MENTEE', async () => {
    const e = await enrolled();
    const facilitatorAsMentor = e.facilitators[0];
    await as('LEAD_LXP').query(`mutation($input: RecordMentorInput!) { recordMentor(input: $input) { mentor { id } } }`, {
      input: { personId: facilitatorAsMentor.id, background: 'CLINICAL', preparatoryTrainingOn: '2029-12-01' },
    });
    await withMentor(e, facilitatorAsMentor);
    await entry(e, 'FINAL');
    expectNoErrors(await e.trainee.query(SUBMIT, { id: e.portfolioId }));
    expect(onlyError(await assess(facilitatorAsMentor, e.portfolioId, 'PASS')).extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OWN_MENTEE',
    });
  });

  it('refuses a facilitator who is also the trainee assessing their own portfolio, whatever roles they hold', async () => {
    const both = await newPerson(['SERVICE_USER', 'CLINICIAN']);
    const other = await newPerson(['CLINICIAN']);
    const { cohortId } = await cohortWithFacilitators([both, other]);
    const { portfolioId } = await enrolOn(cohortId, both);
    const e = { trainee: both, portfolioId } as any;
    await entry(e, 'FINAL');
    expectNoErrors(await both.query(SUBMIT, { id: portfolioId }));
    expect(onlyError(await assess(both, portfolioId, 'PASS')).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_ENROLMENT' });
  });

  it('refuses to submit a portfolio without a FINAL entry with NOT_ELIGIBLE / NO_FINAL_ENTRY', async () => {
    const e = await enrolled();
    await entry(e, 'DRAFT');
    expect(onlyError(await e.trainee.query(SUBMIT, { id: e.portfolioId })).extensions).toMatchObject({
      code: 'NOT_ELIGIBLE',
      reason: 'NO_FINAL_ENTRY',
    });
  });

  it('refuses assessing a portfolio that was not submitted with NOT_ELIGIBLE / NOT_SUBMITTED', async () => {
    const e = await enrolled();
    expect(onlyError(await assess(e.facilitators[0], e.portfolioId, 'PASS')).extensions).toMatchObject({
      code: 'NOT_ELIGIBLE',
      reason: 'NOT_SUBMITTED',
    });
  });

  it('lets a referred trainee resubmit once, and a pass on reassessment completes the enrolment', async () => {
    const e = await submitted();
    await assess(e.facilitators[0], e.portfolioId, 'PASS');
    const referred = await assess(e.facilitators[1], e.portfolioId, 'REFERRAL', 'Link the entries to the criteria.');
    expect(referred.data.assessPortfolio).toMatchObject({ assessment: { outcome: 'REFERRAL' }, enrolment: { status: 'ACTIVE' } });
    const again = await e.trainee.query(SUBMIT, { id: e.portfolioId });
    expect(again.data.submitPortfolio.portfolio).toMatchObject({ status: 'SUBMITTED', submissions: 2 });
    await assess(e.facilitators[0], e.portfolioId, 'PASS');
    const passed = await assess(e.facilitators[1], e.portfolioId, 'PASS');
    expect(passed.data.assessPortfolio).toMatchObject({
      assessment: { submission: 2, outcome: 'PASS' },
      enrolment: { status: 'COMPLETED' },
    });
    const history = await e.trainee.query(`query($id: ID!) { enrolment(id: $id) { portfolio { assessments { submission outcome } } } }`, {
      id: e.enrolmentId,
    });
    expect(history.data.enrolment.portfolio.assessments).toEqual([
      { submission: 1, outcome: 'REFERRAL' },
      { submission: 2, outcome: 'PASS' },
    ]);
  });

  it('ends the enrolment as REFERRED (PORTFOLIO_INCOMPLETE) after a second referral, with no third submission', async () => {
    const e = await submitted();
    await assess(e.facilitators[0], e.portfolioId, 'REFERRAL');
    await assess(e.facilitators[1], e.portfolioId, 'REFERRAL');
    expectNoErrors(await e.trainee.query(SUBMIT, { id: e.portfolioId }));
    await assess(e.facilitators[0], e.portfolioId, 'REFERRAL');
    const second = await assess(e.facilitators[1], e.portfolioId, 'PASS');
    expect(second.data.assessPortfolio.enrolment.status).toBe('REFERRED');
    expect((await storedRecord('Cohort', e.cohortId)).nonCompletionCounts.PORTFOLIO_INCOMPLETE).toBe(1);
    expect(onlyError(await e.trainee.query(SUBMIT, { id: e.portfolioId })).extensions).toMatchObject({
      code: 'NOT_ELIGIBLE',
      reason: 'RESUBMISSION_USED',
    });
  });

  it('never shows the assessment to the mentor', async () => {
    const e = await enrolled();
    const mentor = await withMentor(e);
    await entry(e, 'FINAL', { shared: true });
    expectNoErrors(await e.trainee.query(SUBMIT, { id: e.portfolioId }));
    await assess(e.facilitators[0], e.portfolioId, 'PASS');
    const res = await mentor.query(`query($id: ID!) { enrolment(id: $id) { portfolio { status assessment { feedback } } } }`, {
      id: e.enrolmentId,
    });
    expect(res.data.enrolment.portfolio).toEqual({ status: 'SUBMITTED', assessment: null });
    expect(onlyError(res)).toMatchObject({ path: ['enrolment', 'portfolio', 'assessment'], extensions: { code: 'FORBIDDEN' } });
  });
});

describe('withdrawal and non-completion', () => {
  const END = `mutation($input: EndEnrolmentInput!) { endEnrolment(input: $input) { enrolment { id status nonCompletionReason } } }`;
  const DETAIL = `query($id: ID!) { enrolment(id: $id) { status nonCompletionDetail } }`;

  it('lets the trainee withdraw themselves for a health reason, counted on the cohort; the detail is audited and withheld from HR', async () => {
    const e = await enrolled();
    const res = await e.trainee.query(END, { input: { enrolmentId: e.enrolmentId, reason: 'HEALTH', detail: 'A period of ill health.' } });
    expect(res.data.endEnrolment.enrolment).toMatchObject({ status: 'WITHDRAWN', nonCompletionReason: 'HEALTH' });
    expect((await storedRecord('Cohort', e.cohortId)).nonCompletionCounts.HEALTH).toBe(1);
    const hr = await as('HR').query(DETAIL, { id: e.enrolmentId });
    expect(hr.data.enrolment).toEqual({ status: 'WITHDRAWN', nonCompletionDetail: null });
    expect((await as('LEAD_LXP').query(DETAIL, { id: e.enrolmentId })).data.enrolment.nonCompletionDetail).toBe('A period of ill health.');
    const trail = (
      await as('HR').query(`query($id: ID!) { auditTrail(subjectId: $id) { edges { node { actorId decision fields } } } }`, {
        id: e.trainee.id,
      })
    ).data.auditTrail.edges.map((x: any) => x.node);
    expect(trail).toEqual(
      expect.arrayContaining([
        { actorId: 'per_hr', decision: 'DENIED', fields: ['Enrolment.nonCompletionDetail'] },
        { actorId: 'per_lead_lxp', decision: 'ALLOWED', fields: ['Enrolment.nonCompletionDetail'] },
      ]),
    );
  });

  it('refuses the trainee recording a portfolio outcome on themselves, which a facilitator may record', async () => {
    const e = await enrolled();
    const own = await e.trainee.query(END, { input: { enrolmentId: e.enrolmentId, reason: 'PORTFOLIO_NOT_SUBMITTED' } });
    expect(onlyError(own).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_ENROLMENT' });
    const res = await e.facilitators[0].query(END, { input: { enrolmentId: e.enrolmentId, reason: 'PORTFOLIO_NOT_SUBMITTED' } });
    expect(res.data.endEnrolment.enrolment.status).toBe('REFERRED');
  });

  it('refuses ending an enrolment twice with CONFLICT / ALREADY_ENDED', async () => {
    const e = await enrolled();
    expectNoErrors(await e.trainee.query(END, { input: { enrolmentId: e.enrolmentId, reason: 'PAID_EMPLOYMENT' } }));
    const again = await e.facilitators[0].query(END, { input: { enrolmentId: e.enrolmentId, reason: 'OTHER' } });
    expect(onlyError(again).extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_ENDED' });
  });

  it("refuses another service user or an unrelated clinician ending someone's enrolment", async () => {
    const e = await enrolled();
    for (const who of [await newPerson(['SERVICE_USER']), await newPerson(['CLINICIAN'])]) {
      const res = await who.query(END, { input: { enrolmentId: e.enrolmentId, reason: 'PERSONAL' } });
      expect(onlyError(res)).toMatchObject({ path: ['endEnrolment'], extensions: { code: 'FORBIDDEN' } });
    }
  });

  it('refuses the Lead LXP recording a portfolio outcome on her own enrolment', async () => {
    const res = await caller('per_lead_lxp', ['SERVICE_USER', 'LEAD_LXP']).query(END, {
      input: { enrolmentId: 'enr_c1_01', reason: 'PORTFOLIO_INCOMPLETE' },
    });
    expect(onlyError(res).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_ENROLMENT' });
  });
});
