import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from './client';
import { EmploymentOutcome } from './entities';
import type { CollectionSpec } from './entity';
import type { EmploymentOutcomeRecord, EmploymentRecord, PostRecord } from './records';
import { conflict } from '../lib/errors';
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
  /**
   * The LXP left on this day; the row's latest supervision must still be the one read (`read`), since the
   * programme's counters of the row move from it in the same transaction.
   */
  left(read: EmploymentRecord, leftOn: string): TxWrite {
    return setOnRow(read.id, { leftOn }, read.lastSupervisionAt ?? null, false);
  },
  /** Supervision was held: the employment's latest supervision day; the row must be as read, and not left. */
  supervised(read: EmploymentRecord, lastSupervisionAt: string): TxWrite {
    return setOnRow(read.id, { lastSupervisionAt }, read.lastSupervisionAt ?? null, true);
  },
};

const changedMeanwhile = () =>
  conflict('CONCURRENT_WRITE', 'A supervision or the leaving of this employment was recorded meanwhile; retry');

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

function setOnRow(
  employmentId: string,
  changes: Partial<EmploymentOutcomeRecord>,
  lastSupervisionAt: string | null,
  notLeft: boolean,
): TxWrite {
  const names: Record<string, string> = { '#last': 'lastSupervisionAt', ...(notLeft ? { '#left': 'leftOn' } : {}) };
  const values: Record<string, unknown> = {};
  const conditions = [
    // A row exists for every employment started since the outcome figures were kept.
    'attribute_exists(PK)',
    lastSupervisionAt === null ? 'attribute_not_exists(#last)' : '#last = :last',
    ...(notLeft ? ['attribute_not_exists(#left)'] : []),
  ];
  if (lastSupervisionAt !== null) values[':last'] = lastSupervisionAt;
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
        ConditionExpression: conditions.join(' AND '),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    },
    onConditionFailed: changedMeanwhile,
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
