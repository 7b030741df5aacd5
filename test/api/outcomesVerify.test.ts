import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { db, tableName } from '../../functions/db/client';
import { itemKey } from '../../functions/db/entities';
import { verifyOutcomeAggregates } from '../../functions/services/outcomes/verifyTable';
import { MENTORS } from '../../functions/local/paperData';
import { as, newCohort, newPerson, type Caller } from '../support/api';

const run = promisify(execFile);

/** `npm run outcomes:verify` against the tests' DynamoDB Local, for these cohorts. */
async function verifyScript(cohortIds: string[]): Promise<{ code: number; output: string }> {
  const args = ['--import', 'tsx', 'scripts/outcomes-verify.ts', '--endpoint', process.env.DYNAMODB_ENDPOINT!, '--table', tableName()];
  for (const id of cohortIds) args.push('--cohort', id);
  try {
    const { stdout } = await run(process.execPath, args, { env: process.env });
    return { code: 0, output: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

type Step =
  | { kind: 'apply'; person: number; cohort: number }
  | { kind: 'decide'; application: number; decision: 'OFFER' | 'DECLINE' | 'DEFER' }
  | { kind: 'enrol'; application: number; by: 'SELF' | 'LEAD_LXP' }
  | { kind: 'end'; enrolment: number; reason: (typeof REASONS)[number] }
  | { kind: 'mentor'; enrolment: number; mentor: number }
  | { kind: 'unmentor'; enrolment: number };

const REASONS = ['PORTFOLIO_NOT_SUBMITTED', 'PORTFOLIO_INCOMPLETE', 'PAID_EMPLOYMENT', 'HEALTH', 'PERSONAL'] as const;
/** Seeded mentors who attended the preparatory training, of different backgrounds. */
const MENTOR_IDS = MENTORS.slice(0, 4).map((m) => m.id);

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('apply' as const), person: fc.nat(3), cohort: fc.nat(1) }),
  fc.record({
    kind: fc.constant('decide' as const),
    application: fc.nat(7),
    decision: fc.constantFrom('OFFER' as const, 'DECLINE' as const, 'DEFER' as const),
  }),
  fc.record({ kind: fc.constant('enrol' as const), application: fc.nat(7), by: fc.constantFrom('SELF' as const, 'LEAD_LXP' as const) }),
  fc.record({ kind: fc.constant('end' as const), enrolment: fc.nat(5), reason: fc.constantFrom(...REASONS) }),
  fc.record({ kind: fc.constant('mentor' as const), enrolment: fc.nat(5), mentor: fc.nat(MENTOR_IDS.length - 1) }),
  fc.record({ kind: fc.constant('unmentor' as const), enrolment: fc.nat(5) }),
);

/** Runs one step through the handler; business refusals are part of the series (they must write nothing). */
async function perform(s: Step, people: Caller[], cohorts: string[], applications: { id: string; by: Caller }[], enrolments: string[]) {
  if (s.kind === 'end' || s.kind === 'mentor' || s.kind === 'unmentor') {
    const enrolmentId = enrolments[s.enrolment % Math.max(enrolments.length, 1)];
    if (!enrolmentId) return;
    if (s.kind === 'end')
      await as('LEAD_LXP').query(`mutation($input: EndEnrolmentInput!) { endEnrolment(input: $input) { enrolment { id } } }`, {
        input: { enrolmentId, reason: s.reason },
      });
    else if (s.kind === 'mentor')
      await as('LEAD_LXP').query(`mutation($input: AssignMentorInput!) { assignMentor(input: $input) { __typename } }`, {
        input: { enrolmentId, mentorId: MENTOR_IDS[s.mentor] },
      });
    else
      await as('LEAD_LXP').query(`mutation($input: EndMentorAssignmentInput!) { endMentorAssignment(input: $input) { __typename } }`, {
        input: { enrolmentId },
      });
    return;
  }
  if (s.kind === 'apply') {
    const res = await people[s.person]!.query(
      `mutation($input: ApplyToCohortInput!) { applyToCohort(input: $input) { application { id } } }`,
      { input: { cohortId: cohorts[s.cohort], statement: 'Lived experience' } },
    );
    const id = res.data?.applyToCohort?.application?.id;
    if (id) applications.push({ id, by: people[s.person]! });
    return;
  }
  const app = applications[s.application % Math.max(applications.length, 1)];
  if (!app) return;
  if (s.kind === 'decide') {
    const input: Record<string, unknown> = { applicationId: app.id, decision: s.decision };
    if (s.decision !== 'OFFER') input.declineReason = 'NEEDS_VOLUNTEERING_EXPERIENCE';
    if (s.decision === 'DEFER') input.deferToCohortId = cohorts[1];
    const res = await as('LEAD_LXP').query(
      `mutation($input: DecideTrainingApplicationInput!) { decideTrainingApplication(input: $input) { application { id deferredTo { id } } } }`,
      { input },
    );
    const deferred = res.data?.decideTrainingApplication?.application?.deferredTo?.id;
    if (deferred) applications.push({ id: deferred, by: app.by });
    return;
  }
  const who = s.by === 'SELF' ? app.by : as('LEAD_LXP');
  const res = await who.query(`mutation($input: EnrolInput!) { enrol(input: $input) { enrolment { id } } }`, {
    input: { applicationId: app.id },
  });
  const enrolmentId = res.data?.enrol?.enrolment?.id;
  if (enrolmentId) enrolments.push(enrolmentId);
}

describe('outcomes:verify', () => {
  it('finds every aggregate equal to its records after any series of mutations through the handler, some of them concurrent', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(step, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 12 }), async (batches) => {
        const cohorts = [(await newCohort({ capacity: 2 })).id, (await newCohort({ capacity: 3, startDate: '2031-01-06' })).id];
        const people = await Promise.all([0, 1, 2, 3].map(() => newPerson(['SERVICE_USER'])));
        const applications: { id: string; by: Caller }[] = [];
        const enrolments: string[] = [];
        for (const batch of batches) await Promise.all(batch.map((s) => perform(s, people, cohorts, applications, enrolments)));
        const { differences } = await verifyOutcomeAggregates(cohorts);
        expect(differences).toEqual([]);
      }),
      { numRuns: 6, endOnFailure: true },
    );
  });

  it('exits 0 when the aggregates match, and 1 naming the aggregate when one does not', async () => {
    const cohort = await newCohort();
    const clean = await verifyScript([cohort.id]);
    expect(clean.output).toContain('every aggregate matches its records');
    expect(clean.code).toBe(0);

    const setApplicationCount = (n: number) =>
      db().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: itemKey('Cohort', cohort.id),
          UpdateExpression: 'SET applicationCount = :n',
          ExpressionAttributeValues: { ':n': n },
        }),
      );
    await setApplicationCount(3);
    try {
      const tampered = await verifyScript([cohort.id]);
      expect(tampered.output).toContain(`DIFFERENCE ${cohort.id} applicationCount: stored 3, records say 0`);
      expect(tampered.code).toBe(1);
    } finally {
      // The table is shared: the programme's aggregate sums every cohort's counters as stored.
      await setApplicationCount(0);
    }
  });
});
