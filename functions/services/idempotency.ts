import { createHash } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from '../db/client';
import { recordOf } from '../db/item';
import { idempotencyKey, itemOf } from '../db/keys';
import type { IdempotencyRecord } from '../db/records';
import { putNew, transactWrite, type TxWrite } from '../db/transact';
import { config } from '../lib/config';
import { badInput, conflict } from '../lib/errors';
import type { Context } from '../graphql/context';

/** What a mutation will write, and what it returns once written. */
export interface MutationPlan<R> {
  writes: TxWrite[];
  result: R;
}

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{8,64}$/;

/** Key order does not change meaning, so it does not change the hash. */
function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, stable(v)]),
    );
  }
  return value;
}

function hashInput(operation: string, input: Record<string, unknown>): string {
  const { idempotencyKey: _ignored, ...rest } = input;
  return createHash('sha256')
    .update(JSON.stringify([operation, stable(rest)]))
    .digest('base64url');
}

async function storedResult(ctx: Context, key: string): Promise<IdempotencyRecord | undefined> {
  const out = await db().send(new GetCommand({ TableName: tableName(), Key: idempotencyKey(ctx.viewer.id, key), ConsistentRead: true }));
  return out.Item ? recordOf<IdempotencyRecord>(out.Item) : undefined;
}

function replay<R>(stored: IdempotencyRecord, operation: string, inputHash: string): R {
  if (stored.operation !== operation || stored.inputHash !== inputHash) {
    throw conflict('IDEMPOTENCY_KEY_REUSED', 'This idempotencyKey was used with a different input');
  }
  return stored.result as R;
}

/**
 * Runs a mutation as one transaction. With an `idempotencyKey`, the key and the result are written in the
 * same transaction, so a retry with the same key returns the first result and writes nothing new, and the
 * same key with a different input is refused with CONFLICT.
 */
export async function runMutation<R>(
  ctx: Context,
  operation: string,
  input: Record<string, unknown> & { idempotencyKey?: string | null },
  plan: () => Promise<MutationPlan<R>>,
): Promise<R> {
  const key = input.idempotencyKey ?? undefined;
  if (key === undefined) {
    const { writes, result } = await plan();
    await transactWrite(writes);
    // What this request read before writing is stale now; the payload's fields must see the new state.
    ctx.loader.clearAll();
    return result;
  }
  if (!KEY_PATTERN.test(key)) throw badInput('input.idempotencyKey', 'idempotencyKey must be 8 to 64 letters, digits or _ . : -');
  const inputHash = hashInput(operation, input);
  const earlier = await storedResult(ctx, key);
  if (earlier) return replay<R>(earlier, operation, inputHash);

  const { writes, result } = await plan();
  const record: IdempotencyRecord = { type: 'Idempotency', actorId: ctx.viewer.id, key, operation, inputHash, result, createdAt: ctx.now };
  const expiresAt = Math.floor(Date.parse(ctx.now) / 1000) + config().idempotencyHours * 3600;
  const raced = new Error('idempotency race');
  try {
    // First in the transaction, so a lost race is the failure reported (not the writes it would repeat).
    await transactWrite([putNew({ ...itemOf(record), expiresAt }, () => raced), ...writes]);
  } catch (error) {
    if (error !== raced) throw error;
    // A concurrent retry with the same key won: answer as it did.
    const winner = await storedResult(ctx, key);
    if (!winner) throw error;
    return replay<R>(winner, operation, inputHash);
  }
  ctx.loader.clearAll();
  return result;
}
