import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from './client';
import { EmploymentOutcome } from './entities';
import type { CollectionSpec } from './entity';
import type { EmploymentOutcomeRecord, EmploymentRecord, PostRecord } from './records';
import type { TxWrite } from './transact';
import { queryAll } from './page';

/**
 * The outcome figures' own aggregate: one row per employment (functions/db/records.ts,
 * EmploymentOutcomeRecord). The services that start an employment, record its supervision and record a
 * leaver add these writes to their own transaction, so the row moves with the employment it describes.
 */
export const employmentOutcomeWrites = {
  /** An employment started: its row, with the post's role, area and advertisement date. */
  started(employment: EmploymentRecord, post: PostRecord): TxWrite[] {
    return EmploymentOutcome.create(employmentOutcomeRow(employment, post));
  },
  /** The LXP left on this day. */
  left(employmentId: string, leftOn: string): TxWrite {
    return setOnRow(employmentId, { leftOn });
  },
  /** Supervision was held: the employment's latest supervision day, as the employment now records it. */
  supervised(employmentId: string, lastSupervisionAt: string): TxWrite {
    return setOnRow(employmentId, { lastSupervisionAt });
  },
};

/** The outcome row an employment and its post make (also what the integrity check expects to find). */
export function employmentOutcomeRow(employment: EmploymentRecord, post: PostRecord): EmploymentOutcomeRecord {
  return {
    type: 'EmploymentOutcome',
    employmentId: employment.id,
    subjectId: employment.subjectId,
    cohortId: employment.cohortId,
    role: post.role,
    area: post.area,
    ftePercent: employment.ftePercent,
    startDate: employment.startDate,
    ...(post.advertisedAt ? { advertisedAt: post.advertisedAt } : {}),
    ...(employment.leftOn ? { leftOn: employment.leftOn } : {}),
    ...(employment.lastSupervisionAt ? { lastSupervisionAt: employment.lastSupervisionAt } : {}),
  };
}

function setOnRow(employmentId: string, changes: Partial<EmploymentOutcomeRecord>): TxWrite {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets = Object.entries(changes).map(([field, value], i) => {
    names[`#o${i}`] = field;
    values[`:o${i}`] = value;
    return `#o${i} = :o${i}`;
  });
  return {
    write: {
      Update: {
        TableName: tableName(),
        Key: EmploymentOutcome.keyOf({ employmentId } as EmploymentOutcomeRecord),
        UpdateExpression: `SET ${sets.join(', ')}`,
        // A row exists for every employment started since the outcome figures were kept.
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
  };
}

/** Every employment's outcome row: one partition, one query up to 1 MB (several thousand rows). */
export function readEmploymentOutcomes(): Promise<EmploymentOutcomeRecord[]> {
  return queryAll<EmploymentOutcomeRecord>(EmploymentOutcome.collections.all() as CollectionSpec);
}

/**
 * Every item of the table, with its keys, page by page: only for the integrity check
 * (scripts/outcomes-verify.ts), which must not trust any aggregate.
 */
export async function* scanTable(): AsyncGenerator<Record<string, unknown>> {
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db().send(new ScanCommand({ TableName: tableName(), ExclusiveStartKey: start, ConsistentRead: true }));
    for (const item of out.Items ?? []) yield item;
    start = out.LastEvaluatedKey;
  } while (start);
}
