/**
 * The single table, declared once. The CDK stack, the local set-up and the data-access code all read this
 * definition, so infrastructure and code cannot drift apart. Plain data only: no SDK imports here, so the
 * CDK app can load it without pulling the runtime into synthesis.
 */
export const TABLE = {
  partitionKey: 'PK',
  sortKey: 'SK',
  /**
   * Two overloaded indexes (all attributes projected):
   * - GSI1: a collection under a parent (a cohort's applications, the cohort list, a role's members,
   *   who holds a relation to an anchor);
   * - GSI2: a collection by subject person (a person's own applications and enrolments) and the staff directory.
   */
  indexes: [
    { name: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
    { name: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
  ],
  /** Epoch seconds after which DynamoDB deletes the item: used by idempotency records only. */
  timeToLiveAttribute: 'expiresAt',
} as const;

export type IndexName = (typeof TABLE.indexes)[number]['name'];

/** The key attribute names of the table or of one index. */
export function keyNames(index?: IndexName): { pk: string; sk: string } {
  if (!index) return { pk: TABLE.partitionKey, sk: TABLE.sortKey };
  const def = TABLE.indexes.find((i) => i.name === index);
  if (!def) throw new Error(`Unknown index ${index}`);
  return { pk: def.partitionKey, sk: def.sortKey };
}

/** All key attribute names (table and indexes): these are stripped when an item becomes a record. */
export const KEY_ATTRIBUTES: readonly string[] = [
  TABLE.partitionKey,
  TABLE.sortKey,
  ...TABLE.indexes.flatMap((i) => [i.partitionKey, i.sortKey]),
  TABLE.timeToLiveAttribute,
];

/** The CreateTable request for this definition (used by the local set-up; CDK builds the same from TABLE). */
export function createTableInput(tableName: string) {
  const attributeNames = [TABLE.partitionKey, TABLE.sortKey, ...TABLE.indexes.flatMap((i) => [i.partitionKey, i.sortKey])];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: attributeNames.map((AttributeName) => ({ AttributeName, AttributeType: 'S' as const })),
    KeySchema: [
      { AttributeName: TABLE.partitionKey, KeyType: 'HASH' as const },
      { AttributeName: TABLE.sortKey, KeyType: 'RANGE' as const },
    ],
    GlobalSecondaryIndexes: TABLE.indexes.map((i) => ({
      IndexName: i.name,
      KeySchema: [
        { AttributeName: i.partitionKey, KeyType: 'HASH' as const },
        { AttributeName: i.sortKey, KeyType: 'RANGE' as const },
      ],
      Projection: { ProjectionType: 'ALL' as const },
    })),
  };
}

/** Key attributes of an item (table and index keys). */
export type Keys = Record<string, string>;

/**
 * Partition keys of audit events start with this. The function's role denies updating or deleting such
 * items (infra/constructs/graphqlFunction.ts), so the audit trail stays append-only.
 */
export const AUDIT_PARTITION_PREFIX = 'Audit#';
