import { forbidden } from '../lib/errors';
import type { ServiceContext } from './context';

/**
 * Separation of duties: nobody acts as staff on their own record, whatever roles they hold. Many people on
 * this programme hold several roles (the seeded Lead LXP is a cohort-1 trainee; facilitators and HR staff
 * may be trainees, applicants or LXPs in post), so every decision, assessment or record made about a person
 * by someone else calls one of these first. The refusal is FORBIDDEN with a machine-readable `reason`
 * naming whose record it was (OWN_APPLICATION, OWN_ENROLMENT, OWN_EMPLOYMENT, OWN_PLAN, OWN_ATTENDANCE).
 */
export type OwnRecordReason = 'OWN_APPLICATION' | 'OWN_ENROLMENT' | 'OWN_EMPLOYMENT' | 'OWN_PLAN' | 'OWN_ATTENDANCE' | 'OWN_MENTEE';

/** FORBIDDEN (with `reason`) when the viewer is `subjectId`, the person the record is about. */
export function notOnOwn(ctx: ServiceContext, subjectId: string, reason: OwnRecordReason, what: string): void {
  if (subjectId === ctx.viewer.id) throw forbidden(`You may not ${what} on your own record, whatever roles you hold`, { reason });
}

/** Staff actions on a trainee's enrolment, portfolio, attendance or mentoring. */
export function notOnOwnEnrolment(ctx: ServiceContext, traineeId: string, action: string): void {
  notOnOwn(ctx, traineeId, 'OWN_ENROLMENT', action);
}

/** An assessor does not assess the trainee they mentor. */
export function notOwnMentee(ctx: ServiceContext, mentorId: string | undefined): void {
  if (mentorId && mentorId === ctx.viewer.id) throw forbidden('You may not assess your own mentee', { reason: 'OWN_MENTEE' });
}
