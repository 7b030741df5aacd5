import { isStaff, type Relation as RelationName, type Role } from '../lib/vocabulary';
import { defineEntity, itemKey, type CollectionSpec, type EntityHelpers, type Keys } from './entity';
import { AUDIT_PARTITION_PREFIX } from './table';
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

/** The registry: one entry per record type, checked complete against StoredRecord. */
export const ENTITIES = { Person, Cohort, TrainingApplication, Enrolment, Relation, AuditEvent, Idempotency } as const;

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
