/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How a viewer may use an operation or field. */
export type Access =
  /** Always, by the viewer's role. */
  | 'ALWAYS'
  /** Only for records the viewer is related to (see `relations`). */
  | 'WITH_RELATION';

/** A reasonable adjustment an applicant may ask for. */
export type AdjustmentKind =
  /** The interview pack on paper, sent in advance. */
  | 'HARD_COPY_PACK'
  /** An interview slot later in the day. */
  | 'LATER_INTERVIEW_START'
  /** Something else, described in `detail`. */
  | 'OTHER';

/** Apply for a post. */
export type ApplyForPostInput = {
  /** What you choose to disclose about a disability, if anything (up to 5,000 characters). */
  disabilityDisclosure?: string | null | undefined;
  /** A key of your choosing (8 to 64 characters): a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** The advertised post. */
  postId: string | number;
  /** The reasonable adjustments you ask for, if any (up to 10). */
  reasonableAdjustments?: Array<ReasonableAdjustmentInput> | null | undefined;
};

/** Apply to a cohort. */
export type ApplyToCohortInput = {
  /** The cohort to apply to. */
  cohortId: string | number;
  /** A key of your choosing (8 to 64 characters): a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** Your own account of your lived experience and why you want to train (1 to 5,000 characters). */
  statement: string;
};

/** One assessor's judgement. */
export type AssessPortfolioInput = {
  /** Feedback to the trainee (1 to 10,000 characters). */
  feedback: string;
  /** A key of your choosing (8 to 64 characters): a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** PASS or REFERRAL. */
  outcome: AssessmentOutcome;
  /** The submitted portfolio. */
  portfolioId: string | number;
};

/** An assessor's judgement of a portfolio. */
export type AssessmentOutcome =
  /** Meets the criteria. */
  | 'PASS'
  /** Does not yet meet the criteria: referred back to the trainee. */
  | 'REFERRAL';

/** Whether a read was allowed. */
export type AuditDecision =
  /** The viewer was allowed to read the fields. */
  | 'ALLOWED'
  /** The viewer was refused. */
  | 'DENIED'
  /**
   * Removed under the retention schedule (UK GDPR Article 5(1)(e)): the event names the fields removed and,
   * in `rule`, the schedule entry that removed them; it has no actor.
   */
  | 'REMOVED';

/** Whether a place is held. */
export type CdpSignUpStatus =
  /** Cancelled: the place was freed. */
  | 'CANCELLED'
  /** Holding a place. */
  | 'SIGNED_UP';

/** Where a cohort is in its life. */
export type CohortStatus =
  /** No longer taking applications; places being decided. */
  | 'CLOSED'
  /** Training and assessment are over. */
  | 'COMPLETED'
  /** Taking applications. */
  | 'OPEN'
  /** The twelve weeks of training are under way. */
  | 'RUNNING';

/** A comment on an entry. */
export type CommentOnPortfolioEntryInput = {
  /** The comment (1 to 5,000 characters). */
  body: string;
  /** The entry, submitted for comment. */
  entryId: string | number;
  /** A key of your choosing (8 to 64 characters): a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
};

/** A CDP session. */
export type CreateCdpSessionInput = {
  /** How many LXPs may sign up (1 to 100). */
  capacity: number;
  /** The day. */
  date: string;
  /** A key of your choosing (8 to 64 characters): a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** What it is about (1 to 200 characters). */
  topic: string;
};

/** A new cohort. */
export type CreateCohortInput = {
  /** How many places may be offered (1 to 100). */
  capacity: number;
  /** Staff who facilitate and assess the cohort (people holding CLINICIAN or LEAD_LXP). */
  facilitatorIds?: Array<string | number> | null | undefined;
  /** A key of your choosing (8 to 64 characters): a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** The cohort's number in the programme, unique. */
  number: number;
  /** The first day of training. */
  startDate: string;
  /** The length of training in weeks (default 12). */
  weeks?: number | null | undefined;
};

/** The topics of the 12-week pre-appointment curriculum. */
export type CurriculumTopic =
  /** Focus on self. */
  | 'FOCUS_ON_SELF'
  /** Peer-to-peer working. */
  | 'PEER_TO_PEER_WORKING'
  /** Personal development. */
  | 'PERSONAL_DEVELOPMENT'
  /** Recovery. */
  | 'RECOVERY'
  /** Self-management. */
  | 'SELF_MANAGEMENT'
  /** Social inclusion. */
  | 'SOCIAL_INCLUSION'
  /** Working in systems. */
  | 'WORKING_IN_SYSTEMS'
  /** Work readiness skills. */
  | 'WORK_READINESS';

/** A decision on a training application. */
export type DecideTrainingApplicationInput = {
  /** The application decided. */
  applicationId: string | number;
  /** Offer, decline or defer. */
  decision: TrainingDecision;
  /** Required to DECLINE or DEFER; not allowed with OFFER. */
  declineReason?: DeclineReason | null | undefined;
  /** Required to DEFER: a later cohort that is open for applications. */
  deferToCohortId?: string | number | null | undefined;
  /** The application's `version` as you saw it; the decision is refused if it has changed since. */
  expectedVersion?: number | null | undefined;
  /** A key of your choosing (8 to 64 characters): a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
};

/** Why an applicant was not offered a place. */
export type DeclineReason =
  /** Would benefit from more volunteering experience first. */
  | 'NEEDS_VOLUNTEERING_EXPERIENCE'
  /** Not yet able to complete a training programme. */
  | 'NOT_YET_READY'
  /** Another reason, given to the applicant in person. */
  | 'OTHER';

/** Whether an LXP is still in post. */
export type EmploymentStatus =
  /** In post. */
  | 'ACTIVE'
  /** Has left the post. */
  | 'LEFT';

/** Where a trainee's enrolment stands. */
export type EnrolmentStatus =
  /** In training. */
  | 'ACTIVE'
  /** Passed: eligible to apply for LXP posts. */
  | 'COMPLETED'
  /** The portfolio was referred (incomplete or not submitted) and not passed. */
  | 'REFERRED'
  /** Left the programme before the end. */
  | 'WITHDRAWN';

/** Where a job application stands. */
export type JobApplicationStatus =
  /** The offer was accepted: the application is closed and the employment started. */
  | 'ACCEPTED'
  /** Not shortlisted. */
  | 'NOT_SHORTLISTED'
  /** Offered the post after interview. */
  | 'OFFERED'
  /** The applicant declined the offer. */
  | 'OFFER_DECLINED'
  /** Shortlisted for interview. */
  | 'SHORTLISTED'
  /** Waiting for shortlisting. */
  | 'SUBMITTED'
  /** Not successful at interview. */
  | 'UNSUCCESSFUL'
  /** Withdrawn by the applicant. */
  | 'WITHDRAWN';

/** Whether an operation is a query or a mutation. */
export type OperationKind =
  /** A change. */
  | 'MUTATION'
  /** A read. */
  | 'QUERY';

/** A session to plan. */
export type PlanTrainingSessionInput = {
  /** The cohort. */
  cohortId: string | number;
  /** When it takes place. */
  date?: string | null | undefined;
  /** Who delivers it. */
  deliveredBy: SessionDeliverer;
  /** A key of your choosing (8 to 64 characters): a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** The session's title (1 to 200 characters). */
  title: string;
  /** The curriculum topic. */
  topic: CurriculumTopic;
  /** The week of training (1 to the cohort's weeks). */
  week: number;
};

/** Where a portfolio entry stands. It moves forwards only. */
export type PortfolioEntryStatus =
  /** Being written; only the trainee (and the Lead LXP) can see it. */
  | 'DRAFT'
  /** Finished, part of the portfolio to be assessed. */
  | 'FINAL'
  /** Shown to the facilitators for comment. */
  | 'SUBMITTED_FOR_COMMENT';

/** Where a portfolio stands. */
export type PortfolioStatus =
  /** Being written. */
  | 'IN_PROGRESS'
  /** Passed by both assessors. */
  | 'PASSED'
  /** Referred by an assessor: the trainee may resubmit once. */
  | 'REFERRED'
  /** With the two assessors. */
  | 'SUBMITTED';

/** The kind of LXP post, which fixes its Agenda for Change band. */
export type PostRole =
  /** The Trust-wide strategic Lead LXP, at band 5. */
  | 'LEAD_LXP'
  /** Lived Experience Practitioner in a Health Care Assistant post, at band 3. */
  | 'LXP_HCA';

/** Where a post is in its life. */
export type PostStatus =
  /** Advertised on NHS Jobs and, until its closing date, taking applications. */
  | 'ADVERTISED'
  /** Converted, not yet advertised. */
  | 'DRAFT'
  /** An offer was accepted: someone is employed in it. */
  | 'FILLED'
  /** No longer to be filled. */
  | 'WITHDRAWN';

/** A reasonable adjustment asked for. */
export type ReasonableAdjustmentInput = {
  /** Whether it is needed at interview (default true). */
  atInterview?: boolean | null | undefined;
  /** What is needed: required for OTHER (1 to 1,000 characters). */
  detail?: string | null | undefined;
  /** What kind of adjustment. */
  kind: AdjustmentKind;
};

/** Attendance of one trainee at one session. */
export type RecordAttendanceInput = {
  /** True when they attended. */
  attended: boolean;
  /** The trainee's enrolment on the session's cohort. */
  enrolmentId: string | number;
  /** A key of your choosing (8 to 64 characters): a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** The session. */
  sessionId: string | number;
};

/** A mentoring meeting. */
export type RecordMentoringMeetingInput = {
  /** When it took place. */
  date: string;
  /** How long it lasted, in minutes (5 to 480). */
  durationMinutes: number;
  /** The trainee's enrolment. */
  enrolmentId: string | number;
  /** A key of your choosing (8 to 64 characters): a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** What was talked about (up to 5,000 characters). */
  notes?: string | null | undefined;
};

/** The roles a viewer may hold (JWT groups). A person may hold several. */
export type Role =
  /** Clinical, management and support staff: mentors, facilitators, assessors, panel members, supervisors. */
  | 'CLINICIAN'
  /** Human resources: posts, recruitment, employment and adjustments. */
  | 'HR'
  /** The Trust-wide strategic Lead LXP, who runs the programme and the Continuing Development Programme. */
  | 'LEAD_LXP'
  /** People with lived experience: applicants, trainees and employed LXPs, acting about themselves. */
  | 'SERVICE_USER';

/** An interview slot. */
export type ScheduleInterviewInput = {
  /** The shortlisted application. */
  applicationId: string | number;
  /** A key of your choosing (8 to 64 characters): a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** The panel (of a recruitment day for the application's post). */
  panelId: string | number;
  /** The local start time, HH:MM. */
  startTime: string;
};

/** The service an LXP post works in. */
export type ServiceArea =
  /** Adult community mental health teams. */
  | 'ADULT_COMMUNITY'
  /** Adult mental health wards and teams. */
  | 'ADULT_MENTAL_HEALTH'
  /** Children's and young people's services. */
  | 'CHILDREN_AND_YOUNG_PEOPLE'
  /** Day treatment services. */
  | 'DAY_TREATMENT'
  /** Crisis resolution and home treatment. */
  | 'HOME_TREATMENT'
  /** Services for older adults. */
  | 'OLDER_ADULTS';

/** Who delivered a session. */
export type SessionDeliverer =
  /** The Trust's course facilitator. */
  | 'FACILITATOR'
  /** A healthcare professional. */
  | 'HEALTHCARE_PROFESSIONAL'
  /** A service user. */
  | 'SERVICE_USER';

/** Shortlist, or not. */
export type ShortlistDecision =
  /** Do not invite. */
  | 'REJECT'
  /** Invite to interview. */
  | 'SHORTLIST';

/** A shortlisting decision. */
export type ShortlistJobApplicationInput = {
  /** The application. */
  applicationId: string | number;
  /** Shortlist or reject. */
  decision: ShortlistDecision;
  /** The application's `version` as you saw it. */
  expectedVersion?: number | null | undefined;
  /** A key of your choosing (8 to 64 characters): a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
};

/** A sign-up. */
export type SignUpForCdpSessionInput = {
  /** A key of your choosing (8 to 64 characters): a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** The session. */
  sessionId: string | number;
};

/** Where a training application stands. */
export type TrainingApplicationStatus =
  /** Not offered a place, with a coded reason. */
  | 'DECLINED'
  /** Not offered a place now; moved to a later cohort as a new application. */
  | 'DEFERRED'
  /** A place was offered. */
  | 'OFFERED'
  /** Waiting for a decision. */
  | 'SUBMITTED'
  /** Withdrawn by the applicant. */
  | 'WITHDRAWN';

/** What was decided about a training application. */
export type TrainingDecision =
  /** Decline, with a reason. */
  | 'DECLINE'
  /** Decline for now, with a reason, and submit the application to a later cohort. */
  | 'DEFER'
  /** Offer a place on the cohort. */
  | 'OFFER';

/** A new entry. */
export type WritePortfolioEntryInput = {
  /** The reflective writing (1 to 20,000 characters). */
  body: string;
  /** A key of your choosing (8 to 64 characters): a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** Your portfolio. */
  portfolioId: string | number;
  /** Let your mentor read it (default false). */
  sharedWithMentor?: boolean | null | undefined;
  /** The title (1 to 200 characters). */
  title: string;
};

export type AssessPortfolioMutationVariables = Exact<{
  input: AssessPortfolioInput;
}>;


export type AssessPortfolioMutation = { assessPortfolio: { assessment: { submission: number, outcome: AssessmentOutcome | null, decisions: Array<{ outcome: AssessmentOutcome, assessor: { id: string } | null }> | null } | null, enrolment: { id: string, status: EnrolmentStatus } | null } | null };

export type CohortApplicationsQueryVariables = Exact<{
  cohortId: string | number;
  after?: string | null | undefined;
}>;


export type CohortApplicationsQuery = { cohort: { id: string, number: number, capacity: number, applications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: TrainingApplicationStatus, version: number, statement: string | null, applicant: { id: string, displayName: string } | null } | null }> } | null } | null };

export type CohortSessionsQueryVariables = Exact<{
  cohortId: string | number;
}>;


export type CohortSessionsQuery = { cohort: { id: string, number: number, weeks: number, sessions: { edges: Array<{ node: { id: string, week: number, title: string, date: string | null, deliveredBy: SessionDeliverer } | null }> } | null, mentoringShortfall: Array<{ meetings: number, enrolment: { id: string, trainee: { displayName: string } | null } | null }> | null } | null };

export type CommentOnPortfolioEntryMutationVariables = Exact<{
  input: CommentOnPortfolioEntryInput;
}>;


export type CommentOnPortfolioEntryMutation = { commentOnPortfolioEntry: { feedback: { id: string, body: string | null, createdAt: string } | null } | null };

export type DecideTrainingApplicationMutationVariables = Exact<{
  input: DecideTrainingApplicationInput;
}>;


export type DecideTrainingApplicationMutation = { decideTrainingApplication: { application: { id: string, status: TrainingApplicationStatus, declineReason: DeclineReason | null, version: number } | null } | null };

export type PlanTrainingSessionMutationVariables = Exact<{
  input: PlanTrainingSessionInput;
}>;


export type PlanTrainingSessionMutation = { planTrainingSession: { session: { id: string, week: number, title: string, topic: CurriculumTopic, date: string | null, deliveredBy: SessionDeliverer } | null } | null };

export type RecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type RecordAttendanceMutation = { recordAttendance: { attendance: { id: string, attended: boolean, trainee: { displayName: string } | null } | null } | null };

export type AuditTrailQueryVariables = Exact<{
  subjectId: string | number;
}>;


export type AuditTrailQuery = { auditTrail: { totalCount: number, edges: Array<{ node: { at: string, actorId: string, decision: AuditDecision, fields: Array<string>, rule: string } | null }> } | null };

export type PeopleQueryVariables = Exact<{
  role?: Role | null | undefined;
  after?: string | null | undefined;
}>;


export type PeopleQuery = { people: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, displayName: string, roles: Array<Role> | null } | null }> } | null };

export type PostsQueryVariables = Exact<{ [key: string]: never; }>;


export type PostsQuery = { posts: { totalCount: number, edges: Array<{ node: { id: string, role: PostRole, band: number, area: ServiceArea, ftePercent: number, status: PostStatus, closingDate: string | null, applicationCount: number | null } | null }> } | null };

export type ScheduleInterviewMutationVariables = Exact<{
  input: ScheduleInterviewInput;
}>;


export type ScheduleInterviewMutation = { scheduleInterview: { interview: { id: string, startTime: string } | null } | null };

export type ShortlistJobApplicationMutationVariables = Exact<{
  input: ShortlistJobApplicationInput;
}>;


export type ShortlistJobApplicationMutation = { shortlistJobApplication: { application: { id: string, status: JobApplicationStatus, version: number } | null } | null };

export type CdpSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CdpSessionsQuery = { cdpSessions: { edges: Array<{ node: { id: string, date: string, topic: string, capacity: number, signedUpCount: number, attendedCount: number } | null }> } | null };

export type CohortsQueryVariables = Exact<{ [key: string]: never; }>;


export type CohortsQuery = { cohorts: { totalCount: number, edges: Array<{ node: { id: string, number: number, startDate: string, status: CohortStatus, capacity: number, applications: { totalCount: number } | null, enrolments: { totalCount: number } | null, facilitators: Array<{ displayName: string }> } | null }> } };

export type CreateCdpSessionMutationVariables = Exact<{
  input: CreateCdpSessionInput;
}>;


export type CreateCdpSessionMutation = { createCdpSession: { session: { id: string, date: string, topic: string, capacity: number, signedUpCount: number } | null } | null };

export type CreateCohortMutationVariables = Exact<{
  input: CreateCohortInput;
}>;


export type CreateCohortMutation = { createCohort: { cohort: { id: string, number: number, startDate: string, capacity: number, status: CohortStatus, version: number } | null } | null };

export type OverdueSupervisionQueryVariables = Exact<{
  intervalDays?: number | null | undefined;
}>;


export type OverdueSupervisionQuery = { overdueSupervision: { edges: Array<{ node: { id: string, lastSupervisionOn: string | null, lxp: { displayName: string } | null, supervisor: { displayName: string } | null } | null }> } | null };

export type ProgrammeOutcomesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammeOutcomesQuery = { programmeOutcomes: { cohorts: Array<{ cohort: { number: number }, applications: { value: number | null, suppressed: boolean }, places: { value: number | null, suppressed: boolean }, completions: { value: number | null, suppressed: boolean }, employed: { value: number | null, suppressed: boolean } }>, totals: { completionRate: { value: number | null, suppressed: boolean }, employmentRate: { value: number | null, suppressed: boolean } }, employments: Array<{ role: PostRole, area: ServiceArea, ftePercent: number, inRoleAt24Months: boolean | null }>, benchmarks: Array<{ label: string, rate: number }> } | null };

export type ViewerPermissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerPermissionsQuery = { viewerPermissions: { viewerId: string, roles: Array<Role>, operations: Array<{ name: string, kind: OperationKind, access: Access }> } };

export type MyEmploymentQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEmploymentQuery = { me: { id: string, employments: { edges: Array<{ node: { id: string, status: EmploymentStatus, startDate: string, ftePercent: number, lastSupervisionOn: string | null, post: { role: PostRole, area: ServiceArea } | null, supervisor: { displayName: string } | null, supervisionRecords: { edges: Array<{ node: { heldOn: string, notes: string | null } | null }> } | null } | null }> } | null } | null };

export type SignUpForCdpSessionMutationVariables = Exact<{
  input: SignUpForCdpSessionInput;
}>;


export type SignUpForCdpSessionMutation = { signUpForCdpSession: { signUp: { id: string, status: CdpSignUpStatus } | null } | null };

export type MenteeMeetingsQueryVariables = Exact<{
  enrolmentId: string | number;
}>;


export type MenteeMeetingsQuery = { enrolment: { id: string, mentoringMeetingCount: number | null, trainee: { displayName: string } | null, mentoringMeetings: { edges: Array<{ node: { id: string, date: string, durationMinutes: number, notes: string | null } | null }> } | null, portfolio: { entries: { edges: Array<{ node: { id: string, title: string | null, body: string | null, sharedWithMentor: boolean } | null }> } | null } | null } | null };

export type MyMenteeQueryVariables = Exact<{
  personId: string | number;
}>;


export type MyMenteeQuery = { person: { id: string, displayName: string, enrolments: { edges: Array<{ node: { id: string, status: EnrolmentStatus, cohort: { number: number, startDate: string } | null } | null }> } | null } | null };

export type RecordMenteeMeetingMutationVariables = Exact<{
  input: RecordMentoringMeetingInput;
}>;


export type RecordMenteeMeetingMutation = { recordMentoringMeeting: { meeting: { id: string, date: string, durationMinutes: number, notes: string | null } | null } | null };

export type ApplyForPostMutationVariables = Exact<{
  input: ApplyForPostInput;
}>;


export type ApplyForPostMutation = { applyForPost: { application: { id: string, status: JobApplicationStatus, post: { id: string, role: PostRole, area: ServiceArea } | null } | null } | null };

export type ApplyToCohortMutationVariables = Exact<{
  input: ApplyToCohortInput;
}>;


export type ApplyToCohortMutation = { applyToCohort: { application: { id: string, status: TrainingApplicationStatus, version: number } | null } | null };

export type MyApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApplicationsQuery = { me: { id: string, displayName: string, trainingApplications: { edges: Array<{ node: { id: string, status: TrainingApplicationStatus, submittedAt: string, cohort: { number: number, startDate: string } | null } | null }> } | null, enrolments: { edges: Array<{ node: { id: string, status: EnrolmentStatus, cohort: { number: number } | null } | null }> } | null } | null };

export type MyTrainingQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTrainingQuery = { me: { id: string, enrolments: { edges: Array<{ node: { id: string, status: EnrolmentStatus, mentoringMeetingCount: number | null, cohort: { number: number, startDate: string, weeks: number } | null, mentor: { displayName: string } | null, portfolio: { id: string, status: PortfolioStatus, submissions: number, entries: { edges: Array<{ node: { id: string, title: string | null, status: PortfolioEntryStatus, sharedWithMentor: boolean, updatedAt: string, version: number } | null }> } | null } | null } | null }> } | null } | null };

export type OpenCohortsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenCohortsQuery = { cohorts: { edges: Array<{ node: { id: string, number: number, startDate: string, weeks: number, status: CohortStatus, capacity: number } | null }> } };

export type OpenPostsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenPostsQuery = { posts: { edges: Array<{ node: { id: string, role: PostRole, band: number, area: ServiceArea, ftePercent: number, status: PostStatus, closingDate: string | null } | null }> } | null };

export type RecordMentoringMeetingMutationVariables = Exact<{
  input: RecordMentoringMeetingInput;
}>;


export type RecordMentoringMeetingMutation = { recordMentoringMeeting: { meeting: { id: string, date: string, durationMinutes: number } | null } | null };

export type ShareEntryWithMentorMutationVariables = Exact<{
  entryId: string | number;
  shared: boolean;
  expectedVersion?: number | null | undefined;
}>;


export type ShareEntryWithMentorMutation = { updatePortfolioEntry: { entry: { id: string, sharedWithMentor: boolean, version: number } | null } | null };

export type WritePortfolioEntryMutationVariables = Exact<{
  input: WritePortfolioEntryInput;
}>;


export type WritePortfolioEntryMutation = { writePortfolioEntry: { entry: { id: string, title: string | null, status: PortfolioEntryStatus, sharedWithMentor: boolean, version: number } | null } | null };


export const AssessPortfolioDocument = {"__meta__":{"hash":"sha256:97c70c347a8e6109de7458e68441e9da8e55d76556649b450caf0ca2d6d90c69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessPortfolio"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessPortfolioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessPortfolio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"assessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AssessPortfolioMutation, AssessPortfolioMutationVariables>;
export const CohortApplicationsDocument = {"__meta__":{"hash":"sha256:94a3d63da8ed1b0d091aa979a25743c0c8331366a01193842402e5b4b18f72c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohortApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CohortApplicationsQuery, CohortApplicationsQueryVariables>;
export const CohortSessionsDocument = {"__meta__":{"hash":"sha256:10be650c2ecfb128bc5a412fd90df622849b6a36773be51a26844be9067c46a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohortSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredBy"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentoringShortfall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CohortSessionsQuery, CohortSessionsQueryVariables>;
export const CommentOnPortfolioEntryDocument = {"__meta__":{"hash":"sha256:3dc7be1bc9a0ea76fe426b8c2ea79859e07122d52b3b24a65717d69021a57692"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentOnPortfolioEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommentOnPortfolioEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentOnPortfolioEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<CommentOnPortfolioEntryMutation, CommentOnPortfolioEntryMutationVariables>;
export const DecideTrainingApplicationDocument = {"__meta__":{"hash":"sha256:2ae8368815d03d22d879922146622f6e51460b0f8323f0e933e1625d991edbfb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideTrainingApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideTrainingApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideTrainingApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<DecideTrainingApplicationMutation, DecideTrainingApplicationMutationVariables>;
export const PlanTrainingSessionDocument = {"__meta__":{"hash":"sha256:27224276db19bc64deca2d5b9ee98c7f42dfdb15a982275afb5d1274332295ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanTrainingSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanTrainingSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planTrainingSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredBy"}}]}}]}}]}}]} as unknown as DocumentNode<PlanTrainingSessionMutation, PlanTrainingSessionMutationVariables>;
export const RecordAttendanceDocument = {"__meta__":{"hash":"sha256:6ba1ecf2a6ee1bee490dd036657ee4e5f59d6b6ca5df06bdd55263d998af4066"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"trainee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const AuditTrailDocument = {"__meta__":{"hash":"sha256:5a20c4906d1c49fa22c96f39c4a6d4688393609f722a2759e16586ecefe25749"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const PeopleDocument = {"__meta__":{"hash":"sha256:826fe873dba19416736ea4e781891f0d511f7d66b32aeb6a7e4b2a4d9082cbf2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"People"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const PostsDocument = {"__meta__":{"hash":"sha256:bcd8e5027270f318a54cfd524d1c3e8dd5faea7301f70b54ad6ead5830484d49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Posts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"ftePercent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closingDate"}},{"kind":"Field","name":{"kind":"Name","value":"applicationCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PostsQuery, PostsQueryVariables>;
export const ScheduleInterviewDocument = {"__meta__":{"hash":"sha256:6c5fd13d42f550d54fd66688ad85977a85634c10e4226991e9a6be0cfb50a750"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleInterview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleInterviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleInterviewMutation, ScheduleInterviewMutationVariables>;
export const ShortlistJobApplicationDocument = {"__meta__":{"hash":"sha256:6b28e6f37ba6fa442b86440c8ba0b7ed94afc1b74eb024e8633b04e0b2907f1c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShortlistJobApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShortlistJobApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortlistJobApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ShortlistJobApplicationMutation, ShortlistJobApplicationMutationVariables>;
export const CdpSessionsDocument = {"__meta__":{"hash":"sha256:3fb862a1a00917c65cb57c233c539caf212a74d7b8906d9c35e1f69c8ae82780"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CdpSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cdpSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"signedUpCount"}},{"kind":"Field","name":{"kind":"Name","value":"attendedCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CdpSessionsQuery, CdpSessionsQueryVariables>;
export const CohortsDocument = {"__meta__":{"hash":"sha256:9b6cb11df020b5a74c0973687aa98e961a94f44feb7ff5600f774d9e59827dfb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CohortsQuery, CohortsQueryVariables>;
export const CreateCdpSessionDocument = {"__meta__":{"hash":"sha256:2db3e639a976c63992efb2b822f1c2af9099dff70fb2db56b433fd3bc09f902c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCdpSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCdpSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCdpSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"signedUpCount"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCdpSessionMutation, CreateCdpSessionMutationVariables>;
export const CreateCohortDocument = {"__meta__":{"hash":"sha256:efe8fb283f336a7ae4b40aafc6efc320b52861899828bb4fbfc69de231d146df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCohortMutation, CreateCohortMutationVariables>;
export const OverdueSupervisionDocument = {"__meta__":{"hash":"sha256:222cab198fe30bee21f389db83162a284d75b017952506501d111113508817bf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueSupervision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"intervalDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueSupervision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"intervalDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"intervalDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lastSupervisionOn"}},{"kind":"Field","name":{"kind":"Name","value":"lxp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverdueSupervisionQuery, OverdueSupervisionQueryVariables>;
export const ProgrammeOutcomesDocument = {"__meta__":{"hash":"sha256:a1a9eb1f4bdd0df7311dfd83ecdd3fe4efd0758eb85fd4188e828488d3605c9e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"places"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completionRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employmentRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"ftePercent"}},{"kind":"Field","name":{"kind":"Name","value":"inRoleAt24Months"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benchmarks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeOutcomesQuery, ProgrammeOutcomesQueryVariables>;
export const ViewerPermissionsDocument = {"__meta__":{"hash":"sha256:b18c3315bdd58d3ce727ac4765fc94dea6ec1f5ecb617a4503e2358094ab2a93"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"access"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerPermissionsQuery, ViewerPermissionsQueryVariables>;
export const MyEmploymentDocument = {"__meta__":{"hash":"sha256:a4f28d94ea2de2340dbfc3e52f7931991c46f643cbff08a1c50a5cb85f84f155"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEmployment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"ftePercent"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastSupervisionOn"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyEmploymentQuery, MyEmploymentQueryVariables>;
export const SignUpForCdpSessionDocument = {"__meta__":{"hash":"sha256:b713f0da509d2bb6a38ab618944979966d9fc383cd21c5189435161e4476996b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUpForCdpSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpForCdpSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUpForCdpSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SignUpForCdpSessionMutation, SignUpForCdpSessionMutationVariables>;
export const MenteeMeetingsDocument = {"__meta__":{"hash":"sha256:c4692bb70a04b05db736da484d045f6e94c69718672ce11aa1eb7c92e50a35ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MenteeMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentoringMeetingCount"}},{"kind":"Field","name":{"kind":"Name","value":"mentoringMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portfolio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithMentor"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MenteeMeetingsQuery, MenteeMeetingsQueryVariables>;
export const MyMenteeDocument = {"__meta__":{"hash":"sha256:0501213ac816eb5f56a2f49193cdd2953a8375cf1fccabc4fd61392b6dfd0a73"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMentee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyMenteeQuery, MyMenteeQueryVariables>;
export const RecordMenteeMeetingDocument = {"__meta__":{"hash":"sha256:41be49d840cbacae2df0954f45fd94591f3a1eea3764f2c6a0cc02a8bb7f451c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMenteeMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMentoringMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMentoringMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]}}]} as unknown as DocumentNode<RecordMenteeMeetingMutation, RecordMenteeMeetingMutationVariables>;
export const ApplyForPostDocument = {"__meta__":{"hash":"sha256:ee11d409bc6ece8691afdf52c156fcb26604d3f31775a3dd4412b5919d811916"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApplyForPostMutation, ApplyForPostMutationVariables>;
export const ApplyToCohortDocument = {"__meta__":{"hash":"sha256:ee680ca7f835fd06bfac00681564f65e32501a63d317ace8dc66015f5063fc71"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyToCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyToCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyToCohortMutation, ApplyToCohortMutationVariables>;
export const MyApplicationsDocument = {"__meta__":{"hash":"sha256:3049d533dc1f11d00a5e050350906d0e20af98fe200b176b96e3af6de7698ecf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"trainingApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyApplicationsQuery, MyApplicationsQueryVariables>;
export const MyTrainingDocument = {"__meta__":{"hash":"sha256:b8531f80c8c5171e87d293758b211ade42aaae47c6fa0599921683bb2d597ab6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTraining"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentoringMeetingCount"}},{"kind":"Field","name":{"kind":"Name","value":"portfolio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submissions"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithMentor"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyTrainingQuery, MyTrainingQueryVariables>;
export const OpenCohortsDocument = {"__meta__":{"hash":"sha256:3606a1cc9ce2395fd8a6fe71738f2a126c2863b1c667c67be6e85a12b1d9d547"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenCohortsQuery, OpenCohortsQueryVariables>;
export const OpenPostsDocument = {"__meta__":{"hash":"sha256:7d1eea76d9b1a78e2be2371f5e19a0a45eebb66d0b6efb7edd5701f86ba2bc65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenPosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"ftePercent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closingDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenPostsQuery, OpenPostsQueryVariables>;
export const RecordMentoringMeetingDocument = {"__meta__":{"hash":"sha256:716d57f4c6fcb8820bfc492dc95004c8e4987418b9a33196eda6cfd5b8c1ae3c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMentoringMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMentoringMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMentoringMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]}}]}}]} as unknown as DocumentNode<RecordMentoringMeetingMutation, RecordMentoringMeetingMutationVariables>;
export const ShareEntryWithMentorDocument = {"__meta__":{"hash":"sha256:52dc6dffd23466e18a04f02a400108a906a3031601718ed4a03bb03335a5af3b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareEntryWithMentor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shared"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePortfolioEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"sharedWithMentor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shared"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithMentor"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ShareEntryWithMentorMutation, ShareEntryWithMentorMutationVariables>;
export const WritePortfolioEntryDocument = {"__meta__":{"hash":"sha256:984c79c6352999a25485870dac59fa423ee39bf61e1092cf20f661a8cff9fc29"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WritePortfolioEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WritePortfolioEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writePortfolioEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithMentor"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<WritePortfolioEntryMutation, WritePortfolioEntryMutationVariables>;