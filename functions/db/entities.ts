import { isStaff, type Relation as RelationName, type Role } from '../lib/vocabulary';
import { COPRODUCTION_ENTITIES } from './coproduction';
import { defineEntity, itemKey, type CollectionSpec, type EntityHelpers, type Keys } from './entity';
import { AUDIT_PARTITION_PREFIX } from './table';
import type {
  AssessmentRecord,
  AttendanceRecord,
  EntryFeedbackRecord,
  MentorAssignmentRecord,
  MentoringMeetingRecord,
  MentorRecord,
  PortfolioEntryRecord,
  PortfolioRecord,
  ShadowingRecord,
  TrainingSessionRecord,
  TutorialRecord,
} from './deliveryRecords';
import type {
  AuditEventRecord,
  CdpSessionRecord,
  CdpSignUpRecord,
  CohortRecord,
  EmploymentOutcomeRecord,
  DevelopmentPlanRecord,
  EmploymentRecord,
  HcaVacancyRecord,
  InterviewPanelRecord,
  InterviewSlotRecord,
  JobApplicationRecord,
  PostRecord,
  RecruitmentDayRecord,
  SupervisionRecordRecord,
  EnrolmentRecord,
  IdempotencyRecord,
  PersonRecord,
  RelationRecord,
  StoredRecord,
  TrainingApplicationRecord,
} from './records';

/**
 * Every record type of the table, declared once: its id prefix, the key of its own item, its index keys,
 * whether it is versioned, the collections that list it, and which collection lists the records about a
 * person. To add a record type: add its interface to records.ts and one declaration here (README,
 * "Declaring a record type").
 */

const all = (index: CollectionSpec['index'], pk: string, skPrefix = ''): CollectionSpec => ({ ...(index ? { index } : {}), pk, skPrefix });

export const Person = defineEntity<PersonRecord>()({
  type: 'Person',
  idPrefix: 'per',
  versioned: true,
  indexKeys: (r) => ({
    GSI1PK: 'People',
    GSI1SK: `${r.sortName}#${r.id}`,
    ...(isStaff(r.roles) ? { GSI2PK: 'People#Staff', GSI2SK: `${r.sortName}#${r.id}` } : {}),
  }),
  /** A person's membership of a role: a pointer item listing them under the role, ordered by name. */
  pointerItems: (r) => r.roles.map((role) => roleMemberItem(r, role)),
  collections: {
    everyone: () => all('GSI1', 'People'),
    staff: () => all('GSI2', 'People#Staff'),
    withRole: (role: Role): CollectionSpec => ({ ...all('GSI1', `Role#${role}`), pointers: true }),
  },
  about: (personId) => [all(undefined, personId, 'Person')],
});

export function roleMemberItem(person: PersonRecord, role: Role) {
  return {
    PK: person.id,
    SK: `Role#${role}`,
    GSI1PK: `Role#${role}`,
    GSI1SK: `${person.sortName}#${person.id}`,
    type: 'RoleMember',
    ref: person.id,
    refType: 'Person',
  };
}

export const Cohort = defineEntity<CohortRecord>()({
  type: 'Cohort',
  idPrefix: 'coh',
  versioned: true,
  indexKeys: (r) => ({ GSI1PK: 'Cohorts', GSI1SK: `${r.startDate}#${r.id}` }),
  collections: {
    all: () => all('GSI1', 'Cohorts'),
  },
});

function applicationsOfPerson(personId: string, cohortId?: string) {
  return all('GSI2', `${personId}#Applications`, cohortId ? `${cohortId}#` : '');
}

export const TrainingApplication = defineEntity<TrainingApplicationRecord>()({
  type: 'TrainingApplication',
  idPrefix: 'app',
  versioned: true,
  indexKeys: (r) => ({
    GSI1PK: `${r.cohortId}#Applications`,
    GSI1SK: `${r.submittedAt}#${r.id}`,
    GSI2PK: `${r.subjectId}#Applications`,
    GSI2SK: `${r.cohortId}#${r.submittedAt}#${r.id}`,
  }),
  collections: {
    ofCohort: (cohortId: string) => all('GSI1', `${cohortId}#Applications`),
    ofPerson: applicationsOfPerson,
  },
  about: (personId) => [applicationsOfPerson(personId)],
});

function enrolmentsOfPerson(personId: string, cohortId?: string) {
  return all('GSI2', `${personId}#Enrolments`, cohortId ? `${cohortId}#` : '');
}

export const Enrolment = defineEntity<EnrolmentRecord>()({
  type: 'Enrolment',
  idPrefix: 'enr',
  versioned: true,
  indexKeys: (r) => ({
    GSI1PK: `${r.cohortId}#Enrolments`,
    GSI1SK: `${r.enrolledAt}#${r.id}`,
    GSI2PK: `${r.subjectId}#Enrolments`,
    GSI2SK: `${r.cohortId}#${r.enrolledAt}#${r.id}`,
  }),
  collections: {
    ofCohort: (cohortId: string) => all('GSI1', `${cohortId}#Enrolments`),
    ofPerson: enrolmentsOfPerson,
  },
  about: (personId) => [enrolmentsOfPerson(personId)],
});

/** The key of "person holds relation to anchor": relation items live in the holder's partition. */
export const relationKey = (personId: string, relation: string, anchor: string): Keys => ({
  PK: personId,
  SK: `Rel#${relation}#${anchor}`,
});

function relationHolders(anchor: string, relation: RelationName) {
  return all('GSI1', `${anchor}#Rel#${relation}`);
}

export const Relation = defineEntity<RelationRecord>()({
  type: 'Relation',
  versioned: false,
  key: (r) => relationKey(r.personId, r.relation, r.anchor),
  /** GSI1 lists who holds a relation to an anchor. */
  indexKeys: (r) => ({ GSI1PK: `${r.anchor}#Rel#${r.relation}`, GSI1SK: r.personId }),
  collections: {
    /** The relations of one kind a person holds (e.g. whom they mentor). */
    heldBy: (personId: string, relation: RelationName) => all(undefined, personId, `Rel#${relation}#`),
    /** Who holds a relation to an anchor (e.g. a cohort's facilitators). */
    holders: relationHolders,
  },
  /** Relations a person holds, and those held to them (their mentors, their supervisors). */
  about: (personId) => [all(undefined, personId, 'Rel#'), relationHolders(personId, 'MENTOR'), relationHolders(personId, 'SUPERVISOR')],
});

/** Newest first within a subject's trail: the sort key counts down from the far future. */
const FAR_FUTURE_MS = 9_999_999_999_999;

function auditTrail(subjectId: string) {
  return all(undefined, `${AUDIT_PARTITION_PREFIX}${subjectId}`);
}

export const AuditEvent = defineEntity<AuditEventRecord>()({
  type: 'AuditEvent',
  versioned: false,
  key: (r) => ({
    PK: `${AUDIT_PARTITION_PREFIX}${r.subjectId}`,
    SK: `${String(FAR_FUTURE_MS - Date.parse(r.at)).padStart(13, '0')}#${r.id}`,
  }),
  collections: {
    trail: auditTrail,
  },
  about: (personId) => [auditTrail(personId)],
});

/** The one item aggregating an actor's refused attempts on a subject within the hour starting at `hourStart`. */
export const auditAggregateKey = (subjectId: string, actorId: string, hourStart: string): Keys => ({
  PK: `${AUDIT_PARTITION_PREFIX}${subjectId}`,
  SK: `${String(FAR_FUTURE_MS - Date.parse(hourStart)).padStart(13, '0')}#denied#${actorId}`,
});

export const idempotencyKey = (actorId: string, key: string): Keys => ({ PK: `Idem#${actorId}#${key}`, SK: 'Idempotency' });

/** Holds ids only (see functions/services/idempotency.ts), so it is about no one and expires by itself. */
export const Idempotency = defineEntity<IdempotencyRecord>()({
  type: 'Idempotency',
  versioned: false,
  key: (r) => idempotencyKey(r.actorId, r.key),
  collections: {},
});

/** Guards "one application per person per cohort": written with the application, on condition it is new. */
export const applicantGuardItem = (cohortId: string, personId: string, applicationId: string) => ({
  PK: cohortId,
  SK: `Applicant#${personId}`,
  type: 'ApplicantGuard',
  ref: applicationId,
});

/** Guards "cohort numbers are unique". */
export const cohortNumberGuardItem = (number: number, cohortId: string) => ({
  PK: 'CohortNumbers',
  SK: String(number).padStart(6, '0'),
  type: 'CohortNumberGuard',
  ref: cohortId,
});

/** The outcome rows of every employment live in one partition: the outcome figures read it in one query. */
const EMPLOYMENT_OUTCOMES = 'Outcomes#Employments';

function employmentOutcomesOf(personId: string) {
  return all('GSI2', `${personId}#EmploymentOutcomes`);
}

export const EmploymentOutcome = defineEntity<EmploymentOutcomeRecord>()({
  type: 'EmploymentOutcome',
  versioned: false,
  key: (r) => ({ PK: EMPLOYMENT_OUTCOMES, SK: r.employmentId }),
  indexKeys: (r) => ({ GSI2PK: `${r.subjectId}#EmploymentOutcomes`, GSI2SK: r.employmentId }),
  collections: {
    all: () => all(undefined, EMPLOYMENT_OUTCOMES),
  },
  about: (personId) => [employmentOutcomesOf(personId)],
});

/*
 * The twelve weeks after enrolment. Records about one trainee carry `subjectId` (SELF, MENTOR) and
 * `cohortId` (FACILITATOR), so the schema's rules apply to them as they are.
 */

const week = (n: number) => String(n).padStart(2, '0');

export const TrainingSession = defineEntity<TrainingSessionRecord>()({
  type: 'TrainingSession',
  idPrefix: 'ses',
  versioned: true,
  indexKeys: (r) => ({ GSI1PK: `${r.cohortId}#Sessions`, GSI1SK: `${week(r.week)}#${r.topic}#${r.id}` }),
  collections: {
    ofCohort: (cohortId: string) => all('GSI1', `${cohortId}#Sessions`),
  },
});

function attendanceOfPerson(personId: string, cohortId?: string) {
  return all('GSI2', `${personId}#Attendance`, cohortId ? `${cohortId}#` : '');
}

/** One per session and enrolment (its id is derived from both), so recording again corrects it. */
export const Attendance = defineEntity<AttendanceRecord>()({
  type: 'Attendance',
  idPrefix: 'att',
  versioned: true,
  indexKeys: (r) => ({
    GSI1PK: `${r.sessionId}#Attendance`,
    GSI1SK: `${r.subjectId}#${r.id}`,
    GSI2PK: `${r.subjectId}#Attendance`,
    GSI2SK: `${r.cohortId}#${week(r.week)}#${r.sessionId}`,
  }),
  collections: {
    /** A session's attendance; with `personId`, only that trainee's. */
    ofSession: (sessionId: string, personId?: string) => all('GSI1', `${sessionId}#Attendance`, personId ? `${personId}#` : ''),
    ofPerson: attendanceOfPerson,
  },
  about: (personId) => [attendanceOfPerson(personId)],
});

export const Portfolio = defineEntity<PortfolioRecord>()({
  type: 'Portfolio',
  idPrefix: 'pfo',
  versioned: true,
  indexKeys: (r) => ({ GSI2PK: `${r.subjectId}#Portfolios`, GSI2SK: r.id }),
  collections: {
    ofPerson: (personId: string) => all('GSI2', `${personId}#Portfolios`),
  },
  about: (personId) => [all('GSI2', `${personId}#Portfolios`)],
});

const entrySortKey = (r: Pick<PortfolioEntryRecord, 'createdAt' | 'id'>) => `${r.createdAt}#${r.id}`;

/** The pointer that lists an entry among those shared with the mentor, written and deleted with the trainee's choice. */
export const sharedEntryItem = (r: PortfolioEntryRecord) => ({
  PK: r.id,
  SK: 'SharedWithMentor',
  GSI1PK: `${r.portfolioId}#Entries#Shared`,
  GSI1SK: entrySortKey(r),
  type: 'SharedEntry',
  ref: r.id,
  refType: 'PortfolioEntry',
});
export const sharedEntryKey = (entryId: string): Keys => ({ PK: entryId, SK: 'SharedWithMentor' });

export const PortfolioEntry = defineEntity<PortfolioEntryRecord>()({
  type: 'PortfolioEntry',
  idPrefix: 'ent',
  versioned: true,
  /** Entries past DRAFT are also listed under the portfolio's submitted entries: what facilitators read. */
  indexKeys: (r) => ({
    GSI1PK: `${r.portfolioId}#Entries`,
    GSI1SK: entrySortKey(r),
    ...(r.status === 'DRAFT' ? {} : { GSI2PK: `${r.portfolioId}#Entries#Submitted`, GSI2SK: entrySortKey(r) }),
  }),
  pointerItems: (r) => (r.sharedWithMentor ? [sharedEntryItem(r)] : []),
  collections: {
    ofPortfolio: (portfolioId: string) => all('GSI1', `${portfolioId}#Entries`),
    submitted: (portfolioId: string) => all('GSI2', `${portfolioId}#Entries#Submitted`),
    sharedWithMentor: (portfolioId: string): CollectionSpec => ({ ...all('GSI1', `${portfolioId}#Entries#Shared`), pointers: true }),
  },
  // Found through the person's portfolios (Portfolio.about), then the portfolio's entries.
});

export const EntryFeedback = defineEntity<EntryFeedbackRecord>()({
  type: 'EntryFeedback',
  idPrefix: 'fbk',
  versioned: true,
  indexKeys: (r) => ({ GSI1PK: `${r.entryId}#Feedback`, GSI1SK: `${r.createdAt}#${r.id}` }),
  collections: {
    ofEntry: (entryId: string) => all('GSI1', `${entryId}#Feedback`),
  },
});

export const Tutorial = defineEntity<TutorialRecord>()({
  type: 'Tutorial',
  idPrefix: 'tut',
  versioned: true,
  indexKeys: (r) => ({ GSI1PK: `${r.portfolioId}#Tutorials`, GSI1SK: `${r.date}#${r.id}` }),
  collections: {
    ofPortfolio: (portfolioId: string) => all('GSI1', `${portfolioId}#Tutorials`),
  },
});

/** One per submission of a portfolio (its id is derived from both). */
export const Assessment = defineEntity<AssessmentRecord>()({
  type: 'Assessment',
  idPrefix: 'asm',
  versioned: true,
  collections: {},
});

/** A member of staff registered as a mentor, keyed by their person id. */
export const Mentor = defineEntity<MentorRecord>()({
  type: 'Mentor',
  versioned: true,
  key: (r) => itemKey('Mentor', r.id),
  indexKeys: (r) => ({ GSI1PK: 'Mentors', GSI1SK: `${r.sortName}#${r.id}` }),
  collections: {
    all: () => all('GSI1', 'Mentors'),
  },
  about: (personId) => [all(undefined, personId, 'Mentor')],
});

/** Guards "a mentor counts once per cohort": the first assignment of a mentor in a cohort writes it and counts them. */
export const cohortMentorGuardItem = (cohortId: string, mentorId: string, background: string) => ({
  PK: cohortId,
  SK: `Mentor#${mentorId}`,
  type: 'CohortMentorGuard',
  ref: mentorId,
  background,
});
export const cohortMentorGuardKey = (cohortId: string, mentorId: string): Keys => ({ PK: cohortId, SK: `Mentor#${mentorId}` });

function assignmentsOfMentor(mentorId: string) {
  return all('GSI2', `${mentorId}#MentorAssignments`);
}

/** One mentor's assignment to one enrolment; the MENTOR relation item is written and removed with it. */
export const MentorAssignment = defineEntity<MentorAssignmentRecord>()({
  type: 'MentorAssignment',
  idPrefix: 'mas',
  versioned: true,
  indexKeys: (r) => ({
    GSI1PK: `${r.subjectId}#MentorAssignments`,
    GSI1SK: `${r.createdAt}#${r.id}`,
    GSI2PK: `${r.mentorId}#MentorAssignments`,
    GSI2SK: `${r.createdAt}#${r.id}`,
  }),
  collections: {
    ofMentor: assignmentsOfMentor,
    ofTrainee: (personId: string) => all('GSI1', `${personId}#MentorAssignments`),
  },
  about: (personId) => [all('GSI1', `${personId}#MentorAssignments`), assignmentsOfMentor(personId)],
});

export const MentoringMeeting = defineEntity<MentoringMeetingRecord>()({
  type: 'MentoringMeeting',
  idPrefix: 'mtg',
  versioned: true,
  indexKeys: (r) => ({ GSI1PK: `${r.enrolmentId}#Meetings`, GSI1SK: `${r.date}#${r.id}` }),
  collections: {
    ofEnrolment: (enrolmentId: string) => all('GSI1', `${enrolmentId}#Meetings`),
  },
});

export const ShadowingOpportunity = defineEntity<ShadowingRecord>()({
  type: 'ShadowingOpportunity',
  idPrefix: 'shd',
  versioned: true,
  indexKeys: (r) => ({ GSI1PK: `${r.enrolmentId}#Shadowing`, GSI1SK: `${r.date}#${r.id}` }),
  collections: {
    ofEnrolment: (enrolmentId: string) => all('GSI1', `${enrolmentId}#Shadowing`),
  },
});

/** Ids derived from the record they belong to, so "one per" holds by key. */
export const derivedIds = {
  portfolioOf: (enrolmentId: string) => `pfo_${enrolmentId.slice(4)}`,
  assessmentOf: (portfolioId: string, submission: number) => `asm_${portfolioId.slice(4)}_${submission}`,
  attendanceOf: (sessionId: string, enrolmentId: string) => `att_${sessionId.slice(4)}_${enrolmentId.slice(4)}`,
};

// Recruitment to posts, employment and ongoing development (schema/posts.graphql, schema/employment.graphql).

export const HcaVacancy = defineEntity<HcaVacancyRecord>()({
  type: 'HcaVacancy',
  idPrefix: 'vac',
  versioned: true,
  indexKeys: (r) => ({ GSI1PK: 'HcaVacancies', GSI1SK: `${r.createdAt}#${r.id}` }),
  collections: {
    all: () => all('GSI1', 'HcaVacancies'),
  },
});

export const Post = defineEntity<PostRecord>()({
  type: 'Post',
  idPrefix: 'pst',
  versioned: true,
  indexKeys: (r) => ({ GSI1PK: 'Posts', GSI1SK: `${r.createdAt}#${r.id}` }),
  collections: {
    all: () => all('GSI1', 'Posts'),
  },
});

function jobApplicationsOfPerson(personId: string, postId?: string) {
  return all('GSI2', `${personId}#JobApplications`, postId ? `${postId}#` : '');
}

export const JobApplication = defineEntity<JobApplicationRecord>()({
  type: 'JobApplication',
  idPrefix: 'job',
  versioned: true,
  indexKeys: (r) => ({
    GSI1PK: `${r.postId}#JobApplications`,
    GSI1SK: `${r.submittedAt}#${r.id}`,
    GSI2PK: `${r.subjectId}#JobApplications`,
    GSI2SK: `${r.postId}#${r.submittedAt}#${r.id}`,
  }),
  collections: {
    ofPost: (postId: string) => all('GSI1', `${postId}#JobApplications`),
    ofPerson: jobApplicationsOfPerson,
  },
  about: (personId) => [jobApplicationsOfPerson(personId)],
});

/** Guards "one application per person per post". */
export const postApplicantGuardItem = (postId: string, personId: string, applicationId: string) => ({
  PK: postId,
  SK: `Applicant#${personId}`,
  type: 'PostApplicantGuard',
  ref: applicationId,
});

export const RecruitmentDay = defineEntity<RecruitmentDayRecord>()({
  type: 'RecruitmentDay',
  idPrefix: 'rdy',
  versioned: true,
  indexKeys: (r) => ({ GSI1PK: 'RecruitmentDays', GSI1SK: `${r.date}#${r.id}` }),
  collections: {
    all: () => all('GSI1', 'RecruitmentDays'),
  },
});

export const InterviewPanel = defineEntity<InterviewPanelRecord>()({
  type: 'InterviewPanel',
  idPrefix: 'pnl',
  versioned: true,
  indexKeys: (r) => ({ GSI1PK: `${r.recruitmentDayId}#Panels`, GSI1SK: `${r.createdAt}#${r.id}` }),
  collections: {
    ofDay: (dayId: string) => all('GSI1', `${dayId}#Panels`),
  },
});

function slotsOfPerson(personId: string) {
  return all('GSI2', `${personId}#InterviewSlots`);
}

export const InterviewSlot = defineEntity<InterviewSlotRecord>()({
  type: 'InterviewSlot',
  idPrefix: 'slt',
  versioned: true,
  indexKeys: (r) => ({
    GSI1PK: `${r.panelId}#Slots`,
    GSI1SK: `${r.startTime}#${r.id}`,
    GSI2PK: `${r.subjectId}#InterviewSlots`,
    GSI2SK: `${r.recruitmentDayId}#${r.id}`,
  }),
  collections: {
    ofPanel: (panelId: string) => all('GSI1', `${panelId}#Slots`),
  },
  about: (personId) => [slotsOfPerson(personId)],
});

/** Guards "one interview per panel per start time". */
export const slotGuardItem = (panelId: string, startTime: string, slotId: string) => ({
  PK: panelId,
  SK: `Slot#${startTime}`,
  type: 'SlotGuard',
  ref: slotId,
});

function employmentsOfPerson(personId: string) {
  return all('GSI2', `${personId}#Employments`);
}

/** The day supervision was last held (or, with none yet, the start date): what "overdue" is measured from. */
export const supervisionDueFrom = (e: EmploymentRecord) => (e.lastSupervisionAt ?? e.startDate).slice(0, 10);

/**
 * An active employment's place in the supervision-due index, ordered by when supervision was last held, so
 * "overdue" is a key condition (sort key before a cut-off day). Rewritten with every supervision that moves
 * `lastSupervisionAt`, removed when the LXP leaves.
 */
export const supervisionDueItem = (e: EmploymentRecord) => ({
  PK: e.id,
  SK: 'SupervisionDue',
  GSI1PK: 'SupervisionDue',
  GSI1SK: `${supervisionDueFrom(e)}#${e.id}`,
  GSI2PK: `${e.subjectId}#SupervisionDue`,
  GSI2SK: `${supervisionDueFrom(e)}#${e.id}`,
  type: 'SupervisionDue',
  ref: e.id,
  refType: 'Employment',
});
export const supervisionDueKey = (employmentId: string): Keys => ({ PK: employmentId, SK: 'SupervisionDue' });

export const Employment = defineEntity<EmploymentRecord>()({
  type: 'Employment',
  idPrefix: 'emp',
  versioned: true,
  indexKeys: (r) => ({
    GSI1PK: 'Employments',
    GSI1SK: `${r.startDate}#${r.id}`,
    GSI2PK: `${r.subjectId}#Employments`,
    GSI2SK: `${r.startDate}#${r.id}`,
  }),
  collections: {
    all: () => all('GSI1', 'Employments'),
    ofPerson: employmentsOfPerson,
    /** Active employments last supervised before `cutoff` (a day), longest ago first. */
    supervisionDueBefore: (cutoff: string): CollectionSpec => ({ ...all('GSI1', 'SupervisionDue'), skBelow: cutoff, pointers: true }),
    supervisionDueOfPerson: (personId: string, cutoff: string): CollectionSpec => ({
      ...all('GSI2', `${personId}#SupervisionDue`),
      skBelow: cutoff,
      pointers: true,
    }),
  },
  about: (personId) => [employmentsOfPerson(personId)],
});

/** Marks a person as counted in their cohort's employedCount, so a second employment does not count them twice. */
export const employedGuardKey = (cohortId: string, personId: string): Keys => ({ PK: cohortId, SK: `Employed#${personId}` });
export const employedGuardItem = (cohortId: string, personId: string, employmentId: string) => ({
  ...employedGuardKey(cohortId, personId),
  type: 'EmployedGuard',
  ref: employmentId,
});

function supervisionOfPerson(personId: string) {
  return all('GSI2', `${personId}#Supervision`);
}

export const SupervisionRecord = defineEntity<SupervisionRecordRecord>()({
  type: 'SupervisionRecord',
  idPrefix: 'svr',
  versioned: true,
  indexKeys: (r) => ({
    GSI1PK: `${r.employmentId}#Supervision`,
    GSI1SK: `${r.heldOn}#${r.id}`,
    GSI2PK: `${r.subjectId}#Supervision`,
    GSI2SK: `${r.employmentId}#${r.heldOn}#${r.id}`,
  }),
  collections: {
    ofEmployment: (employmentId: string) => all('GSI1', `${employmentId}#Supervision`),
  },
  about: (personId) => [supervisionOfPerson(personId)],
});

export const CdpSession = defineEntity<CdpSessionRecord>()({
  type: 'CdpSession',
  idPrefix: 'cdp',
  versioned: true,
  indexKeys: (r) => ({ GSI1PK: 'CdpSessions', GSI1SK: `${r.date}#${r.id}` }),
  collections: {
    all: () => all('GSI1', 'CdpSessions'),
  },
});

function signUpsOfPerson(personId: string, sessionId?: string) {
  return all('GSI2', `${personId}#CdpSignUps`, sessionId ? `${sessionId}#` : '');
}

export const CdpSignUp = defineEntity<CdpSignUpRecord>()({
  type: 'CdpSignUp',
  idPrefix: 'csu',
  versioned: true,
  indexKeys: (r) => ({
    GSI1PK: `${r.sessionId}#SignUps`,
    GSI1SK: `${r.signedUpAt}#${r.id}`,
    GSI2PK: `${r.subjectId}#CdpSignUps`,
    GSI2SK: `${r.sessionId}#${r.signedUpAt}#${r.id}`,
  }),
  collections: {
    ofSession: (sessionId: string) => all('GSI1', `${sessionId}#SignUps`),
    ofPerson: signUpsOfPerson,
  },
  about: (personId) => [signUpsOfPerson(personId)],
});

/** One plan per LXP: its id is derived from theirs, so it is found without an index. */
export const DevelopmentPlan = defineEntity<DevelopmentPlanRecord>()({
  type: 'DevelopmentPlan',
  idPrefix: 'dvp',
  versioned: true,
  collections: {},
  about: (personId) => [all(undefined, `dvp_${personId.slice(personId.indexOf('_') + 1)}`, 'DevelopmentPlan')],
});

/** The registry: one entry per record type, checked complete against StoredRecord. */
export const ENTITIES = {
  Person,
  Cohort,
  TrainingApplication,
  Enrolment,
  Relation,
  AuditEvent,
  Idempotency,
  TrainingSession,
  Attendance,
  Portfolio,
  PortfolioEntry,
  EntryFeedback,
  Tutorial,
  Assessment,
  Mentor,
  MentorAssignment,
  MentoringMeeting,
  ShadowingOpportunity,
  EmploymentOutcome,
  HcaVacancy,
  Post,
  JobApplication,
  RecruitmentDay,
  InterviewPanel,
  InterviewSlot,
  Employment,
  SupervisionRecord,
  CdpSession,
  CdpSignUp,
  DevelopmentPlan,
  ...COPRODUCTION_ENTITIES,
} as const;

type EntityOf<T extends StoredRecord['type']> = EntityHelpers<Extract<StoredRecord, { type: T }>> & { type: T };
const complete: { [T in StoredRecord['type']]: EntityOf<T> } = ENTITIES;

/** The full item (record plus its keys) of any record. */
export function itemOf(record: StoredRecord): Record<string, unknown> {
  return (complete[record.type] as EntityOf<StoredRecord['type']>).item(record as never);
}

/** Every record type that can hold something about a person, with the key conditions that list it. */
export function collectionsAbout(personId: string): { type: string; specs: CollectionSpec[] }[] {
  return Object.values(ENTITIES).flatMap((e) => ('about' in e && e.about ? [{ type: e.type, specs: e.about(personId) }] : []));
}

/** Record types addressed by id, and their id prefixes. */
export type IdentifiedType = {
  [K in keyof typeof ENTITIES]: (typeof ENTITIES)[K] extends { idPrefix: string } ? K : never;
}[keyof typeof ENTITIES];

/** A stored record by its type name. */
export type RecordOf<T extends StoredRecord['type']> = Extract<StoredRecord, { type: T }>;

export { itemKey };
