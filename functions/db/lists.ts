import { collections, type CollectionSpec } from './keys';
import type { Anchors, CdpSessionRecord, CohortRecord, EmploymentRecord, PersonRecord, PostRecord } from './records';

/**
 * A list as authorisation needs to see it: the key condition for all its rows, what every row shares with
 * the parent (so a relation to the parent admits the whole list), and the key condition for one person's
 * rows (so a viewer who may see only some people's rows gets a full page of exactly those).
 */
export interface ListSource {
  all: CollectionSpec;
  shared: Anchors;
  ofSubject?: (subjectId: string) => CollectionSpec;
  /** The number of rows in `all`, where an aggregate keeps it. */
  allCount?: number;
}

export const lists = {
  cohorts: (): ListSource => ({ all: collections.cohorts(), shared: {} }),

  applicationsOfCohort: (cohort: CohortRecord): ListSource => ({
    all: collections.applicationsOfCohort(cohort.id),
    shared: { cohortId: cohort.id },
    ofSubject: (personId) => collections.applicationsOfPerson(personId, cohort.id),
    allCount: cohort.applicationCount,
  }),

  enrolmentsOfCohort: (cohort: CohortRecord): ListSource => ({
    all: collections.enrolmentsOfCohort(cohort.id),
    shared: { cohortId: cohort.id },
    ofSubject: (personId) => collections.enrolmentsOfPerson(personId, cohort.id),
    allCount: cohort.enrolmentCount,
  }),

  applicationsOfPerson: (person: PersonRecord): ListSource => ({
    all: collections.applicationsOfPerson(person.id),
    shared: { subjectId: person.id },
  }),

  enrolmentsOfPerson: (person: PersonRecord): ListSource => ({
    all: collections.enrolmentsOfPerson(person.id),
    shared: { subjectId: person.id },
  }),

  hcaVacancies: (): ListSource => ({ all: collections.hcaVacancies(), shared: {} }),

  posts: (): ListSource => ({ all: collections.posts(), shared: {} }),

  jobApplicationsOfPost: (post: PostRecord): ListSource => ({
    all: collections.jobApplicationsOfPost(post.id),
    shared: {},
    ofSubject: (personId) => collections.jobApplicationsOfPerson(personId, post.id),
    allCount: post.applicationCount,
  }),

  jobApplicationsOfPerson: (person: PersonRecord): ListSource => ({
    all: collections.jobApplicationsOfPerson(person.id),
    shared: { subjectId: person.id },
  }),

  recruitmentDays: (): ListSource => ({ all: collections.recruitmentDays(), shared: {} }),

  employments: (): ListSource => ({
    all: collections.employments(),
    shared: {},
    ofSubject: (personId) => collections.employmentsOfPerson(personId),
  }),

  employmentsOfPerson: (person: PersonRecord): ListSource => ({
    all: collections.employmentsOfPerson(person.id),
    shared: { subjectId: person.id },
  }),

  supervisionOfEmployment: (employment: EmploymentRecord): ListSource => ({
    all: collections.supervisionOfEmployment(employment.id),
    shared: { subjectId: employment.subjectId },
  }),

  cdpSessions: (): ListSource => ({ all: collections.cdpSessions(), shared: {} }),

  signUpsOfSession: (session: CdpSessionRecord): ListSource => ({
    all: collections.signUpsOfSession(session.id),
    shared: {},
    ofSubject: (personId) => collections.signUpsOfPerson(personId, session.id),
  }),

  auditTrail: (subjectId: string): ListSource => ({
    all: collections.auditTrail(subjectId),
    shared: { subjectId },
  }),
};
