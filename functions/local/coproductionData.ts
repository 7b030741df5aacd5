import type {
  EngagementActivityRecord,
  EngagementFindingRecord,
  RecommendationRecord,
  WorkstreamMemberRecord,
  WorkstreamRecord,
} from '../db/coproduction';
import type { RelationRecord } from '../db/records';
import type { CoproductionTheme, MemberBackground } from '../graphql/resolvers.generated';
import { FACILITATOR_ID, HR_ID, INCLUSION_LEAD_ID, LEAD_LXP_ID } from './paperData';

/**
 * The co-production phase of Stirrup et al. (2021), as records: Table 1's five workstreams and their
 * objectives; the policies and practices the workstreams developed (Phase 2), as adopted recommendations;
 * the three focus groups (5 service users, 4 clinical staff, 4 organisational leaders) and the engagement
 * event's round tables (55 participants); and Table 1's focus-group and engagement-event comments as
 * anonymised findings tagged to their themes.
 *
 * The paper gives no dates for this phase, only that it came before cohort 1 (September 2017): the dates
 * below are placeholders in that order. It names no workstream members either: the few memberships below
 * are invented, from the seeded people, so that members and their rules can be tried.
 */

const SEEDED_AT = '2017-06-01T09:00:00.000Z';
/** When the project management group adopted the workstreams' recommendations (placeholder; see above). */
const ADOPTED_ON = '2017-06-01';

const base = (at = SEEDED_AT) => ({ version: 1, createdAt: at, updatedAt: at });

const WORKSTREAMS: Array<{ id: string; theme: CoproductionTheme; objective: string }> = [
  { id: 'wst_role_design', theme: 'ROLE_DESIGN', objective: 'To design LXP roles' },
  { id: 'wst_training', theme: 'TRAINING', objective: 'To design pre-appointment training and mentoring package' },
  { id: 'wst_piloting', theme: 'PILOTING', objective: 'To devise a strategy to pilot roles and identify sites' },
  { id: 'wst_career_pathways', theme: 'CAREER_PATHWAYS', objective: 'To establish LXP roles in the Trust' },
  { id: 'wst_communication', theme: 'COMMUNICATION', objective: 'To develop a communication strategy' },
];

const RECOMMENDATIONS: Array<[workstreamId: string, text: string]> = [
  ['wst_role_design', 'Write specific job descriptions detailing the lived experience role the appointees are asked to perform.'],
  [
    'wst_role_design',
    'Create LXP posts only from vacant Health Care Assistant posts, graded at a similar level, with the Lead LXP graded comparably to a newly qualified nurse or occupational therapist.',
  ],
  [
    'wst_training',
    'Run a 12-week pre-appointment training programme covering work readiness skills, recovery, self-management, personal development, social inclusion, focus on self, peer-to-peer working and working in systems, delivered by a Trust facilitator, service users and health care professionals.',
  ],
  [
    'wst_training',
    'Assess trainees by a reflective written portfolio, marked by the course facilitator and the Trust lead for social inclusion as a pass or referral; passing makes a trainee eligible to apply for paid LXP roles.',
  ],
  [
    'wst_training',
    'Assign each trainee a mentor from a clinical, management or support background who meets them at least three times in the twelve weeks and offers shadowing; prepare mentors with a training session and a support meeting.',
  ],
  [
    'wst_piloting',
    'Establish roles in a range of community and ward-based services, starting where peer support workers are already attached.',
  ],
  [
    'wst_piloting',
    'Hold a central recruitment day with interviews by representatives of the services recruiting LXPs, so services know successful candidates before they join.',
  ],
  [
    'wst_career_pathways',
    'Appoint a Trust-wide strategic Lead LXP who supports the other LXPs and leads a Continuing Development Programme, with supervision from mentors.',
  ],
  [
    'wst_career_pathways',
    'Encourage applicants to disclose disabilities when first contacting the Trust, so that reasonable adjustments such as hard-copy application packs and later interview start times can be made.',
  ],
  [
    'wst_communication',
    'Offer the first training programmes to existing Trust volunteers through emails, flyers and face-to-face meetings, and advertise LXP posts on NHS Jobs.',
  ],
];

const MEMBERS: Array<[workstreamId: string, personId: string, background: MemberBackground]> = [
  ['wst_role_design', 'per_mentor_01', 'CLINICAL'],
  ['wst_role_design', HR_ID, 'SUPPORT'],
  ['wst_role_design', 'per_trainee_20', 'SERVICE_USER'],
  ['wst_training', FACILITATOR_ID, 'CLINICAL'],
  ['wst_training', INCLUSION_LEAD_ID, 'CLINICAL'],
  ['wst_training', 'per_mentor_10', 'MANAGEMENT'],
  ['wst_piloting', 'per_mentor_02', 'CLINICAL'],
  ['wst_piloting', 'per_mentor_11', 'MANAGEMENT'],
  ['wst_career_pathways', HR_ID, 'SUPPORT'],
  ['wst_career_pathways', 'per_mentor_12', 'MANAGEMENT'],
  ['wst_communication', 'per_mentor_03', 'CLINICAL'],
];

const ACTIVITIES: EngagementActivityRecord[] = [
  {
    type: 'EngagementActivity',
    id: 'eng_fg_service_users',
    kind: 'FOCUS_GROUP',
    title: 'Service user focus group',
    heldOn: '2017-02-06',
    participantCounts: [{ group: 'SERVICE_USERS', count: 5 }],
    ...base(),
  },
  {
    type: 'EngagementActivity',
    id: 'eng_fg_clinical_staff',
    kind: 'FOCUS_GROUP',
    title: 'Clinical staff focus group',
    heldOn: '2017-02-13',
    participantCounts: [{ group: 'CLINICAL_STAFF', count: 4 }],
    ...base(),
  },
  {
    type: 'EngagementActivity',
    id: 'eng_fg_leaders',
    kind: 'FOCUS_GROUP',
    title: 'Organisational leader focus group',
    heldOn: '2017-02-20',
    participantCounts: [{ group: 'ORGANISATIONAL_LEADERS', count: 4 }],
    ...base(),
  },
  {
    type: 'EngagementActivity',
    id: 'eng_event',
    kind: 'ENGAGEMENT_EVENT',
    title: 'Trust-wide engagement event: six round-table discussions of service users, clinical staff and managers',
    heldOn: '2017-03-15',
    participantCounts: [{ group: 'MIXED', count: 55 }],
    ...base(),
  },
];

const FINDINGS: Array<[activityId: string, theme: CoproductionTheme, text: string]> = [
  ['eng_fg_leaders', 'ROLE_DESIGN', 'Roles should fit with the services they are working in.'],
  ['eng_fg_service_users', 'TRAINING', 'The importance of training for LXPs and employing teams.'],
  ['eng_fg_clinical_staff', 'TRAINING', 'Training should cover equality and diversity, as part of understanding the person you are with.'],
  ['eng_fg_leaders', 'PILOTING', 'Roles should support service users at points of transition.'],
  ['eng_fg_service_users', 'CAREER_PATHWAYS', 'Importance of a career pathway for LXPs.'],
  ['eng_fg_service_users', 'COMMUNICATION', 'Lived experience should inform the internal Trust communication strategy.'],
  ['eng_event', 'ROLE_DESIGN', 'Roles to be clearly defined.'],
  ['eng_event', 'TRAINING', 'LXPs need practical experience.'],
  ['eng_event', 'PILOTING', 'LXPs working in non-clinical support roles.'],
  ['eng_event', 'CAREER_PATHWAYS', 'Ongoing support beyond training with a clear understanding of the role in the wider organisation.'],
  ['eng_event', 'COMMUNICATION', 'LXP project needs to be communicated throughout the Trust.'],
];

const pad = (n: number) => String(n).padStart(2, '0');

/** Every co-production record of the paper, plus the MEMBER relations of the seeded memberships. */
export function coproductionRecords(): Array<
  WorkstreamRecord | WorkstreamMemberRecord | RecommendationRecord | EngagementActivityRecord | EngagementFindingRecord | RelationRecord
> {
  const workstreams: WorkstreamRecord[] = WORKSTREAMS.map((w) => ({ type: 'Workstream', ...w, workstreamId: w.id, ...base() }));
  const recommendations: RecommendationRecord[] = RECOMMENDATIONS.map(([workstreamId, text], i) => ({
    type: 'Recommendation',
    id: `rec_paper_${pad(i + 1)}`,
    workstreamId,
    text,
    status: 'ADOPTED',
    // Minutes apart, so they list in the order above.
    proposedAt: new Date(Date.parse('2017-05-01T10:00:00.000Z') + i * 60_000).toISOString(),
    decidedAt: ADOPTED_ON,
    decidedBy: LEAD_LXP_ID,
    ...base(),
  }));
  const members: WorkstreamMemberRecord[] = MEMBERS.map(([workstreamId, subjectId, background], i) => ({
    type: 'WorkstreamMember',
    id: `wsm_paper_${pad(i + 1)}`,
    workstreamId,
    subjectId,
    background,
    joinedAt: new Date(Date.parse('2017-04-03T10:00:00.000Z') + i * 60_000).toISOString(),
    ...base(),
  }));
  const relations: RelationRecord[] = MEMBERS.map(([workstreamId, personId]) => ({
    type: 'Relation',
    personId,
    relation: 'MEMBER',
    anchor: workstreamId,
    createdAt: SEEDED_AT,
  }));
  const findings: EngagementFindingRecord[] = FINDINGS.map(([activityId, theme, text], i) => ({
    type: 'EngagementFinding',
    id: `fnd_paper_${pad(i + 1)}`,
    activityId,
    theme,
    text,
    recordedAt: new Date(Date.parse('2017-03-20T10:00:00.000Z') + i * 60_000).toISOString(),
    contributorConsentIds: [],
    ...base(),
  }));
  return [...workstreams, ...recommendations, ...members, ...relations, ...ACTIVITIES, ...findings];
}

/** The guard items of the seeded memberships (one seat per person per workstream). */
export const coproductionMemberships = () =>
  MEMBERS.map(([workstreamId, personId], i) => ({ workstreamId, personId, memberId: `wsm_paper_${pad(i + 1)}` }));
