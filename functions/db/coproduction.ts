import type { CoproductionTheme } from '../lib/vocabulary';
import { defineEntity, type CollectionSpec } from './entity';
import type {
  EngagementActivityRecord,
  EngagementFindingRecord,
  ParticipantConsentRecord,
  RecommendationRecord,
  WorkstreamMeetingRecord,
  WorkstreamMemberRecord,
  WorkstreamRecord,
} from './records';

export type {
  CoproductionRecord,
  EngagementActivityRecord,
  EngagementFindingRecord,
  ParticipantConsentRecord,
  ParticipantCountValue,
  RecommendationRecord,
  WorkstreamMeetingRecord,
  WorkstreamMemberRecord,
  WorkstreamRecord,
} from './records';

/**
 * The co-production records (workstreams and engagement) and their declarations (added to the registry in
 * entities.ts). A workstream anchors
 * MEMBER on itself, and everything under it carries its `workstreamId`; a membership and a consent record
 * are about a person (`subjectId`), so they reach that person's subject access export.
 */

const all = (index: CollectionSpec['index'], pk: string, skPrefix = ''): CollectionSpec => ({ ...(index ? { index } : {}), pk, skPrefix });

/** Newest first: the sort key counts down from the far future. */
const FAR_FUTURE_MS = 9_999_999_999_999;
const newestFirst = (day: string) => String(FAR_FUTURE_MS - Date.parse(`${day}T00:00:00.000Z`)).padStart(13, '0');

export const THEME_ORDER: readonly CoproductionTheme[] = ['ROLE_DESIGN', 'TRAINING', 'PILOTING', 'CAREER_PATHWAYS', 'COMMUNICATION'];

export const Workstream = defineEntity<WorkstreamRecord>()({
  type: 'Workstream',
  idPrefix: 'wst',
  versioned: true,
  indexKeys: (r) => ({ GSI1PK: 'Workstreams', GSI1SK: `${THEME_ORDER.indexOf(r.theme)}#${r.id}` }),
  collections: { all: () => all('GSI1', 'Workstreams') },
});

function membershipsOfPerson(personId: string, workstreamId?: string) {
  return all('GSI2', `${personId}#WorkstreamMembers`, workstreamId ? `${workstreamId}#` : '');
}

export const WorkstreamMember = defineEntity<WorkstreamMemberRecord>()({
  type: 'WorkstreamMember',
  idPrefix: 'wsm',
  versioned: true,
  indexKeys: (r) => ({
    GSI1PK: `${r.workstreamId}#Members`,
    GSI1SK: `${r.joinedAt}#${r.id}`,
    GSI2PK: `${r.subjectId}#WorkstreamMembers`,
    GSI2SK: `${r.workstreamId}#${r.joinedAt}#${r.id}`,
  }),
  collections: {
    ofWorkstream: (workstreamId: string) => all('GSI1', `${workstreamId}#Members`),
    ofPerson: membershipsOfPerson,
  },
  about: (personId) => [membershipsOfPerson(personId)],
});

export const WorkstreamMeeting = defineEntity<WorkstreamMeetingRecord>()({
  type: 'WorkstreamMeeting',
  idPrefix: 'wmt',
  versioned: true,
  indexKeys: (r) => ({ GSI1PK: `${r.workstreamId}#Meetings`, GSI1SK: `${r.heldOn}#${r.id}` }),
  collections: { ofWorkstream: (workstreamId: string) => all('GSI1', `${workstreamId}#Meetings`) },
});

export const Recommendation = defineEntity<RecommendationRecord>()({
  type: 'Recommendation',
  idPrefix: 'rec',
  versioned: true,
  indexKeys: (r) => ({ GSI1PK: `${r.workstreamId}#Recommendations`, GSI1SK: `${r.proposedAt}#${r.id}` }),
  collections: { ofWorkstream: (workstreamId: string) => all('GSI1', `${workstreamId}#Recommendations`) },
});

export const EngagementActivity = defineEntity<EngagementActivityRecord>()({
  type: 'EngagementActivity',
  idPrefix: 'eng',
  versioned: true,
  indexKeys: (r) => ({ GSI1PK: 'EngagementActivities', GSI1SK: `${newestFirst(r.heldOn)}#${r.id}` }),
  collections: { all: () => all('GSI1', 'EngagementActivities') },
});

/** "This participant contributed to this finding": found from the consent when it is withdrawn. */
export const contributionItem = (consentId: string, findingId: string) => ({
  PK: consentId,
  SK: `Contributes#${findingId}`,
  type: 'Contribution',
  ref: findingId,
  refType: 'EngagementFinding',
});

/** Findings are anonymised: they are about no one, and their contributors are never shown. */
export const EngagementFinding = defineEntity<EngagementFindingRecord>()({
  type: 'EngagementFinding',
  idPrefix: 'fnd',
  versioned: true,
  indexKeys: (r) => ({ GSI1PK: `${r.activityId}#Findings`, GSI1SK: `${r.recordedAt}#${r.id}` }),
  pointerItems: (r) => r.contributorConsentIds.map((consentId) => contributionItem(consentId, r.id)),
  collections: {
    ofActivity: (activityId: string) => all('GSI1', `${activityId}#Findings`),
    /** The pointers to the findings a participant contributed to. */
    contributionsOf: (consentId: string) => all(undefined, consentId, 'Contributes#'),
  },
});

function consentsOfPerson(personId: string, activityId?: string) {
  return all('GSI2', `${personId}#Consents`, activityId ? `${activityId}#` : '');
}

export const ParticipantConsent = defineEntity<ParticipantConsentRecord>()({
  type: 'ParticipantConsent',
  idPrefix: 'cns',
  versioned: true,
  indexKeys: (r) => ({
    GSI1PK: `${r.activityId}#Consents`,
    GSI1SK: `${r.createdAt}#${r.id}`,
    ...(r.subjectId ? { GSI2PK: `${r.subjectId}#Consents`, GSI2SK: `${r.activityId}#${r.createdAt}#${r.id}` } : {}),
  }),
  collections: {
    ofActivity: (activityId: string) => all('GSI1', `${activityId}#Consents`),
    ofPerson: consentsOfPerson,
  },
  about: (personId) => [consentsOfPerson(personId)],
});

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

export const COPRODUCTION_ENTITIES = {
  Workstream,
  WorkstreamMember,
  WorkstreamMeeting,
  Recommendation,
  EngagementActivity,
  EngagementFinding,
  ParticipantConsent,
} as const;
