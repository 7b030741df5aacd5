import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handler as lambdaEntry } from '../../functions/handler';
import { handler } from '../../functions/retention';
import { monthsBefore } from '../../functions/services/retention';
import { RETENTION_SCHEDULE } from '../../functions/services/retentionSchedule';
import { apply, as, expectNoErrors, newCohort, newPerson } from '../support/api';

const DECIDE = `mutation($input: DecideTrainingApplicationInput!) { decideTrainingApplication(input: $input) { application { id status decidedAt } } }`;
const COHORT = `query($id: ID!) { cohort(id: $id) { capacity applications(first: 50) { totalCount edges { node { id status declineReason statement } } } } }`;

/** `months` calendar months after `at`. */
const monthsAfter = (at: string, months: number) => monthsBefore(at, -months);

describe('the retention schedule', () => {
  it("removes a declined applicant's statement 12 months after the decision, and no outcome count changes", async () => {
    const cohort = await newCohort({ capacity: 5 });
    const declined = await newPerson(['SERVICE_USER']);
    const offered = await newPerson(['SERVICE_USER']);
    const declinedApp = await apply(declined, cohort.id, 'My declined statement');
    const offeredApp = await apply(offered, cohort.id, 'My offered statement');
    const lead = as('LEAD_LXP');
    const decision = await lead.query(DECIDE, {
      input: { applicationId: declinedApp.id, decision: 'DECLINE', declineReason: 'NOT_YET_READY' },
    });
    expectNoErrors(decision);
    expectNoErrors(await lead.query(DECIDE, { input: { applicationId: offeredApp.id, decision: 'OFFER' } }));
    const decidedAt: string = decision.data.decideTrainingApplication.application.decidedAt;
    const before = (await lead.query(COHORT, { id: cohort.id })).data.cohort;

    // Eleven months on: nothing of ours is due.
    const early = await handler({ time: monthsAfter(decidedAt, 11) });
    expect(early.removed.map((r) => r.recordId)).not.toContain(declinedApp.id);
    const stillThere = (await lead.query(COHORT, { id: cohort.id })).data.cohort;
    expect(stillThere.applications.edges.find((e: any) => e.node.id === declinedApp.id).node.statement).toBe('My declined statement');

    // Thirteen months on: the declined statement goes; the offered one stays.
    const late = await handler({ time: monthsAfter(decidedAt, 13) });
    expect(late.removed.filter((r) => r.recordId === declinedApp.id)).toEqual([
      {
        rule: 'declined-application-statement',
        recordType: 'TrainingApplication',
        recordId: declinedApp.id,
        subjectId: declined.id,
        fields: ['TrainingApplication.statement'],
      },
    ]);
    const after = (await lead.query(COHORT, { id: cohort.id })).data.cohort;
    const row = (c: any, id: string) => c.applications.edges.find((e: any) => e.node.id === id).node;
    expect(row(after, declinedApp.id)).toEqual({ id: declinedApp.id, status: 'DECLINED', declineReason: 'NOT_YET_READY', statement: null });
    expect(row(after, offeredApp.id).statement).toBe('My offered statement');
    // The counts do not depend on what was removed.
    expect(after.applications.totalCount).toBe(before.applications.totalCount);
    expect(after.applications.totalCount).toBe(2);

    // A second run removes nothing more of ours.
    expect((await handler({ time: monthsAfter(decidedAt, 14) })).removed.map((r) => r.recordId)).not.toContain(declinedApp.id);
  });

  it("audits each removal in the subject's trail, with no actor", async () => {
    const cohort = await newCohort();
    const person = await newPerson(['SERVICE_USER']);
    const app = await apply(person, cohort.id);
    const decision = await as('LEAD_LXP').query(DECIDE, {
      input: { applicationId: app.id, decision: 'DECLINE', declineReason: 'NEEDS_VOLUNTEERING_EXPERIENCE' },
    });
    await handler({ time: monthsAfter(decision.data.decideTrainingApplication.application.decidedAt, 13) });
    const trail = await person.query(
      `query($s: ID!) { auditTrail(subjectId: $s) { edges { node { decision rule fields recordIds actor { id } roles } } } }`,
      {
        s: person.id,
      },
    );
    expect(trail.data.auditTrail.edges.map((e: any) => e.node)).toContainEqual({
      decision: 'REMOVED',
      rule: 'retention:declined-application-statement',
      fields: ['TrainingApplication.statement'],
      recordIds: [app.id],
      actor: null,
      roles: [],
    });
  });

  it('runs when the nightly schedule invokes the Lambda entry with a scheduled event', async () => {
    const time = '2017-06-01T03:00:00Z';
    const out = await lambdaEntry({ source: 'aws.events', 'detail-type': 'Scheduled Event', time } as never, {} as never);
    expect(out.statusCode).toBe(200);
    expect(JSON.parse(out.body!)).toMatchObject({ now: '2017-06-01T03:00:00.000Z', removed: [] });
  });

  it("is listed, rule by rule, in the README's Your data section", () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Your data'));
    for (const rule of RETENTION_SCHEDULE) expect(section, rule.id).toContain(`\`${rule.id}\``);
  });
});
