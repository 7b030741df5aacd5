import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from './client';
import { AuditEvent, auditAggregateKey } from './entities';
import { itemSize, WRITE_UNIT_BYTES } from './itemSize';
import type { AuditEventRecord } from './records';
import { serviceUnavailable } from './unavailable';

/**
 * The items that hold one event, each within one write unit (1 KB). An event is one item unless the
 * request asked for so many fields or records of one subject that it would be larger: then its fields and
 * record ids are spread over as few items as hold them, each a whole event of its own (same request, actor,
 * decision and rule, its own id), so the trail stays complete and every put stays one write unit.
 */
export function auditItems(event: AuditEventRecord, newId: () => string): Record<string, unknown>[] {
  const whole = AuditEvent.item(event);
  if (itemSize(whole) <= WRITE_UNIT_BYTES) return [whole];
  const denied = new Set(event.deniedFields);
  const entries: ({ field: string } | { recordId: string })[] = [
    ...(event.fields ?? []).map((field) => ({ field })),
    ...event.recordIds.map((recordId) => ({ recordId })),
  ];
  const items: Record<string, unknown>[] = [];
  let part: AuditEventRecord = { ...event, fields: [], deniedFields: [], recordIds: [] };
  const add = (to: AuditEventRecord, entry: (typeof entries)[number]): AuditEventRecord =>
    'field' in entry
      ? {
          ...to,
          fields: [...(to.fields ?? []), entry.field],
          deniedFields: denied.has(entry.field) ? [...(to.deniedFields ?? []), entry.field] : to.deniedFields,
        }
      : { ...to, recordIds: [...to.recordIds, entry.recordId] };
  let empty = true;
  for (const entry of entries) {
    const grown = add(part, entry);
    if (!empty && itemSize(AuditEvent.item(grown)) > WRITE_UNIT_BYTES) {
      items.push(AuditEvent.item(part));
      part = add({ ...event, id: newId(), fields: [], deniedFields: [], recordIds: [] }, entry);
    } else part = grown;
    empty = false;
  }
  items.push(AuditEvent.item(part));
  return items;
}

/**
 * Puts new audit events, one conditional PutItem per item, in parallel: one write unit each, as each item is
 * kept within 1 KB (`auditItems`), where a transaction would cost two. A put may only create (the condition
 * refuses overwriting, and each is keyed by a fresh ULID); BatchWriteItem is not used because granting it
 * would also grant deleting, and the function's IAM policy denies updating or deleting audit items
 * (infra/constructs/graphqlFunction.ts). Throttling is retried by the client (functions/db/client.ts), then
 * answers SERVICE_UNAVAILABLE, so the caller withholds the response.
 */
export async function putAuditEvents(events: AuditEventRecord[], newId: () => string): Promise<void> {
  const items = events.flatMap((e) => auditItems(e, newId));
  await Promise.all(
    items.map((Item) => db().send(new PutCommand({ TableName: tableName(), Item, ConditionExpression: 'attribute_not_exists(PK)' }))),
  );
}

/** The record ids an aggregate keeps from its first attempt: enough to find it, few enough to stay small. */
const AGGREGATE_RECORD_IDS = 5;

/** Rounds of read-and-put an aggregate gets when other requests add to it at the same moment. */
const AGGREGATE_ROUNDS = 5;

/**
 * Adds one refused attempt to the actor's aggregate for the subject and hour: the count and the refused
 * fields go up, the first attempt's details stay, the last attempt's are kept. Nothing is ever removed, and
 * a flood of refused requests adds to one item instead of filling the subject's trail.
 *
 * The function's IAM policy denies UpdateItem on audit items (infra/constructs/graphqlFunction.ts), so the
 * aggregate is read and put back with a condition on the count it read (a concurrent attempt makes the put
 * fail, and it is read again): one read and one write unit while the item stays within 1 KB, which it does
 * for any one area's fields (every field of an aggregate was refused, so only `deniedFields` holds them;
 * test/unit/auditItems.test.ts measures it). Still contested after its rounds, it answers
 * SERVICE_UNAVAILABLE, so the caller withholds the response.
 */
export async function addRefusedAttempt(event: AuditEventRecord, hourStart: string): Promise<void> {
  const Key = auditAggregateKey(event.subjectId, event.actorId, hourStart);
  for (let round = 1; round <= AGGREGATE_ROUNDS; round++) {
    const current = (await db().send(new GetCommand({ TableName: tableName(), Key, ConsistentRead: true }))).Item as
      (AuditEventRecord & Record<string, unknown>) | undefined;
    const first = current ?? {
      ...Key,
      type: 'AuditEvent',
      id: event.id,
      at: hourStart,
      actorId: event.actorId,
      subjectId: event.subjectId,
      roles: event.roles,
      decision: 'DENIED',
      rule: event.rule,
      requestId: event.requestId,
      recordIds: event.recordIds.slice(0, AGGREGATE_RECORD_IDS),
      attempts: 0,
    };
    const item = {
      ...first,
      attempts: (current?.attempts ?? 0) + 1,
      deniedFields: new Set([...(current?.deniedFields ?? []), ...(event.deniedFields ?? [])]),
      lastAt: event.at,
      lastRequestId: event.requestId,
    };
    try {
      await db().send(
        new PutCommand({
          TableName: tableName(),
          Item: item,
          ...(current
            ? { ConditionExpression: '#attempts = :read', ExpressionAttributeNames: { '#attempts': 'attempts' } }
            : { ConditionExpression: 'attribute_not_exists(PK)' }),
          ...(current ? { ExpressionAttributeValues: { ':read': current.attempts } } : {}),
        }),
      );
      return;
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }
  throw serviceUnavailable();
}
