import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from './client';
import type { Keys } from './entity';
import { KEY_ATTRIBUTES } from './table';

/** A record as the code sees it: the stored item without its key attributes. */
export function recordOf<T>(item: Record<string, unknown>): T {
  const record: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item)) if (!KEY_ATTRIBUTES.includes(name)) record[name] = value;
  return record as T;
}

/** One item by key, read strongly consistently (for checks that must see the latest write), as a record. */
export async function readConsistently<T>(key: Keys): Promise<T | undefined> {
  const out = await db().send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }));
  return out.Item ? recordOf<T>(out.Item) : undefined;
}
