/**
 * An item's size as DynamoDB bills it (its capacity unit calculation, rounded up where it is approximate):
 * attribute names and string values by their UTF-8 bytes, numbers by their significant digits, lists and
 * maps 3 bytes plus 1 per element, sets by their elements. A put of an item up to 1 KB is one write unit.
 */
export function itemSize(item: Record<string, unknown>): number {
  let size = 0;
  for (const [name, value] of Object.entries(item)) if (value !== undefined) size += Buffer.byteLength(name) + valueSize(value);
  return size;
}

/** One write unit covers an item of up to 1 KB. */
export const WRITE_UNIT_BYTES = 1024;

function valueSize(value: unknown): number {
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number') return Math.ceil(String(Math.abs(value)).replace('.', '').replace(/^0+/, '').length / 2) + 1;
  if (typeof value === 'boolean' || value === null) return 1;
  if (value instanceof Set) return [...value].reduce((sum: number, v) => sum + valueSize(v), 0);
  if (Array.isArray(value)) return 3 + value.reduce((sum: number, v) => sum + 1 + valueSize(v), 0);
  if (value && typeof value === 'object') return 3 + itemSize(value as Record<string, unknown>) + Object.keys(value).length;
  return 0;
}
