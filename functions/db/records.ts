import type {
  Anchors,
  AuditDecision,
  CohortStatus,
  DeclineReason,
  EnrolmentStatus,
  MentorBackground,
  NonCompletionReason,
  Relation,
  Role,
  TrainingApplicationStatus,
} from '../lib/vocabulary';
import type { BaseRecord } from './baseRecord';
import type { DeliveryRecord } from './deliveryRecords';

export type { Anchors };

export type { BaseRecord };

export interface PersonRecord extends BaseRecord {
  type: 'Person';
  /** A person's records are about themselves. */
  subjectId: string;
  displayName: string;
  /** Lower-cased name used to order the directory. */
  sortName: string;
  roles: Role[];
}

export interface CohortRecord extends BaseRecord {
  type: 'Cohort';
  /** A cohort anchors FACILITATOR on itself. */
  cohortId: string;
  number: number;
  startDate: string;
  weeks: number;
  capacity: number;
  status: CohortStatus;
  /** Kept with the FACILITATOR relation items (written in the same transaction), so listing cohorts with their facilitators is one batch. */
  facilitatorIds: string[];
  /** Aggregates kept in the same transactions as the records they count. */
  applicationCount: number;
  offeredCount: number;
  enrolmentCount: number;
  /** Enrolments COMPLETED (two passes). */
  completedCount?: number;
  /** Enrolments ended without completion, by reason. */
  nonCompletionCounts?: Partial<Record<NonCompletionReason, number>>;
  /** Distinct mentors ever assigned to the cohort's trainees, by background (a guard item per cohort and mentor). */
  mentorCounts?: Partial<Record<MentorBackground, number>>;
}

export interface TrainingApplicationRecord extends BaseRecord {
  type: 'TrainingApplication';
  /** The applicant. */
  subjectId: string;
  cohortId: string;
  status: TrainingApplicationStatus;
  statement: string;
  submittedAt: string;
  declineReason?: DeclineReason;
  decidedAt?: string;
  decidedBy?: string;
  deferredToApplicationId?: string;
  deferredFromApplicationId?: string;
  enrolmentId?: string;
}

export interface EnrolmentRecord extends BaseRecord {
  type: 'Enrolment';
  /** The trainee. */
  subjectId: string;
  cohortId: string;
  applicationId: string;
  status: EnrolmentStatus;
  enrolledAt: string;
  nonCompletionReason?: NonCompletionReason;
  nonCompletionDetail?: string;
  endedAt?: string;
  /** The current mentor, written with the MENTOR relation item and removed with it. */
  mentorId?: string;
  mentorAssignmentId?: string;
  /** Mentoring meetings within the cohort's weeks, counted in the meetings' transactions. */
  mentoringMeetingCount?: number;
}

/** "person holds relation to anchor": e.g. a clinician FACILITATOR of cohort coh_1. */
export interface RelationRecord {
  type: 'Relation';
  personId: string;
  relation: Exclude<Relation, 'SELF'>;
  /** The anchor value: a cohort id (FACILITATOR), a person id (MENTOR, SUPERVISOR), a job application id (PANEL). */
  anchor: string;
  createdAt: string;
}

export interface AuditEventRecord {
  type: 'AuditEvent';
  id: string;
  at: string;
  actorId: string;
  roles: Role[];
  subjectId: string;
  fields: string[];
  decision: AuditDecision;
  rule: string;
  requestId: string;
  recordIds: string[];
}

/**
 * Remembers a mutation's first result under the caller's idempotency key, for 24 hours by default. The
 * result holds ids only (payload field to record id): a retry reads the records again through the guarded,
 * audited fields, so no copy of special-category data is kept here.
 */
export interface IdempotencyRecord {
  type: 'Idempotency';
  actorId: string;
  key: string;
  operation: string;
  inputHash: string;
  result: Record<string, string>;
  createdAt: string;
}

export type StoredRecord =
  | PersonRecord
  | CohortRecord
  | TrainingApplicationRecord
  | EnrolmentRecord
  | RelationRecord
  | AuditEventRecord
  | IdempotencyRecord
  | DeliveryRecord;

/** A trainee below the minimum of mentor meetings within their cohort's weeks (a computed row, not stored). */
export interface MentoringShortfallModel {
  enrolment: EnrolmentRecord;
  meetings: number;
  cohortId: string;
}
