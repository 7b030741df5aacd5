import { ulid } from 'ulid';
import { addRefusedAttempt, putAuditEvents } from '../../db/auditWrites';
import type { Anchors, AuditEventRecord } from '../../db/records';
import type { Decision } from './authorizer';
import type { Viewer } from './verifyToken';

interface SubjectReads {
  fields: Set<string>;
  denied: Set<string>;
  rules: Set<string>;
  recordIds: Set<string>;
}

/** The hour an instant falls in, as ISO 8601: refused attempts are aggregated per actor, subject and hour. */
export const hourOf = (at: string) => `${at.slice(0, 13)}:00:00.000Z`;

/**
 * The audit events of one request: every special-category field asked for, allowed or refused (on the field,
 * on its record, or above it on the path), gathered into ONE record per subject. Written before the response
 * leaves (functions/graphql/plugins.ts withholds it otherwise):
 * - a subject with any allowed read gets a new event item (a conditional put, each item within one write unit);
 * - a subject the request was only refused about adds to the actor's aggregate for that subject and hour
 *   (read and put back on a condition), so repeated refused attempts cannot flood the subject's trail; the count still says
 *   how many there were.
 * Nothing is ever overwritten or removed.
 *
 * Allowed reads are written as soon as they are decided, not once the response is complete: the resolvers
 * that decide a batch of fields run together, and their events are put once that batch has run (the next
 * turn of the event loop), alongside the reads of the values just allowed — so the audit is not a round
 * trip of its own after the reads. `flush` writes what is left and waits for every write. A subject whose
 * fields are decided in two batches (asked for at two depths) gets an event for each. Refused-only subjects
 * wait for the end, so a request adds one attempt to an aggregate, however its refusals were spread.
 */
export class AuditLog {
  private readonly subjects = new Map<string, SubjectReads>();
  /** Writes started early; each is awaited by `flush`, and a failed one fails it. */
  private readonly writes: Promise<void>[] = [];
  private scheduled = false;

  constructor(
    private readonly viewer: Viewer,
    private readonly requestId: string,
    private readonly at: string,
  ) {}

  record(coordinate: string, record: (Anchors & { id?: unknown }) | undefined, decision: Decision): void {
    const subjectId = record?.subjectId ?? (record?.id === undefined ? 'unknown' : String(record.id));
    let reads = this.subjects.get(subjectId);
    if (!reads) {
      reads = { fields: new Set(), denied: new Set(), rules: new Set(), recordIds: new Set() };
      this.subjects.set(subjectId, reads);
    }
    reads.fields.add(coordinate);
    if (!decision.allowed) reads.denied.add(coordinate);
    reads.rules.add(decision.by);
    if (record?.id !== undefined) reads.recordIds.add(String(record.id));
    if (decision.allowed && !this.scheduled) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        this.writeAllowed();
      });
    }
  }

  /** Subjects still to write, and writes under way: zero when the request read nothing special. */
  get size(): number {
    return this.subjects.size + this.writes.length;
  }

  /** Starts writing the events of every subject with an allowed read decided so far. */
  private writeAllowed(): void {
    const ready = this.events().filter((e) => !isRefusedOnly(e));
    if (ready.length === 0) return;
    for (const e of ready) this.subjects.delete(e.subjectId);
    const write = putAuditEvents(ready, ulid);
    write.catch(() => undefined); // awaited, and reported, by flush
    this.writes.push(write);
  }

  /** The records this request will write, one per subject. */
  events(): AuditEventRecord[] {
    return [...this.subjects].map(([subjectId, reads]) => ({
      type: 'AuditEvent',
      id: ulid(),
      at: this.at,
      actorId: this.viewer.id,
      roles: [...this.viewer.roles],
      subjectId,
      fields: [...reads.fields].sort(),
      deniedFields: [...reads.denied].sort(),
      decision: reads.denied.size > 0 ? 'DENIED' : 'ALLOWED',
      rule: [...reads.rules].sort().join(','),
      requestId: this.requestId,
      recordIds: [...reads.recordIds],
      attempts: 1,
    }));
  }

  /**
   * Writes the rest of the request's records and waits for those already under way; throws if any cannot
   * be written, so the data is not released unaudited.
   */
  async flush(): Promise<void> {
    const events = this.events();
    this.subjects.clear();
    const refusedOnly = events.filter(isRefusedOnly);
    const withReads = events.filter((e) => !refusedOnly.includes(e));
    const writes = this.writes.splice(0);
    const results = await Promise.allSettled([
      ...writes,
      putAuditEvents(withReads, ulid),
      ...refusedOnly.map((e) => addRefusedAttempt(e, hourOf(e.at))),
    ]);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }
}

/** A subject the request was only refused about: recorded in the actor's hourly aggregate, not as an event. */
const isRefusedOnly = (e: AuditEventRecord) => e.decision === 'DENIED' && e.rule === 'deny';
