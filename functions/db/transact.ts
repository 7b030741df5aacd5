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
  Object.entries(changes).forEach(([field, value], i) => {
    names[`#s${i}`] = field;
    values[`:s${i}`] = value;
    sets.push(`#s${i} = :s${i}`);
  });
  const condition = ['attribute_exists(PK)', '#version = :expectedVersion', options.condition?.expression].filter(Boolean).join(' AND ');
  return {
    write: {
      Update: {
        TableName: tableName(),
        Key: key,
        UpdateExpression: `SET ${sets.join(', ')}`,
        ConditionExpression: condition,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
    onConditionFailed:
      options.onConditionFailed ?? (() => conflict('VERSION_MISMATCH', 'The record changed since it was read; read it again and retry')),
  };
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
 */
export function addToCounters(
  key: Keys,
  increments: Record<string, number>,
  condition: Condition,
  onConditionFailed: () => Error,
): TxWrite {
  const names: Record<string, string> = { ...(condition.names ?? {}) };
  const values: Record<string, unknown> = { ...(condition.values ?? {}) };
  const adds = Object.entries(increments).map(([field, by], i) => {
    names[`#c${i}`] = field;
    values[`:c${i}`] = by;
    return `#c${i} :c${i}`;
  });
  return {
    write: {
      Update: {
        TableName: tableName(),
        Key: key,
        UpdateExpression: `ADD ${adds.join(', ')}`,
        ConditionExpression: `attribute_exists(PK) AND ${condition.expression}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
    onConditionFailed,
  };
}

/** Delete an item under optimistic locking: the transaction fails if it changed since it was read. */
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

/** Delete an item that carries no version (a guard or pointer item), whether or not it is there. */
export function deleteItem(key: Keys): TxWrite {
  return { write: { Delete: { TableName: tableName(), Key: key } } };
}

/** Writes nothing, but fails the transaction unless the item exists and `field` equals `value` (e.g. consent still GIVEN). */
export function requireValue(key: Keys, field: string, value: string, onConditionFailed: () => Error): TxWrite {
  return {
    write: {
      ConditionCheck: {
        TableName: tableName(),
        Key: key,
        ConditionExpression: 'attribute_exists(PK) AND #f = :v',
        ExpressionAttributeNames: { '#f': field },
        ExpressionAttributeValues: { ':v': value },
      },
    },
    onConditionFailed,
  };
}
