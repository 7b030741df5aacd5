import { getNamedType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Anchors } from '../../functions/db/records';
import type { Rule } from '../../functions/graphql/auth/policy';
import { RELATIONS } from '../../functions/lib/vocabulary';
import { ROLES } from '../../functions/lib/vocabulary';
import type { Relation, Role } from '../../functions/lib/vocabulary';
import { policy } from '../../functions/graphql/schema';
import { PEOPLE } from '../../functions/local/paperData';
import { SEES_EXACT_OUTCOMES } from '../../functions/services/outcomes/programmeOutcomes';
import { as, caller, newPerson, relate, type Caller, type GqlResponse } from '../support/api';

/**
 * The authorisation-matrix suite, generated from the schema's policy: for every field of every record
 * type, each role with no relation and with each relation the record can carry, through every route a
 * front end can take to the record (directly, through lists, through other records), on seeded paper data.
 * The expected outcome comes from a small model of the rules (below); the API must match it exactly —
 * data where allowed, FORBIDDEN at the exact path where refused, rows left out of lists.
 */

type Path = (string | number)[];
type Held = { relation: Relation; anchor: string }[];

/** The model: a role in the rule, or a relation the role can hold, to this record's anchor. */
function allows(rule: Rule | undefined, role: Role, held: Held, record: Anchors | undefined): boolean {
  if (!rule) return false;
  // A SELF viewer is a seeded person: a role their stored record does not hold is dropped, leaving none.
  const self = held.find((h) => h.relation === 'SELF');
  if (self && !PEOPLE.find((p) => p.id === self.anchor)?.roles.includes(role)) return false;
  if (rule.roles.includes(role)) return true;
  return held.some(
    (h) =>
      rule.relations.includes(h.relation) &&
      RELATIONS[h.relation].heldBy.includes(role) &&
      record?.[RELATIONS[h.relation].anchor] === h.anchor,
  );
}

// Seeded records (functions/local/paperData.ts): per_trainee_20 applied to cohort 2 and completed it.
const PERSON: Anchors = { subjectId: 'per_trainee_20' };
const COHORT: Anchors = { cohortId: 'coh_2' };
const APPLICATION: Anchors = { subjectId: 'per_trainee_20', cohortId: 'coh_2' };
const ENROLMENT: Anchors = { subjectId: 'per_trainee_20', cohortId: 'coh_2' };
const AUDIT_EVENT: Anchors = { subjectId: 'per_trainee_20' };
// Co-production (functions/local/coproductionData.ts): per_trainee_20 sits on the role design workstream.
const WORKSTREAM: Anchors = { workstreamId: 'wst_role_design' };
const MEMBERSHIP: Anchors = { subjectId: 'per_trainee_20', workstreamId: 'wst_role_design' };
const MEETING: Anchors = { workstreamId: 'wst_role_design' };
const CONSENT: Anchors = { subjectId: 'per_trainee_20' };
/** Relations seeded people hold besides SELF. */
const SEEDED_RELATIONS: Record<string, Held> = { per_trainee_20: [{ relation: 'MEMBER', anchor: 'wst_role_design' }] };
/** Made in beforeAll through the API: a meeting of the role design workstream, an activity and per_trainee_20's consent to it. */
const made = { meetingId: '', activityId: '', consentId: '' };

// Seeded recruitment and employment (functions/local/paperEmployment.ts): per_trainee_03 (cohort 1) applied
// with adjustments, was interviewed by panel A on the recruitment day, and holds post 3, supervised by per_mentor_02.
const LXP: Anchors = { subjectId: 'per_trainee_03' };
const SUPERVISOR_PERSON: Anchors = { subjectId: 'per_mentor_02' };
const JOB: Anchors = { subjectId: 'per_trainee_03', jobApplicationId: 'job_2018_03' };
const SLOT: Anchors = { subjectId: 'per_trainee_03', jobApplicationId: 'job_2018_03' };
const EMPLOYMENT: Anchors = { subjectId: 'per_trainee_03', cohortId: 'coh_1' };
const SUPERVISION: Anchors = { subjectId: 'per_trainee_03' };
const PLAN: Anchors = { subjectId: 'per_trainee_03' };
const SIGN_UP: Anchors = { subjectId: 'per_trainee_03' };
const NONE: Anchors = {};

type Step =
  | { kind: 'gate'; coordinate: string; record?: Anchors; path: Path }
  | { kind: 'row'; type: string; record: Anchors; path: Path }
  | { kind: 'rows'; type: string; record: Anchors; expressible: (keyof Anchors)[] };

interface Route {
  name: string;
  query: (selection: string) => string;
  steps: Step[];
  /** Finds the record in the response, with its path; undefined when it is not there. */
  locate: (data: any) => { row: any; path: Path } | undefined;
  /** For a route through a list: its edges, none of which may be a refused (null) row. */
  edges?: (data: any) => any[] | undefined;
}

interface Fixture {
  type: string;
  record: Anchors;
  /** The records the type's object fields lead to (null: the field is empty on this record). */
  children: Record<string, Anchors | null>;
  routes: Route[];
}

const inList = (edges: any[] | undefined, id: string, path: Path) => {
  const i = edges?.findIndex((e) => e.node?.id === id) ?? -1;
  return i >= 0 ? { row: edges![i].node, path: [...path, 'edges', i, 'node'] } : undefined;
};
const single = (value: any, path: Path) => (value ? { row: value, path } : undefined);

/** A seeded record and the query that fetches it by id (with the anchors that query's relations check). */
interface Seeded {
  type: string;
  id: string;
  record: Anchors;
  root: string;
  rootTarget?: Anchors;
}

const SEEDED = {
  application: { type: 'TrainingApplication', id: 'app_c2_04', record: APPLICATION, root: 'trainingApplication' },
  enrolment: { type: 'Enrolment', id: 'enr_c2_04', record: ENROLMENT, root: 'enrolment' },
  person: { type: 'Person', id: 'per_trainee_20', record: PERSON, root: 'person', rootTarget: PERSON },
  cohort: { type: 'Cohort', id: 'coh_2', record: COHORT, root: 'cohort' },
  workstream: { type: 'Workstream', id: 'wst_role_design', record: WORKSTREAM, root: 'workstream' },
  lxp: { type: 'Person', id: 'per_trainee_03', record: LXP, root: 'person', rootTarget: LXP },
  vacancy: { type: 'HcaVacancy', id: 'vac_hca_03', record: NONE, root: '' },
  post: { type: 'Post', id: 'pst_table3_3', record: NONE, root: 'post' },
  job: { type: 'JobApplication', id: 'job_2018_03', record: JOB, root: 'jobApplication' },
  slot: { type: 'InterviewSlot', id: 'slt_2018_03', record: SLOT, root: '' },
  day: { type: 'RecruitmentDay', id: 'rdy_2018', record: NONE, root: 'recruitmentDay' },
  employment: { type: 'Employment', id: 'emp_table3_3', record: EMPLOYMENT, root: 'employment' },
  supervision: { type: 'SupervisionRecord', id: 'svr_table3_3_1', record: SUPERVISION, root: '' },
  session: { type: 'CdpSession', id: 'cdp_2019_01', record: NONE, root: 'cdpSession' },
  signUp: { type: 'CdpSignUp', id: 'csu_2019_01-trainee_03', record: SIGN_UP, root: '' },
  plan: { type: 'DevelopmentPlan', id: 'dvp_trainee_03', record: PLAN, root: '' },
} satisfies Record<string, Seeded>;

// The twelve weeks of per_trainee_20 (enr_c2_04, completed; mentored by per_mentor_16): records anchored like the enrolment.
const SEEDED_MENTOR = {
  type: 'Person',
  id: 'per_mentor_16',
  record: { subjectId: 'per_mentor_16' },
  root: 'person',
  rootTarget: { subjectId: 'per_mentor_16' },
};
const child = (type: string, id: string, record: Anchors = ENROLMENT) => ({ type, id, record, root: type });
/** The record as a row of a top-level list (e.g. `employments`), which lists a person's rows by key when `expressible`. */
const rootList = (root: string, coordinate: string, child: Seeded, expressible: (keyof Anchors)[]): Route => ({
  name: root,
  query: (sel) => `{ ${root}(first: 100) { edges { node { id ${sel} } } } }`,
  steps: [
    { kind: 'gate', coordinate, path: [root] },
    { kind: 'rows', type: child.type, record: child.record, expressible },
  ],
  locate: (d) => inList(d?.[root]?.edges, child.id, [root]),
  edges: (d) => d?.[root]?.edges,
});

const fetchById = (s: Seeded, inner: string) => `{ ${s.root}(id: "${s.id}") { ${inner} } }`;
const byIdSteps = (s: Seeded): Step[] => [
  { kind: 'gate', coordinate: `Query.${s.root}`, ...(s.rootTarget ? { record: s.rootTarget } : {}), path: [s.root] },
  { kind: 'row', type: s.type, record: s.record, path: [s.root] },
];

/** The record asked for by id. */
const byId = (s: Seeded): Route => ({
  name: `${s.root}(id)`,
  query: (sel) => fetchById(s, `id ${sel}`),
  steps: byIdSteps(s),
  locate: (d) => single(d?.[s.root], [s.root]),
});

/** The record reached through another record's object field (e.g. an application's applicant). */
const throughField = (parent: Seeded, field: string, child: Seeded): Route => ({
  name: `${parent.root} → ${field}`,
  query: (sel) => fetchById(parent, `${field} { id ${sel} }`),
  steps: [
    ...byIdSteps(parent),
    { kind: 'gate', coordinate: `${parent.type}.${field}`, record: parent.record, path: [parent.root, field] },
    { kind: 'row', type: child.type, record: child.record, path: [parent.root, field] },
  ],
  locate: (d) => single(d?.[parent.root]?.[field], [parent.root, field]),
});

/** A record one field further down a route that reaches its parent at a fixed path (a single record, not a list row). */
const below = (
  parent: Route,
  parentType: string,
  parentRecord: Anchors,
  parentPath: Path,
  field: string,
  c: Seeded,
  list?: (keyof Anchors)[],
): Route => ({
  name: `${parent.name} → ${field}`,
  query: (sel) => parent.query(list ? `${field}(first: 20) { edges { node { id ${sel} } } }` : `${field} { id ${sel} }`),
  steps: [
    ...parent.steps,
    { kind: 'gate', coordinate: `${parentType}.${field}`, record: parentRecord, path: [...parentPath, field] },
    list
      ? { kind: 'rows', type: c.type, record: c.record, expressible: list }
      : { kind: 'row', type: c.type, record: c.record, path: [...parentPath, field] },
  ],
  locate: (d) => {
    const at = [...parentPath, field].reduce((v: any, k) => v?.[k], d);
    return list ? inList(at?.edges, c.id, [...parentPath, field]) : single(at, [...parentPath, field]);
  },
  ...(list ? { edges: (d: any) => [...parentPath, field].reduce((v: any, k) => v?.[k], d)?.edges } : {}),
});

/** The record as a row of another record's list, whose keys can express relations on `expressible`. */
const throughList = (parent: Seeded, field: string, child: Seeded, expressible: (keyof Anchors)[]): Route => ({
  name: `${parent.root} → ${field}`,
  query: (sel) => fetchById(parent, `${field}(first: 20) { edges { node { id ${sel} } } }`),
  steps: [
    ...byIdSteps(parent),
    { kind: 'gate', coordinate: `${parent.type}.${field}`, record: parent.record, path: [parent.root, field] },
    { kind: 'rows', type: child.type, record: child.record, expressible },
  ],
  locate: (d) => inList(d?.[parent.root]?.[field]?.edges, child.id, [parent.root, field]),
  edges: (d) => d?.[parent.root]?.[field]?.edges,
});

const PORTFOLIO = child('Portfolio', 'pfo_c2_04');
const toPortfolio = throughField(SEEDED.enrolment, 'portfolio', PORTFOLIO);
const toAssessment = below(
  toPortfolio,
  'Portfolio',
  ENROLMENT,
  ['enrolment', 'portfolio'],
  'assessment',
  child('Assessment', 'asm_c2_04_1'),
);

/** A row of a list under the activity made in beforeAll. */
const underActivity = (field: string, type: string, record: Anchors, id: () => string, expressible: (keyof Anchors)[]): Route => ({
  name: `engagementActivity → ${field}`,
  query: (sel) => `{ engagementActivity(id: "${made.activityId}") { ${field}(first: 100) { edges { node { id ${sel} } } } } }`,
  steps: [
    { kind: 'gate', coordinate: 'Query.engagementActivity', path: ['engagementActivity'] },
    { kind: 'gate', coordinate: `EngagementActivity.${field}`, record: {}, path: ['engagementActivity', field] },
    { kind: 'rows', type, record, expressible },
  ],
  locate: (d) => inList(d?.engagementActivity?.[field]?.edges, id(), ['engagementActivity', field]),
  edges: (d) => d?.engagementActivity?.[field]?.edges,
});

/** A row of a list under the role design workstream, found by id. */
const underWorkstream = (field: string, type: string, record: Anchors, id: () => string): Route => ({
  name: `workstream → ${field}`,
  query: (sel) => fetchById(SEEDED.workstream, `${field}(first: 100) { edges { node { id ${sel} } } }`),
  steps: [
    ...byIdSteps(SEEDED.workstream),
    { kind: 'gate', coordinate: `Workstream.${field}`, record: WORKSTREAM, path: ['workstream', field] },
    { kind: 'rows', type, record, expressible: ['workstreamId', 'subjectId'] },
  ],
  locate: (d) => inList(d?.workstream?.[field]?.edges, id(), ['workstream', field]),
  edges: (d) => d?.workstream?.[field]?.edges,
});

const FIXTURES: Fixture[] = [
  {
    type: 'Workstream',
    record: WORKSTREAM,
    children: {},
    routes: [
      byId(SEEDED.workstream),
      {
        name: 'workstreams',
        query: (sel) => `{ workstreams(first: 10) { edges { node { id ${sel} } } } }`,
        steps: [
          { kind: 'gate', coordinate: 'Query.workstreams', path: ['workstreams'] },
          { kind: 'rows', type: 'Workstream', record: WORKSTREAM, expressible: [] },
        ],
        locate: (d) => inList(d?.workstreams?.edges, 'wst_role_design', ['workstreams']),
        edges: (d) => d?.workstreams?.edges,
      },
    ],
  },
  {
    type: 'WorkstreamMember',
    record: MEMBERSHIP,
    children: { person: PERSON },
    routes: [underWorkstream('members', 'WorkstreamMember', MEMBERSHIP, () => 'wsm_paper_03')],
  },
  {
    type: 'WorkstreamMeeting',
    record: MEETING,
    children: {},
    routes: [underWorkstream('meetings', 'WorkstreamMeeting', MEETING, () => made.meetingId)],
  },
  {
    type: 'ParticipantConsent',
    record: CONSENT,
    children: { participant: PERSON },
    routes: [underActivity('consents', 'ParticipantConsent', CONSENT, () => made.consentId, ['subjectId'])],
  },
  {
    type: 'Portfolio',
    record: ENROLMENT,
    children: { enrolment: ENROLMENT, assessment: ENROLMENT },
    routes: [toPortfolio],
  },
  {
    type: 'PortfolioEntry',
    record: ENROLMENT,
    children: {},
    // Entry 2 is FINAL and shared with the mentor, so facilitators and the mentor may both see it.
    routes: [
      below(toPortfolio, 'Portfolio', ENROLMENT, ['enrolment', 'portfolio'], 'entries', child('PortfolioEntry', 'ent_c2_04_2'), [
        'subjectId',
        'cohortId',
      ]),
    ],
  },
  {
    type: 'Tutorial',
    record: ENROLMENT,
    children: {},
    routes: [
      below(toPortfolio, 'Portfolio', ENROLMENT, ['enrolment', 'portfolio'], 'tutorials', child('Tutorial', 'tut_c2_04_1'), [
        'subjectId',
        'cohortId',
      ]),
    ],
  },
  { type: 'Assessment', record: ENROLMENT, children: {}, routes: [toAssessment] },
  {
    type: 'MentoringMeeting',
    record: ENROLMENT,
    children: {},
    routes: [
      below(byId(SEEDED.enrolment), 'Enrolment', ENROLMENT, ['enrolment'], 'mentoringMeetings', child('MentoringMeeting', 'mtg_c2_04_1'), [
        'subjectId',
        'cohortId',
      ]),
    ],
  },
  {
    type: 'ShadowingOpportunity',
    record: ENROLMENT,
    children: {},
    routes: [
      below(byId(SEEDED.enrolment), 'Enrolment', ENROLMENT, ['enrolment'], 'shadowing', child('ShadowingOpportunity', 'shd_c2_04_1'), [
        'subjectId',
        'cohortId',
      ]),
    ],
  },
  {
    type: 'Attendance',
    record: ENROLMENT,
    children: {},
    routes: [
      below(byId(SEEDED.enrolment), 'Enrolment', ENROLMENT, ['enrolment'], 'attendance', child('Attendance', 'att_c2_w01_c2_04'), [
        'subjectId',
        'cohortId',
      ]),
    ],
  },
  {
    type: 'TrainingSession',
    record: COHORT,
    children: {},
    routes: [below(byId(SEEDED.cohort), 'Cohort', COHORT, ['cohort'], 'sessions', child('TrainingSession', 'ses_c2_w01', COHORT), [])],
  },
  {
    type: 'Mentor',
    record: { subjectId: 'per_mentor_16' },
    children: {},
    routes: [
      below(
        byId(SEEDED_MENTOR),
        'Person',
        { subjectId: 'per_mentor_16' },
        ['person'],
        'mentorProfile',
        child('Mentor', 'per_mentor_16', { subjectId: 'per_mentor_16' }),
      ),
    ],
  },
  {
    type: 'HcaVacancy',
    record: NONE,
    children: { post: NONE },
    routes: [rootList('hcaVacancies', 'Query.hcaVacancies', SEEDED.vacancy, []), throughField(SEEDED.post, 'vacancy', SEEDED.vacancy)],
  },
  {
    type: 'Post',
    record: NONE,
    children: { vacancy: NONE },
    routes: [byId(SEEDED.post), throughField(SEEDED.job, 'post', SEEDED.post)],
  },
  {
    type: 'JobApplication',
    record: JOB,
    children: { applicant: LXP, post: NONE, interview: SLOT, offer: NONE, employment: EMPLOYMENT },
    routes: [
      byId(SEEDED.job),
      throughList(SEEDED.post, 'applications', SEEDED.job, ['subjectId']),
      throughList(SEEDED.lxp, 'jobApplications', SEEDED.job, ['subjectId']),
    ],
  },
  {
    type: 'InterviewSlot',
    record: SLOT,
    children: { recruitmentDay: NONE, panel: NONE, application: JOB },
    routes: [throughField(SEEDED.job, 'interview', SEEDED.slot)],
  },
  {
    type: 'RecruitmentDay',
    record: NONE,
    children: {},
    routes: [byId(SEEDED.day), rootList('recruitmentDays', 'Query.recruitmentDays', SEEDED.day, [])],
  },
  {
    type: 'InterviewPanel',
    record: NONE,
    children: {},
    routes: [
      {
        name: 'recruitmentDay → panels',
        query: (sel) => `{ recruitmentDay(id: "rdy_2018") { panels { id ${sel} } } }`,
        steps: [
          ...byIdSteps(SEEDED.day),
          { kind: 'gate', coordinate: 'RecruitmentDay.panels', record: NONE, path: ['recruitmentDay', 'panels'] },
          { kind: 'rows', type: 'InterviewPanel', record: NONE, expressible: [] },
        ],
        locate: (d) => {
          const i = (d?.recruitmentDay?.panels ?? []).findIndex((p: any) => p?.id === 'pnl_2018_a');
          return i >= 0 ? { row: d.recruitmentDay.panels[i], path: ['recruitmentDay', 'panels', i] } : undefined;
        },
      },
    ],
  },
  {
    type: 'Employment',
    record: EMPLOYMENT,
    children: { lxp: LXP, post: NONE, supervisor: SUPERVISOR_PERSON, application: JOB, developmentPlan: PLAN },
    routes: [
      byId(SEEDED.employment),
      rootList('employments', 'Query.employments', SEEDED.employment, ['subjectId']),
      throughList(SEEDED.lxp, 'employments', SEEDED.employment, ['subjectId']),
      throughField(SEEDED.job, 'employment', SEEDED.employment),
    ],
  },
  {
    type: 'SupervisionRecord',
    record: SUPERVISION,
    children: { supervisor: SUPERVISOR_PERSON },
    routes: [throughList(SEEDED.employment, 'supervisionRecords', SEEDED.supervision, ['subjectId'])],
  },
  {
    type: 'CdpSignUp',
    record: SIGN_UP,
    children: { session: NONE, lxp: LXP },
    routes: [throughList(SEEDED.session, 'signUps', SEEDED.signUp, ['subjectId'])],
  },
  {
    type: 'DevelopmentPlan',
    record: PLAN,
    children: { lxp: LXP },
    routes: [
      {
        name: 'developmentPlan(lxpId)',
        query: (sel) => `{ developmentPlan(lxpId: "per_trainee_03") { id ${sel} } }`,
        steps: [
          { kind: 'gate', coordinate: 'Query.developmentPlan', record: LXP, path: ['developmentPlan'] },
          { kind: 'row', type: 'DevelopmentPlan', record: PLAN, path: ['developmentPlan'] },
        ],
        locate: (d) => single(d?.developmentPlan, ['developmentPlan']),
      },
      throughField(SEEDED.employment, 'developmentPlan', SEEDED.plan),
    ],
  },
  {
    type: 'TrainingApplication',
    record: APPLICATION,
    children: { applicant: PERSON, cohort: COHORT, deferredTo: null, deferredFrom: null, enrolment: ENROLMENT },
    routes: [
      byId(SEEDED.application),
      throughList(SEEDED.cohort, 'applications', SEEDED.application, ['cohortId', 'subjectId']),
      throughList(SEEDED.person, 'trainingApplications', SEEDED.application, ['subjectId']),
    ],
  },
  {
    type: 'Enrolment',
    record: ENROLMENT,
    children: { trainee: PERSON, cohort: COHORT, application: APPLICATION, mentor: { subjectId: 'per_mentor_16' }, portfolio: ENROLMENT },
    routes: [
      byId(SEEDED.enrolment),
      throughList(SEEDED.cohort, 'enrolments', SEEDED.enrolment, ['cohortId', 'subjectId']),
      throughList(SEEDED.person, 'enrolments', SEEDED.enrolment, ['subjectId']),
      throughField(SEEDED.application, 'enrolment', SEEDED.enrolment),
    ],
  },
  {
    type: 'Person',
    record: PERSON,
    children: {},
    routes: [
      byId(SEEDED.person),
      throughField(SEEDED.application, 'applicant', SEEDED.person),
      throughField(SEEDED.enrolment, 'trainee', SEEDED.person),
    ],
  },
  {
    type: 'Cohort',
    record: COHORT,
    children: {},
    routes: [
      byId(SEEDED.cohort),
      {
        name: 'cohorts',
        query: (sel) => `{ cohorts(first: 5) { edges { node { id ${sel} } } } }`,
        steps: [
          { kind: 'gate', coordinate: 'Query.cohorts', path: ['cohorts'] },
          { kind: 'rows', type: 'Cohort', record: COHORT, expressible: [] },
        ],
        locate: (d) => inList(d?.cohorts?.edges, 'coh_2', ['cohorts']),
        edges: (d) => d?.cohorts?.edges,
      },
      throughField(SEEDED.application, 'cohort', SEEDED.cohort),
    ],
  },
  {
    type: 'AuditEvent',
    record: AUDIT_EVENT,
    children: {},
    routes: [
      {
        name: 'auditTrail(subjectId)',
        query: (sel) => `{ auditTrail(subjectId: "per_trainee_20", first: 1) { edges { node { requestId ${sel} } } } }`,
        steps: [
          { kind: 'gate', coordinate: 'Query.auditTrail', record: PERSON, path: ['auditTrail'] },
          { kind: 'rows', type: 'AuditEvent', record: AUDIT_EVENT, expressible: ['subjectId'] },
        ],
        locate: (d) =>
          d?.auditTrail?.edges?.[0] ? { row: d.auditTrail.edges[0].node, path: ['auditTrail', 'edges', 0, 'node'] } : undefined,
        edges: (d) => d?.auditTrail?.edges,
      },
    ],
  },
];

/** How a query selects every field of a type: objects by __typename, connections by totalCount. */
function selectionFor(typeName: string): { selection: string; fields: string[] } {
  const type = policy.schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(typeName);
  const fields = Object.values(type.getFields());
  const parts = fields.map((f) => {
    const named = getNamedType(f.type);
    if (!isObjectType(named)) return f.name;
    return named.name.endsWith('Connection') ? `${f.name} { totalCount }` : `${f.name} { __typename }`;
  });
  return { selection: parts.join(' '), fields: fields.map((f) => f.name) };
}

function expectedField(fixture: Fixture, field: string, role: Role, held: Held): boolean {
  const fp = policy.fields.get(`${fixture.type}.${field}`)!;
  if (!allows(fp.rule, role, held, fixture.record)) return false;
  const child = fixture.children[field];
  if (fp.returnsObject && !fp.returnsList && child) return allows(policy.types.get(fp.returnsObject), role, held, child);
  return true;
}

type RouteOutcome = { forbiddenAt: Path } | { hidden: true } | { visible: true };

function expectedRoute(route: Route, role: Role, held: Held): RouteOutcome {
  for (const step of route.steps) {
    if (step.kind === 'gate' && !allows(policy.fields.get(step.coordinate)!.rule, role, held, step.record))
      return { forbiddenAt: step.path };
    if (step.kind === 'row' && !allows(policy.types.get(step.type), role, held, step.record)) return { forbiddenAt: step.path };
    if (step.kind === 'rows') {
      const rule = policy.types.get(step.type);
      const byKey = held.filter((h) => step.expressible.includes(RELATIONS[h.relation].anchor));
      if (!allows(rule, role, byKey, step.record)) return { hidden: true };
    }
  }
  return { visible: true };
}

/** Each role with no relation, and with each relation the record has an anchor for. */
function casesFor(record: Anchors): { role: Role; relation: Relation | null }[] {
  const relations = (Object.keys(RELATIONS) as Relation[]).filter((r) => record[RELATIONS[r].anchor]);
  return ROLES.flatMap((role) => [{ role, relation: null }, ...relations.map((relation) => ({ role, relation }))]);
}

const viewers = new Map<string, Promise<{ who: Caller; held: Held }>>();
/** A viewer holding exactly one role and at most one relation to the record. */
function viewer(role: Role, relation: Relation | null, record: Anchors) {
  const anchor = relation ? record[RELATIONS[relation].anchor]! : '';
  const key = `${role}|${relation}|${anchor}`;
  if (!viewers.has(key)) {
    viewers.set(
      key,
      (async () => {
        if (!relation) return { who: await newPerson([role]), held: [] };
        // A seeded person may hold more than SELF (a workstream member is a MEMBER of it): the model counts that too.
        if (relation === 'SELF') return { who: caller(anchor, [role]), held: [{ relation, anchor }, ...(SEEDED_RELATIONS[anchor] ?? [])] };
        const who = await newPerson([role]);
        await relate(who.id, relation, anchor);
        return { who, held: [{ relation, anchor }] };
      })(),
    );
  }
  return viewers.get(key)!;
}

/**
 * The FORBIDDEN errors that concern this record: at a step of the route, or within the record. (A list
 * also holds other rows, whose refusals are theirs.) Every error must be FORBIDDEN.
 */
function forbiddenPaths(res: GqlResponse, route: Route, recordPath: Path | undefined): string[] {
  const stepPaths = new Set(route.steps.flatMap((s) => ('path' in s ? [JSON.stringify(s.path)] : [])));
  const within = (path: Path) =>
    recordPath !== undefined && JSON.stringify(path.slice(0, recordPath.length)) === JSON.stringify(recordPath);
  return (res.errors ?? [])
    .map((e) => {
      expect(e.extensions?.code, JSON.stringify(e)).toBe('FORBIDDEN');
      return e.path ?? [];
    })
    .filter((path) => stepPaths.has(JSON.stringify(path)) || within(path))
    .map((path) => JSON.stringify(path));
}

let cases = 0;
const started = Date.now();

beforeAll(async () => {
  // The trail needs one event about per_trainee_20 to show.
  await as('LEAD_LXP').query(`{ trainingApplication(id: "app_c2_04") { statement } }`);
  const lead = as('LEAD_LXP');
  const meeting = await lead.query(
    `mutation { recordWorkstreamMeeting(input: { workstreamId: "wst_role_design", heldOn: "2017-05-02", notes: "Agreed the job description." }) { meeting { id } } }`,
  );
  made.meetingId = meeting.data.recordWorkstreamMeeting.meeting.id;
  const activity = await lead.query(
    `mutation { recordEngagementActivity(input: { kind: FOCUS_GROUP, title: "Matrix focus group", heldOn: "2017-05-03", participantCounts: [{ group: SERVICE_USERS, count: 1 }] }) { activity { id } } }`,
  );
  made.activityId = activity.data.recordEngagementActivity.activity.id;
  const consent = await lead.query(
    `mutation($a: ID!) { recordConsent(input: { activityId: $a, participantName: "Tariq Hussain", personId: "per_trainee_20", givenOn: "2017-05-03" }) { consent { id } } }`,
    { a: made.activityId },
  );
  made.consentId = consent.data.recordConsent.consent.id;
});

afterAll(() => {
  console.log(`authorisation matrix: ${cases} (field × role × relation × route) cases in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

describe('every record type that holds rules has a fixture', () => {
  const open = (rule: Rule | undefined) => Boolean(rule && ROLES.every((r) => rule.roles.includes(r)));
  it('and every other object type is open to every role (it guards nothing itself)', () => {
    // Rows of plain lists below other rows; their rules are proved by the API suites named beside them.
    const elsewhere = [
      'EntryFeedback', // test/api/portfolio.test.ts: facilitator feedback
      'AssessorDecision', // test/api/assessment.test.ts
      'MentoringShortfall', // test/api/mentoring.test.ts: the shortfall list
    ];
    const covered = new Set([...FIXTURES.map((f) => f.type), ...elsewhere]);
    for (const [name, rule] of policy.types) {
      const fields = [...policy.fields.values()].filter((f) => f.typeName === name);
      if (!covered.has(name))
        expect(open(rule) && fields.every((f) => open(f.rule)), `${name} needs a fixture in matrix.test.ts`).toBe(true);
    }
  });
});

for (const fixture of FIXTURES) {
  const { selection, fields } = selectionFor(fixture.type);
  describe(fixture.type, () => {
    for (const route of fixture.routes) {
      for (const { role, relation } of casesFor(fixture.record)) {
        it(`via ${route.name}: ${role}${relation ? ` with ${relation}` : ''}`, async () => {
          const { who, held } = await viewer(role, relation, fixture.record);
          const res = await who.query(route.query(selection));
          expect(res.status).toBe(200);
          const outcome = expectedRoute(route, role, held);
          // Lists are filtered by their key conditions: a row the viewer may not see is left out, never nulled.
          expect(route.edges?.(res.data)?.filter((e) => e.node === null) ?? []).toEqual([]);
          const found = route.locate(res.data);
          const expectedErrors: Path[] = [];
          if ('forbiddenAt' in outcome) {
            expectedErrors.push(outcome.forbiddenAt);
            expect(found).toBeUndefined();
          } else if ('hidden' in outcome) {
            expect(found).toBeUndefined();
          } else {
            expect(found, 'the record is in the response').toBeDefined();
            for (const field of fields) {
              const allowed = expectedField(fixture, field, role, held);
              expect(Object.keys(found!.row)).toContain(field);
              if (!allowed) {
                expect(found!.row[field], `${fixture.type}.${field}`).toBeNull();
                expectedErrors.push([...found!.path, field]);
              }
            }
          }
          expect(forbiddenPaths(res, route, found?.path).sort()).toEqual(expectedErrors.map((p) => JSON.stringify(p)).sort());
          cases += fields.length;
        });
      }
    }
  });
}

/**
 * One call of each operation: allowed calls end in a business refusal or data, never a write. Reads ask
 * for records that do not exist, so only the operation's own rule can refuse (records are the fixtures' job).
 */
const OPERATIONS: Record<string, { query: string; target?: Anchors }> = {
  'Query.me': { query: `{ me { id } }` },
  'Query.people': { query: `{ people(first: 1) { totalCount } }` },
  'Query.person': { query: `{ person(id: "per_trainee_20") { id } }`, target: PERSON },
  'Query.cohorts': { query: `{ cohorts(first: 1) { totalCount } }` },
  'Query.cohort': { query: `{ cohort(id: "coh_2") { id } }` },
  'Query.trainingApplication': { query: `{ trainingApplication(id: "app_none") { __typename } }` },
  'Query.enrolment': { query: `{ enrolment(id: "enr_none") { __typename } }` },
  'Query.auditTrail': { query: `{ auditTrail(subjectId: "per_trainee_20", first: 1) { totalCount } }`, target: PERSON },
  'Query.viewerPermissions': { query: `{ viewerPermissions { viewerId } }` },
  'Query.programmeOutcomes': { query: `{ programmeOutcomes(cohortIds: ["coh_2"]) { totals { places { value } } } }` },
  'Mutation.applyToCohort': {
    query: `mutation { applyToCohort(input: { cohortId: "coh_2", statement: "Closed cohort" }) { application { id } } }`,
  },
  'Mutation.decideTrainingApplication': {
    query: `mutation { decideTrainingApplication(input: { applicationId: "app_c2_04", decision: OFFER }) { application { id } } }`,
    target: APPLICATION,
  },
  'Mutation.enrol': { query: `mutation { enrol(input: { applicationId: "app_c2_04" }) { enrolment { id } } }`, target: APPLICATION },
  'Query.mentors': { query: `{ mentors(first: 1) { totalCount } }` },
  'Mutation.planTrainingSession': {
    query: `mutation { planTrainingSession(input: { cohortId: "coh_2", week: 13, topic: RECOVERY, title: "Too late", deliveredBy: FACILITATOR }) { session { id } } }`,
    target: COHORT,
  },
  'Mutation.recordAttendance': {
    query: `mutation { recordAttendance(input: { sessionId: "ses_c2_w01", enrolmentId: "enr_none", attended: true }) { attendance { id } } }`,
    target: COHORT,
  },
  'Mutation.writePortfolioEntry': {
    query: `mutation { writePortfolioEntry(input: { portfolioId: "pfo_c2_04", title: " ", body: "x" }) { entry { id } } }`,
    target: ENROLMENT,
  },
  'Mutation.updatePortfolioEntry': {
    query: `mutation { updatePortfolioEntry(input: { entryId: "ent_c2_04_1" }) { entry { id } } }`,
    target: ENROLMENT,
  },
  'Mutation.commentOnPortfolioEntry': {
    query: `mutation { commentOnPortfolioEntry(input: { entryId: "ent_c2_04_1", body: " " }) { feedback { id } } }`,
    target: ENROLMENT,
  },
  'Mutation.recordTutorial': {
    query: `mutation { recordTutorial(input: { portfolioId: "pfo_c2_04", date: "2018-04-01", durationMinutes: 0 }) { tutorial { id } } }`,
    target: ENROLMENT,
  },
  'Mutation.submitPortfolio': {
    query: `mutation { submitPortfolio(input: { portfolioId: "pfo_c2_04", idempotencyKey: "bad" }) { portfolio { id } } }`,
    target: ENROLMENT,
  },
  'Mutation.assessPortfolio': {
    query: `mutation { assessPortfolio(input: { portfolioId: "pfo_c2_04", outcome: PASS, feedback: " " }) { assessment { id } } }`,
    target: ENROLMENT,
  },
  'Mutation.endEnrolment': {
    query: `mutation { endEnrolment(input: { enrolmentId: "enr_c2_04", reason: OTHER, idempotencyKey: "bad" }) { enrolment { id } } }`,
    target: ENROLMENT,
  },
  'Mutation.recordMentor': {
    query: `mutation { recordMentor(input: { personId: "per_none", background: SUPPORT }) { mentor { id } } }`,
  },
  'Mutation.assignMentor': {
    query: `mutation { assignMentor(input: { enrolmentId: "enr_c2_04", mentorId: "per_none", idempotencyKey: "bad" }) { enrolment { id } } }`,
    target: ENROLMENT,
  },
  'Mutation.endMentorAssignment': {
    query: `mutation { endMentorAssignment(input: { enrolmentId: "enr_c2_04", idempotencyKey: "bad" }) { enrolment { id } } }`,
    target: ENROLMENT,
  },
  'Mutation.recordMentoringMeeting': {
    query: `mutation { recordMentoringMeeting(input: { enrolmentId: "enr_c2_04", date: "2018-04-01", durationMinutes: 0 }) { meeting { id } } }`,
    target: ENROLMENT,
  },
  'Mutation.recordShadowing': {
    query: `mutation { recordShadowing(input: { enrolmentId: "enr_c2_04", date: "2018-04-01", service: "Ward", hours: 0 }) { shadowing { id } } }`,
    target: ENROLMENT,
  },
  'Query.hcaVacancies': { query: `{ hcaVacancies(first: 1) { totalCount } }` },
  'Query.posts': { query: `{ posts(first: 1) { totalCount } }` },
  'Query.post': { query: `{ post(id: "pst_none") { __typename } }` },
  'Query.jobApplication': { query: `{ jobApplication(id: "job_none") { __typename } }` },
  'Query.recruitmentDays': { query: `{ recruitmentDays(first: 1) { totalCount } }` },
  'Query.recruitmentDay': { query: `{ recruitmentDay(id: "rdy_none") { __typename } }` },
  'Query.employments': { query: `{ employments(first: 1) { totalCount } }` },
  'Query.employment': { query: `{ employment(id: "emp_none") { __typename } }` },
  'Query.overdueSupervision': { query: `{ overdueSupervision(first: 1) { totalCount } }` },
  'Query.cdpSessions': { query: `{ cdpSessions(first: 1) { totalCount } }` },
  'Query.cdpSession': { query: `{ cdpSession(id: "cdp_none") { __typename } }` },
  'Query.developmentPlan': { query: `{ developmentPlan(lxpId: "per_trainee_03") { __typename } }`, target: LXP },
  'Mutation.recordHcaVacancy': {
    query: `mutation { recordHcaVacancy(input: { reference: " ", area: ADULT_COMMUNITY, ftePercent: 50 }) { vacancy { id } } }`,
  },
  'Mutation.convertVacancyToPost': {
    query: `mutation { convertVacancyToPost(input: { vacancyId: "vac_hca_03", role: LXP_HCA }) { post { id } } }`,
  },
  'Mutation.advertisePost': {
    query: `mutation { advertisePost(input: { postId: "pst_table3_3", nhsJobsReference: "X", closingDate: "2000-01-01" }) { post { id } } }`,
  },
  'Mutation.withdrawPost': { query: `mutation { withdrawPost(input: { postId: "pst_table3_3" }) { post { id } } }` },
  'Mutation.applyForPost': { query: `mutation { applyForPost(input: { postId: "pst_table3_3" }) { application { id } } }` },
  'Mutation.withdrawJobApplication': {
    query: `mutation { withdrawJobApplication(input: { applicationId: "job_2018_03" }) { application { id } } }`,
    target: JOB,
  },
  'Mutation.shortlistJobApplication': {
    query: `mutation { shortlistJobApplication(input: { applicationId: "job_2018_03", decision: SHORTLIST }) { application { id } } }`,
  },
  'Mutation.createRecruitmentDay': {
    query: `mutation { createRecruitmentDay(input: { date: "2030-01-01", location: " ", postIds: ["pst_table3_3"] }) { recruitmentDay { id } } }`,
  },
  'Mutation.addInterviewPanel': {
    query: `mutation { addInterviewPanel(input: { recruitmentDayId: "rdy_2018", name: " ", memberIds: [] }) { panel { id } } }`,
  },
  'Mutation.scheduleInterview': {
    query: `mutation { scheduleInterview(input: { applicationId: "job_2018_03", panelId: "pnl_2018_a", startTime: "9am" }) { interview { id } } }`,
  },
  'Mutation.recordInterviewOutcome': {
    query: `mutation { recordInterviewOutcome(input: { applicationId: "job_2018_03", outcome: OFFER }) { application { id } } }`,
    target: JOB,
  },
  'Mutation.recordOutcomeNotification': {
    query: `mutation { recordOutcomeNotification(input: { applicationId: "job_2018_03", channel: PHONE, sentOn: "2999-01-01" }) { application { id } } }`,
  },
  'Mutation.respondToOffer': {
    query: `mutation { respondToOffer(input: { applicationId: "job_2018_03", accept: true }) { application { id } } }`,
    target: JOB,
  },
  'Mutation.assignSupervisor': {
    query: `mutation { assignSupervisor(input: { employmentId: "emp_table3_3", supervisorId: "per_hr" }) { employment { id } } }`,
  },
  'Mutation.setWorkplaceAdjustments': {
    query: `mutation { setWorkplaceAdjustments(input: { employmentId: "emp_table3_3", adjustments: [" "] }) { employment { id } } }`,
  },
  'Mutation.recordLeaving': {
    query: `mutation { recordLeaving(input: { employmentId: "emp_table3_3", leftOn: "2000-01-01", reason: OTHER }) { employment { id } } }`,
  },
  'Mutation.recordSupervision': {
    query: `mutation { recordSupervision(input: { lxpId: "per_trainee_03", heldOn: "2999-01-01", notes: "x" }) { record { id } } }`,
    target: LXP,
  },
  'Mutation.createCdpSession': {
    query: `mutation { createCdpSession(input: { topic: " ", date: "2030-01-01", capacity: 1 }) { session { id } } }`,
  },
  'Mutation.signUpForCdpSession': { query: `mutation { signUpForCdpSession(input: { sessionId: "cdp_2019_01" }) { signUp { id } } }` },
  'Mutation.cancelCdpSignUp': { query: `mutation { cancelCdpSignUp(input: { sessionId: "cdp_none" }) { signUp { id } } }` },
  'Mutation.recordCdpAttendance': {
    query: `mutation { recordCdpAttendance(input: { sessionId: "cdp_2019_01", attendeeIds: [] }) { session { id } } }`,
  },
  'Mutation.updateDevelopmentGoals': {
    query: `mutation { updateDevelopmentGoals(input: { lxpId: "per_trainee_03", goals: [{ text: " " }] }) { plan { id } } }`,
    target: LXP,
  },
  'Mutation.addDevelopmentPlanReview': {
    query: `mutation { addDevelopmentPlanReview(input: { lxpId: "per_trainee_03", reviewedOn: "2999-01-01", notes: "x" }) { plan { id } } }`,
    target: LXP,
  },
  'Query.workstreams': { query: `{ workstreams(first: 1) { totalCount } }` },
  'Query.workstream': { query: `{ workstream(id: "wst_none") { __typename } }` },
  'Query.engagementActivities': { query: `{ engagementActivities(first: 1) { totalCount } }` },
  'Query.engagementActivity': { query: `{ engagementActivity(id: "eng_none") { __typename } }` },
  'Query.exportMyData': { query: `{ exportMyData }` },
  'Mutation.addWorkstreamMember': {
    query: `mutation { addWorkstreamMember(input: { workstreamId: "wst_role_design", personId: "per_none", background: CLINICAL }) { member { id } } }`,
  },
  'Mutation.recordWorkstreamMeeting': {
    query: `mutation { recordWorkstreamMeeting(input: { workstreamId: "wst_role_design", heldOn: "2017-05-02", notes: "" }) { meeting { id } } }`,
    target: WORKSTREAM,
  },
  'Mutation.proposeRecommendation': {
    query: `mutation { proposeRecommendation(input: { workstreamId: "wst_role_design", text: "" }) { recommendation { id } } }`,
    target: WORKSTREAM,
  },
  'Mutation.decideRecommendation': {
    query: `mutation { decideRecommendation(input: { recommendationId: "rec_none", decision: ADOPT, decidedOn: "2017-06-01" }) { recommendation { id } } }`,
  },
  'Mutation.recordEngagementActivity': {
    query: `mutation { recordEngagementActivity(input: { kind: FOCUS_GROUP, title: "x", heldOn: "2017-05-03", participantCounts: [] }) { activity { id } } }`,
  },
  'Mutation.recordConsent': {
    query: `mutation { recordConsent(input: { activityId: "eng_event", participantName: "", givenOn: "2017-03-15" }) { consent { id } } }`,
  },
  'Mutation.withdrawConsent': {
    query: `mutation { withdrawConsent(input: { consentId: "CONSENT_ID", withdrawnOn: "2999-01-01" }) { findingsRemoved } }`,
    target: CONSENT,
  },
  'Mutation.recordFinding': {
    query: `mutation { recordFinding(input: { activityId: "eng_event", theme: TRAINING, text: "" }) { finding { id } } }`,
  },
  'Mutation.createCohort': {
    query: `mutation { createCohort(input: { number: 1, startDate: "2030-01-01", capacity: 0 }) { cohort { id } } }`,
  },
};

describe('operations', () => {
  it('every query and mutation has a case', () => {
    const roots = [...policy.fields.values()]
      .filter((f) => f.root)
      .map((f) => f.coordinate)
      .sort();
    expect(Object.keys(OPERATIONS).sort()).toEqual(roots);
  });

  for (const [coordinate, op] of Object.entries(OPERATIONS)) {
    const name = coordinate.split('.')[1]!;
    for (const { role, relation } of casesFor(op.target ?? {})) {
      it(`${coordinate}: ${role}${relation ? ` with ${relation}` : ''}`, async () => {
        const { who, held } = await viewer(role, relation, op.target ?? {});
        const res = await who.query(op.query.replace('CONSENT_ID', made.consentId));
        const allowed = allows(policy.fields.get(coordinate)!.rule, role, held, op.target);
        // Separation of duties is the service's refusal, not the rule's: a Lead LXP may decide applications,
        // but not their own (FORBIDDEN with reason OWN_APPLICATION; test/security/separationOfDuties.test.ts).
        // The gate's own refusal names the field; a lookup of a record that does not exist may also answer
        // FORBIDDEN, naming the record's type (no existence oracle: test/api/existenceOracles.test.ts).
        const refusal = res.errors?.find(
          (e) =>
            e.path?.length === 1 &&
            e.path[0] === name &&
            e.extensions?.code === 'FORBIDDEN' &&
            e.extensions?.field === coordinate &&
            !String(e.extensions?.reason ?? '').startsWith('OWN_'),
        );
        if (allowed) expect(refusal, JSON.stringify(res.errors)).toBeUndefined();
        else {
          expect(refusal).toBeDefined();
          expect(res.data?.[name]).toBeNull();
        }
        cases += 1;
      });
    }
  }
});

/**
 * Small-number suppression, by role and relation: cohort 2's 4 completions (a small number) come back exact
 * to HR, the Lead LXP and the cohort's facilitators, suppressed to any other viewer the query admits, and
 * employment rows only to HR and the Lead LXP.
 */
describe('programmeOutcomes suppression', () => {
  const COHORT_2: Anchors = { cohortId: 'coh_2' };
  for (const { role, relation } of casesFor(COHORT_2).filter((c) => c.relation === null || c.relation === 'FACILITATOR')) {
    it(`cohort 2's completions: ${role}${relation ? ` with ${relation}` : ''}`, async () => {
      const { who, held } = await viewer(role, relation, COHORT_2);
      const res = await who.query(
        `{ programmeOutcomes(cohortIds: ["coh_2"]) { cohorts { completions { value suppressed } } employments { ftePercent } } }`,
      );
      if (!allows(policy.fields.get('Query.programmeOutcomes')!.rule, role, held, undefined)) {
        expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(res.data?.programmeOutcomes).toBeNull();
        cases += 1;
        return;
      }
      const everything = SEES_EXACT_OUTCOMES.includes(role);
      const facilitates = held.some((h) => h.relation === 'FACILITATOR') && RELATIONS.FACILITATOR.heldBy.includes(role);
      expect(res.data.programmeOutcomes.cohorts[0].completions).toEqual(
        everything || facilitates ? { value: 4, suppressed: false } : { value: null, suppressed: true },
      );
      // Cohort 2 has two of Table 3's employments (other suites may add more).
      if (everything) expect(res.data.programmeOutcomes.employments.length).toBeGreaterThanOrEqual(2);
      else expect(res.data.programmeOutcomes.employments).toEqual([]);
      cases += 1;
    });
  }
});
