/**
 * Write capacity a command consumes, from the items it writes, as DynamoDB documents it: 1 write unit per
 * KB of item (rounded up) per item, 2 inside a transaction. DynamoDB Local does not report consumed capacity
 * for every command, so the benchmark's figures come from here. Updates, deletes and condition checks are
 * sized by what the request carries (key and new values), a lower bound; puts exactly.
 */
export function writeUnitsOf(commandName: string, input: Record<string, unknown>): number {
  const units = (item: unknown, factor: number) => factor * Math.max(1, Math.ceil(sizeOf(item) / 1024));
  const put = (i: Record<string, unknown>) => i.Item;
  const rest = (i: Record<string, unknown>) => ({ ...(i.Key as object), ...(i.ExpressionAttributeValues as object) });
  switch (commandName) {
    case 'PutItemCommand':
    case 'PutCommand':
      return units(input.Item, 1);
    case 'UpdateItemCommand':
    case 'UpdateCommand':
    case 'DeleteItemCommand':
    case 'DeleteCommand':
      return units(rest(input), 1);
    case 'BatchWriteItemCommand':
    case 'BatchWriteCommand':
      return Object.values((input.RequestItems ?? {}) as Record<string, Record<string, Record<string, unknown>>[]>)
        .flat()
        .reduce((sum, r) => sum + units(r.PutRequest ? put(r.PutRequest) : r.DeleteRequest?.Key, 1), 0);
    case 'TransactWriteItemsCommand':
    case 'TransactWriteCommand':
      return ((input.TransactItems ?? []) as Record<string, Record<string, unknown>>[]).reduce(
        (sum, t) => sum + (t.Put ? units(put(t.Put), 2) : units(rest((t.Update ?? t.Delete ?? t.ConditionCheck)!), 2)),
        0,
      );
    default:
      return 0;
  }
}

const isAttributeValue = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.keys(v).length === 1 &&
  /^(S|N|B|BOOL|NULL|M|L|SS|NS|BS)$/.test(Object.keys(v)[0]!);

/** An item's size as DynamoDB counts it: attribute names plus values (strings in UTF-8 bytes, numbers about half their digits). */
function sizeOf(value: unknown): number {
  if (value === null || value === undefined) return 1;
  if (isAttributeValue(value)) {
    const [type, inner] = Object.entries(value)[0]!;
    if (type === 'S') return Buffer.byteLength(String(inner));
    if (type === 'N') return Math.ceil(String(inner).length / 2) + 1;
    if (type === 'M') return 3 + sizeOf(inner);
    if (type === 'L') return 3 + (inner as unknown[]).reduce<number>((s, v) => s + 1 + sizeOf(v), 0);
    if (type === 'SS' || type === 'NS') return (inner as string[]).reduce((s, v) => s + Buffer.byteLength(v), 0);
    return 1;
  }
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number') return Math.ceil(String(value).length / 2) + 1;
  if (typeof value === 'boolean') return 1;
  if (Array.isArray(value)) return 3 + value.reduce<number>((s, v) => s + 1 + sizeOf(v), 0);
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).reduce((s, [k, v]) => s + Buffer.byteLength(k) + sizeOf(v), 0);
  }
  return 0;
}
