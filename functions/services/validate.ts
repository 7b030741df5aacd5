import { idPrefixOf, typeOfId, type IdentifiedType } from '../db/ids';
import { badInput } from '../lib/errors';

/**
 * Bidirectional-text controls: embeddings, overrides, isolates and marks. They reorder what a reader sees
 * (a "Trojan Source" statement that reads differently from what is stored), so free text may not hold them.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** C0 and C1 control characters; tab, line feed and carriage return are allowed where text may span lines. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F]/u;
/** With the u flag a well-formed pair is one code point, so this matches only an unpaired surrogate. */
const LONE_SURROGATE = /\p{Surrogate}/u;
/** Noncharacters U+FDD0–U+FDEF and U+xFFFE/U+xFFFF: never meant for interchange. */
const NONCHARACTER = /[\uFDD0-\uFDEF\uFFFE\uFFFF]/u;

export interface TextRule {
  /** Most characters (Unicode code points, after normalisation and trimming). */
  max: number;
  /** Fewest characters; 1 for required text. */
  min?: number;
  /** Whether line breaks and tabs are allowed (statements, reflections); names and titles are one line. */
  multiline?: boolean;
}

/**
 * What is wrong with a string as text, or undefined: not valid Unicode (a lone surrogate), a control
 * character, a bidirectional override, a noncharacter. Shared by every text input, through `cleanText` and
 * the check on every string argument (functions/graphql/cleanArguments.ts).
 */
export function textProblem(value: string, multiline = true): string | undefined {
  if (LONE_SURROGATE.test(value)) return 'is not valid Unicode (it holds an unpaired surrogate)';
  if ((multiline ? CONTROLS_MULTILINE : CONTROLS_SINGLE_LINE).test(value)) return 'holds a control character';
  if (BIDI_CONTROLS.test(value)) return 'holds a bidirectional-text control character';
  if (NONCHARACTER.test(value) || /[\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{10FFFE}\u{10FFFF}]/u.test(value))
    return 'holds a Unicode noncharacter';
  return undefined;
}

/**
 * The one validator for free text: valid Unicode without control characters or bidirectional overrides,
 * normalised to NFC (so the same words are stored, compared and counted the same way), line endings as
 * `\n`, trimmed, and within its length in characters. BAD_USER_INPUT naming the field otherwise.
 */
export function cleanText(value: string, field: string, rule: TextRule): string {
  if (typeof value !== 'string') throw badInput(field, `${field} must be text`);
  const problem = textProblem(value, rule.multiline ?? true);
  if (problem) throw badInput(field, `${field} ${problem}`);
  const text = value.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  const length = [...text].length;
  const min = rule.min ?? 0;
  if (length < min) throw badInput(field, min === 1 ? `${field} must not be empty` : `${field} must be at least ${min} characters`);
  if (length > rule.max) throw badInput(field, `${field} must be at most ${rule.max} characters`);
  return text;
}

/** Required free text (see `cleanText`); BAD_USER_INPUT naming the field when empty, too long or not clean. */
export function requiredText(value: string, field: string, max: number, options: { multiline?: boolean } = {}): string {
  return cleanText(value, field, { max, min: 1, ...options });
}

/** Optional free text (see `cleanText`): undefined when absent or blank, BAD_USER_INPUT naming the field when too long or not clean. */
export function optionalText(
  value: string | null | undefined,
  field: string,
  max: number,
  options: { multiline?: boolean } = {},
): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = cleanText(value, field, { max, ...options });
  return text === '' ? undefined : text;
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
