import { createHash } from 'node:crypto';
import { ulid } from 'ulid';
import { badInput } from '../lib/errors';

/** Each entity's id starts with its prefix, so an id alone finds its item (key = id + entity type). */
export const ID_PREFIXES = {
  Person: 'per',
  Cohort: 'coh',
  TrainingApplication: 'app',
  Enrolment: 'enr',
  Workstream: 'wst',
  WorkstreamMember: 'wsm',
  WorkstreamMeeting: 'wmt',
  Recommendation: 'rec',
  EngagementActivity: 'eng',
  EngagementFinding: 'fnd',
  ParticipantConsent: 'cns',
} as const;

export type IdentifiedType = keyof typeof ID_PREFIXES;

const TYPE_BY_PREFIX = new Map<string, IdentifiedType>(
  Object.entries(ID_PREFIXES).map(([type, prefix]) => [prefix, type as IdentifiedType]),
);

const ID_PATTERN = /^([a-z]{3})_[A-Za-z0-9_-]{1,64}$/;

export function newId(type: IdentifiedType): string {
  return `${ID_PREFIXES[type]}_${ulid()}`;
}

/**
 * The person id of a token subject: the subject itself when it is already one (the development issuer's),
 * else `per_` + the subject (Cognito's UUIDs, Entra ID's opaque ids), or + its hash when it has other characters.
 */
export function personIdForSubject(sub: string): string {
  if (typeOfId(sub) === 'Person') return sub;
  if (/^[A-Za-z0-9_-]{1,60}$/.test(sub)) return `per_${sub}`;
  return `per_${createHash('sha256').update(sub).digest('base64url').slice(0, 43)}`;
}

/** The entity type an id belongs to, or undefined when it is not one of ours. */
export function typeOfId(id: string): IdentifiedType | undefined {
  const match = ID_PATTERN.exec(id);
  return match ? TYPE_BY_PREFIX.get(match[1]!) : undefined;
}

/** Checks that `id` (the argument at `field`) is an id of `type`; BAD_USER_INPUT naming the field otherwise. */
export function requireId(id: string, type: IdentifiedType, field: string): string {
  if (typeOfId(id) !== type) throw badInput(field, `${field} must be a ${type} id (${ID_PREFIXES[type]}_…)`);
  return id;
}
