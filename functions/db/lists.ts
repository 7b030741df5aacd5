import { AuditEvent, Cohort, Enrolment, Person, TrainingApplication } from './entities';
import type { CollectionSpec } from './entity';
import type { Anchors, CohortRecord, PersonRecord } from './records';
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

  applicationsOfCohort: (cohort: CohortRecord): ListSource => ({
    all: TrainingApplication.collections.ofCohort(cohort.id),
    shared: { cohortId: cohort.id },
    ofSubject: (personId) => TrainingApplication.collections.ofPerson(personId, cohort.id),
    allCount: cohort.applicationCount,
  }),

  enrolmentsOfCohort: (cohort: CohortRecord): ListSource => ({
    all: Enrolment.collections.ofCohort(cohort.id),
    shared: { cohortId: cohort.id },
    ofSubject: (personId) => Enrolment.collections.ofPerson(personId, cohort.id),
    allCount: cohort.enrolmentCount,
  }),

  applicationsOfPerson: (person: PersonRecord): ListSource => ({
    all: TrainingApplication.collections.ofPerson(person.id),
    shared: { subjectId: person.id },
  }),

  enrolmentsOfPerson: (person: PersonRecord): ListSource => ({
    all: Enrolment.collections.ofPerson(person.id),
    shared: { subjectId: person.id },
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
};
