import { outcomeWrites } from './outcomes/programmeWrites';
import type { AssessmentRecord, AssessorDecisionRecord, PortfolioRecord } from '../db/deliveryRecords';
import { Assessment, derivedIds, Enrolment, Portfolio } from '../db/entities';
import type { CohortRecord, EnrolmentRecord } from '../db/records';
import { type CounterOf, type TxWrite } from '../db/transact';
import { conflict, notEligible } from '../lib/errors';
import type { AssessmentOutcome } from '../lib/vocabulary';
import type { ServiceContext as Context } from './context';
import { runMutation } from './idempotency';
import { get } from './load';
import { notOnOwnEnrolment, notOwnMentee } from './separationOfDuties';
import { requiredText } from './validate';

type Retryable = { idempotencyKey?: string | null };
export type SubmitPortfolioInput = Retryable & { portfolioId: string };
export type AssessPortfolioInput = Retryable & { portfolioId: string; outcome: AssessmentOutcome; feedback: string };

/** Two assessors judge each submission (the course facilitator and the social-inclusion lead). */
export const ASSESSORS = 2;
/** A referral allows one resubmission. */
export const MAX_SUBMISSIONS = 2;

const changedMeanwhile = () => conflict('VERSION_MISMATCH', 'The portfolio changed meanwhile; read it again and retry');

/** The trainee submits their portfolio for assessment: the first time, or once more after a referral. */
export function submitPortfolio(ctx: Context, input: SubmitPortfolioInput) {
  return runMutation(ctx, 'submitPortfolio', input, async () => {
    const portfolio = await get(ctx, 'Portfolio', input.portfolioId, 'input.portfolioId');
    if (portfolio.status === 'SUBMITTED') throw conflict('ALREADY_SUBMITTED', 'The portfolio is with the assessors');
    if (portfolio.status === 'PASSED') throw conflict('ALREADY_PASSED', 'The portfolio has passed');
    if (portfolio.submissions >= MAX_SUBMISSIONS) throw notEligible('RESUBMISSION_USED', 'A referred portfolio may be resubmitted once');
    if (portfolio.finalEntryCount < 1) throw notEligible('NO_FINAL_ENTRY', 'Mark at least one entry FINAL before submitting');
    const enrolment = await get(ctx, 'Enrolment', portfolio.enrolmentId);
    if (enrolment.status !== 'ACTIVE') throw notEligible('ENROLMENT_NOT_ACTIVE', `The enrolment is ${enrolment.status}`);
    const submission = portfolio.submissions + 1;
    const assessment: AssessmentRecord = {
      type: 'Assessment',
      id: derivedIds.assessmentOf(portfolio.id, submission),
      subjectId: portfolio.subjectId,
      cohortId: portfolio.cohortId,
      portfolioId: portfolio.id,
      submission,
      submittedAt: ctx.now,
      decisions: [],
      version: 1,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    const changes = { status: 'SUBMITTED' as const, submissions: submission, updatedAt: ctx.now };
    return {
      writes: [
        Portfolio.update(portfolio, changes, { onConditionFailed: changedMeanwhile }),
        ...Assessment.create(assessment, changedMeanwhile),
      ],
      result: { portfolio: { ...portfolio, ...changes, version: portfolio.version + 1 } },
    };
  });
}

/**
 * One assessor's PASS or REFERRAL. With the second judgement the submission's outcome is settled: two
 * passes complete the enrolment (and count on the cohort); a referral sends the portfolio back, and a
 * second referral ends the enrolment as REFERRED for an incomplete portfolio.
 */
export function assessPortfolio(ctx: Context, input: AssessPortfolioInput) {
  return runMutation(ctx, 'assessPortfolio', input, async () => {
    const feedback = requiredText(input.feedback, 'input.feedback', 10_000);
    const portfolio = await get(ctx, 'Portfolio', input.portfolioId, 'input.portfolioId');
    const enrolment = await get(ctx, 'Enrolment', portfolio.enrolmentId);
    notOnOwnEnrolment(ctx, enrolment.subjectId, 'assess a portfolio');
    notOwnMentee(ctx, enrolment.mentorId);
    if (portfolio.status !== 'SUBMITTED') throw notEligible('NOT_SUBMITTED', `The portfolio is ${portfolio.status}, not SUBMITTED`);
    const assessment = await get(ctx, 'Assessment', derivedIds.assessmentOf(portfolio.id, portfolio.submissions));
    if (assessment.decisions.some((d) => d.assessorId === ctx.viewer.id)) {
      throw conflict('ALREADY_ASSESSED', 'You have already assessed this submission');
    }
    if (assessment.decisions.length >= ASSESSORS) throw conflict('ALREADY_ASSESSED', 'Both assessors have assessed this submission');

    const decision: AssessorDecisionRecord = { assessorId: ctx.viewer.id, outcome: input.outcome, feedback, decidedAt: ctx.now };
    const decisions = [...assessment.decisions, decision];
    const settled = decisions.length === ASSESSORS;
    const outcome: AssessmentOutcome | undefined = settled
      ? decisions.every((d) => d.outcome === 'PASS')
        ? 'PASS'
        : 'REFERRAL'
      : undefined;
    const assessmentChanges = { decisions, ...(outcome ? { outcome } : {}), updatedAt: ctx.now };
    const writes: TxWrite[] = [
      Assessment.update(assessment, assessmentChanges, {
        onConditionFailed: () => conflict('ALREADY_ASSESSED', 'Another judgement was recorded meanwhile; read it again'),
      }),
    ];
    let enrolmentAfter: EnrolmentRecord = enrolment;
    if (outcome) {
      const portfolioStatus: PortfolioRecord['status'] = outcome === 'PASS' ? 'PASSED' : 'REFERRED';
      writes.push(Portfolio.update(portfolio, { status: portfolioStatus, updatedAt: ctx.now }, { onConditionFailed: changedMeanwhile }));
      const ending =
        outcome === 'PASS'
          ? { status: 'COMPLETED' as const, counters: { completedCount: 1 } as Partial<Record<CounterOf<CohortRecord>, number>> }
          : portfolio.submissions >= MAX_SUBMISSIONS
            ? {
                status: 'REFERRED' as const,
                nonCompletionReason: 'PORTFOLIO_INCOMPLETE' as const,
                counters: { 'nonCompletionCounts.PORTFOLIO_INCOMPLETE': 1 } as Partial<Record<CounterOf<CohortRecord>, number>>,
              }
            : undefined;
      if (ending) {
        const { counters, ...changes } = ending;
        const enrolmentChanges = { ...changes, endedAt: ctx.now, updatedAt: ctx.now };
        writes.push(
          Enrolment.update(enrolment, enrolmentChanges, {
            when: Enrolment.when.equals('status', 'ACTIVE'),
            onConditionFailed: () => conflict('ALREADY_ENDED', 'The enrolment ended meanwhile'),
          }),
          ...outcomeWrites.countInCohort(enrolment.cohortId, counters, { onConditionFailed: changedMeanwhile }),
        );
        enrolmentAfter = { ...enrolment, ...enrolmentChanges, version: enrolment.version + 1 };
      }
    }
    return {
      writes,
      result: { assessment: { ...assessment, ...assessmentChanges, version: assessment.version + 1 }, enrolment: enrolmentAfter },
    };
  });
}
