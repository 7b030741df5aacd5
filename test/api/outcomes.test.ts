import '../support/paperTable';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableName } from '../../functions/db/client';
import { ensureTable } from '../../functions/local/dynamoDbLocal';
import { seedPaperData } from '../../functions/local/seed';
import { verifyOutcomeAggregates } from '../../functions/services/outcomes/verifyTable';
import { apply, as, newCohort, newPerson, onlyError, requestCounts } from '../support/api';

beforeAll(async () => {
  await ensureTable(process.env.DYNAMODB_ENDPOINT!, tableName());
  await seedPaperData();
});

const PAPER = ['coh_1', 'coh_2'];

const COUNT = 'value suppressed';
const FUNNEL = `applications { ${COUNT} } places { ${COUNT} } completions { ${COUNT} } completionRate { ${COUNT} }
  nonCompletions { reason group count { ${COUNT} } } eligible { ${COUNT} } employed { ${COUNT} }
  mentorsClinical { ${COUNT} } mentorsManagement { ${COUNT} } mentorsSupport { ${COUNT} }`;

const OUTCOMES = `query($cohortIds: [ID!], $from: Date, $to: Date) {
  programmeOutcomes(cohortIds: $cohortIds, from: $from, to: $to) {
    cohorts { cohort { id number } ${FUNNEL} }
    totals { ${FUNNEL} employmentRate { ${COUNT} } }
    employments { role area ftePercent startDate inRoleAt12Months inRoleAt24Months }
    at12: retention(months: 12) { months employed { ${COUNT} } retained { ${COUNT} } rate { ${COUNT} } }
    at24: retention(months: 24) { months employed { ${COUNT} } retained { ${COUNT} } rate { ${COUNT} } }
    timeToHire { hires { ${COUNT} } meanDays medianDays suppressed }
    supervisionCompliance { intervalDays inPost { ${COUNT} } compliant { ${COUNT} } rate { ${COUNT} } }
    benchmarks { external label measure numerator denominator rate source url }
  }
}`;

const exact = (value: number) => ({ value, suppressed: false });
const hidden = { value: null, suppressed: true };

/** Sums a funnel's non-completions by the paper's two groups. */
function byGroup(nonCompletions: { group: string; count: { value: number | null } }[]) {
  const sums: Record<string, number> = {};
  for (const n of nonCompletions) sums[n.group] = (sums[n.group] ?? 0) + (n.count.value ?? 0);
  return sums;
}

describe('programme outcomes on the paper data, as the Lead LXP', () => {
  const read = () => as('LEAD_LXP').query(OUTCOMES, { cohortIds: PAPER });

  it("reproduces Table 2: each cohort's applications, places, completions and mentors by background", async () => {
    const res = await read();
    expect(res.errors).toBeUndefined();
    const [c1, c2] = res.data.programmeOutcomes.cohorts;
    expect(c1.cohort.number).toBe(1);
    expect([c1.applications, c1.places, c1.completions]).toEqual([exact(18), exact(12), exact(6)]);
    expect([c1.mentorsClinical, c1.mentorsManagement, c1.mentorsSupport]).toEqual([exact(9), exact(3), exact(0)]);
    expect(c2.cohort.number).toBe(2);
    expect([c2.applications, c2.places, c2.completions]).toEqual([exact(20), exact(16), exact(4)]);
    expect([c2.mentorsClinical, c2.mentorsManagement, c2.mentorsSupport]).toEqual([exact(7), exact(4), exact(1)]);
  });

  it('totals 38 applications, 28 on programme, 10 completions (0.357), 10 eligible and 7 employed (0.7)', async () => {
    const { totals } = (await read()).data.programmeOutcomes;
    expect(totals.applications).toEqual(exact(38));
    expect(totals.places).toEqual(exact(28));
    expect(totals.completions).toEqual(exact(10));
    expect(totals.completionRate).toEqual(exact(0.357));
    expect(totals.eligible).toEqual(exact(10));
    expect(totals.employed).toEqual(exact(7));
    expect(totals.employmentRate).toEqual(exact(0.7));
  });

  it('gives the non-completions by coded reason: 10 about the portfolio and 8 who left the programme', async () => {
    const { totals } = (await read()).data.programmeOutcomes;
    expect(totals.nonCompletions.map((n: { reason: string }) => n.reason)).toEqual([
      'PORTFOLIO_NOT_SUBMITTED',
      'PORTFOLIO_INCOMPLETE',
      'PAID_EMPLOYMENT',
      'FURTHER_STUDY',
      'OTHER_VOLUNTEERING',
      'HEALTH',
      'PERSONAL',
    ]);
    expect(byGroup(totals.nonCompletions)).toEqual({ PORTFOLIO: 10, LEFT_PROGRAMME: 8 });
  });

  it("lists Table 3's seven employments with their FTEs, all in role at 12 and 24 months", async () => {
    const outcomes = (await read()).data.programmeOutcomes;
    const rows = outcomes.employments.map((e: any) => `${e.role} ${e.area} ${e.ftePercent}`).sort();
    expect(rows).toEqual(
      [
        'LEAD_LXP ADULT_MENTAL_HEALTH 100',
        'LXP_HCA ADULT_MENTAL_HEALTH 80',
        'LXP_HCA ADULT_MENTAL_HEALTH 80',
        'LXP_HCA ADULT_COMMUNITY 70',
        'LXP_HCA ADULT_COMMUNITY 40',
        'LXP_HCA HOME_TREATMENT 100',
        'LXP_HCA DAY_TREATMENT 50',
      ].sort(),
    );
    expect(outcomes.employments.every((e: any) => e.inRoleAt12Months === true && e.inRoleAt24Months === true)).toBe(true);
    expect(outcomes.at24).toEqual({ months: 24, employed: exact(7), retained: exact(7), rate: exact(1) });
    expect(outcomes.at12).toEqual({ months: 12, employed: exact(7), retained: exact(7), rate: exact(1) });
  });

  it('gives time to hire from advertisement to start, and supervision compliance of the LXPs in post', async () => {
    const { timeToHire, supervisionCompliance } = (await read()).data.programmeOutcomes;
    // Advertised 14 May 2018, started 3 September 2018.
    expect(timeToHire).toEqual({ hires: exact(7), meanDays: 112, medianDays: 112, suppressed: false });
    // Four of the seven are overdue in the seeded data.
    expect(supervisionCompliance).toEqual({ intervalDays: 28, inPost: exact(7), compliant: exact(3), rate: exact(0.429) });
  });

  it('shows the literature beside them, labelled as external, with its source', async () => {
    const { benchmarks } = (await read()).data.programmeOutcomes;
    expect(benchmarks).toEqual([
      expect.objectContaining({ external: true, measure: 'COMPLETION_RATE', numerator: 13, denominator: 18, rate: 0.72 }),
      expect.objectContaining({ external: true, measure: 'EMPLOYMENT_RATE', numerator: null, denominator: null, rate: 0.61 }),
    ]);
    for (const b of benchmarks) {
      expect(b.source).toMatch(/^Simpson, A\., Quigley, J\., Henry, S\., & Hall, C\. \(2014\)/);
      expect(b.url).toBe('https://doi.org/10.3928/02793695-20131126-03');
    }
  });

  it('reads two aggregates whatever the number of records behind them: the cohorts and the employment rows', async () => {
    const res = await read();
    // Besides the viewer's own person record (their roles, reconciled with the token's: one BatchGet), then both together.
    expect(requestCounts(res)).toEqual({ calls: 3, roundTrips: 2, byCommand: { BatchGetItemCommand: 2, QueryCommand: 1 } });
  });

  it('adds one query for a clinician: the cohorts they facilitate, whose figures they see exactly', async () => {
    const res = await (await newPerson(['CLINICIAN'])).query(OUTCOMES, { cohortIds: PAPER });
    expect(requestCounts(res)).toEqual({ calls: 4, roundTrips: 2, byCommand: { BatchGetItemCommand: 2, QueryCommand: 2 } });
  });

  it('keeps every aggregate of the seeded data equal to its records (outcomes:verify)', async () => {
    expect((await verifyOutcomeAggregates()).differences).toEqual([]);
  });

  it('selects cohorts by start date', async () => {
    const res = await as('LEAD_LXP').query(OUTCOMES, { from: '2018-01-01', to: '2018-12-31' });
    const numbers = res.data.programmeOutcomes.cohorts.map((c: any) => c.cohort.number);
    expect(numbers).toEqual([2]);
    expect(res.data.programmeOutcomes.totals.places).toEqual(exact(16));
  });
});

describe('small-number suppression', () => {
  it("withholds cohort 2's 4 completions from a clinician with no relation to its trainees, and rates derived from them", async () => {
    const clinician = await newPerson(['CLINICIAN']);
    const res = await clinician.query(OUTCOMES, { cohortIds: PAPER });
    expect(res.errors).toBeUndefined();
    const [c1, c2] = res.data.programmeOutcomes.cohorts;
    expect(c2.completions).toEqual(hidden);
    expect(c2.completionRate).toEqual(hidden);
    expect(c2.eligible).toEqual(hidden);
    // 5 and more, and 0, are not small numbers.
    expect(c1.completions).toEqual(exact(6));
    expect(c2.places).toEqual(exact(16));
    expect(c1.mentorsSupport).toEqual(exact(0));
    expect(c2.mentorsSupport).toEqual(hidden);
    expect(c1.completionRate).toEqual(exact(0.5));
  });

  it('lists no employment rows to a clinician, and withholds the small employment figures', async () => {
    const clinician = await newPerson(['CLINICIAN']);
    const outcomes = (await clinician.query(OUTCOMES, { cohortIds: PAPER })).data.programmeOutcomes;
    expect(outcomes.employments).toEqual([]);
    expect(outcomes.totals.employed).toEqual(exact(7));
    expect(outcomes.at24.retained).toEqual(exact(7));
    expect(outcomes.supervisionCompliance.compliant).toEqual(hidden);
    expect(outcomes.supervisionCompliance.rate).toEqual(hidden);
  });

  it('shows HR the exact figures', async () => {
    const res = await as('HR').query(OUTCOMES, { cohortIds: PAPER });
    expect(res.data.programmeOutcomes.cohorts[1].completions).toEqual(exact(4));
    expect(res.data.programmeOutcomes.employments).toHaveLength(7);
  });

  it("shows a cohort's facilitator its exact figures, and other cohorts' suppressed", async () => {
    const facilitator = await newPerson(['CLINICIAN']);
    const theirs = await newCohort({ facilitatorIds: [facilitator.id] });
    const other = await newCohort();
    for (const cohort of [theirs, other]) await apply(await newPerson(['SERVICE_USER']), cohort.id);
    const res = await facilitator.query(OUTCOMES, { cohortIds: [theirs.id, other.id] });
    const a = res.data.programmeOutcomes.cohorts.find((c: any) => c.cohort.id === theirs.id);
    const b = res.data.programmeOutcomes.cohorts.find((c: any) => c.cohort.id === other.id);
    expect(a.applications).toEqual(exact(1));
    expect(b.applications).toEqual(hidden);
    // The totals include a cohort they do not facilitate.
    expect(res.data.programmeOutcomes.totals.applications).toEqual(hidden);
  });

  it('is refused to service users', async () => {
    const res = await as('SERVICE_USER').query(OUTCOMES, { cohortIds: PAPER });
    expect(onlyError(res).extensions?.code).toBe('FORBIDDEN');
    expect(res.data.programmeOutcomes).toBeNull();
  });
});

describe('bad input', () => {
  it('names cohortIds when an id is not a cohort id', async () => {
    const res = await as('LEAD_LXP').query(OUTCOMES, { cohortIds: ['app_c2_04'] });
    expect(onlyError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cohortIds' });
  });

  it('names cohortIds when a cohort does not exist', async () => {
    const res = await as('LEAD_LXP').query(OUTCOMES, { cohortIds: ['coh_none'] });
    expect(onlyError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cohortIds' });
  });

  it('names cohortIds when more than 100 are asked for', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `coh_${i}`);
    const res = await as('LEAD_LXP').query(OUTCOMES, { cohortIds: ids });
    expect(onlyError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cohortIds' });
  });

  it('names to when the range ends before it starts', async () => {
    const res = await as('LEAD_LXP').query(OUTCOMES, { from: '2019-01-01', to: '2018-01-01' });
    expect(onlyError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('names months when retention is asked for outside 1 to 120', async () => {
    const res = await as('LEAD_LXP').query(`{ programmeOutcomes(cohortIds: ["coh_1"]) { retention(months: 0) { months } } }`);
    expect(onlyError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'months' });
  });
});
