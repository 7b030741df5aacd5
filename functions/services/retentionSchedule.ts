/**
 * The retention schedule (UK GDPR Article 5(1)(e)): how long each kind of record, or part of a record, is
 * kept, and what carries out its removal. Declared here once: the retention job (`retention.ts`), the
 * subject access export and the README's "Your data" section all read it, and a test checks the README
 * lists every entry.
 */
export interface RetentionRule {
  /** A stable name, written to the audit trail as `retention:<id>` when the rule removes something. */
  id: string;
  /** The record type it applies to. */
  recordType: string;
  /** What is removed, in plain words. */
  what: string;
  /** How long it is kept, in plain words. */
  keptFor: string;
  /** What removes it. */
  by: 'retention job' | 'DynamoDB TTL' | 'withdrawal of consent' | 'kept';
}

/** Months a declined or deferred applicant's statement is kept after the decision. */
export const DECLINED_STATEMENT_MONTHS = 12;

export const RETENTION_SCHEDULE: readonly RetentionRule[] = [
  {
    id: 'declined-application-statement',
    recordType: 'TrainingApplication',
    what: "The applicant's statement of a declined or deferred application (the application, its status and reason stay, so the cohort's counts do not change)",
    keptFor: `${DECLINED_STATEMENT_MONTHS} months after the decision`,
    by: 'retention job',
  },
  {
    id: 'idempotency-record',
    recordType: 'Idempotency',
    what: "A mutation's remembered result under its idempotency key",
    keptFor: 'IDEMPOTENCY_HOURS hours (24 by default)',
    by: 'DynamoDB TTL',
  },
  {
    id: 'withdrawn-consent-contributions',
    recordType: 'EngagementFinding',
    what: "A participant's contributions to engagement findings once they withdraw consent (a finding only they contributed is deleted)",
    keptFor: 'until the participant withdraws consent',
    by: 'withdrawal of consent',
  },
  {
    id: 'audit-event',
    recordType: 'AuditEvent',
    what: 'The audit trail of reads of special-category data and of removals',
    keptFor: 'for as long as the programme runs: it is the evidence of who saw what, and the function cannot delete it',
    by: 'kept',
  },
];

/**
 * Every other record (people, cohorts, applications apart from the statement above, enrolments,
 * co-production records, and record types added later until they declare their own rule) is kept for as
 * long as the programme runs, as the evidence behind its outcome figures.
 */
export const DEFAULT_RETENTION: RetentionRule = {
  id: 'programme-record',
  recordType: '*',
  what: 'Every other record',
  keptFor: 'for as long as the programme runs',
  by: 'kept',
};

/** The rules that apply to a record type: its own, else the default. */
export function retentionFor(recordType: string): RetentionRule[] {
  const own = RETENTION_SCHEDULE.filter((r) => r.recordType === recordType);
  return own.length ? own : [DEFAULT_RETENTION];
}
