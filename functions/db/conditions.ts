import type { Condition } from './transact';

/**
 * Conditions on a record's own attributes, built here so services state rules ("the post is advertised")
 * without writing DynamoDB expressions. Each names its placeholders after the attribute, so several can be
 * joined with `allOf`.
 */
let counter = 0;
const placeholder = (prefix: string) => `${prefix}${(counter = (counter + 1) % 1_000_000)}`;

/** `field` holds one of `values`. */
export function isOneOf(field: string, values: readonly (string | number | boolean)[]): Condition {
  const name = placeholder('#f');
  const entries = values.map((v) => [placeholder(':v'), v] as const);
  return {
    expression: `${name} IN (${entries.map(([k]) => k).join(', ')})`,
    names: { [name]: field },
    values: Object.fromEntries(entries),
  };
}

/** `field` equals `value`. */
export const is = (field: string, value: string | number | boolean): Condition => isOneOf(field, [value]);

/** `field` is absent. */
export function isAbsent(field: string): Condition {
  const name = placeholder('#f');
  return { expression: `attribute_not_exists(${name})`, names: { [name]: field } };
}

/** `field` is absent or not after `value` (strings compare as ISO dates do). */
export function isAbsentOrAtMost(field: string, value: string): Condition {
  const name = placeholder('#f');
  const v = placeholder(':v');
  return { expression: `(attribute_not_exists(${name}) OR ${name} <= ${v})`, names: { [name]: field }, values: { [v]: value } };
}

/** `field` is at least `value` (e.g. a closing date not yet passed). */
export function isAtLeast(field: string, value: string | number): Condition {
  const name = placeholder('#f');
  const v = placeholder(':v');
  return { expression: `${name} >= ${v}`, names: { [name]: field }, values: { [v]: value } };
}

/** Counter `field` is below the number in `limitField` (e.g. places taken below capacity). */
export function isBelowField(field: string, limitField: string): Condition {
  const a = placeholder('#f');
  const b = placeholder('#f');
  return { expression: `${a} < ${b}`, names: { [a]: field, [b]: limitField } };
}

/** Every condition holds. */
export function allOf(...conditions: Condition[]): Condition {
  return {
    expression: conditions.map((c) => c.expression).join(' AND '),
    names: Object.assign({}, ...conditions.map((c) => c.names ?? {})),
    values: Object.assign({}, ...conditions.map((c) => c.values ?? {})),
  };
}

/** `field` is present (on an item that exists: always true for `id`). */
export function exists(field: string): Condition {
  const name = placeholder('#f');
  return { expression: `attribute_exists(${name})`, names: { [name]: field } };
}
