import type { Role } from '../../functions/lib/vocabulary';

/** Representative operations, as the front ends send them. */
export interface BenchOperation {
  name: string;
  as: Role | string;
  query: string;
  variables?: Record<string, unknown>;
}

export const OPERATIONS: BenchOperation[] = [
  { name: 'me', as: 'SERVICE_USER', query: `{ me { id displayName roles } }` },
  {
    name: 'cohorts with application counts',
    as: 'LEAD_LXP',
    query: `{ cohorts { totalCount edges { node { number startDate status applications { totalCount } } } } }`,
  },
  {
    name: 'cohort, 18 applications with applicants',
    as: 'LEAD_LXP',
    query: `{ cohort(id: "coh_1") { facilitators { displayName } applications(first: 18) { edges { node { status applicant { displayName } } } } } }`,
  },
  {
    name: 'facilitator reads 20 statements (relations + audit)',
    as: 'CLINICIAN',
    query: `{ cohort(id: "coh_2") { applications(first: 20) { edges { node { statement applicant { displayName } } } } } }`,
  },
  {
    name: 'non-facilitator refused 20 statements (audit)',
    as: 'per_mentor_01',
    query: `{ cohort(id: "coh_2") { applications(first: 20) { edges { node { status statement } } } } }`,
  },
  {
    name: 'service user: own applications',
    as: 'SERVICE_USER',
    query: `{ me { trainingApplications { edges { node { status statement cohort { number } } } } } }`,
  },
  {
    name: 'viewerPermissions',
    as: 'CLINICIAN',
    query: `{ viewerPermissions { operations { name access } fields { type field access } } }`,
  },
];

/**
 * The HTTP load mix: what a day of the programme's front ends asks, by role, with relative weights (service
 * users checking their own applications most, staff reading cohorts and statements, the lead's overview).
 */
export const LOAD_MIX: { name: string; as: Role | string; query: string; weight: number }[] = [
  { name: 'service user: me', as: 'SERVICE_USER', query: `{ me { id displayName roles } }`, weight: 3 },
  {
    name: 'service user: own applications',
    as: 'SERVICE_USER',
    query: `{ me { trainingApplications { edges { node { status statement cohort { number } } } } } }`,
    weight: 3,
  },
  {
    name: 'facilitator: statements of a cohort',
    as: 'CLINICIAN',
    query: `{ cohort(id: "coh_2") { applications(first: 20) { edges { node { status statement applicant { displayName } } } } } }`,
    weight: 2,
  },
  {
    name: 'lead: cohorts with counts',
    as: 'LEAD_LXP',
    query: `{ cohorts { totalCount edges { node { number startDate status applications { totalCount } } } } }`,
    weight: 1,
  },
  {
    name: 'lead: a cohort with applicants',
    as: 'LEAD_LXP',
    query: `{ cohort(id: "coh_1") { facilitators { displayName } applications(first: 18) { edges { node { status applicant { displayName } } } } } }`,
    weight: 1,
  },
  { name: 'HR: people', as: 'HR', query: `{ people(first: 20) { edges { node { displayName } } } }`, weight: 1 },
];
