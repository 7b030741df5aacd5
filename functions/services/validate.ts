import { idPrefixOf, typeOfId, type IdentifiedType } from '../db/ids';
import { badInput } from '../lib/errors';

/** Trims a required text input and checks its length; BAD_USER_INPUT naming the field otherwise. */
export function requiredText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (text.length === 0) throw badInput(field, `${field} must not be empty`);
  if (text.length > max) throw badInput(field, `${field} must be at most ${max} characters`);
  return text;
}

/** Checks an integer input lies in a range; BAD_USER_INPUT naming the field otherwise. */
export function intInRange(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(field, `${field} must be a whole number from ${min} to ${max}`);
  return value;
}

/** Checks that `id` (the argument at `field`) is an id of `type`; BAD_USER_INPUT naming the field otherwise. */
export function requireId(id: string, type: IdentifiedType, field: string): string {
  if (typeOfId(id) !== type) throw badInput(field, `${field} must be a ${type} id (${idPrefixOf(type)}_…)`);
  return id;
}

/** Trims an optional text input; undefined when absent or blank, BAD_USER_INPUT naming the field when too long. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (text.length > max) throw badInput(field, `${field} must be at most ${max} characters`);
  return text;
}
