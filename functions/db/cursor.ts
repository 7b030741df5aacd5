/** Cursors are opaque to clients: the row's sort-key value, base64url-encoded. */
export function encodeCursor(sortKey: string): string {
  return Buffer.from(JSON.stringify({ k: sortKey }), 'utf8').toString('base64url');
}

/** Raised for a cursor this API did not issue; the layer that knows the argument's name reports it. */
export class InvalidCursorError extends Error {
  constructor() {
    super('Not a cursor issued by this API');
    this.name = 'InvalidCursorError';
  }
}

/** The sort-key value inside a cursor; InvalidCursorError when it is not one of ours. */
export function decodeCursor(cursor: string): string {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (parsed && typeof parsed === 'object' && typeof (parsed as { k?: unknown }).k === 'string') {
      return (parsed as { k: string }).k;
    }
  } catch {
    // fall through to the error below
  }
  throw new InvalidCursorError();
}
