import { ulid } from 'ulid';
import { AuditEvent } from '../../db/entities';
import type { Anchors, AuditEventRecord } from '../../db/records';
import { transactWrite } from '../../db/transact';
import type { Decision } from './authorizer';
import type { Viewer } from './verifyToken';

/** A transaction holds at most 100 writes. */
const CHUNK = 100;

/**
 * The audit events of one request: every read of a special-category field, allowed or refused, grouped
 * into one event per (subject, decision, rule). Written before the response leaves, as new items only
 * (a condition refuses overwriting), so the trail is append-only.
 */
export class AuditLog {
  private readonly events = new Map<string, AuditEventRecord>();

  constructor(
    private readonly viewer: Viewer,
    private readonly requestId: string,
    private readonly at: string,
  ) {}

  record(coordinate: string, record: (Anchors & { id?: unknown }) | undefined, decision: Decision): void {
    const subjectId = record?.subjectId ?? String(record?.id ?? 'unknown');
    const decisionName = decision.allowed ? 'ALLOWED' : 'DENIED';
    const key = `${subjectId}|${decisionName}|${decision.by}`;
    let event = this.events.get(key);
    if (!event) {
      event = {
        type: 'AuditEvent',
        id: ulid(),
        at: this.at,
        actorId: this.viewer.id,
        roles: [...this.viewer.roles],
        subjectId,
        fields: [],
        decision: decisionName,
        rule: decision.by,
        requestId: this.requestId,
        recordIds: [],
      };
      this.events.set(key, event);
    }
    if (!event.fields.includes(coordinate)) event.fields.push(coordinate);
    const recordId = record?.id === undefined ? undefined : String(record.id);
    if (recordId && !event.recordIds.includes(recordId)) event.recordIds.push(recordId);
  }

  get size(): number {
    return this.events.size;
  }

  /** Writes the request's events; throws if they cannot be written, so the data is not released unaudited. */
  async flush(): Promise<void> {
    const events = [...this.events.values()];
    this.events.clear();
    for (let i = 0; i < events.length; i += CHUNK) {
      await transactWrite(events.slice(i, i + CHUNK).flatMap((e) => AuditEvent.create(e)));
    }
  }
}
