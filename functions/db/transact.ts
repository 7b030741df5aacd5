import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { conflict } from '../lib/errors';
import { db, tableName } from './client';
import { compile, type Condition } from './conditions';
import type { Keys } from './table';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** One write of a transaction, with the domain error to raise if its condition fails. */
export interface TxWrite {
  write: TransactItem;
  onConditionFailed?: () => Error;
  /** An unconditional addition to counters (see `addUnconditionally`): merged with others to the same item. */
  addition?: Addition;
}

interface Addition {
  key: Keys;
  increments: Record<string, number>;
  /** Attributes set alongside, whatever they held (e.g. the item's type, when the addition creates it). */
  set: Record<string, unknown>;
}

/** Put a new item; the transaction fails (with `onExists`'s error) if an item with its key exists. */
export function putNew(item: Record<string, unknown>, onExists?: () => Error): TxWrite {
  return {
    write: { Put: { TableName: tableName(), Item: item, ConditionExpression: 'attribute_not_exists(PK)' } },
    onConditionFailed: onExists,
  };
}

export interface ConditionalWrite<R> {
  /** What must hold of the stored record for the write to happen. */
  when?: Condition<R>;
  /** The domain error when it does not (or, for versioned updates, when the version moved). */
  onConditionFailed?: () => Error;
}

/**
 * Update an item under optimistic locking: the write requires `version = expectedVersion` (and `when`)
 * and adds one to the version, so of two concurrent updates from the same version one wins.
 */
export function versionedUpdate<R>(key: Keys, expectedVersion: number, changes: Partial<R>, options: ConditionalWrite<R> = {}): TxWrite {
  const extra = options.when ? compile(options.when) : undefined;
  const names: Record<string, string> = { '#version': 'version', ...extra?.names };
  const values: Record<string, unknown> = { ':expectedVersion': expectedVersion, ':one': 1, ...extra?.values };
  const sets = ['#version = #version + :one'];
  const removes: string[] = [];
  Object.entries(changes).forEach(([field, value], i) => {
    names[`#s${i}`] = field;
    // A change to `undefined` removes the attribute (e.g. an enrolment's mentor when the assignment ends).
    if (value === undefined) return removes.push(`#s${i}`);
    values[`:s${i}`] = value;
    sets.push(`#s${i} = :s${i}`);
  });
  const condition = ['attribute_exists(PK)', '#version = :expectedVersion', extra && `(${extra.expression})`].filter(Boolean).join(' AND ');
  return {
    write: {
      Update: {
        TableName: tableName(),
        Key: key,
        UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
        ConditionExpression: condition,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
    onConditionFailed:
      options.onConditionFailed ?? (() => conflict('VERSION_MISMATCH', 'The record changed since it was read; read it again and retry')),
  };
}

/** A counter of a record: a top-level number, or one entry of a map of numbers (`nonCompletionCounts.HEALTH`). */
export type CounterOf<R> = (keyof R & string) | `${keyof R & string}.${string}`;

/**
 * Add to an aggregate's counters (e.g. a cohort's applicationCount) under a condition, without touching
 * the version: aggregates move with the records they count, and must not make unrelated edits conflict.
 * A counter inside a map needs the map to exist (records are created with theirs), not the entry.
 */
export function addToCounters<R>(key: Keys, increments: Partial<Record<CounterOf<R>, number>>, options: ConditionalWrite<R>): TxWrite {
  const extra = options.when ? compile(options.when) : undefined;
  const names: Record<string, string> = { ...extra?.names };
  const values: Record<string, unknown> = { ...extra?.values, ':zero': 0 };
  // SET with if_not_exists, not ADD: ADD reaches top-level attributes only.
  const adds = Object.entries(increments).map(([field, by], i) => {
    const path = field
      .split('.')
      .map((part, j) => {
        names[`#c${i}_${j}`] = part;
        return `#c${i}_${j}`;
      })
      .join('.');
    values[`:c${i}`] = by;
    return `${path} = if_not_exists(${path}, :zero) + :c${i}`;
  });
  return {
    write: {
      Update: {
        TableName: tableName(),
        Key: key,
        UpdateExpression: `SET ${adds.join(', ')}`,
        ConditionExpression: ['attribute_exists(PK)', extra && `(${extra.expression})`].filter(Boolean).join(' AND '),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
    onConditionFailed: options.onConditionFailed,
  };
}

/**
 * Add to top-level counters of an item, creating the item and any counter that is not there yet (ADD treats
 * an absent number as 0), with no condition: for a summary whose truth is the transaction it rides in.
 * Several additions to one item in one transaction are merged into one write (DynamoDB refuses two
 * operations on one item in a transaction); counters whose increments sum to 0 are left out.
 */
export function addUnconditionally(key: Keys, increments: Record<string, number>, set: Record<string, unknown> = {}): TxWrite {
  const addition = { key, increments: { ...increments }, set: { ...set } };
  return { write: additionWrite(addition), addition };
}

function additionWrite({ key, increments, set }: Addition): TransactItem {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets = Object.entries(set).map(([field, value], i) => {
    names[`#s${i}`] = field;
    values[`:s${i}`] = value;
    return `#s${i} = :s${i}`;
  });
  const adds = Object.entries(increments)
    .filter(([, by]) => by !== 0)
    .map(([field, by], i) => {
      names[`#a${i}`] = field;
      values[`:a${i}`] = by;
      return `#a${i} :a${i}`;
    });
  return {
    Update: {
      TableName: tableName(),
      Key: key,
      UpdateExpression: [sets.length && `SET ${sets.join(', ')}`, adds.length && `ADD ${adds.join(', ')}`].filter(Boolean).join(' '),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

/** The writes with every item's additions merged into one, in the place of its first; additions of nothing dropped. */
function mergeAdditions(writes: TxWrite[]): TxWrite[] {
  const merged = new Map<string, Addition>();
  const out: (TxWrite | Addition)[] = [];
  for (const w of writes) {
    if (!w.addition) {
      out.push(w);
      continue;
    }
    const id = JSON.stringify(w.addition.key);
    const into = merged.get(id);
    if (!into) {
      const copy = { key: w.addition.key, increments: { ...w.addition.increments }, set: { ...w.addition.set } };
      merged.set(id, copy);
      out.push(copy);
      continue;
    }
    for (const [field, by] of Object.entries(w.addition.increments)) into.increments[field] = (into.increments[field] ?? 0) + by;
    Object.assign(into.set, w.addition.set);
  }
  return out.flatMap((w) => {
    if ('write' in w) return [w];
    if (Object.values(w.increments).every((by) => by === 0)) return [];
    return [{ write: additionWrite(w), addition: w }];
  });
}

interface CancellationReason {
  Code?: string;
}

/**
 * Writes all items in one TransactWriteItems: all succeed or none do. When a condition fails, the error of
 * the first failing write is thrown (e.g. CONFLICT / ALREADY_APPLIED), so nothing is ever half-written.
 */
export async function transactWrite(asked: TxWrite[]): Promise<void> {
  const writes = mergeAdditions(asked);
  if (writes.length === 0) return;
  if (writes.length > 100) throw new Error('A transaction holds at most 100 writes');
  try {
    await db().send(new TransactWriteCommand({ TransactItems: writes.map((w) => w.write) }));
  } catch (error) {
    const reasons = (error as { CancellationReasons?: CancellationReason[] }).CancellationReasons;
    if ((error as Error).name === 'TransactionCanceledException' && reasons) {
      const failed = reasons.findIndex((r) => r.Code === 'ConditionalCheckFailed');
      if (failed >= 0)
        throw (writes[failed]?.onConditionFailed ?? (() => conflict('CONDITION_FAILED', 'The change conflicts with the current state')))();
      if (reasons.some((r) => r.Code === 'TransactionConflict')) {
        throw conflict('CONCURRENT_WRITE', 'Another change to the same records was in progress; retry');
      }
    }
    throw error;
  }
}

/** Put an item whatever is there (a pointer or guard whose presence is the whole fact, rewritten with its record). */
export function putItem(item: Record<string, unknown>): TxWrite {
  return { write: { Put: { TableName: tableName(), Item: item } } };
}

/** Delete an item (a relation that no longer holds, a pointer out of an index); absent is fine. */
export function deleteItem(key: Keys): TxWrite {
  return { write: { Delete: { TableName: tableName(), Key: key } } };
}

/** Require a condition of an item the transaction does not change (e.g. "the portfolio is still open"). */
export function conditionCheck<R>(key: Keys, when: Condition<R>, onConditionFailed: () => Error): TxWrite {
  const compiled = compile(when);
  return {
    write: {
      ConditionCheck: {
        TableName: tableName(),
        Key: key,
        ConditionExpression: `attribute_exists(PK) AND (${compiled.expression})`,
        ExpressionAttributeNames: compiled.names,
        ...(Object.keys(compiled.values).length ? { ExpressionAttributeValues: compiled.values } : {}),
      },
    },
    onConditionFailed,
  };
}

/**
 * Set attributes of an existing item under a condition, without touching its version: for derived fields
 * kept with the records they summarise (an employment's last supervision), so they do not make edits conflict.
 */
export function setFields<R>(key: Keys, changes: Partial<R>, options: ConditionalWrite<R>): TxWrite {
  const extra = options.when ? compile(options.when) : undefined;
  const names: Record<string, string> = { ...extra?.names };
  const values: Record<string, unknown> = { ...extra?.values };
  const sets = Object.entries(changes).map(([field, value], i) => {
    names[`#s${i}`] = field;
    values[`:s${i}`] = value;
    return `#s${i} = :s${i}`;
  });
  return {
    write: {
      Update: {
        TableName: tableName(),
        Key: key,
        UpdateExpression: `SET ${sets.join(', ')}`,
        ConditionExpression: ['attribute_exists(PK)', extra && `(${extra.expression})`].filter(Boolean).join(' AND '),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
    onConditionFailed: options.onConditionFailed,
  };
}

/** Delete a versioned item read at `expectedVersion`; the transaction fails if it changed since (then `onConditionFailed`). */
export function versionedDelete(key: Keys, expectedVersion: number, onConditionFailed: () => Error): TxWrite {
  return {
    write: {
      Delete: {
        TableName: tableName(),
        Key: key,
        ConditionExpression: 'attribute_exists(PK) AND #version = :expectedVersion',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':expectedVersion': expectedVersion },
      },
    },
    onConditionFailed,
  };
}
