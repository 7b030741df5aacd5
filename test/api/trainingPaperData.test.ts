import { describe, expect, it } from 'vitest';
import { as } from '../support/api';
import { storedRecord } from '../support/training';

/** The twelve weeks of the paper's two cohorts, person by person, and the aggregates counted from them. */

const tally = (values: string[]) => values.reduce<Record<string, number>>((t, v) => ({ ...t, [v]: (t[v] ?? 0) + 1 }), {});

async function cohort(id: string) {
  const res = await as('LEAD_LXP').query(
    `query($id: ID!) { cohort(id: $id) {
      sessions(first: 20) { edges { node { week topic } } }
      mentoringShortfall { meetings }
      enrolments(first: 20) { edges { node { id status nonCompletionReason mentor { id mentorProfile { background prepared } } } } }
    } }`,
    { id },
  );
  expect(res.errors).toBeUndefined();
  return res.data.cohort;
}

async function portfolioOf(enrolmentId: string) {
  const res = await as('LEAD_LXP').query(
    `query($id: ID!) { enrolment(id: $id) { id status nonCompletionReason
      portfolio { status entries(first: 10) { edges { node { status } } } assessments { submission outcome decisions { outcome } } } } }`,
    { id: enrolmentId },
  );
  expect(res.errors).toBeUndefined();
  return res.data.enrolment;
}

describe("the paper's twelve weeks (Stirrup et al. 2021)", () => {
  it('each cohort has a session a week for twelve weeks, covering the eight curriculum topics', async () => {
    for (const id of ['coh_1', 'coh_2']) {
      const sessions = (await cohort(id)).sessions.edges.map((e: any) => e.node);
      expect(sessions.map((s: any) => s.week)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      expect(new Set(sessions.map((s: any) => s.topic)).size).toBe(8);
    }
  });

  it('every trainee has a prepared mentor: cohort 1 9 clinical, 3 management; cohort 2 7, 4 and 1, some with two trainees', async () => {
    const distinct = async (id: string) => {
      const enrolments = (await cohort(id)).enrolments.edges.map((e: any) => e.node);
      expect(enrolments.every((e: any) => e.mentor?.mentorProfile.prepared)).toBe(true);
      const mentors = new Map(enrolments.map((e: any) => [e.mentor.id, e.mentor.mentorProfile.background]));
      return { trainees: enrolments.length, mentors: mentors.size, byBackground: tally([...mentors.values()] as string[]) };
    };
    expect(await distinct('coh_1')).toEqual({ trainees: 12, mentors: 12, byBackground: { CLINICAL: 9, MANAGEMENT: 3 } });
    expect(await distinct('coh_2')).toEqual({ trainees: 16, mentors: 12, byBackground: { CLINICAL: 7, MANAGEMENT: 4, SUPPORT: 1 } });
  });

  it("keeps the cohort's aggregates equal to a recount of its records", async () => {
    for (const id of ['coh_1', 'coh_2']) {
      const c = await cohort(id);
      const enrolments = c.enrolments.edges.map((e: any) => e.node);
      const stored = await storedRecord('Cohort', id);
      const reasons = tally(enrolments.map((e: any) => e.nonCompletionReason).filter(Boolean));
      const mentors = new Map(enrolments.map((e: any) => [e.mentor.id, e.mentor.mentorProfile.background]));
      expect(stored.enrolmentCount).toBe(enrolments.length);
      expect(stored.completedCount).toBe(enrolments.filter((e: any) => e.status === 'COMPLETED').length);
      expect(Object.fromEntries(Object.entries(stored.nonCompletionCounts).filter(([, n]) => n))).toEqual(reasons);
      expect(stored.mentorCounts).toEqual({ CLINICAL: 0, MANAGEMENT: 0, SUPPORT: 0, ...tally([...mentors.values()] as string[]) });
    }
    expect((await storedRecord('Cohort', 'coh_1')).mentorCounts).toEqual({ CLINICAL: 9, MANAGEMENT: 3, SUPPORT: 0 });
    expect((await storedRecord('Cohort', 'coh_2')).mentorCounts).toEqual({ CLINICAL: 7, MANAGEMENT: 4, SUPPORT: 1 });
    expect([(await storedRecord('Cohort', 'coh_1')).completedCount, (await storedRecord('Cohort', 'coh_2')).completedCount]).toEqual([
      6, 4,
    ]);
  });

  it('has portfolios consistent with each outcome, and one referral followed by a pass', async () => {
    const ids = [...(await cohort('coh_1')).enrolments.edges, ...(await cohort('coh_2')).enrolments.edges].map((e: any) => e.node.id);
    const all = await Promise.all(ids.map(portfolioOf));
    for (const e of all) {
      const finals = e.portfolio.entries.edges.filter((x: any) => x.node.status === 'FINAL').length;
      if (e.status === 'COMPLETED') {
        expect(e.portfolio.status).toBe('PASSED');
        expect(e.portfolio.assessments.at(-1)).toMatchObject({ outcome: 'PASS', decisions: [{ outcome: 'PASS' }, { outcome: 'PASS' }] });
      }
      if (e.nonCompletionReason === 'PORTFOLIO_NOT_SUBMITTED')
        expect([e.portfolio.status, e.portfolio.assessments, finals]).toEqual(['IN_PROGRESS', [], 0]);
      if (e.nonCompletionReason === 'PORTFOLIO_INCOMPLETE') expect(e.portfolio.assessments.at(-1).outcome).toBe('REFERRAL');
    }
    const referredThenPassed = all.filter((e: any) => e.portfolio.assessments.map((a: any) => a.outcome).join() === 'REFERRAL,PASS');
    expect(referredThenPassed.map((e: any) => e.id)).toEqual(['enr_c1_06']);
  });

  it('lists the trainees who met their mentor fewer than three times in each cohort', async () => {
    const c1 = (await cohort('coh_1')).mentoringShortfall;
    const c2 = (await cohort('coh_2')).mentoringShortfall;
    expect(c1.length + c2.length).toBeGreaterThan(0);
    expect([...c1, ...c2].every((s: any) => s.meetings < 3)).toBe(true);
  });
});
