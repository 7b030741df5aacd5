import { collections, type CollectionSpec } from './keys';
import type { Relation } from '../graphql/resolvers.generated';
import type { Anchors, CohortRecord, PersonRecord } from './records';

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
  /**
   * Narrower key conditions for viewers admitted to the parent only by a relation, where the rows' state
   * decides what that relation may read (a facilitator reads submitted entries, a mentor shared ones).
   */
  byRelation?: Partial<Record<Relation, CollectionSpec>>;
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

  auditTrail: (subjectId: string): ListSource => ({
    all: collections.auditTrail(subjectId),
    shared: { subjectId },
  }),
};
