import type { Role } from '../graphql/resolvers.generated';
import type { IndexName } from './table';
import type {
  AuditEventRecord,
  CohortRecord,
  EnrolmentRecord,
  IdempotencyRecord,
  PersonRecord,
  RelationRecord,
  StoredRecord,
  TrainingApplicationRecord,
} from './records';

/**
 * Every key in the table, declared here and nowhere else: what each record's item is keyed by, and which
 * key condition lists each collection. Business code asks for `collections.applicationsOfCohort(id)`,
 * never builds a key string.
 */
export type Keys = Record<string, string>;

const STAFF_ROLES: ReadonlySet<Role> = new Set<Role>(['CLINICIAN', 'HR', 'LEAD_LXP']);
export const isStaff = (roles: readonly Role[]) => roles.some((r) => STAFF_ROLES.has(r));

/** The key of an entity's own item: its id, and its type as the sort key. */
export const itemKey = (type: string, id: string): Keys => ({ PK: id, SK: type });

const personKeys = (r: PersonRecord): Keys => ({
  ...itemKey('Person', r.id),
  GSI1PK: 'People',
  GSI1SK: `${r.sortName}#${r.id}`,
  ...(isStaff(r.roles) ? { GSI2PK: 'People#Staff', GSI2SK: `${r.sortName}#${r.id}` } : {}),
});

const cohortKeys = (r: CohortRecord): Keys => ({
  ...itemKey('Cohort', r.id),
  GSI1PK: 'Cohorts',
  GSI1SK: `${r.startDate}#${r.id}`,
});

const applicationKeys = (r: TrainingApplicationRecord): Keys => ({
  ...itemKey('TrainingApplication', r.id),
  GSI1PK: `${r.cohortId}#Applications`,
  GSI1SK: `${r.submittedAt}#${r.id}`,
  GSI2PK: `${r.subjectId}#Applications`,
  GSI2SK: `${r.cohortId}#${r.submittedAt}#${r.id}`,
});

const enrolmentKeys = (r: EnrolmentRecord): Keys => ({
  ...itemKey('Enrolment', r.id),
  GSI1PK: `${r.cohortId}#Enrolments`,
  GSI1SK: `${r.enrolledAt}#${r.id}`,
  GSI2PK: `${r.subjectId}#Enrolments`,
  GSI2SK: `${r.cohortId}#${r.enrolledAt}#${r.id}`,
});

/** Relation items live in the related person's partition; GSI1 lists who holds a relation to an anchor. */
export const relationKey = (personId: string, relation: string, anchor: string): Keys => ({
  PK: personId,
  SK: `Rel#${relation}#${anchor}`,
});

const relationKeys = (r: RelationRecord): Keys => ({
  ...relationKey(r.personId, r.relation, r.anchor),
  GSI1PK: `${r.anchor}#Rel#${r.relation}`,
  GSI1SK: r.personId,
});

/** Newest first within a subject's trail: the sort key counts down from the far future. */
const FAR_FUTURE_MS = 9_999_999_999_999;
const auditKeys = (r: AuditEventRecord): Keys => ({
  PK: `Audit#${r.subjectId}`,
  SK: `${String(FAR_FUTURE_MS - Date.parse(r.at)).padStart(13, '0')}#${r.id}`,
});

/** The one item aggregating an actor's refused attempts on a subject within the hour starting at `hourStart`. */
export const auditAggregateKey = (subjectId: string, actorId: string, hourStart: string): Keys => ({
  PK: `Audit#${subjectId}`,
  SK: `${String(FAR_FUTURE_MS - Date.parse(hourStart)).padStart(13, '0')}#denied#${actorId}`,
});

export const idempotencyKey = (actorId: string, key: string): Keys => ({ PK: `Idem#${actorId}#${key}`, SK: 'Idempotency' });

/** A person's membership of a role: a pointer item listing them under the role, ordered by name. */
export const roleMemberItem = (person: PersonRecord, role: Role) => ({
  PK: person.id,
  SK: `Role#${role}`,
  GSI1PK: `Role#${role}`,
  GSI1SK: `${person.sortName}#${person.id}`,
  type: 'RoleMember',
  ref: person.id,
  refType: 'Person',
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

/** The full item (record plus its keys) for a record. */
export function itemOf(record: StoredRecord): Record<string, unknown> {
  switch (record.type) {
    case 'Person':
      return { ...record, ...personKeys(record) };
    case 'Cohort':
      return { ...record, ...cohortKeys(record) };
    case 'TrainingApplication':
      return { ...record, ...applicationKeys(record) };
    case 'Enrolment':
      return { ...record, ...enrolmentKeys(record) };
    case 'Relation':
      return { ...record, ...relationKeys(record) };
    case 'AuditEvent':
      return { ...record, ...auditKeys(record) };
    case 'Idempotency':
      return { ...record, ...idempotencyKey(record.actorId, record.key) };
  }
}

/** A key condition that lists a collection: one partition of the table or an index, optionally one prefix of it. */
export interface CollectionSpec {
  index?: IndexName;
  pk: string;
  skPrefix: string;
  /** The items are pointers (`ref`, `refType`) to the records to return, loaded in one batch. */
  pointers?: boolean;
}

export const collections = {
  cohorts: (): CollectionSpec => ({ index: 'GSI1', pk: 'Cohorts', skPrefix: '' }),
  everyone: (): CollectionSpec => ({ index: 'GSI1', pk: 'People', skPrefix: '' }),
  staff: (): CollectionSpec => ({ index: 'GSI2', pk: 'People#Staff', skPrefix: '' }),
  roleMembers: (role: Role): CollectionSpec => ({ index: 'GSI1', pk: `Role#${role}`, skPrefix: '', pointers: true }),
  applicationsOfCohort: (cohortId: string): CollectionSpec => ({ index: 'GSI1', pk: `${cohortId}#Applications`, skPrefix: '' }),
  applicationsOfPerson: (personId: string, cohortId?: string): CollectionSpec => ({
    index: 'GSI2',
    pk: `${personId}#Applications`,
    skPrefix: cohortId ? `${cohortId}#` : '',
  }),
  enrolmentsOfCohort: (cohortId: string): CollectionSpec => ({ index: 'GSI1', pk: `${cohortId}#Enrolments`, skPrefix: '' }),
  enrolmentsOfPerson: (personId: string, cohortId?: string): CollectionSpec => ({
    index: 'GSI2',
    pk: `${personId}#Enrolments`,
    skPrefix: cohortId ? `${cohortId}#` : '',
  }),
  /** The relations of one kind a person holds (e.g. whom they mentor). */
  relationsHeldBy: (personId: string, relation: string): CollectionSpec => ({ pk: personId, skPrefix: `Rel#${relation}#` }),
  /** Who holds a relation to an anchor (e.g. a cohort's facilitators). */
  relationHolders: (anchor: string, relation: string): CollectionSpec => ({ index: 'GSI1', pk: `${anchor}#Rel#${relation}`, skPrefix: '' }),
  auditTrail: (subjectId: string): CollectionSpec => ({ pk: `Audit#${subjectId}`, skPrefix: '' }),
};
