import type {
  AssessmentOutcome,
  CurriculumTopic,
  MentorBackground,
  PortfolioEntryStatus,
  PortfolioStatus,
  SessionDeliverer,
} from '../lib/vocabulary';
import type { BaseRecord } from './baseRecord';

/**
 * The stored shapes of the twelve weeks after enrolment: sessions and attendance, the portfolio and its
 * assessment, mentors and mentoring. Records about one trainee carry `subjectId` (SELF, MENTOR) and
 * `cohortId` (FACILITATOR), so the schema's rules apply to them as they are.
 */

export interface TrainingSessionRecord extends BaseRecord {
  type: 'TrainingSession';
  cohortId: string;
  week: number;
  topic: CurriculumTopic;
  title: string;
  deliveredBy: SessionDeliverer;
  date?: string;
}

export interface AttendanceRecord extends BaseRecord {
  type: 'Attendance';
  subjectId: string;
  cohortId: string;
  sessionId: string;
  enrolmentId: string;
  /** The session's week, so a trainee's attendance lists by week. */
  week: number;
  attended: boolean;
  recordedBy: string;
}

export interface PortfolioRecord extends BaseRecord {
  type: 'Portfolio';
  subjectId: string;
  cohortId: string;
  enrolmentId: string;
  status: PortfolioStatus;
  /** 0 before the first submission; a referral allows one more. */
  submissions: number;
  /** Entries in FINAL, kept in the same transactions as the entries: a portfolio is submitted only with one. */
  finalEntryCount: number;
}

export interface PortfolioEntryRecord extends BaseRecord {
  type: 'PortfolioEntry';
  subjectId: string;
  cohortId: string;
  portfolioId: string;
  title: string;
  body: string;
  status: PortfolioEntryStatus;
  sharedWithMentor: boolean;
}

export interface EntryFeedbackRecord extends BaseRecord {
  type: 'EntryFeedback';
  subjectId: string;
  cohortId: string;
  entryId: string;
  authorId: string;
  body: string;
}

export interface TutorialRecord extends BaseRecord {
  type: 'Tutorial';
  subjectId: string;
  cohortId: string;
  portfolioId: string;
  facilitatorId: string;
  date: string;
  durationMinutes: number;
  notes?: string;
}

export interface AssessorDecisionRecord {
  assessorId: string;
  outcome: AssessmentOutcome;
  feedback: string;
  decidedAt: string;
}

/** An assessor's decision as the API serves it: with its assessment's anchors, so its rule can be checked. */
export interface AssessorDecisionModel extends AssessorDecisionRecord {
  subjectId: string;
  cohortId: string;
}

export interface AssessmentRecord extends BaseRecord {
  type: 'Assessment';
  subjectId: string;
  cohortId: string;
  portfolioId: string;
  submission: number;
  submittedAt: string;
  decisions: AssessorDecisionRecord[];
  outcome?: AssessmentOutcome;
}

/** A member of staff registered as a mentor; keyed by their person id. */
export interface MentorRecord extends BaseRecord {
  type: 'Mentor';
  /** The mentor's own record: SELF. */
  subjectId: string;
  background: MentorBackground;
  sortName: string;
  preparatoryTrainingOn?: string;
  supportMeetingOn?: string;
}

/** One mentor's assignment to one enrolment; the MENTOR relation item is written and removed with it. */
export interface MentorAssignmentRecord extends BaseRecord {
  type: 'MentorAssignment';
  subjectId: string;
  cohortId: string;
  enrolmentId: string;
  mentorId: string;
  assignedBy: string;
  endedAt?: string;
  endedBy?: string;
}

export interface MentoringMeetingRecord extends BaseRecord {
  type: 'MentoringMeeting';
  subjectId: string;
  cohortId: string;
  enrolmentId: string;
  mentorId: string;
  date: string;
  durationMinutes: number;
  notes?: string;
  recordedBy: string;
}

export interface ShadowingRecord extends BaseRecord {
  type: 'ShadowingOpportunity';
  subjectId: string;
  cohortId: string;
  enrolmentId: string;
  date: string;
  service: string;
  hours: number;
  arrangedBy: string;
}

export type DeliveryRecord =
  | TrainingSessionRecord
  | AttendanceRecord
  | PortfolioRecord
  | PortfolioEntryRecord
  | EntryFeedbackRecord
  | TutorialRecord
  | AssessmentRecord
  | MentorRecord
  | MentorAssignmentRecord
  | MentoringMeetingRecord
  | ShadowingRecord;
