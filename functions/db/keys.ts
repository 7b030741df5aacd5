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
  ProgrammeRecord,
  EmploymentRecord,
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
    default:
      return { ...record, ...programmeKeys(record) };
  }
}

/** Keys of the recruitment, employment and development records. */
function programmeKeys(r: ProgrammeRecord): Keys {
  const own = itemKey(r.type, r.id);
  switch (r.type) {
    case 'HcaVacancy':
      return { ...own, GSI1PK: 'HcaVacancies', GSI1SK: `${r.createdAt}#${r.id}` };
    case 'Post':
      return { ...own, GSI1PK: 'Posts', GSI1SK: `${r.createdAt}#${r.id}` };
    case 'JobApplication':
      return {
        ...own,
        GSI1PK: `${r.postId}#JobApplications`,
        GSI1SK: `${r.submittedAt}#${r.id}`,
        GSI2PK: `${r.subjectId}#JobApplications`,
        GSI2SK: `${r.postId}#${r.submittedAt}#${r.id}`,
      };
    case 'RecruitmentDay':
      return { ...own, GSI1PK: 'RecruitmentDays', GSI1SK: `${r.date}#${r.id}` };
    case 'InterviewPanel':
      return { ...own, GSI1PK: `${r.recruitmentDayId}#Panels`, GSI1SK: `${r.createdAt}#${r.id}` };
    case 'InterviewSlot':
      return { ...own, GSI1PK: `${r.panelId}#Slots`, GSI1SK: `${r.startTime}#${r.id}` };
    case 'Employment':
      return {
        ...own,
        GSI1PK: 'Employments',
        GSI1SK: `${r.startDate}#${r.id}`,
        GSI2PK: `${r.subjectId}#Employments`,
        GSI2SK: `${r.startDate}#${r.id}`,
      };
    case 'SupervisionRecord':
      return {
        ...own,
        GSI1PK: `${r.employmentId}#Supervision`,
        GSI1SK: `${r.heldOn}#${r.id}`,
        GSI2PK: `${r.subjectId}#Supervision`,
        GSI2SK: `${r.employmentId}#${r.heldOn}#${r.id}`,
      };
    case 'CdpSession':
      return { ...own, GSI1PK: 'CdpSessions', GSI1SK: `${r.date}#${r.id}` };
    case 'CdpSignUp':
      return {
        ...own,
        GSI1PK: `${r.sessionId}#SignUps`,
        GSI1SK: `${r.signedUpAt}#${r.id}`,
        GSI2PK: `${r.subjectId}#CdpSignUps`,
        GSI2SK: `${r.sessionId}#${r.signedUpAt}#${r.id}`,
      };
    case 'DevelopmentPlan':
      return own;
  }
}

/** Guards "one application per person per post". */
export const postApplicantGuardItem = (postId: string, personId: string, applicationId: string) => ({
  PK: postId,
  SK: `Applicant#${personId}`,
  type: 'PostApplicantGuard',
  ref: applicationId,
});

/** Guards "one interview per panel per start time". */
export const slotGuardItem = (panelId: string, startTime: string, slotId: string) => ({
  PK: panelId,
  SK: `Slot#${startTime}`,
  type: 'SlotGuard',
  ref: slotId,
});

/** Marks a person as counted in their cohort's employedCount, so a second employment does not count them twice. */
export const employedGuardItem = (cohortId: string, personId: string, employmentId: string) => ({
  PK: cohortId,
  SK: `Employed#${personId}`,
  type: 'EmployedGuard',
  ref: employmentId,
});
export const employedGuardKey = (cohortId: string, personId: string): Keys => ({ PK: cohortId, SK: `Employed#${personId}` });

/** The day supervision was last held (or, with none yet, the start date): what "overdue" is measured from. */
export const supervisionDueFrom = (e: EmploymentRecord) => (e.lastSupervisionAt ?? e.startDate).slice(0, 10);

/**
 * An active employment's place in the supervision-due index, ordered by when supervision was last held;
 * "overdue" is then a key condition (sort key before a cut-off day). Rewritten with every supervision and
 * removed when the LXP leaves.
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

/** A key condition that lists a collection: one partition of the table or an index, optionally one prefix of it. */
export interface CollectionSpec {
  index?: IndexName;
  pk: string;
  skPrefix: string;
  /** Only sort keys below this value (a range, e.g. "last supervised before a day"). */
  skBelow?: string;
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
  hcaVacancies: (): CollectionSpec => ({ index: 'GSI1', pk: 'HcaVacancies', skPrefix: '' }),
  posts: (): CollectionSpec => ({ index: 'GSI1', pk: 'Posts', skPrefix: '' }),
  jobApplicationsOfPost: (postId: string): CollectionSpec => ({ index: 'GSI1', pk: `${postId}#JobApplications`, skPrefix: '' }),
  jobApplicationsOfPerson: (personId: string, postId?: string): CollectionSpec => ({
    index: 'GSI2',
    pk: `${personId}#JobApplications`,
    skPrefix: postId ? `${postId}#` : '',
  }),
  recruitmentDays: (): CollectionSpec => ({ index: 'GSI1', pk: 'RecruitmentDays', skPrefix: '' }),
  panelsOfDay: (dayId: string): CollectionSpec => ({ index: 'GSI1', pk: `${dayId}#Panels`, skPrefix: '' }),
  slotsOfPanel: (panelId: string): CollectionSpec => ({ index: 'GSI1', pk: `${panelId}#Slots`, skPrefix: '' }),
  employments: (): CollectionSpec => ({ index: 'GSI1', pk: 'Employments', skPrefix: '' }),
  employmentsOfPerson: (personId: string): CollectionSpec => ({ index: 'GSI2', pk: `${personId}#Employments`, skPrefix: '' }),
  /** Active employments whose supervision was last held before `cutoff` (a day), longest ago first. */
  supervisionDueBefore: (cutoff: string): CollectionSpec => ({
    index: 'GSI1',
    pk: 'SupervisionDue',
    skPrefix: '',
    skBelow: cutoff,
    pointers: true,
  }),
  supervisionDueOfPerson: (personId: string, cutoff: string): CollectionSpec => ({
    index: 'GSI2',
    pk: `${personId}#SupervisionDue`,
    skPrefix: '',
    skBelow: cutoff,
    pointers: true,
  }),
  supervisionOfEmployment: (employmentId: string): CollectionSpec => ({ index: 'GSI1', pk: `${employmentId}#Supervision`, skPrefix: '' }),
  supervisionOfPerson: (personId: string, employmentId: string): CollectionSpec => ({
    index: 'GSI2',
    pk: `${personId}#Supervision`,
    skPrefix: `${employmentId}#`,
  }),
  cdpSessions: (): CollectionSpec => ({ index: 'GSI1', pk: 'CdpSessions', skPrefix: '' }),
  signUpsOfSession: (sessionId: string): CollectionSpec => ({ index: 'GSI1', pk: `${sessionId}#SignUps`, skPrefix: '' }),
  signUpsOfPerson: (personId: string, sessionId: string): CollectionSpec => ({
    index: 'GSI2',
    pk: `${personId}#CdpSignUps`,
    skPrefix: `${sessionId}#`,
  }),
};
