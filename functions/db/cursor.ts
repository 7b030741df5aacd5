import { createHash } from 'node:crypto';
import type { CollectionSpec } from './entity';

/**
 * Cursors are opaque to clients: the row's sort-key value and the list it came from, base64url-encoded.
 * The list is named so a cursor from one list (or a crafted one) cannot move a page of another list: the
 * key condition would take its sort key as a bound, and a bound outside the list's range either reaches rows
 * of the partition that are not the list's or is refused by DynamoDB.
 */

/** DynamoDB's limit on a sort-key value; a longer "cursor" never came from a row. */
const MAX_SORT_KEY_BYTES = 1024;

/** Raised for a cursor this API did not issue for this list; the layer that knows the argument's name reports it. */
export class InvalidCursorError extends Error {
  constructor() {
    super('Not a cursor issued by this API for this list');
    this.name = 'InvalidCursorError';
  }
}

/** A short, stable name for a list: its index, partition and sort-key range. */
export function listId(spec: CollectionSpec): string {
  const identity = JSON.stringify([spec.index ?? '', spec.pk, spec.skPrefix, spec.skBelow ?? null]);
  return createHash('sha256').update(identity).digest('base64url').slice(0, 16);
}

export function encodeCursor(sortKey: string, list: string): string {
  return Buffer.from(JSON.stringify({ k: sortKey, l: list }), 'utf8').toString('base64url');
}

/** The sort-key value inside a cursor issued for `list`; InvalidCursorError for anything else. */
export function decodeCursor(cursor: string, list: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (!parsed || typeof parsed !== 'object') throw new InvalidCursorError();
  const { k, l } = parsed as { k?: unknown; l?: unknown };
  if (l !== list || typeof k !== 'string' || k.length === 0 || k.includes('\u0000')) throw new InvalidCursorError();
  if (Buffer.byteLength(k, 'utf8') > MAX_SORT_KEY_BYTES) throw new InvalidCursorError();
  return k;
}

/** Whether a sort key lies in a collection's range: the cursor of a row that collection could have returned. */
export function inRange(spec: CollectionSpec, sortKey: string): boolean {
  if (spec.skBelow !== undefined) return sortKey < spec.skBelow;
  return sortKey.startsWith(spec.skPrefix);
}
