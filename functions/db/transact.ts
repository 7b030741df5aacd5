import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { conflict } from '../lib/errors';
import { db, tableName } from './client';
import type { Keys } from './keys';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** A condition in DynamoDB's expression language with its own placeholders. */
export interface Condition {
  expression: string;
  names?: Record<string, string>;
  values?: Record<string, unknown>;
}

/** One write of a transaction, with the domain error to raise if its condition fails. */
export interface TxWrite {
  write: TransactItem;
  onConditionFailed?: () => Error;
}

const NEW_ITEM: Condition = { expression: 'attribute_not_exists(PK)' };

/** Put a new item; the transaction fails if an item with its key exists. */
export function putNew(item: Record<string, unknown>, onConditionFailed?: () => Error): TxWrite {
  return {
    write: { Put: { TableName: tableName(), Item: item, ConditionExpression: NEW_ITEM.expression } },
    onConditionFailed,
  };
}

/**
 * Update an item under optimistic locking: the write requires `version = expectedVersion` (and any extra
 * condition) and adds one to the version, so of two concurrent updates from the same version one wins.
 * A change whose value is `undefined` removes the attribute.
 */
export function versionedUpdate(
  key: Keys,
  expectedVersion: number,
  changes: Record<string, unknown>,
  options: { condition?: Condition; onConditionFailed?: () => Error } = {},
): TxWrite {
  const names: Record<string, string> = { '#version': 'version', ...(options.condition?.names ?? {}) };
  const values: Record<string, unknown> = { ':expectedVersion': expectedVersion, ':one': 1, ...(options.condition?.values ?? {}) };
  const sets = ['#version = #version + :one'];
  const removes: string[] = [];
  Object.entries(changes).forEach(([field, value], i) => {
    names[`#s${i}`] = field;
    if (value === undefined) {
      removes.push(`#s${i}`);
      return;
    }
    values[`:s${i}`] = value;
    sets.push(`#s${i} = :s${i}`);
  });
  const condition = ['attribute_exists(PK)', '#version = :expectedVersion', options.condition?.expression].filter(Boolean).join(' AND ');
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

/** Put an item whether or not it exists (a pointer or guard whose presence is the whole fact). */
export function putAny(item: Record<string, unknown>): TxWrite {
  return { write: { Put: { TableName: tableName(), Item: item } } };
}

/** Delete an item if it exists. */
export function remove(key: Keys): TxWrite {
  return { write: { Delete: { TableName: tableName(), Key: key } } };
}

interface CancellationReason {
  Code?: string;
}

/**
 * Writes all items in one TransactWriteItems: all succeed or none do. When a condition fails, the error of
 * the first failing write is thrown (e.g. CONFLICT / ALREADY_APPLIED), so nothing is ever half-written.
 */
export async function transactWrite(writes: TxWrite[]): Promise<void> {
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

/**
 * Add to an aggregate's counters (e.g. a cohort's applicationCount) under a condition, without touching
 * the version: aggregates move with the records they count, and must not make unrelated edits conflict.
 * A counter may sit in a map (`nonCompletionCounts.HEALTH`); the map must exist, the counter need not.
 */
export function addToCounters(
  key: Keys,
  increments: Record<string, number>,
  condition: Condition,
  onConditionFailed: () => Error,
): TxWrite {
  const names: Record<string, string> = { ...(condition.names ?? {}) };
  const values: Record<string, unknown> = { ...(condition.values ?? {}), ':zero': 0 };
  const sets = Object.entries(increments).map(([field, by], i) => {
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
        UpdateExpression: `SET ${sets.join(', ')}`,
        ConditionExpression: `attribute_exists(PK) AND ${condition.expression}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
    onConditionFailed,
  };
}

/** Require a condition of an item the transaction does not change (e.g. "the portfolio is still open"). */
export function conditionCheck(key: Keys, condition: Condition, onConditionFailed: () => Error): TxWrite {
  return {
    write: {
      ConditionCheck: {
        TableName: tableName(),
        Key: key,
        ConditionExpression: `attribute_exists(PK) AND ${condition.expression}`,
        ...(condition.names ? { ExpressionAttributeNames: condition.names } : {}),
        ...(condition.values ? { ExpressionAttributeValues: condition.values } : {}),
      },
    },
    onConditionFailed,
  };
}

/** Conditions on one attribute, so services state what must hold without writing DynamoDB expressions. */
export const when = {
  equals: (field: string, value: unknown): Condition => ({ expression: '#w = :w', names: { '#w': field }, values: { ':w': value } }),
  oneOf: (field: string, values: readonly unknown[]): Condition => ({
    expression: `#w IN (${values.map((_, i) => `:w${i}`).join(', ')})`,
    names: { '#w': field },
    values: Object.fromEntries(values.map((v, i) => [`:w${i}`, v])),
  }),
  missing: (field: string): Condition => ({ expression: 'attribute_not_exists(#w)', names: { '#w': field } }),
  /** The item exists, nothing more. */
  always: (): Condition => ({ expression: 'attribute_exists(SK)' }),
};
