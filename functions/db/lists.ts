import {
  AuditEvent,
  CdpSession,
  CdpSignUp,
  Cohort,
  Employment,
  Enrolment,
  HcaVacancy,
  JobApplication,
  Person,
  Post,
  RecruitmentDay,
  SupervisionRecord,
  TrainingApplication,
} from './entities';
import type { CollectionSpec } from './entity';
import {
  EngagementActivity,
  EngagementFinding,
  ParticipantConsent,
  Recommendation,
  Workstream,
  WorkstreamMeeting,
  WorkstreamMember,
  type EngagementActivityRecord,
  type WorkstreamRecord,
} from './coproduction';
import type { Anchors, CdpSessionRecord, CohortRecord, EmploymentRecord, PersonRecord, PostRecord } from './records';
import type { Relation, Role } from '../lib/vocabulary';

/**
 * A list as authorisation needs to see it: the key condition for all its rows, what every row shares with
 * the parent (so a relation to the parent admits the whole list), and the key condition for one person's
 * rows (so a viewer who may see only some people's rows gets a full page of exactly those). Every list
 * field of the API is one of these; functions/graphql/auth/scopeList.ts picks the key conditions a
 * viewer's rule allows.
 */
export interface ListSource {
  all: CollectionSpec;
  shared: Anchors;
  ofSubject?: (subjectId: string) => CollectionSpec;
  /** The number of rows in `all`, where an aggregate keeps it. */
  allCount?: number;
  /**
   * Narrower key conditions for viewers admitted to the parent only by a relation, where the rows' state
   * decides what that relation may read (a facilitator reads submitted entries, a mentor shared ones).
   */
  byRelation?: Partial<Record<Relation, CollectionSpec>>;
}

export const lists = {
  cohorts: (): ListSource => ({ all: Cohort.collections.all(), shared: {} }),

  applicationsOfCohort: (cohort: Pick<CohortRecord, 'id'> & Partial<Pick<CohortRecord, 'applicationCount'>>): ListSource => ({
    all: TrainingApplication.collections.ofCohort(cohort.id),
    shared: { cohortId: cohort.id },
    ofSubject: (personId) => TrainingApplication.collections.ofPerson(personId, cohort.id),
    allCount: cohort.applicationCount,
  }),

  enrolmentsOfCohort: (cohort: Pick<CohortRecord, 'id'> & Partial<Pick<CohortRecord, 'enrolmentCount'>>): ListSource => ({
    all: Enrolment.collections.ofCohort(cohort.id),
    shared: { cohortId: cohort.id },
    ofSubject: (personId) => Enrolment.collections.ofPerson(personId, cohort.id),
    allCount: cohort.enrolmentCount,
  }),

  applicationsOfPerson: (person: Pick<PersonRecord, 'id'>): ListSource => ({
    all: TrainingApplication.collections.ofPerson(person.id),
    shared: { subjectId: person.id },
  }),

  enrolmentsOfPerson: (person: Pick<PersonRecord, 'id'>): ListSource => ({
    all: Enrolment.collections.ofPerson(person.id),
    shared: { subjectId: person.id },
  }),

  hcaVacancies: (): ListSource => ({ all: HcaVacancy.collections.all(), shared: {} }),

  posts: (): ListSource => ({ all: Post.collections.all(), shared: {} }),

  jobApplicationsOfPost: (post: PostRecord): ListSource => ({
    all: JobApplication.collections.ofPost(post.id),
    shared: {},
    ofSubject: (personId) => JobApplication.collections.ofPerson(personId, post.id),
    allCount: post.applicationCount,
  }),

  jobApplicationsOfPerson: (person: Pick<PersonRecord, 'id'>): ListSource => ({
    all: JobApplication.collections.ofPerson(person.id),
    shared: { subjectId: person.id },
  }),

  recruitmentDays: (): ListSource => ({ all: RecruitmentDay.collections.all(), shared: {} }),

  employments: (): ListSource => ({
    all: Employment.collections.all(),
    shared: {},
    ofSubject: (personId) => Employment.collections.ofPerson(personId),
  }),

  employmentsOfPerson: (person: Pick<PersonRecord, 'id'>): ListSource => ({
    all: Employment.collections.ofPerson(person.id),
    shared: { subjectId: person.id },
  }),

  /** Active employments last supervised before `cutoff`: HR and the Lead LXP all, a supervisor their own LXPs'. */
  supervisionDue: (cutoff: string): ListSource => ({
    all: Employment.collections.supervisionDueBefore(cutoff),
    shared: {},
    ofSubject: (personId) => Employment.collections.supervisionDueOfPerson(personId, cutoff),
  }),

  supervisionOfEmployment: (employment: EmploymentRecord): ListSource => ({
    all: SupervisionRecord.collections.ofEmployment(employment.id),
    shared: { subjectId: employment.subjectId },
  }),

  cdpSessions: (): ListSource => ({ all: CdpSession.collections.all(), shared: {} }),

  signUpsOfSession: (session: CdpSessionRecord): ListSource => ({
    all: CdpSignUp.collections.ofSession(session.id),
    shared: {},
    ofSubject: (personId) => CdpSignUp.collections.ofPerson(personId, session.id),
  }),

  auditTrail: (subjectId: string): ListSource => ({
    all: AuditEvent.collections.trail(subjectId),
    shared: { subjectId },
  }),

  /** Everyone, the staff, or the holders of one role, by name. */
  people: (which: 'everyone' | 'staff' | Role): ListSource => ({
    all:
      which === 'everyone'
        ? Person.collections.everyone()
        : which === 'staff'
          ? Person.collections.staff()
          : Person.collections.withRole(which),
    shared: {},
  }),

  workstreams: (): ListSource => ({ all: Workstream.collections.all(), shared: {} }),

  membersOfWorkstream: (w: WorkstreamRecord): ListSource => ({
    all: WorkstreamMember.collections.ofWorkstream(w.id),
    shared: { workstreamId: w.id },
    ofSubject: (personId) => WorkstreamMember.collections.ofPerson(personId, w.id),
  }),

  meetingsOfWorkstream: (w: WorkstreamRecord): ListSource => ({
    all: WorkstreamMeeting.collections.ofWorkstream(w.id),
    shared: { workstreamId: w.id },
  }),

  recommendationsOfWorkstream: (w: WorkstreamRecord): ListSource => ({
    all: Recommendation.collections.ofWorkstream(w.id),
    shared: { workstreamId: w.id },
  }),

  engagementActivities: (): ListSource => ({ all: EngagementActivity.collections.all(), shared: {} }),

  findingsOfActivity: (a: EngagementActivityRecord): ListSource => ({ all: EngagementFinding.collections.ofActivity(a.id), shared: {} }),

  /** The Lead LXP reads them all; a participant, by SELF, only their own. */
  consentsOfActivity: (a: EngagementActivityRecord): ListSource => ({
    all: ParticipantConsent.collections.ofActivity(a.id),
    shared: {},
    ofSubject: (personId) => ParticipantConsent.collections.ofPerson(personId, a.id),
  }),
};
