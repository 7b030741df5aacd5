import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from './client';
import { decodeCursor, encodeCursor, inRange, InvalidCursorError } from './cursor';
import { recordOf } from './item';
import type { ItemLoader } from './itemLoader';
import { itemKey, type CollectionSpec } from './entity';
import { keyNames } from './table';

export interface PageRequest {
  first: number;
  after?: string | null | undefined;
  /** The list the cursors belong to (`listId` of its whole key condition): cursors are issued and accepted for it only. */
  list: string;
}

export interface PageRow<T> {
  record: T;
  cursor: string;
}

export interface Page<T> {
  rows: PageRow<T>[];
  hasNextPage: boolean;
}

/** Above every character our sort keys use, so `prefix + TOP` bounds a prefix from above. */
const TOP = '\u{10FFFF}';

/**
 * The key condition for one collection after a cursor. The cursor is a sort-key value; `after + "\u0001"`
 * is the least string greater than it (our keys never contain U+0000), so the same condition pages one
 * partition or several merged ones.
 */
function keyCondition(
  spec: CollectionSpec,
  after: string | undefined,
): Pick<QueryCommandInput, 'KeyConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'> {
  const { pk, sk } = keyNames(spec.index);
  const names = { '#pk': pk, '#sk': sk };
  if (spec.skBelow !== undefined) {
    // A range below a bound: BETWEEN is inclusive, and no sort key equals a bound (keys end in `#id`).
    return after === undefined
      ? {
          KeyConditionExpression: '#pk = :pk AND #sk < :below',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: { ':pk': spec.pk, ':below': spec.skBelow },
        }
      : {
          KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :lo AND :below',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: { ':pk': spec.pk, ':lo': `${after}\u0001`, ':below': spec.skBelow },
        };
  }
  if (after === undefined && !spec.skPrefix) {
    return { KeyConditionExpression: '#pk = :pk', ExpressionAttributeNames: { '#pk': pk }, ExpressionAttributeValues: { ':pk': spec.pk } };
  }
  if (after === undefined) {
    return {
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: { ':pk': spec.pk, ':prefix': spec.skPrefix },
    };
  }
  if (!spec.skPrefix) {
    return {
      KeyConditionExpression: '#pk = :pk AND #sk > :after',
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: { ':pk': spec.pk, ':after': after },
    };
  }
  return {
    KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :lo AND :hi',
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: { ':pk': spec.pk, ':lo': `${after}\u0001`, ':hi': `${spec.skPrefix}${TOP}` },
  };
}

async function queryOne(spec: CollectionSpec, after: string | undefined, limit: number) {
  const out = await db().send(
    new QueryCommand({ TableName: tableName(), IndexName: spec.index, Limit: limit, ...keyCondition(spec, after) }),
  );
  const { sk } = keyNames(spec.index);
  return (out.Items ?? []).map((item) => ({ item, sortKey: String(item[sk]) }));
}

/**
 * One page of a list, filtered by its key conditions before `Limit` (never after), so a page is full
 * whenever more rows exist. Several specs (e.g. one per person the viewer mentors) are queried in parallel
 * and merged by sort key: the request count is the number of specs, not of rows.
 */
export async function queryPage<T>(specs: CollectionSpec[], request: PageRequest, loader?: ItemLoader): Promise<Page<T>> {
  if (specs.length === 0) return { rows: [], hasNextPage: false };
  if (new Set(specs.map((s) => s.index ?? '')).size > 1) throw new Error('A merged page must read one index');
  const after = request.after ? decodeCursor(request.after, request.list) : undefined;
  // A sort key outside every queried range would widen the key condition beyond the list, or be refused by DynamoDB.
  if (after !== undefined && !specs.some((spec) => inRange(spec, after))) throw new InvalidCursorError();
  const results = (await Promise.all(specs.map((spec) => queryOne(spec, after, request.first + 1)))).flat();
  results.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  const taken = results.slice(0, request.first);
  const pointers = specs.some((s) => s.pointers);
  const records = pointers
    ? await resolvePointers<T>(
        taken.map((r) => r.item),
        loader,
      )
    : taken.map((r) => recordOf<T>(r.item));
  const rows: PageRow<T>[] = [];
  records.forEach((record, i) => {
    if (record) rows.push({ record, cursor: encodeCursor(taken[i]!.sortKey, request.list) });
  });
  return { rows, hasNextPage: results.length > request.first };
}

async function resolvePointers<T>(items: Record<string, unknown>[], loader: ItemLoader | undefined): Promise<(T | null)[]> {
  if (!loader) throw new Error('A page of pointers needs the item loader');
  const found = await loader.loadMany(items.map((i) => itemKey(String(i.refType), String(i.ref))));
  return found.map((f) => (f instanceof Error ? null : (f as T | null)));
}

/** How many rows the specs' key conditions match (a COUNT query per spec, following pagination). */
export async function countRows(specs: CollectionSpec[]): Promise<number> {
  const counts = await Promise.all(
    specs.map(async (spec) => {
      let total = 0;
      let start: Record<string, unknown> | undefined;
      do {
        const out = await db().send(
          new QueryCommand({
            TableName: tableName(),
            IndexName: spec.index,
            Select: 'COUNT',
            ExclusiveStartKey: start,
            ...keyCondition(spec, undefined),
          }),
        );
        total += out.Count ?? 0;
        start = out.LastEvaluatedKey;
      } while (start);
      return total;
    }),
  );
  return counts.reduce((a, b) => a + b, 0);
}

/** Every row of one small collection (e.g. the relations one person holds), following pagination. */
export async function queryAll<T>(spec: CollectionSpec): Promise<T[]> {
  const rows: T[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db().send(
      new QueryCommand({ TableName: tableName(), IndexName: spec.index, ExclusiveStartKey: start, ...keyCondition(spec, undefined) }),
    );
    for (const item of out.Items ?? []) rows.push(recordOf<T>(item));
    start = out.LastEvaluatedKey;
  } while (start);
  return rows;
}
