import '../support/aggregateTable';
import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, tableName } from '../../functions/db/client';
import { scanTable } from '../../functions/db/outcomes';
import { PROGRAMME_OUTCOMES } from '../../functions/db/programmeOutcomes';
import { config } from '../../functions/lib/config';
import { ensureTable } from '../../functions/local/dynamoDbLocal';
import { seedPaperData } from '../../functions/local/seed';
import { NON_COMPLETION_REASONS } from '../../functions/services/outcomes/aggregates';
import { rebuildProgrammeOutcomes } from '../../functions/services/outcomes/rebuild';
import { verifyOutcomeAggregates } from '../../functions/services/outcomes/verifyTable';
import { apply, as, expectNoErrors, newPerson, requestCounts } from '../support/api';
import { PAST, RESPOND, TODAY, employedLxp, offered } from '../support/programme';
import { assess, enrolled, enrolOn, entry, SUBMIT, withMentor } from '../support/training';

beforeAll(async () => {
  await ensureTable(process.env.DYNAMODB_ENDPOINT!, tableName());
  await seedPaperData();
});

const MONTHS = [1, 2, 11, 12, 13, 24, 36, 60, 120];
const COUNT = 'value suppressed';
const FUNNEL = `applications { ${COUNT} } places { ${COUNT} } completions { ${COUNT} } completionRate { ${COUNT} }
  nonCompletions { reason count { ${COUNT} } } eligible { ${COUNT} } employed { ${COUNT} } employmentRate { ${COUNT} }
  mentorsClinical { ${COUNT} } mentorsManagement { ${COUNT} } mentorsSupport { ${COUNT} }`;
/** Every programme-wide figure, retention at several horizons: with no filter, all from the programme's aggregate. */
const TOTALS = `{ programmeOutcomes {
  totals { ${FUNNEL} }
  ${MONTHS.map((m) => `r${m}: retention(months: ${m}) { months employed { ${COUNT} } retained { ${COUNT} } rate { ${COUNT} } }`).join('\n')}
  timeToHire { hires { ${COUNT} } meanDays medianDays suppressed }
  supervisionCompliance { intervalDays inPost { ${COUNT} } compliant { ${COUNT} } rate { ${COUNT} } }
} }`;

const LEAVE = `mutation($input: RecordLeavingInput!) { recordLeaving(input: $input) { employment { id status } } }`;
const SUPERVISE = `mutation($input: RecordSupervisionInput!) { recordSupervision(input: $input) { record { id } } }`;
const END = `mutation($input: EndEnrolmentInput!) { endEnrolment(input: $input) { enrolment { id status } } }`;

const DAY_MS = 86_400_000;
const addMonths = (day: string, months: number) => {
  const d = new Date(`${day.slice(0, 10)}T00:00:00.000Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};
const days = (from: string, to: string) => Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / DAY_MS);
const exactCount = (value: number) => ({ value, suppressed: false });
const exactRate = (n: number, d: number) => ({ value: d ? Math.round((n / d) * 1000) / 1000 : null, suppressed: false });

/**
 * The programme-wide figures recomputed from every cohort and employment outcome row of the table, one by
 * one, as the Lead LXP sees them (exact): the reference the aggregate is held to.
 */
async function recomputed() {
  const items: Record<string, any>[] = [];
  for await (const item of scanTable()) items.push(item);
  const cohorts = items.filter((i) => i.type === 'Cohort');
  const ids = new Set(cohorts.map((c) => c.id));
  const rows = items.filter((i) => i.type === 'EmploymentOutcome' && ids.has(i.cohortId));
  const sum = (f: (c: Record<string, any>) => number | undefined) => cohorts.reduce((a, c) => a + (f(c) ?? 0), 0);
  const today = new Date().toISOString().slice(0, 10);
  const places = sum((c) => c.enrolmentCount);
  const completions = sum((c) => c.completedCount);
  const employed = sum((c) => c.employedCount);
  const figures: Record<string, unknown> = {
    totals: {
      applications: exactCount(sum((c) => c.applicationCount)),
      places: exactCount(places),
      completions: exactCount(completions),
      completionRate: exactRate(completions, places),
      nonCompletions: NON_COMPLETION_REASONS.map((reason) => ({ reason, count: exactCount(sum((c) => c.nonCompletionCounts?.[reason])) })),
      eligible: exactCount(completions),
      employed: exactCount(employed),
      employmentRate: exactRate(employed, completions),
      mentorsClinical: exactCount(sum((c) => c.mentorCounts?.CLINICAL)),
      mentorsManagement: exactCount(sum((c) => c.mentorCounts?.MANAGEMENT)),
      mentorsSupport: exactCount(sum((c) => c.mentorCounts?.SUPPORT)),
    },
  };
  for (const months of MONTHS) {
    const observed = rows.filter((r) => addMonths(r.startDate, months) <= today);
    const retained = observed.filter((r) => !r.leftOn || r.leftOn >= addMonths(r.startDate, months)).length;
    figures[`r${months}`] = {
      months,
      employed: exactCount(observed.length),
      retained: exactCount(retained),
      rate: exactRate(retained, observed.length),
    };
  }
  const hireDays = rows
    .filter((r) => r.advertisedAt)
    .map((r) => days(r.advertisedAt, r.startDate))
    .sort((a, b) => a - b);
  const mid = Math.floor(hireDays.length / 2);
  figures.timeToHire = {
    hires: exactCount(hireDays.length),
    meanDays: hireDays.length ? Math.round((hireDays.reduce((a, b) => a + b, 0) / hireDays.length) * 10) / 10 : null,
    medianDays: hireDays.length ? (hireDays.length % 2 ? hireDays[mid] : (hireDays[mid - 1]! + hireDays[mid]!) / 2) : null,
    suppressed: false,
  };
  const intervalDays = config().supervisionIntervalDays;
  const dueFrom = new Date(Date.parse(today) - intervalDays * DAY_MS).toISOString().slice(0, 10);
  const inPost = rows.filter((r) => r.startDate <= today && (!r.leftOn || r.leftOn > today));
  const compliant = inPost.filter((r) => (r.lastSupervisionAt ?? r.startDate).slice(0, 10) >= dueFrom).length;
  figures.supervisionCompliance = {
    intervalDays,
    inPost: exactCount(inPost.length),
    compliant: exactCount(compliant),
    rate: exactRate(compliant, inPost.length),
  };
  return figures;
}

/**
 * What outcomes:verify finds wrong with the programme's aggregate. (The employment fixture stores its
 * trainee's passed enrolment directly, without its cohort's counters: test/support/programme.ts, so the
 * per-cohort checks would report those fixtures' cohorts, which the programme's counters sum as stored.)
 */
async function programmeDifferences() {
  return (await verifyOutcomeAggregates()).differences.filter((d) => d.record.startsWith('ProgrammeOutcomes'));
}

async function totals() {
  const res = await as('LEAD_LXP').query(TOTALS);
  expect(res.errors).toBeUndefined();
  return res.data.programmeOutcomes;
}

describe("the programme's outcome aggregate", () => {
  it('equals a full recomputation on the seeded data, and answers from one query', async () => {
    const res = await as('LEAD_LXP').query(TOTALS);
    expect(res.data.programmeOutcomes).toEqual(await recomputed());
    expect(res.data.programmeOutcomes.totals.applications).toEqual(exactCount(38));
    expect(requestCounts(res)).toEqual({ calls: 2, roundTrips: 2, byCommand: { BatchGetItemCommand: 1, QueryCommand: 1 } });
  });

  it('moves with every write that changes what it counts: cohorts, applications, enrolments, mentors, completions, non-completions, employments, supervision, leaving', async () => {
    const before = await totals();

    // Training: a cohort with two trainees, one completing and one withdrawing, a mentor, and an applicant not enrolled.
    const completing = await enrolled();
    await withMentor(completing);
    await entry(completing, 'FINAL');
    expectNoErrors(await completing.trainee.query(SUBMIT, { id: completing.portfolioId }));
    expectNoErrors(await assess(completing.facilitators[0], completing.portfolioId, 'PASS'));
    expectNoErrors(await assess(completing.facilitators[1], completing.portfolioId, 'PASS'));
    const withdrawing = await enrolOn(completing.cohortId, await newPerson(['SERVICE_USER']));
    expectNoErrors(await as('LEAD_LXP').query(END, { input: { enrolmentId: withdrawing.enrolmentId, reason: 'HEALTH' } }));
    await apply(await newPerson(['SERVICE_USER']), completing.cohortId);

    // Employment: two LXPs in post for 30 days, never supervised (overdue); one is supervised today, the other leaves today.
    const supervised = await employedLxp();
    const leaving = await employedLxp();
    expectNoErrors(
      await supervised.supervisor.query(SUPERVISE, { input: { lxpId: supervised.lxp.id, heldOn: TODAY(), notes: 'Check-in' } }),
    );
    expectNoErrors(
      await as('HR').query(LEAVE, { input: { employmentId: leaving.employmentId, leftOn: TODAY(), reason: 'OTHER_EMPLOYMENT' } }),
    );

    const after = await totals();
    expect(after).toEqual(await recomputed());
    const grew = (path: (o: any) => { value: number }) => path(after).value - path(before).value;
    expect(grew((o) => o.totals.applications)).toBe(3);
    expect(grew((o) => o.totals.places)).toBe(2);
    expect(grew((o) => o.totals.completions)).toBe(1);
    expect(grew((o) => o.totals.nonCompletions.find((n: any) => n.reason === 'HEALTH').count)).toBe(1);
    expect(grew((o) => o.totals.mentorsClinical)).toBe(1);
    expect(grew((o) => o.totals.employed)).toBe(2);
    // Both started 30 days ago: in post for neither 1 nor 2 months yet; hired from posts advertised today.
    expect(grew((o) => o.r2.employed)).toBe(0);
    expect(grew((o) => o.timeToHire.hires)).toBe(2);
    // The one supervised today is in post and compliant; the one who left today is in post no longer.
    expect(grew((o) => o.supervisionCompliance.inPost)).toBe(1);
    expect(grew((o) => o.supervisionCompliance.compliant)).toBe(1);
    expect(await programmeDifferences()).toEqual([]);
  });

  it('keeps leavers exact at every horizon: leaving the day before, on and after an anniversary, and on a day still to come', async () => {
    const start = PAST(400);
    const twelve = addMonths(start, 12);
    const dayBefore = new Date(Date.parse(twelve) - DAY_MS).toISOString().slice(0, 10);
    const before = await totals();
    for (const leftOn of [dayBefore, twelve, addMonths(start, 13), addMonths(TODAY(), 1)]) {
      const supervisor = await newPerson(['CLINICIAN']);
      const state = await offered({ supervisorId: supervisor.id, startDate: start });
      const accepted = await state.applicant.query(RESPOND, { input: { applicationId: state.applicationId, accept: true } });
      expectNoErrors(accepted);
      const employmentId = accepted.data.respondToOffer.employment.id;
      expectNoErrors(await as('HR').query(LEAVE, { input: { employmentId, leftOn, reason: 'PERSONAL' } }));
    }
    const after = await totals();
    expect(after).toEqual(await recomputed());
    // All four started 13 months ago; at 12 months, the one who left the day before is the one not retained.
    expect(after.r12.employed.value - before.r12.employed.value).toBe(4);
    expect(after.r12.retained.value - before.r12.retained.value).toBe(3);
    expect(after.r13.employed.value - before.r13.employed.value).toBe(4);
    // Only the leaving still to come keeps its LXP in post.
    expect(after.supervisionCompliance.inPost.value - before.supervisionCompliance.inPost.value).toBe(1);
    expect(await programmeDifferences()).toEqual([]);
  });

  it('is reported by outcomes:verify when a shard differs from the cohorts and rows it sums', async () => {
    const shard = { PK: PROGRAMME_OUTCOMES, SK: 'Shard#00' };
    const add = (n: number) =>
      db().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: shard,
          UpdateExpression: 'ADD applicationCount :n',
          ExpressionAttributeValues: { ':n': n },
        }),
      );
    await add(5);
    try {
      const differences = await programmeDifferences();
      expect(differences).toEqual([expect.objectContaining({ record: 'ProgrammeOutcomes shard 0', field: 'applicationCount' })]);
      expect(Number(differences[0]?.stored) - Number(differences[0]?.recomputed)).toBe(5);
    } finally {
      await add(-5);
    }
    expect(await programmeDifferences()).toEqual([]);
  });

  it('falls back to the cohorts and rows while the aggregate is not built, with the same figures, until it is rebuilt', async () => {
    const built = await totals();
    await db().send(new DeleteCommand({ TableName: tableName(), Key: { PK: PROGRAMME_OUTCOMES, SK: 'Built' } }));
    try {
      const res = await as('LEAD_LXP').query(TOTALS);
      expect(res.data.programmeOutcomes).toEqual(built);
      expect(requestCounts(res)?.byCommand).toEqual({ BatchGetItemCommand: 1, QueryCommand: 3 });
      expect(await programmeDifferences()).toEqual([{ record: 'ProgrammeOutcomes', field: 'built', stored: false, recomputed: true }]);
    } finally {
      await rebuildProgrammeOutcomes();
    }
    expect(await programmeDifferences()).toEqual([]);
    expect(requestCounts(await as('LEAD_LXP').query(TOTALS))?.byCommand).toEqual({ BatchGetItemCommand: 1, QueryCommand: 1 });
  });

  it('withholds small programme-wide numbers from a clinician, reading only the aggregate and the cohorts they facilitate', async () => {
    const clinician = await newPerson(['CLINICIAN']);
    const res = await clinician.query(TOTALS);
    const lead = (await totals()).totals;
    const theirs = res.data.programmeOutcomes.totals;
    // Exact for HR and the Lead LXP only; the clinician facilitates none of the cohorts.
    for (const [i, n] of lead.nonCompletions.entries()) {
      const small = n.count.value >= 1 && n.count.value <= 4;
      expect(theirs.nonCompletions[i].count).toEqual(small ? { value: null, suppressed: true } : n.count);
    }
    expect(theirs.applications).toEqual(lead.applications);
    expect(requestCounts(res)).toEqual({ calls: 3, roundTrips: 2, byCommand: { BatchGetItemCommand: 1, QueryCommand: 2 } });
  });
});
