/**
 * Conditions on a record's stored attributes, said in words (`when.equals('status', 'OPEN')`) and turned
 * into DynamoDB's expression language only here, in functions/db/. Typed by the record they test, so a
 * misspelt attribute or a value of the wrong type does not compile.
 */
export type Condition<R> =
  | { op: 'equals' | 'differs'; field: keyof R & string; value: unknown }
  | { op: 'below'; field: keyof R & string; other: keyof R & string }
  | { op: 'missing'; field: keyof R & string }
  | { op: 'oneOf'; field: keyof R & string; values: readonly unknown[] }
  | { op: 'all'; conditions: Condition<R>[] };

/** The condition builders for records of type R (each entity exposes them as `Entity.when`). */
export interface ConditionBuilder<R> {
  /** The attribute holds this value. */
  equals<K extends keyof R & string>(field: K, value: NonNullable<R[K]>): Condition<R>;
  /** The attribute does not hold this value. */
  differs<K extends keyof R & string>(field: K, value: NonNullable<R[K]>): Condition<R>;
  /** One numeric attribute is less than another of the same record (e.g. offeredCount below capacity). */
  below(field: keyof R & string, other: keyof R & string): Condition<R>;
  /** The attribute is not set. */
  missing(field: keyof R & string): Condition<R>;
  /** The attribute holds one of these values. */
  oneOf<K extends keyof R & string>(field: K, values: readonly NonNullable<R[K]>[]): Condition<R>;
  /** Every condition holds. */
  all(...conditions: Condition<R>[]): Condition<R>;
}

export function conditionsOn<R>(): ConditionBuilder<R> {
  return {
    equals: (field, value) => ({ op: 'equals', field, value }),
    differs: (field, value) => ({ op: 'differs', field, value }),
    below: (field, other) => ({ op: 'below', field, other }),
    missing: (field) => ({ op: 'missing', field }),
    oneOf: (field, values) => ({ op: 'oneOf', field, values }),
    all: (...conditions) => ({ op: 'all', conditions }),
  };
}

/** An expression with its own placeholders, ready for a DynamoDB request. */
export interface Expression {
  expression: string;
  names: Record<string, string>;
  values: Record<string, unknown>;
}

/** Compiles a condition; `tag` keeps its placeholders apart from the update's own. */
export function compile<R>(condition: Condition<R>, tag = 'w'): Expression {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  let n = 0;
  const name = (field: string) => {
    const placeholder = `#${tag}${n++}`;
    names[placeholder] = field;
    return placeholder;
  };
  const value = (v: unknown) => {
    const placeholder = `:${tag}${n++}`;
    values[placeholder] = v;
    return placeholder;
  };
  const visit = (c: Condition<R>): string => {
    switch (c.op) {
      case 'equals':
        return `${name(c.field)} = ${value(c.value)}`;
      case 'differs':
        return `${name(c.field)} <> ${value(c.value)}`;
      case 'below':
        return `${name(c.field)} < ${name(c.other)}`;
      case 'missing':
        return `attribute_not_exists(${name(c.field)})`;
      case 'oneOf': {
        const field = name(c.field);
        return `${field} IN (${c.values.map(value).join(', ')})`;
      }
      case 'all':
        return c.conditions.map((inner) => `(${visit(inner)})`).join(' AND ');
    }
  };
  return { expression: visit(condition), names, values };
}
