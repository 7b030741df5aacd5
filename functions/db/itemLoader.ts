import DataLoader from 'dataloader';
import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from './client';
import { recordOf } from './item';
import type { Keys } from './entity';
import { serviceUnavailable } from './unavailable';

/** BatchGetItem takes at most 100 keys. */
const MAX_BATCH = 100;
const MAX_ATTEMPTS = 5;

const cacheKey = (k: Keys) => `${k.PK}\u0000${k.SK}`;

async function batchGet(keys: readonly Keys[]): Promise<(Record<string, unknown> | null)[]> {
  const found = new Map<string, Record<string, unknown>>();
  let pending: Keys[] = [...keys];
  for (let attempt = 1; pending.length > 0; attempt++) {
    // Keys still unprocessed after the retries mean the table is throttling.
    if (attempt > MAX_ATTEMPTS) throw serviceUnavailable();
    if (attempt > 1) await new Promise((r) => setTimeout(r, 2 ** attempt * 10));
    const out = await db().send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: pending } } }));
    for (const item of out.Responses?.[tableName()] ?? []) found.set(cacheKey(item as Keys), recordOf(item));
    pending = (out.UnprocessedKeys?.[tableName()]?.Keys ?? []) as Keys[];
  }
  return keys.map((k) => found.get(cacheKey(k)) ?? null);
}

/**
 * The per-request item loader: every `load(key)` made while resolving one level of a query is sent as one
 * BatchGetItem (up to 100 keys), and each item is fetched at most once per request.
 */
export function createItemLoader() {
  return new DataLoader<Keys, Record<string, unknown> | null, string>(batchGet, {
    cacheKeyFn: cacheKey,
    maxBatchSize: MAX_BATCH,
  });
}

export type ItemLoader = ReturnType<typeof createItemLoader>;
