import { BatchWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { db, tableName } from './client';
import { AuditEvent, auditAggregateKey } from './entities';
import type { AuditEventRecord } from './records';
import { serviceUnavailable } from './unavailable';

/** BatchWriteItem takes at most 25 puts. */
const BATCH = 25;
const MAX_ATTEMPTS = 5;

/**
 * Puts new audit events with BatchWriteItem, chunks in parallel, retrying unprocessed items with backoff.
 * A put costs one write unit per KB (a transaction costs two); events are keyed by a fresh ULID, so a put
 * never overwrites one (IAM grants the function no delete). Throws SERVICE_UNAVAILABLE when items stay
 * unprocessed, so the caller can withhold the response.
 */
export async function putAuditEvents(events: AuditEventRecord[]): Promise<void> {
  const chunks: Record<string, unknown>[][] = [];
  for (let i = 0; i < events.length; i += BATCH) chunks.push(events.slice(i, i + BATCH).map((e) => AuditEvent.item(e)));
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

/**
 * Adds one refused attempt to the actor's aggregate for the subject and hour: the count and the fields go
 * up, the first attempt's details stay, the last attempt's are kept. Nothing is ever removed, and a flood of
 * refused requests adds to one item instead of filling the subject's trail. One UpdateItem: one write unit.
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
        '#lastAt = :now, #lastRequest = :request ADD #attempts :one, #fields :fields, #denied :fields',
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
          fields: 'fields',
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
        ':records': event.recordIds,
        ':now': event.at,
        ':one': 1,
        ':fields': new Set(event.fields),
      },
    }),
  );
}
