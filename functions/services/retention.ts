import { ulid } from 'ulid';
import { AuditEvent, Cohort, TrainingApplication } from '../db/entities';
import { queryAll } from '../db/page';
import type { AuditEventRecord, CohortRecord, TrainingApplicationRecord } from '../db/records';
import { transactWrite } from '../db/transact';
import { RETENTION_ACTOR } from './auditTrail';
import { DECLINED_STATEMENT_MONTHS } from './retentionSchedule';

/** What one run of the retention job removed: one entry per record, by schedule rule. */
export interface RetentionRemoval {
  rule: string;
  recordType: string;
  recordId: string;
  subjectId: string;
  fields: string[];
}

/** `months` calendar months before `at` (ISO 8601), as ISO 8601. */
export function monthsBefore(at: string, months: number): string {
  const d = new Date(at);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString();
}

const DECLINED: ReadonlySet<string> = new Set(['DECLINED', 'DEFERRED']);

/**
 * The statements of declined and deferred applications decided more than twelve months before `now`.
 * Read cohort by cohort: a nightly job over the programme's few hundred applications, not a request path.
 */
async function statementsDue(now: string): Promise<TrainingApplicationRecord[]> {
  const cutoff = monthsBefore(now, DECLINED_STATEMENT_MONTHS);
  const cohorts = await queryAll<CohortRecord>(Cohort.collections.all());
  const applications = (
    await Promise.all(cohorts.map((c) => queryAll<TrainingApplicationRecord>(TrainingApplication.collections.ofCohort(c.id))))
  ).flat();
  return applications.filter(
    (a) => DECLINED.has(a.status) && a.statement !== undefined && a.decidedAt !== undefined && a.decidedAt <= cutoff,
  );
}

/**
 * Carries out the retention schedule's job rules as of `now` (functions/services/retentionSchedule.ts):
 * removes what is due, each record in its own transaction with an audit event (decision REMOVED) in the
 * subject's trail. Only the due fields go: the record, its status and reason stay, and the aggregates that
 * count them (a cohort's applications, offers, enrolments) are not touched, so outcome figures do not move.
 * A record changed meanwhile keeps its version check and is simply picked up on the next run.
 */
export async function applyRetention(now: string, requestId = `retention-${now}`): Promise<RetentionRemoval[]> {
  const removed: RetentionRemoval[] = [];
  for (const application of await statementsDue(now)) {
    const rule = 'declined-application-statement';
    const fields = ['TrainingApplication.statement'];
    const event: AuditEventRecord = {
      type: 'AuditEvent',
      id: ulid(),
      at: now,
      actorId: RETENTION_ACTOR,
      roles: [],
      subjectId: application.subjectId,
      fields,
      deniedFields: [],
      decision: 'REMOVED',
      rule: `retention:${rule}`,
      requestId,
      recordIds: [application.id],
      attempts: 1,
    };
    try {
      await transactWrite([
        TrainingApplication.update(application, { statement: undefined, statementRemovedAt: now, updatedAt: now }),
        ...AuditEvent.create(event),
      ]);
    } catch (error) {
      if ((error as { extensions?: { reason?: string } }).extensions?.reason === 'VERSION_MISMATCH') continue;
      throw error;
    }
    removed.push({ rule, recordType: 'TrainingApplication', recordId: application.id, subjectId: application.subjectId, fields });
  }
  return removed;
}
