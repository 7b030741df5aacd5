import { KEY_ATTRIBUTES } from './table';

/** A record as the code sees it: the stored item without its key attributes. */
export function recordOf<T>(item: Record<string, unknown>): T {
  const record: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(item)) if (!KEY_ATTRIBUTES.includes(name)) record[name] = value;
  return record as T;
}
