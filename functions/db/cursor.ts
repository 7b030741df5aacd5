import { badInput } from '../lib/errors';

/** Cursors are opaque to clients: the row's sort-key value, base64url-encoded. */
export function encodeCursor(sortKey: string): string {
  return Buffer.from(JSON.stringify({ k: sortKey }), 'utf8').toString('base64url');
}

/** Decodes an `after` argument; BAD_USER_INPUT naming `after` when it is not one of ours. */
export function decodeCursor(cursor: string, field = 'after'): string {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (parsed && typeof parsed === 'object' && typeof (parsed as { k?: unknown }).k === 'string') {
      return (parsed as { k: string }).k;
    }
  } catch {
    // fall through to the error below
  }
  throw badInput(field, `${field} is not a cursor returned by this API`);
}
