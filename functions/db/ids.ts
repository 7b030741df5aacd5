import { createHash } from 'node:crypto';
import { ulid } from 'ulid';
import { ENTITIES, type IdentifiedType } from './entities';

export type { IdentifiedType };

/** Each entity's id starts with its prefix (declared in entities.ts), so an id alone finds its item. */
const TYPE_BY_PREFIX = new Map<string, IdentifiedType>(
  Object.values(ENTITIES).flatMap((e) => ('idPrefix' in e && e.idPrefix ? [[e.idPrefix, e.type as IdentifiedType] as const] : [])),
);

const ID_PATTERN = /^([a-z]{3})_[A-Za-z0-9_-]{1,64}$/;

export function newId(type: IdentifiedType): string {
  return `${ENTITIES[type].idPrefix}_${ulid()}`;
}

/** The id prefix of an entity type, e.g. `app` (for messages naming the expected shape). */
export const idPrefixOf = (type: IdentifiedType): string => ENTITIES[type].idPrefix;

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
