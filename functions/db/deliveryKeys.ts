import type {
  AssessmentRecord,
  AttendanceRecord,
  DeliveryRecord,
  EntryFeedbackRecord,
  MentorAssignmentRecord,
  MentoringMeetingRecord,
  MentorRecord,
  PortfolioEntryRecord,
  ShadowingRecord,
  TrainingSessionRecord,
  TutorialRecord,
} from './deliveryRecords';
import type { CollectionSpec, Keys } from './keys';

/**
 * The keys of the training-delivery and mentoring records, and the key conditions that list them. Like
 * `keys.ts`, the only place these strings are built.
 */

const own = (type: string, id: string): Keys => ({ PK: id, SK: type });
const week = (n: number) => String(n).padStart(2, '0');

const sessionKeys = (r: TrainingSessionRecord): Keys => ({
  ...own(r.type, r.id),
  GSI1PK: `${r.cohortId}#Sessions`,
  GSI1SK: `${week(r.week)}#${r.topic}#${r.id}`,
});

const attendanceKeys = (r: AttendanceRecord): Keys => ({
  ...own(r.type, r.id),
  GSI1PK: `${r.sessionId}#Attendance`,
  GSI1SK: `${r.subjectId}#${r.id}`,
  GSI2PK: `${r.subjectId}#Attendance`,
  GSI2SK: `${r.cohortId}#${week(r.week)}#${r.sessionId}`,
});

const entrySortKey = (r: Pick<PortfolioEntryRecord, 'createdAt' | 'id'>) => `${r.createdAt}#${r.id}`;

/** Entries past DRAFT are also listed under the portfolio's submitted entries: what facilitators read. */
export const entryIndexKeys = (r: PortfolioEntryRecord): Keys => ({
  GSI1PK: `${r.portfolioId}#Entries`,
  GSI1SK: entrySortKey(r),
  ...(r.status === 'DRAFT' ? {} : { GSI2PK: `${r.portfolioId}#Entries#Submitted`, GSI2SK: entrySortKey(r) }),
});

/** The pointer that lists an entry among those shared with the mentor, written and deleted with the choice. */
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

const feedbackKeys = (r: EntryFeedbackRecord): Keys => ({
  ...own(r.type, r.id),
  GSI1PK: `${r.entryId}#Feedback`,
  GSI1SK: `${r.createdAt}#${r.id}`,
});

const tutorialKeys = (r: TutorialRecord): Keys => ({
  ...own(r.type, r.id),
  GSI1PK: `${r.portfolioId}#Tutorials`,
  GSI1SK: `${r.date}#${r.id}`,
});

const mentorKeys = (r: MentorRecord): Keys => ({ ...own(r.type, r.id), GSI1PK: 'Mentors', GSI1SK: `${r.sortName}#${r.id}` });

const assignmentKeys = (r: MentorAssignmentRecord): Keys => ({
  ...own(r.type, r.id),
  GSI2PK: `${r.mentorId}#MentorAssignments`,
  GSI2SK: `${r.createdAt}#${r.id}`,
});

const meetingKeys = (r: MentoringMeetingRecord): Keys => ({
  ...own(r.type, r.id),
  GSI1PK: `${r.enrolmentId}#Meetings`,
  GSI1SK: `${r.date}#${r.id}`,
});

const shadowingKeys = (r: ShadowingRecord): Keys => ({
  ...own(r.type, r.id),
  GSI1PK: `${r.enrolmentId}#Shadowing`,
  GSI1SK: `${r.date}#${r.id}`,
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

export function deliveryKeys(r: DeliveryRecord): Keys {
  switch (r.type) {
    case 'TrainingSession':
      return sessionKeys(r);
    case 'Attendance':
      return attendanceKeys(r);
    case 'Portfolio':
    case 'Assessment':
      return own(r.type, r.id);
    case 'PortfolioEntry':
      return { ...own(r.type, r.id), ...entryIndexKeys(r) };
    case 'EntryFeedback':
      return feedbackKeys(r);
    case 'Tutorial':
      return tutorialKeys(r);
    case 'Mentor':
      return mentorKeys(r);
    case 'MentorAssignment':
      return assignmentKeys(r);
    case 'MentoringMeeting':
      return meetingKeys(r);
    case 'ShadowingOpportunity':
      return shadowingKeys(r);
  }
}

/** Ids derived from the record they belong to, so "one per" holds by key. */
export const derivedIds = {
  portfolioOf: (enrolmentId: string) => `pfo_${enrolmentId.slice(4)}`,
  assessmentOf: (portfolioId: string, submission: number) => `asm_${portfolioId.slice(4)}_${submission}`,
  attendanceOf: (sessionId: string, enrolmentId: string) => `att_${sessionId.slice(4)}_${enrolmentId.slice(4)}`,
};

export const deliveryCollections = {
  sessionsOfCohort: (cohortId: string): CollectionSpec => ({ index: 'GSI1', pk: `${cohortId}#Sessions`, skPrefix: '' }),
  attendanceOfSession: (sessionId: string, personId?: string): CollectionSpec => ({
    index: 'GSI1',
    pk: `${sessionId}#Attendance`,
    skPrefix: personId ? `${personId}#` : '',
  }),
  attendanceOfPerson: (personId: string, cohortId: string): CollectionSpec => ({
    index: 'GSI2',
    pk: `${personId}#Attendance`,
    skPrefix: `${cohortId}#`,
  }),
  entries: (portfolioId: string): CollectionSpec => ({ index: 'GSI1', pk: `${portfolioId}#Entries`, skPrefix: '' }),
  submittedEntries: (portfolioId: string): CollectionSpec => ({ index: 'GSI2', pk: `${portfolioId}#Entries#Submitted`, skPrefix: '' }),
  sharedEntries: (portfolioId: string): CollectionSpec => ({
    index: 'GSI1',
    pk: `${portfolioId}#Entries#Shared`,
    skPrefix: '',
    pointers: true,
  }),
  feedbackOfEntry: (entryId: string): CollectionSpec => ({ index: 'GSI1', pk: `${entryId}#Feedback`, skPrefix: '' }),
  tutorials: (portfolioId: string): CollectionSpec => ({ index: 'GSI1', pk: `${portfolioId}#Tutorials`, skPrefix: '' }),
  mentors: (): CollectionSpec => ({ index: 'GSI1', pk: 'Mentors', skPrefix: '' }),
  meetings: (enrolmentId: string): CollectionSpec => ({ index: 'GSI1', pk: `${enrolmentId}#Meetings`, skPrefix: '' }),
  shadowing: (enrolmentId: string): CollectionSpec => ({ index: 'GSI1', pk: `${enrolmentId}#Shadowing`, skPrefix: '' }),
};

export type { AssessmentRecord };
