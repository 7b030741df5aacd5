import { outcomeWrites } from './outcomes/programmeWrites';
import { Enrolment } from '../db/entities';
import { conflict } from '../lib/errors';
import type { NonCompletionReason } from '../lib/vocabulary';
import type { ServiceContext as Context } from './context';
import { runMutation } from './idempotency';
import { get } from './load';
import { notOnOwnEnrolment } from './separationOfDuties';
import { intInRange, optionalText } from './validate';

export type EndEnrolmentInput = {
  enrolmentId: string;
  reason: NonCompletionReason;
  detail?: string | null;
  expectedVersion?: number | null;
  idempotencyKey?: string | null;
};

/** Reasons about the portfolio: staff record these (the enrolment ends REFERRED); the rest are reasons for leaving. */
export const PORTFOLIO_REASONS: readonly NonCompletionReason[] = ['PORTFOLIO_NOT_SUBMITTED', 'PORTFOLIO_INCOMPLETE'];

/**
 * Ends an ACTIVE enrolment without completion. The trainee may withdraw themselves for a reason of leaving;
 * staff record any reason, never on their own enrolment. The cohort's count for the reason moves with it.
 */
export function endEnrolment(ctx: Context, input: EndEnrolmentInput) {
  return runMutation(ctx, 'endEnrolment', input, async () => {
    const detail = optionalText(input.detail, 'input.detail', 2000);
    if (input.expectedVersion != null) intInRange(input.expectedVersion, 'input.expectedVersion', 1, Number.MAX_SAFE_INTEGER);
    const enrolment = await get(ctx, 'Enrolment', input.enrolmentId, 'input.enrolmentId');
    const portfolioReason = PORTFOLIO_REASONS.includes(input.reason);
    // Withdrawing is the trainee's own act; judging their portfolio is not.
    if (portfolioReason) notOnOwnEnrolment(ctx, enrolment.subjectId, 'record a portfolio outcome');
    if (input.expectedVersion != null && input.expectedVersion !== enrolment.version) {
      throw conflict('VERSION_MISMATCH', `The enrolment is at version ${enrolment.version}, not ${input.expectedVersion}`);
    }
    if (enrolment.status !== 'ACTIVE') throw conflict('ALREADY_ENDED', `The enrolment is already ${enrolment.status}`);
    const changes = {
      status: portfolioReason ? ('REFERRED' as const) : ('WITHDRAWN' as const),
      nonCompletionReason: input.reason,
      ...(detail ? { nonCompletionDetail: detail } : {}),
      endedAt: ctx.now,
      updatedAt: ctx.now,
    };
    const ended = () => conflict('ALREADY_ENDED', 'The enrolment ended or changed meanwhile');
    return {
      writes: [
        Enrolment.update(enrolment, changes, { when: Enrolment.when.equals('status', 'ACTIVE'), onConditionFailed: ended }),
        ...outcomeWrites.countInCohort(
          enrolment.cohortId,
          { [`nonCompletionCounts.${input.reason}` as const]: 1 },
          { onConditionFailed: ended },
        ),
      ],
      result: { enrolment: { ...enrolment, ...changes, version: enrolment.version + 1 } },
    };
  });
}
