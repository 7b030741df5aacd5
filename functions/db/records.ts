import type {
  AdjustmentKind,
  Anchors,
  AuditDecision,
  CdpSignUpStatus,
  DevelopmentGoalStatus,
  EmploymentStatus,
  HcaVacancyStatus,
  JobApplicationStatus,
  LeavingReason,
  NotificationChannel,
  PostRole,
  PostStatus,
  ServiceArea,
  CohortStatus,
  DeclineReason,
  EnrolmentStatus,
  MentorBackground,
  NonCompletionReason,
  Relation,
  Role,
  TrainingApplicationStatus,
  ConsentStatus,
  CoproductionTheme,
  EngagementKind,
  MemberBackground,
  ParticipantGroup,
  RecommendationStatus,
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
  /**
   * The identity provider's subject that signs in as this person, when it is not the person id itself
   * (a Cognito UUID): a person accepts exactly one subject, so no two subjects reach one person.
   */
  subject?: string;
  /** A person who has LEFT (or whose account is suspended) acts with no roles, whatever their token says. */
  status?: 'ACTIVE' | 'LEFT' | 'SUSPENDED';
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
  /** Distinct people from this cohort (by their completed enrolment) who started an employment. */
  employedCount?: number;
}

export interface TrainingApplicationRecord extends BaseRecord {
  type: 'TrainingApplication';
  /** The applicant. */
  subjectId: string;
  cohortId: string;
  status: TrainingApplicationStatus;
  /** Removed by the retention schedule 12 months after a decline or deferral (functions/services/retentionSchedule.ts). */
  statement?: string;
  statementRemovedAt?: string;
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

/**
 * One request's reads of one person's special-category fields (every field asked for, allowed or refused),
 * or, for refused-only attempts, the aggregate of one actor's attempts on one person within an hour.
 */
export interface AuditEventRecord {
  type: 'AuditEvent';
  id: string;
  /** When the request was served; for an aggregate, the start of its hour (so the trail stays in order). */
  at: string;
  actorId: string;
  roles: Role[];
  subjectId: string;
  /**
   * Every field asked for, allowed or refused. An aggregate of refused attempts has none here: every field
   * it holds was refused, so `deniedFields` holds them all (functions/services/auditTrail.ts joins the two).
   */
  fields?: string[];
  /** The fields refused (a string set in an aggregate). */
  deniedFields?: string[] | Set<string>;
  /** DENIED when any field was refused. */
  decision: AuditDecision;
  /** What decided each field: `role:NAME`, `relation:NAME` or `deny`, distinct, comma-separated. */
  rule: string;
  requestId: string;
  recordIds: string[];
  /** How many requests the record stands for: 1, or the refused attempts aggregated. */
  attempts: number;
  /** The last aggregated attempt. */
  lastAt?: string;
  lastRequestId?: string;
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

/**
 * One employment as the outcome figures need it (a row of the paper's Table 3), kept in the same transactions
 * as the employment, its post's advertisement and its supervision (functions/db/outcomes.ts), so the figures
 * read one partition instead of every employment and post.
 */
export interface EmploymentOutcomeRecord {
  type: 'EmploymentOutcome';
  employmentId: string;
  /** The LXP: listed under them for export and erasure, never returned by the API. */
  subjectId: string;
  /** The cohort of the LXP's completed enrolment. */
  cohortId: string;
  role: PostRole;
  area: ServiceArea;
  ftePercent: number;
  startDate: string;
  /** When the post was advertised, for time to hire. */
  advertisedAt?: string;
  /** The day they left; absent while in post. */
  leftOn?: string;
  /** The day of the latest supervision, for supervision compliance. */
  lastSupervisionAt?: string;
}

export interface HcaVacancyRecord extends BaseRecord {
  type: 'HcaVacancy';
  reference: string;
  area: ServiceArea;
  ftePercent: number;
  status: HcaVacancyStatus;
  postId?: string;
}

export interface PostRecord extends BaseRecord {
  type: 'Post';
  role: PostRole;
  band: number;
  area: ServiceArea;
  ftePercent: number;
  status: PostStatus;
  vacancyId: string;
  nhsJobsReference?: string;
  closingDate?: string;
  /** Time to hire runs from here to the employment's start date. */
  advertisedAt?: string;
  employmentId?: string;
  /** Aggregate kept with the applications it counts. */
  applicationCount: number;
}

export interface ReasonableAdjustmentModel {
  kind: AdjustmentKind;
  detail?: string;
  atInterview: boolean;
}

export interface OutcomeNotificationModel {
  channel: NotificationChannel;
  sentOn: string;
  recordedBy: string;
}

export interface JobOfferModel {
  startDate: string;
  ftePercent: number;
  supervisorId?: string;
  madeAt: string;
}

export interface JobApplicationRecord extends BaseRecord {
  type: 'JobApplication';
  /** The applicant. */
  subjectId: string;
  /** A job application anchors PANEL on itself. */
  jobApplicationId: string;
  postId: string;
  status: JobApplicationStatus;
  submittedAt: string;
  disabilityDisclosure?: string;
  reasonableAdjustments: ReasonableAdjustmentModel[];
  /** The cohort of the applicant's completed enrolment, carried to the employment for the outcome counts. */
  eligibleThroughCohortId: string;
  shortlistedBy?: string;
  interviewSlotId?: string;
  panelId?: string;
  panelMemberIds?: string[];
  outcomeBy?: string;
  offer?: JobOfferModel;
  notifications: OutcomeNotificationModel[];
  employmentId?: string;
}

export interface RecruitmentDayRecord extends BaseRecord {
  type: 'RecruitmentDay';
  date: string;
  location: string;
  laterStartFrom: string;
  postIds: string[];
}

export interface InterviewPanelRecord extends BaseRecord {
  type: 'InterviewPanel';
  recruitmentDayId: string;
  name: string;
  memberIds: string[];
}

export interface InterviewSlotRecord extends BaseRecord {
  type: 'InterviewSlot';
  /** The applicant, so they see their own slot. */
  subjectId: string;
  /** The application, so its panel sees the slot. */
  jobApplicationId: string;
  recruitmentDayId: string;
  panelId: string;
  startTime: string;
}

export interface EmploymentRecord extends BaseRecord {
  type: 'Employment';
  /** The LXP. */
  subjectId: string;
  postId: string;
  /** The cohort of the LXP's completed enrolment: the outcome figures count employments by it. */
  cohortId: string;
  applicationId?: string;
  startDate: string;
  ftePercent: number;
  status: EmploymentStatus;
  workplaceAdjustments: string[];
  supervisorId?: string;
  /** For supervision compliance: the latest session's date. */
  lastSupervisionAt?: string;
  leftOn?: string;
  leavingReason?: LeavingReason;
}

export interface SupervisionRecordRecord extends BaseRecord {
  type: 'SupervisionRecord';
  /** The LXP. */
  subjectId: string;
  employmentId: string;
  supervisorId: string;
  heldOn: string;
  notes: string;
}

export interface CdpSessionRecord extends BaseRecord {
  type: 'CdpSession';
  topic: string;
  date: string;
  capacity: number;
  leaderId: string;
  /** Aggregates kept with the sign-ups they count: the capacity check is a condition on this item. */
  signedUpCount: number;
  attendedCount: number;
}

export interface CdpSignUpRecord extends BaseRecord {
  type: 'CdpSignUp';
  /** The LXP. */
  subjectId: string;
  sessionId: string;
  status: CdpSignUpStatus;
  signedUpAt: string;
  attended: boolean;
}

export interface DevelopmentGoalModel {
  text: string;
  targetDate?: string;
  status: DevelopmentGoalStatus;
}

export interface DevelopmentPlanReviewModel {
  reviewedOn: string;
  reviewerId: string;
  notes: string;
}

export interface DevelopmentPlanRecord extends BaseRecord {
  type: 'DevelopmentPlan';
  /** The LXP. */
  subjectId: string;
  goals: DevelopmentGoalModel[];
  reviews: DevelopmentPlanReviewModel[];
}

export type ProgrammeRecord =
  | HcaVacancyRecord
  | PostRecord
  | JobApplicationRecord
  | RecruitmentDayRecord
  | InterviewPanelRecord
  | InterviewSlotRecord
  | EmploymentRecord
  | SupervisionRecordRecord
  | CdpSessionRecord
  | CdpSignUpRecord
  | DevelopmentPlanRecord;

export type StoredRecord =
  | PersonRecord
  | CohortRecord
  | TrainingApplicationRecord
  | EnrolmentRecord
  | RelationRecord
  | AuditEventRecord
  | IdempotencyRecord
  | DeliveryRecord
  | ProgrammeRecord
  | CoproductionRecord
  | EmploymentOutcomeRecord;

/** A trainee below the minimum of mentor meetings within their cohort's weeks (a computed row, not stored). */
export interface MentoringShortfallModel {
  enrolment: EnrolmentRecord;
  meetings: number;
  cohortId: string;
}

/** Co-production (declared in coproduction.ts). A workstream anchors MEMBER on itself; a seat and a consent record are about a person. */
export interface WorkstreamRecord extends BaseRecord {
  type: 'Workstream';
  workstreamId: string;
  theme: CoproductionTheme;
  objective: string;
}

export interface WorkstreamMemberRecord extends BaseRecord {
  type: 'WorkstreamMember';
  workstreamId: string;
  /** The member. */
  subjectId: string;
  background: MemberBackground;
  joinedAt: string;
}

export interface WorkstreamMeetingRecord extends BaseRecord {
  type: 'WorkstreamMeeting';
  workstreamId: string;
  heldOn: string;
  notes: string;
  recordedBy: string;
}

export interface RecommendationRecord extends BaseRecord {
  type: 'Recommendation';
  workstreamId: string;
  text: string;
  status: RecommendationStatus;
  proposedAt: string;
  /** The day the project management group decided, as the Lead LXP recorded it. */
  decidedAt?: string;
  decidedBy?: string;
}

export interface ParticipantCountValue {
  group: ParticipantGroup;
  count: number;
}

export interface EngagementActivityRecord extends BaseRecord {
  type: 'EngagementActivity';
  kind: EngagementKind;
  title: string;
  heldOn: string;
  participantCounts: ParticipantCountValue[];
}

export interface EngagementFindingRecord extends BaseRecord {
  type: 'EngagementFinding';
  activityId: string;
  theme: CoproductionTheme;
  text: string;
  recordedAt: string;
  /** The consent records of the participants it came from; never shown (it would undo the anonymising). */
  contributorConsentIds: string[];
}

export interface ParticipantConsentRecord extends BaseRecord {
  type: 'ParticipantConsent';
  activityId: string;
  participantName: string;
  /** The participant, when they are known to the platform. */
  subjectId?: string;
  status: ConsentStatus;
  givenOn: string;
  withdrawnOn?: string;
  /** On withdrawal: how many findings lost the participant's contribution, and how many of them were removed. */
  findingsAffected?: number;
  findingsRemoved?: number;
}

export type CoproductionRecord =
  | WorkstreamRecord
  | WorkstreamMemberRecord
  | WorkstreamMeetingRecord
  | RecommendationRecord
  | EngagementActivityRecord
  | EngagementFindingRecord
  | ParticipantConsentRecord;
