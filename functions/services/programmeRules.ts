import { Employment, Enrolment } from '../db/entities';
import { queryAll } from '../db/page';
import type { EmploymentRecord, EnrolmentRecord, PersonRecord } from '../db/records';
import { badInput, notEligible } from '../lib/errors';
import type { Role } from '../lib/vocabulary';
import type { ServiceContext as Context } from './context';

/**
 * Rules shared by recruitment, employment and development: who counts as eligible, employed or staff (the
 * separation of duties is in functions/services/separationOfDuties.ts).
 */

/** Today in UTC, as a Date (YYYY-MM-DD). */
export const today = (ctx: Context) => ctx.now.slice(0, 10);

/** The day `days` before `date` (YYYY-MM-DD). */
export function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** The person's passed (COMPLETED) enrolment, earliest first; undefined when they have none. */
export async function passedEnrolment(personId: string): Promise<EnrolmentRecord | undefined> {
  const enrolments = await queryAll<EnrolmentRecord>(Enrolment.collections.ofPerson(personId));
  return enrolments.filter((e) => e.status === 'COMPLETED').sort((a, b) => a.enrolledAt.localeCompare(b.enrolledAt))[0];
}

/** The person's active employments. */
export async function activeEmployments(personId: string): Promise<EmploymentRecord[]> {
  return (await queryAll<EmploymentRecord>(Employment.collections.ofPerson(personId))).filter((e) => e.status === 'ACTIVE');
}

/** NOT_ELIGIBLE (NOT_EMPLOYED) unless the person is in post. */
export async function requireEmployed(personId: string): Promise<EmploymentRecord> {
  const [employment] = await activeEmployments(personId);
  if (!employment) throw notEligible('NOT_EMPLOYED', 'Only an LXP in post may do this');
  return employment;
}

/** Who may supervise: the roles that can hold the SUPERVISOR relation. */
export const SUPERVISOR_ROLES: readonly Role[] = ['CLINICIAN', 'LEAD_LXP'];

/** BAD_USER_INPUT naming `field` unless every person holds one of `roles`. */
export function requireRoles(people: PersonRecord[], ids: string[], roles: readonly Role[], field: string, what: string): void {
  const unsuitable = ids.filter((id) => !people.some((p) => p.id === id && p.roles.some((r) => roles.includes(r))));
  if (unsuitable.length) throw badInput(field, `Not ${what}: ${unsuitable.join(', ')}`);
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A local time of day, HH:MM. */
export function timeOfDay(value: string, field: string): string {
  if (!TIME.test(value)) throw badInput(field, `${field} must be a time of day as HH:MM`);
  return value;
}

/** A day that is not in the future. */
export function notFuture(ctx: Context, date: string, field: string): string {
  if (date > today(ctx)) throw badInput(field, `${field} must not be in the future`);
  return date;
}

/** Ids derived from a person's (one plan per LXP, one sign-up per person per session) use the part after the prefix. */
export const idSuffix = (id: string) => id.slice(id.indexOf('_') + 1);
