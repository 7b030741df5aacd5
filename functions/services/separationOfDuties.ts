import { forbidden } from '../lib/errors';
import type { ServiceContext } from './context';

/**
 * Nobody acts as staff on their own enrolment, whatever roles they hold: many staff on this programme are
 * also trainees (the seeded Lead LXP is one). Called by every staff action on a trainee's records.
 */
export function notOnOwnEnrolment(ctx: ServiceContext, traineeId: string, action: string): void {
  if (traineeId === ctx.viewer.id) throw forbidden(`You may not ${action} on your own enrolment`, { reason: 'OWN_ENROLMENT' });
}

/** An assessor does not assess the trainee they mentor. */
export function notOwnMentee(ctx: ServiceContext, mentorId: string | undefined): void {
  if (mentorId && mentorId === ctx.viewer.id) throw forbidden('You may not assess your own mentee', { reason: 'OWN_MENTEE' });
}
