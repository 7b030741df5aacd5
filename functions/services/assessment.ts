import { derivedIds } from '../db/deliveryKeys';
import type { AssessmentRecord, AssessorDecisionRecord, PortfolioRecord } from '../db/deliveryRecords';
import { itemKey, itemOf } from '../db/keys';
import type { EnrolmentRecord } from '../db/records';
import { addToCounters, putNew, versionedUpdate, when, type TxWrite } from '../db/transact';
import type { Context } from '../graphql/context';
import type { AssessmentOutcome, AssessPortfolioInput, SubmitPortfolioInput } from '../graphql/resolvers.generated';
import { conflict, notEligible } from '../lib/errors';
import { runMutation } from './idempotency';
import { get } from './load';
import { notOnOwnEnrolment, notOwnMentee } from './separationOfDuties';
import { requiredText } from './validate';

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
        versionedUpdate(itemKey('Portfolio', portfolio.id), portfolio.version, changes, { onConditionFailed: changedMeanwhile }),
        putNew(itemOf(assessment), changedMeanwhile),
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
      versionedUpdate(itemKey('Assessment', assessment.id), assessment.version, assessmentChanges, {
        onConditionFailed: () => conflict('ALREADY_ASSESSED', 'Another judgement was recorded meanwhile; read it again'),
      }),
    ];
    let enrolmentAfter: EnrolmentRecord = enrolment;
    if (outcome) {
      const portfolioStatus: PortfolioRecord['status'] = outcome === 'PASS' ? 'PASSED' : 'REFERRED';
      writes.push(
        versionedUpdate(
          itemKey('Portfolio', portfolio.id),
          portfolio.version,
          { status: portfolioStatus, updatedAt: ctx.now },
          {
            onConditionFailed: changedMeanwhile,
          },
        ),
      );
      const ending =
        outcome === 'PASS'
          ? { status: 'COMPLETED' as const, counters: { completedCount: 1 } as Record<string, number> }
          : portfolio.submissions >= MAX_SUBMISSIONS
            ? {
                status: 'REFERRED' as const,
                nonCompletionReason: 'PORTFOLIO_INCOMPLETE' as const,
                counters: { 'nonCompletionCounts.PORTFOLIO_INCOMPLETE': 1 } as Record<string, number>,
              }
            : undefined;
      if (ending) {
        const { counters, ...changes } = ending;
        const enrolmentChanges = { ...changes, endedAt: ctx.now, updatedAt: ctx.now };
        writes.push(
          versionedUpdate(itemKey('Enrolment', enrolment.id), enrolment.version, enrolmentChanges, {
            condition: when.equals('status', 'ACTIVE'),
            onConditionFailed: () => conflict('ALREADY_ENDED', 'The enrolment ended meanwhile'),
          }),
          addToCounters(itemKey('Cohort', enrolment.cohortId), counters, when.always(), changedMeanwhile),
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
