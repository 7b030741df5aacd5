import { outcomeWrites } from './outcomes/programmeWrites';
import type { PortfolioRecord } from '../db/deliveryRecords';
import {
  applicantGuardItem,
  Cohort,
  cohortNumberGuardItem,
  derivedIds,
  Enrolment,
  Portfolio,
  Relation,
  TrainingApplication,
} from '../db/entities';
import { newId } from '../db/ids';
import type { CohortRecord, EnrolmentRecord, RelationRecord, TrainingApplicationRecord } from '../db/records';
import { putNew, type TxWrite } from '../db/transact';
import { AppError, badInput, conflict, notEligible } from '../lib/errors';
import type { DeclineReason, NonCompletionReason, TrainingDecision } from '../lib/vocabulary';
import type { ServiceContext as Context } from './context';
import { runMutation } from './idempotency';
import { notOnOwn } from './separationOfDuties';
import { findMany, get } from './load';
import { intInRange, requiredText, requireId } from './validate';

/** What each mutation takes: the domain's own shapes (the GraphQL inputs have the same fields). */
type Retryable = { idempotencyKey?: string | null };
export type ApplyToCohortInput = Retryable & { cohortId: string; statement: string };
export type DecideTrainingApplicationInput = Retryable & {
  applicationId: string;
  decision: TrainingDecision;
  declineReason?: DeclineReason | null;
  deferToCohortId?: string | null;
  expectedVersion?: number | null;
};
export type EnrolInput = Retryable & { applicationId: string };
export type CreateCohortInput = Retryable & {
  number: number;
  startDate: string;
  capacity: number;
  weeks?: number | null;
  facilitatorIds?: string[] | null;
};

export const STATEMENT_MAX = 5000;
export const DEFAULT_WEEKS = 12;

const cohortNotOpen = () => notEligible('COHORT_NOT_OPEN', 'The cohort is not taking applications');

/** The application a viewer submits to a cohort, one per person per cohort. */
export function applyToCohort(ctx: Context, input: ApplyToCohortInput) {
  return runMutation(ctx, 'applyToCohort', input, async () => {
    const statement = requiredText(input.statement, 'input.statement', STATEMENT_MAX);
    const cohort = await get(ctx, 'Cohort', input.cohortId, 'input.cohortId');
    if (cohort.status !== 'OPEN') throw cohortNotOpen();
    const application: TrainingApplicationRecord = {
      type: 'TrainingApplication',
      id: newId('TrainingApplication'),
      subjectId: ctx.viewer.id,
      cohortId: cohort.id,
      status: 'SUBMITTED',
      statement,
      submittedAt: ctx.now,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    return { writes: submitApplication(application), result: { application } };
  });
}

/** The writes that submit an application: the record, the one-per-cohort guard, the cohort's count. */
function submitApplication(application: TrainingApplicationRecord): TxWrite[] {
  return [
    ...TrainingApplication.create(application),
    putNew(applicantGuardItem(application.cohortId, application.subjectId, application.id), () =>
      conflict('ALREADY_APPLIED', 'This person has already applied to this cohort'),
    ),
    ...outcomeWrites.countInCohort(
      application.cohortId,
      { applicationCount: 1 },
      { when: Cohort.when.equals('status', 'OPEN'), onConditionFailed: cohortNotOpen },
    ),
  ];
}

function checkDecisionInput(input: DecideTrainingApplicationInput): void {
  const needsReason = input.decision !== 'OFFER';
  if (needsReason && !input.declineReason) throw badInput('input.declineReason', `declineReason is required to ${input.decision}`);
  if (!needsReason && input.declineReason) throw badInput('input.declineReason', 'declineReason is not allowed with OFFER');
  if (input.decision === 'DEFER' && !input.deferToCohortId) throw badInput('input.deferToCohortId', 'deferToCohortId is required to DEFER');
  if (input.decision !== 'DEFER' && input.deferToCohortId) throw badInput('input.deferToCohortId', 'deferToCohortId is only for DEFER');
  if (input.deferToCohortId) requireId(input.deferToCohortId, 'Cohort', 'input.deferToCohortId');
  if (input.expectedVersion != null) intInRange(input.expectedVersion, 'input.expectedVersion', 1, Number.MAX_SAFE_INTEGER);
}

/** Offer a place, decline with a reason, or defer to a later open cohort; never on one's own application. */
export function decideTrainingApplication(ctx: Context, input: DecideTrainingApplicationInput) {
  return runMutation(ctx, 'decideTrainingApplication', input, async () => {
    checkDecisionInput(input);
    const application = await get(ctx, 'TrainingApplication', input.applicationId, 'input.applicationId');
    notOnOwn(ctx, application.subjectId, 'OWN_APPLICATION', 'decide an application');
    if (input.expectedVersion != null && input.expectedVersion !== application.version) {
      throw conflict('VERSION_MISMATCH', `The application is at version ${application.version}, not ${input.expectedVersion}`);
    }
    if (application.status !== 'SUBMITTED') throw conflict('ALREADY_DECIDED', `The application is already ${application.status}`);
    const cohort = await get(ctx, 'Cohort', application.cohortId);
    if (cohort.status === 'COMPLETED') throw notEligible('COHORT_COMPLETED', 'The cohort has completed');

    const decided = { decidedAt: ctx.now, decidedBy: ctx.viewer.id, updatedAt: ctx.now };
    const update = (changes: Partial<TrainingApplicationRecord>) =>
      TrainingApplication.update(application, changes, {
        when: TrainingApplication.when.equals('status', 'SUBMITTED'),
        onConditionFailed: () => conflict('ALREADY_DECIDED', 'The application was decided or changed meanwhile'),
      });
    const after = (changes: Partial<TrainingApplicationRecord>): TrainingApplicationRecord => ({
      ...application,
      ...changes,
      version: application.version + 1,
    });

    if (input.decision === 'OFFER') {
      if (cohort.offeredCount >= cohort.capacity) throw capacityReached(cohort);
      const changes = { status: 'OFFERED' as const, ...decided };
      return {
        writes: [
          update(changes),
          ...outcomeWrites.countInCohort(
            cohort.id,
            { offeredCount: 1 },
            { when: Cohort.when.below('offeredCount', 'capacity'), onConditionFailed: () => capacityReached(cohort) },
          ),
        ],
        result: { application: after(changes) },
      };
    }

    if (input.decision === 'DECLINE') {
      const changes = { status: 'DECLINED' as const, declineReason: input.declineReason!, ...decided };
      return { writes: [update(changes)], result: { application: after(changes) } };
    }

    const later = await get(ctx, 'Cohort', input.deferToCohortId!, 'input.deferToCohortId');
    if (later.status !== 'OPEN') throw cohortNotOpen();
    if (later.startDate <= cohort.startDate) throw notEligible('NOT_A_LATER_COHORT', 'Deferral must be to a cohort that starts later');
    const moved: TrainingApplicationRecord = {
      ...application,
      id: newId('TrainingApplication'),
      cohortId: later.id,
      status: 'SUBMITTED',
      submittedAt: ctx.now,
      deferredFromApplicationId: application.id,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    delete moved.decidedAt;
    delete moved.decidedBy;
    const changes = { status: 'DEFERRED' as const, declineReason: input.declineReason!, deferredToApplicationId: moved.id, ...decided };
    return { writes: [update(changes), ...submitApplication(moved)], result: { application: after(changes) } };
  });
}

const capacityReached = (cohort: CohortRecord) =>
  new AppError('CAPACITY_REACHED', `All ${cohort.capacity} places on cohort ${cohort.number} are offered`, { capacity: cohort.capacity });

/** Enrol the applicant of an offered application on its cohort, once. */
export function enrol(ctx: Context, input: EnrolInput) {
  return runMutation(ctx, 'enrol', input, async () => {
    const application = await get(ctx, 'TrainingApplication', input.applicationId, 'input.applicationId');
    if (application.enrolmentId) throw conflict('ALREADY_ENROLLED', 'The applicant is already enrolled');
    if (application.status !== 'OFFERED')
      throw notEligible('NOT_OFFERED', `Only an offered application can be enrolled; this one is ${application.status}`);
    const cohort = await get(ctx, 'Cohort', application.cohortId);
    if (cohort.status === 'COMPLETED') throw notEligible('COHORT_COMPLETED', 'The cohort has completed');
    const enrolment: EnrolmentRecord = {
      type: 'Enrolment',
      id: newId('Enrolment'),
      subjectId: application.subjectId,
      cohortId: cohort.id,
      applicationId: application.id,
      status: 'ACTIVE',
      enrolledAt: ctx.now,
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    return {
      writes: [
        ...Enrolment.create(enrolment),
        ...Portfolio.create(newPortfolio(enrolment, ctx.now)),
        TrainingApplication.update(
          application,
          { enrolmentId: enrolment.id, updatedAt: ctx.now },
          {
            when: TrainingApplication.when.all(
              TrainingApplication.when.equals('status', 'OFFERED'),
              TrainingApplication.when.missing('enrolmentId'),
            ),
            onConditionFailed: () => conflict('ALREADY_ENROLLED', 'The application was enrolled or changed meanwhile'),
          },
        ),
        ...outcomeWrites.countInCohort(
          cohort.id,
          { enrolmentCount: 1 },
          {
            when: Cohort.when.differs('status', 'COMPLETED'),
            onConditionFailed: () => notEligible('COHORT_COMPLETED', 'The cohort has completed'),
          },
        ),
      ],
      result: { enrolment },
    };
  });
}

/** A new cohort, open for applications, with its facilitators related to it. */
export function createCohort(ctx: Context, input: CreateCohortInput) {
  return runMutation(ctx, 'createCohort', input, async () => {
    const number = intInRange(input.number, 'input.number', 1, 999_999);
    const capacity = intInRange(input.capacity, 'input.capacity', 1, 100);
    const weeks = intInRange(input.weeks ?? DEFAULT_WEEKS, 'input.weeks', 1, 52);
    const facilitatorIds = [...new Set(input.facilitatorIds ?? [])];
    facilitatorIds.forEach((id) => requireId(id, 'Person', 'input.facilitatorIds'));
    const facilitators = await findMany(ctx, 'Person', facilitatorIds);
    const unsuitable = facilitatorIds.filter(
      (id) => !facilitators.some((p) => p.id === id && (p.roles.includes('CLINICIAN') || p.roles.includes('LEAD_LXP'))),
    );
    if (unsuitable.length) throw badInput('input.facilitatorIds', `Not a clinician or the Lead LXP: ${unsuitable.join(', ')}`);

    const id = newId('Cohort');
    const cohort: CohortRecord = {
      type: 'Cohort',
      id,
      cohortId: id,
      number,
      startDate: input.startDate,
      weeks,
      capacity,
      status: 'OPEN',
      facilitatorIds,
      applicationCount: 0,
      offeredCount: 0,
      enrolmentCount: 0,
      ...emptyOutcomeCounts(),
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    const relations: RelationRecord[] = facilitatorIds.map((personId) => ({
      type: 'Relation',
      personId,
      relation: 'FACILITATOR',
      anchor: cohort.id,
      createdAt: ctx.now,
    }));
    return {
      writes: [
        ...Cohort.create(cohort),
        outcomeWrites.cohortCreated(cohort.id),
        putNew(cohortNumberGuardItem(number, cohort.id), () => conflict('COHORT_NUMBER_TAKEN', `Cohort number ${number} is taken`)),
        ...relations.flatMap((r) => Relation.create(r)),
      ],
      result: { cohort },
    };
  });
}

/** Every enrolment has one portfolio, written with it and keyed by it. */
export function newPortfolio(enrolment: EnrolmentRecord, at: string): PortfolioRecord {
  return {
    type: 'Portfolio',
    id: derivedIds.portfolioOf(enrolment.id),
    subjectId: enrolment.subjectId,
    cohortId: enrolment.cohortId,
    enrolmentId: enrolment.id,
    status: 'IN_PROGRESS',
    submissions: 0,
    finalEntryCount: 0,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}

const NON_COMPLETION_REASONS: readonly NonCompletionReason[] = [
  'PORTFOLIO_NOT_SUBMITTED',
  'PORTFOLIO_INCOMPLETE',
  'PAID_EMPLOYMENT',
  'FURTHER_STUDY',
  'OTHER_VOLUNTEERING',
  'HEALTH',
  'PERSONAL',
  'OTHER',
];

/** A new cohort's outcome aggregates: every reason and background present at zero, so readers see 0, not absence. */
export function emptyOutcomeCounts(): Required<Pick<CohortRecord, 'completedCount' | 'nonCompletionCounts' | 'mentorCounts'>> {
  return {
    completedCount: 0,
    nonCompletionCounts: Object.fromEntries(NON_COMPLETION_REASONS.map((r) => [r, 0])),
    mentorCounts: { CLINICAL: 0, MANAGEMENT: 0, SUPPORT: 0 },
  };
}
