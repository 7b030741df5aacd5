import type {
  ConsentStatus,
  CoproductionTheme,
  EngagementKind,
  MemberBackground,
  ParticipantGroup,
  RecommendationStatus,
} from '../graphql/resolvers.generated';
import type { CollectionSpec, Keys } from './keys';
import type { ListSource } from './lists';
import type { BaseRecord } from './records';

/**
 * The co-production records (workstreams and engagement), their keys and collections. A workstream anchors
 * MEMBER on itself, and everything under it carries its `workstreamId`; a membership and a consent record
 * are about a person (`subjectId`), so they reach that person's subject access export.
 */

export interface WorkstreamRecord extends BaseRecord {
  type: 'Workstream';
  workstreamId: string;
  theme: CoproductionTheme;
  objective: string;
}

export interface WorkstreamMemberRecord extends BaseRecord {
  type: 'WorkstreamMember';
  workstreamId: string;
  /** The member. */
  subjectId: string;
  background: MemberBackground;
  joinedAt: string;
}

export interface WorkstreamMeetingRecord extends BaseRecord {
  type: 'WorkstreamMeeting';
  workstreamId: string;
  heldOn: string;
  notes: string;
  recordedBy: string;
}

export interface RecommendationRecord extends BaseRecord {
  type: 'Recommendation';
  workstreamId: string;
  text: string;
  status: RecommendationStatus;
  proposedAt: string;
  /** The day the project management group decided, as the Lead LXP recorded it. */
  decidedAt?: string;
  decidedBy?: string;
}

export interface ParticipantCountValue {
  group: ParticipantGroup;
  count: number;
}

export interface EngagementActivityRecord extends BaseRecord {
  type: 'EngagementActivity';
  kind: EngagementKind;
  title: string;
  heldOn: string;
  participantCounts: ParticipantCountValue[];
}

export interface EngagementFindingRecord extends BaseRecord {
  type: 'EngagementFinding';
  activityId: string;
  theme: CoproductionTheme;
  text: string;
  recordedAt: string;
  /** The consent records of the participants it came from; never shown (it would undo the anonymising). */
  contributorConsentIds: string[];
}

export interface ParticipantConsentRecord extends BaseRecord {
  type: 'ParticipantConsent';
  activityId: string;
  participantName: string;
  /** The participant, when they are known to the platform. */
  subjectId?: string;
  status: ConsentStatus;
  givenOn: string;
  withdrawnOn?: string;
}

export type CoproductionRecord =
  | WorkstreamRecord
  | WorkstreamMemberRecord
  | WorkstreamMeetingRecord
  | RecommendationRecord
  | EngagementActivityRecord
  | EngagementFindingRecord
  | ParticipantConsentRecord;

const own = (type: string, id: string): Keys => ({ PK: id, SK: type });

/** Newest first: the sort key counts down from the far future. */
const FAR_FUTURE_MS = 9_999_999_999_999;
const newestFirst = (day: string) => String(FAR_FUTURE_MS - Date.parse(`${day}T00:00:00.000Z`)).padStart(13, '0');

export const THEME_ORDER: readonly CoproductionTheme[] = ['ROLE_DESIGN', 'TRAINING', 'PILOTING', 'CAREER_PATHWAYS', 'COMMUNICATION'];

/** The keys of a co-production record's own item and of the collections it is listed in. */
export function coproductionKeys(r: CoproductionRecord): Keys {
  switch (r.type) {
    case 'Workstream':
      return { ...own(r.type, r.id), GSI1PK: 'Workstreams', GSI1SK: `${THEME_ORDER.indexOf(r.theme)}#${r.id}` };
    case 'WorkstreamMember':
      return {
        ...own(r.type, r.id),
        GSI1PK: `${r.workstreamId}#Members`,
        GSI1SK: `${r.joinedAt}#${r.id}`,
        GSI2PK: `${r.subjectId}#WorkstreamMembers`,
        GSI2SK: `${r.workstreamId}#${r.joinedAt}#${r.id}`,
      };
    case 'WorkstreamMeeting':
      return { ...own(r.type, r.id), GSI1PK: `${r.workstreamId}#Meetings`, GSI1SK: `${r.heldOn}#${r.id}` };
    case 'Recommendation':
      return { ...own(r.type, r.id), GSI1PK: `${r.workstreamId}#Recommendations`, GSI1SK: `${r.proposedAt}#${r.id}` };
    case 'EngagementActivity':
      return { ...own(r.type, r.id), GSI1PK: 'EngagementActivities', GSI1SK: `${newestFirst(r.heldOn)}#${r.id}` };
    case 'EngagementFinding':
      return { ...own(r.type, r.id), GSI1PK: `${r.activityId}#Findings`, GSI1SK: `${r.recordedAt}#${r.id}` };
    case 'ParticipantConsent':
      return {
        ...own(r.type, r.id),
        GSI1PK: `${r.activityId}#Consents`,
        GSI1SK: `${r.createdAt}#${r.id}`,
        ...(r.subjectId ? { GSI2PK: `${r.subjectId}#Consents`, GSI2SK: `${r.activityId}#${r.createdAt}#${r.id}` } : {}),
      };
  }
}

/** Guards "one seat per person per workstream". */
export const memberGuardItem = (workstreamId: string, personId: string, memberId: string) => ({
  PK: workstreamId,
  SK: `Member#${personId}`,
  type: 'MemberGuard',
  ref: memberId,
});

/** Guards "one consent record per known person per activity". */
export const consentGuardItem = (activityId: string, personId: string, consentId: string) => ({
  PK: activityId,
  SK: `Consent#${personId}`,
  type: 'ConsentGuard',
  ref: consentId,
});

/** "This participant contributed to this finding": found from the consent when it is withdrawn. */
export const contributionItem = (consentId: string, findingId: string) => ({
  PK: consentId,
  SK: `Contributes#${findingId}`,
  type: 'Contribution',
  ref: findingId,
  refType: 'EngagementFinding',
});

export const coproductionCollections = {
  workstreams: (): CollectionSpec => ({ index: 'GSI1', pk: 'Workstreams', skPrefix: '' }),
  membersOfWorkstream: (workstreamId: string): CollectionSpec => ({ index: 'GSI1', pk: `${workstreamId}#Members`, skPrefix: '' }),
  membershipsOfPerson: (personId: string, workstreamId?: string): CollectionSpec => ({
    index: 'GSI2',
    pk: `${personId}#WorkstreamMembers`,
    skPrefix: workstreamId ? `${workstreamId}#` : '',
  }),
  meetingsOfWorkstream: (workstreamId: string): CollectionSpec => ({ index: 'GSI1', pk: `${workstreamId}#Meetings`, skPrefix: '' }),
  recommendationsOfWorkstream: (workstreamId: string): CollectionSpec => ({
    index: 'GSI1',
    pk: `${workstreamId}#Recommendations`,
    skPrefix: '',
  }),
  engagementActivities: (): CollectionSpec => ({ index: 'GSI1', pk: 'EngagementActivities', skPrefix: '' }),
  findingsOfActivity: (activityId: string): CollectionSpec => ({ index: 'GSI1', pk: `${activityId}#Findings`, skPrefix: '' }),
  consentsOfActivity: (activityId: string): CollectionSpec => ({ index: 'GSI1', pk: `${activityId}#Consents`, skPrefix: '' }),
  consentsOfPerson: (personId: string, activityId?: string): CollectionSpec => ({
    index: 'GSI2',
    pk: `${personId}#Consents`,
    skPrefix: activityId ? `${activityId}#` : '',
  }),
  /** The findings a participant contributed to (pointers). */
  contributionsOf: (consentId: string): CollectionSpec => ({ pk: consentId, skPrefix: 'Contributes#' }),
};

export const coproductionLists = {
  workstreams: (): ListSource => ({ all: coproductionCollections.workstreams(), shared: {} }),
  membersOfWorkstream: (w: WorkstreamRecord): ListSource => ({
    all: coproductionCollections.membersOfWorkstream(w.id),
    shared: { workstreamId: w.id },
    ofSubject: (personId) => coproductionCollections.membershipsOfPerson(personId, w.id),
  }),
  meetingsOfWorkstream: (w: WorkstreamRecord): ListSource => ({
    all: coproductionCollections.meetingsOfWorkstream(w.id),
    shared: { workstreamId: w.id },
  }),
  recommendationsOfWorkstream: (w: WorkstreamRecord): ListSource => ({
    all: coproductionCollections.recommendationsOfWorkstream(w.id),
    shared: { workstreamId: w.id },
  }),
  engagementActivities: (): ListSource => ({ all: coproductionCollections.engagementActivities(), shared: {} }),
  findingsOfActivity: (a: EngagementActivityRecord): ListSource => ({
    all: coproductionCollections.findingsOfActivity(a.id),
    shared: {},
  }),
  consentsOfActivity: (a: EngagementActivityRecord): ListSource => ({
    all: coproductionCollections.consentsOfActivity(a.id),
    shared: {},
    ofSubject: (personId) => coproductionCollections.consentsOfPerson(personId, a.id),
  }),
};
