import { BatchWriteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from './client';
import { addUnconditionally, transactWrite, type TxWrite } from './transact';

/**
 * The programme's outcome aggregate: counters summed over every cohort and every employment's outcome row,
 * so the programme-wide figures are one query of one small partition whatever the programme's size. What
 * the counters are is the services' business (functions/services/outcomes/programmeCounters.ts); here they
 * are only numbers under names.
 *
 * The counters are spread over a fixed number of shard items, each cohort's (and its employments') on the
 * shard its id hashes to, so writes to different cohorts seldom touch the same item (two transactions
 * writing one item at once make one of them fail with a conflict) and a read sums the shards. A `Built`
 * item says the shards hold the whole programme: written with them by the seed or a rebuild
 * (`npm run outcomes:verify -- --rebuild`); until it exists the figures are computed from the cohorts and rows.
 */
export const PROGRAMME_OUTCOMES = 'Outcomes#Programme';
export const PROGRAMME_SHARDS = 8;
const BUILT = 'Built';
const TYPE = 'ProgrammeOutcomes';

export type Counters = Record<string, number>;

/** The shard a cohort's counters live on: a stable hash of its id (FNV-1a). */
export function shardOf(cohortId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < cohortId.length; i++) {
    h ^= cohortId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % PROGRAMME_SHARDS;
}

const shardKey = (shard: number) => ({ PK: PROGRAMME_OUTCOMES, SK: `Shard#${String(shard).padStart(2, '0')}` });

/** Add to the programme's counters, in the same transaction as the records they count (merged per shard). */
export function addToProgramme(cohortId: string, increments: Counters): TxWrite {
  return addUnconditionally(shardKey(shardOf(cohortId)), increments, { type: TYPE });
}

/** Attributes of a shard item that are not counters. */
const NOT_COUNTERS = new Set(['PK', 'SK', 'type']);

export interface StoredProgrammeCounters {
  /** Whether the shards hold the whole programme (the `Built` item exists). */
  built: boolean;
  /** Each shard's counters, by shard number. */
  shards: Map<number, Counters>;
}

/** Every shard and the `Built` item: one query of one partition of at most PROGRAMME_SHARDS + 1 items. */
export async function readProgrammeCounters(): Promise<StoredProgrammeCounters> {
  // A few small items (far below a query's 1 MB page): one request, keys kept to tell the items apart.
  const out = await db().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': PROGRAMME_OUTCOMES },
    }),
  );
  return countersOfItems(out.Items ?? []);
}

/** The stored counters among items of the table (from the query above, or a scan). */
export function countersOfItems(items: Iterable<Record<string, unknown>>): StoredProgrammeCounters {
  const shards = new Map<number, Counters>();
  let built = false;
  for (const item of items) {
    if (item.PK !== PROGRAMME_OUTCOMES) continue;
    if (item.SK === BUILT) built = true;
    const match = /^Shard#(\d+)$/.exec(String(item.SK));
    if (!match) continue;
    const counters: Counters = {};
    for (const [name, value] of Object.entries(item)) if (!NOT_COUNTERS.has(name) && typeof value === 'number') counters[name] = value;
    shards.set(Number(match[1]), counters);
  }
  return { built, shards };
}

/** The items that hold these counters (by shard), with the `Built` item. */
export function programmeCounterItems(shards: Map<number, Counters>, builtAt: string): Record<string, unknown>[] {
  return [
    { PK: PROGRAMME_OUTCOMES, SK: BUILT, type: TYPE, builtAt },
    ...[...shards].map(([shard, counters]) => ({ ...shardKey(shard), type: TYPE, ...counters })),
  ];
}

/**
 * Replaces the stored counters with these (every shard written, emptied ones included), then the `Built`
 * item. Not transactional with the programme's writes: for the seed, the generated benchmark programme, and
 * a rebuild while nothing else writes.
 */
export async function replaceProgrammeCounters(shards: Map<number, Counters>, builtAt: string, table = tableName()): Promise<void> {
  const all = new Map<number, Counters>();
  for (let n = 0; n < PROGRAMME_SHARDS; n++) all.set(n, shards.get(n) ?? {});
  const [built, ...shardItems] = programmeCounterItems(all, builtAt);
  let pending = shardItems.map((Item) => ({ PutRequest: { Item } }));
  while (pending.length) {
    const out = await db().send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
    pending = (out.UnprocessedItems?.[table] ?? []) as typeof pending;
  }
  await db().send(new PutCommand({ TableName: table, Item: built }));
}

/**
 * Adds counters to the stored ones outside any transaction (ADD creates what is missing): for the seed, which
 * writes each of its records only if it is not there yet and counts exactly the ones it wrote.
 */
export async function addToStoredProgramme(shards: Map<number, Counters>): Promise<void> {
  for (const [shard, counters] of shards) {
    const entries = Object.entries(counters);
    // Up to 100 counters an update (well within DynamoDB's expression limits).
    for (let i = 0; i < entries.length; i += 100)
      await transactWrite([addUnconditionally(shardKey(shard), Object.fromEntries(entries.slice(i, i + 100)), { type: TYPE })]);
  }
}
