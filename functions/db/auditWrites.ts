import { BatchWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from './client';
import { AuditEvent, auditAggregateKey } from './entities';
import { itemSize, WRITE_UNIT_BYTES } from './itemSize';
import type { AuditEventRecord } from './records';
import { serviceUnavailable } from './unavailable';

/** BatchWriteItem takes at most 25 puts. */
const BATCH = 25;
const MAX_ATTEMPTS = 5;

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
 * Puts new audit events with BatchWriteItem, chunks in parallel, retrying unprocessed items with backoff.
 * A put costs one write unit per KB (a transaction costs two), and each item is kept within 1 KB
 * (`auditItems`); events are keyed by a fresh ULID, so a put never overwrites one (IAM grants the function
 * no delete). Throws SERVICE_UNAVAILABLE when items stay unprocessed, so the caller can withhold the response.
 */
export async function putAuditEvents(events: AuditEventRecord[], newId: () => string): Promise<void> {
  const items = events.flatMap((e) => auditItems(e, newId));
  const chunks: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += BATCH) chunks.push(items.slice(i, i + BATCH));
  await Promise.all(chunks.map(writeChunk));
}

async function writeChunk(items: Record<string, unknown>[]): Promise<void> {
  let pending = items.map((Item) => ({ PutRequest: { Item } }));
  for (let attempt = 1; pending.length > 0; attempt++) {
    if (attempt > MAX_ATTEMPTS) throw serviceUnavailable();
    if (attempt > 1) await new Promise((r) => setTimeout(r, Math.random() * 2 ** attempt * 25));
    const out = await db().send(new BatchWriteCommand({ RequestItems: { [tableName()]: pending } }));
    pending = (out.UnprocessedItems?.[tableName()] ?? []) as typeof pending;
  }
}

/** The record ids an aggregate keeps from its first attempt: enough to find it, few enough to stay small. */
const AGGREGATE_RECORD_IDS = 5;

/**
 * Adds one refused attempt to the actor's aggregate for the subject and hour: the count and the refused
 * fields go up, the first attempt's details stay, the last attempt's are kept. Nothing is ever removed, and
 * a flood of refused requests adds to one item instead of filling the subject's trail. One UpdateItem: one
 * write unit while the item stays within 1 KB, which it does for any one area's fields (every field of an
 * aggregate was refused, so only `deniedFields` holds them; test/unit/auditItems.test.ts measures it).
 */
export async function addRefusedAttempt(event: AuditEventRecord, hourStart: string): Promise<void> {
  await db().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: auditAggregateKey(event.subjectId, event.actorId, hourStart),
      // Every attribute by placeholder: several (fields, roles, at) are DynamoDB reserved words.
      UpdateExpression:
        'SET #type = :type, #id = if_not_exists(#id, :id), #at = :hour, #actor = :actor, #subject = :subject, ' +
        '#roles = if_not_exists(#roles, :roles), #decision = :denied, #rule = if_not_exists(#rule, :rule), ' +
        '#request = if_not_exists(#request, :request), #records = if_not_exists(#records, :records), ' +
        '#lastAt = :now, #lastRequest = :request ADD #attempts :one, #denied :fields',
      ExpressionAttributeNames: Object.fromEntries(
        Object.entries({
          type: 'type',
          id: 'id',
          at: 'at',
          actor: 'actorId',
          subject: 'subjectId',
          roles: 'roles',
          decision: 'decision',
          rule: 'rule',
          request: 'requestId',
          records: 'recordIds',
          lastAt: 'lastAt',
          lastRequest: 'lastRequestId',
          attempts: 'attempts',
          denied: 'deniedFields',
        }).map(([k, v]) => [`#${k}`, v]),
      ),
      ExpressionAttributeValues: {
        ':type': 'AuditEvent',
        ':id': event.id,
        ':hour': hourStart,
        ':actor': event.actorId,
        ':subject': event.subjectId,
        ':roles': event.roles,
        ':denied': 'DENIED',
        ':rule': event.rule,
        ':request': event.requestId,
        ':records': event.recordIds.slice(0, AGGREGATE_RECORD_IDS),
        ':now': event.at,
        ':one': 1,
        ':fields': new Set(event.deniedFields),
      },
    }),
  );
}
