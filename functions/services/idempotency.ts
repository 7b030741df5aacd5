import { createHash } from 'node:crypto';
import { Idempotency, idempotencyKey, itemKey } from '../db/entities';
import { typeOfId } from '../db/ids';
import { readConsistently } from '../db/item';
import type { IdempotencyRecord } from '../db/records';
import { putNew, transactWrite, type TxWrite } from '../db/transact';
import { config } from '../lib/config';
import { badInput, conflict } from '../lib/errors';
import type { ServiceContext } from './context';

/** A mutation's payload: each field holds one record (with its id). */
export type Payload = Record<string, { id: string }>;

/** What a mutation will write, and what it returns once written. */
export interface MutationPlan<R extends Payload> {
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

async function storedResult(ctx: ServiceContext, key: string): Promise<IdempotencyRecord | undefined> {
  return readConsistently<IdempotencyRecord>(idempotencyKey(ctx.viewer.id, key));
}

/** What is remembered of a result: the payload's record ids, never their contents. */
const idsOf = (result: Payload): Record<string, string> => Object.fromEntries(Object.entries(result).map(([field, r]) => [field, r.id]));

/**
 * The first result again, read afresh by id: the payload's fields then pass the same guards and audit as
 * any read, and the retry sees the records as they are now.
 */
async function replay<R extends Payload>(ctx: ServiceContext, stored: IdempotencyRecord, operation: string, inputHash: string): Promise<R> {
  if (stored.operation !== operation || stored.inputHash !== inputHash) {
    throw conflict('IDEMPOTENCY_KEY_REUSED', 'This idempotencyKey was used with a different input');
  }
  const entries = await Promise.all(
    Object.entries(stored.result).map(async ([field, id]) => [field, await ctx.loader.load(itemKey(typeOfId(id) ?? '', id))] as const),
  );
  return Object.fromEntries(entries) as R;
}

/**
 * Runs a mutation as one transaction. With an `idempotencyKey`, the key and the result are written in the
 * same transaction, so a retry with the same key returns the first result (its records, read again by id)
 * and writes nothing new, and the same key with a different input is refused with CONFLICT.
 */
export async function runMutation<R extends Payload>(
  ctx: ServiceContext,
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
  if (earlier) return replay<R>(ctx, earlier, operation, inputHash);

  const { writes, result } = await plan();
  const record: IdempotencyRecord = {
    type: 'Idempotency',
    actorId: ctx.viewer.id,
    key,
    operation,
    inputHash,
    result: idsOf(result),
    createdAt: ctx.now,
  };
  const expiresAt = Math.floor(Date.parse(ctx.now) / 1000) + config().idempotencyHours * 3600;
  const raced = new Error('idempotency race');
  try {
    // First in the transaction, so a lost race is the failure reported (not the writes it would repeat).
    await transactWrite([putNew({ ...Idempotency.item(record), expiresAt }, () => raced), ...writes]);
  } catch (error) {
    if (error !== raced) throw error;
    // A concurrent retry with the same key won: answer as it did.
    const winner = await storedResult(ctx, key);
    if (!winner) throw error;
    ctx.loader.clearAll();
    return replay<R>(ctx, winner, operation, inputHash);
  }
  ctx.loader.clearAll();
  return result;
}
