/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How a viewer may use an operation or field. */
export type Access =
  /** Always, by the viewer's role. */
  | 'ALWAYS'
  /** Only for records the viewer is related to (see `relations`). */
  | 'WITH_RELATION';

/** Apply to a cohort. */
export type ApplyToCohortInput = {
  /** The cohort to apply to. */
  cohortId: string | number;
  /** A key of your choosing (8 to 64 characters): a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** Your own account of your lived experience and why you want to train (1 to 5,000 characters). */
  statement: string;
};

/** Whether a read was allowed. */
export type AuditDecision =
  /** The viewer was allowed to read the fields. */
  | 'ALLOWED'
  /** The viewer was refused. */
  | 'DENIED'
  /**
   * Removed under the retention schedule (UK GDPR Article 5(1)(e)): the event names the fields removed and,
   * in `rule`, the schedule entry that removed them; it has no actor.
   */
  | 'REMOVED';

/** Where a cohort is in its life. */
export type CohortStatus =
  /** No longer taking applications; places being decided. */
  | 'CLOSED'
  /** Training and assessment are over. */
  | 'COMPLETED'
  /** Taking applications. */
  | 'OPEN'
  /** The twelve weeks of training are under way. */
  | 'RUNNING';

/** A new cohort. */
export type CreateCohortInput = {
  /** How many places may be offered (1 to 100). */
  capacity: number;
  /** Staff who facilitate and assess the cohort (people holding CLINICIAN or LEAD_LXP). */
  facilitatorIds?: Array<string | number> | null | undefined;
  /** A key of your choosing (8 to 64 characters): a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
  /** The cohort's number in the programme, unique. */
  number: number;
  /** The first day of training. */
  startDate: string;
  /** The length of training in weeks (default 12). */
  weeks?: number | null | undefined;
};

/** A decision on a training application. */
export type DecideTrainingApplicationInput = {
  /** The application decided. */
  applicationId: string | number;
  /** Offer, decline or defer. */
  decision: TrainingDecision;
  /** Required to DECLINE or DEFER; not allowed with OFFER. */
  declineReason?: DeclineReason | null | undefined;
  /** Required to DEFER: a later cohort that is open for applications. */
  deferToCohortId?: string | number | null | undefined;
  /** The application's `version` as you saw it; the decision is refused if it has changed since. */
  expectedVersion?: number | null | undefined;
  /** A key of your choosing (8 to 64 characters): a retry with the same key returns the first result. */
  idempotencyKey?: string | null | undefined;
};

/** Why an applicant was not offered a place. */
export type DeclineReason =
  /** Would benefit from more volunteering experience first. */
  | 'NEEDS_VOLUNTEERING_EXPERIENCE'
  /** Not yet able to complete a training programme. */
  | 'NOT_YET_READY'
  /** Another reason, given to the applicant in person. */
  | 'OTHER';

/** Where a trainee's enrolment stands. */
export type EnrolmentStatus =
  /** In training. */
  | 'ACTIVE'
  /** Passed: eligible to apply for LXP posts. */
  | 'COMPLETED'
  /** The portfolio was referred (incomplete or not submitted) and not passed. */
  | 'REFERRED'
  /** Left the programme before the end. */
  | 'WITHDRAWN';

/** Whether an operation is a query or a mutation. */
export type OperationKind =
  /** A change. */
  | 'MUTATION'
  /** A read. */
  | 'QUERY';

/** The roles a viewer may hold (JWT groups). A person may hold several. */
export type Role =
  /** Clinical, management and support staff: mentors, facilitators, assessors, panel members, supervisors. */
  | 'CLINICIAN'
  /** Human resources: posts, recruitment, employment and adjustments. */
  | 'HR'
  /** The Trust-wide strategic Lead LXP, who runs the programme and the Continuing Development Programme. */
  | 'LEAD_LXP'
  /** People with lived experience: applicants, trainees and employed LXPs, acting about themselves. */
  | 'SERVICE_USER';

/** Where a training application stands. */
export type TrainingApplicationStatus =
  /** Not offered a place, with a coded reason. */
  | 'DECLINED'
  /** Not offered a place now; moved to a later cohort as a new application. */
  | 'DEFERRED'
  /** A place was offered. */
  | 'OFFERED'
  /** Waiting for a decision. */
  | 'SUBMITTED'
  /** Withdrawn by the applicant. */
  | 'WITHDRAWN';

/** What was decided about a training application. */
export type TrainingDecision =
  /** Decline, with a reason. */
  | 'DECLINE'
  /** Decline for now, with a reason, and submit the application to a later cohort. */
  | 'DEFER'
  /** Offer a place on the cohort. */
  | 'OFFER';

export type CohortApplicationsQueryVariables = Exact<{
  cohortId: string | number;
  after?: string | null | undefined;
}>;


export type CohortApplicationsQuery = { cohort: { id: string, number: number, capacity: number, applications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: TrainingApplicationStatus, version: number, statement: string | null, applicant: { id: string, displayName: string } | null } | null }> } | null } | null };

export type DecideTrainingApplicationMutationVariables = Exact<{
  input: DecideTrainingApplicationInput;
}>;


export type DecideTrainingApplicationMutation = { decideTrainingApplication: { application: { id: string, status: TrainingApplicationStatus, declineReason: DeclineReason | null, version: number } | null } | null };

export type AuditTrailQueryVariables = Exact<{
  subjectId: string | number;
}>;


export type AuditTrailQuery = { auditTrail: { totalCount: number, edges: Array<{ node: { at: string, actorId: string, decision: AuditDecision, fields: Array<string>, rule: string } | null }> } | null };

export type PeopleQueryVariables = Exact<{
  role?: Role | null | undefined;
  after?: string | null | undefined;
}>;


export type PeopleQuery = { people: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, displayName: string, roles: Array<Role> | null } | null }> } | null };

export type CohortsQueryVariables = Exact<{ [key: string]: never; }>;


export type CohortsQuery = { cohorts: { totalCount: number, edges: Array<{ node: { id: string, number: number, startDate: string, status: CohortStatus, capacity: number, applications: { totalCount: number } | null, enrolments: { totalCount: number } | null, facilitators: Array<{ displayName: string }> } | null }> } };

export type CreateCohortMutationVariables = Exact<{
  input: CreateCohortInput;
}>;


export type CreateCohortMutation = { createCohort: { cohort: { id: string, number: number, startDate: string, capacity: number, status: CohortStatus, version: number } | null } | null };

export type ViewerPermissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerPermissionsQuery = { viewerPermissions: { viewerId: string, roles: Array<Role>, operations: Array<{ name: string, kind: OperationKind, access: Access }> } };

export type MyMenteeQueryVariables = Exact<{
  personId: string | number;
}>;


export type MyMenteeQuery = { person: { id: string, displayName: string, enrolments: { edges: Array<{ node: { id: string, status: EnrolmentStatus, cohort: { number: number, startDate: string } | null } | null }> } | null } | null };

export type ApplyToCohortMutationVariables = Exact<{
  input: ApplyToCohortInput;
}>;


export type ApplyToCohortMutation = { applyToCohort: { application: { id: string, status: TrainingApplicationStatus, version: number } | null } | null };

export type MyApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApplicationsQuery = { me: { id: string, displayName: string, trainingApplications: { edges: Array<{ node: { id: string, status: TrainingApplicationStatus, submittedAt: string, cohort: { number: number, startDate: string } | null } | null }> } | null, enrolments: { edges: Array<{ node: { id: string, status: EnrolmentStatus, cohort: { number: number } | null } | null }> } | null } | null };

export type OpenCohortsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenCohortsQuery = { cohorts: { edges: Array<{ node: { id: string, number: number, startDate: string, weeks: number, status: CohortStatus, capacity: number } | null }> } };


export const CohortApplicationsDocument = {"__meta__":{"hash":"sha256:94a3d63da8ed1b0d091aa979a25743c0c8331366a01193842402e5b4b18f72c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohortApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CohortApplicationsQuery, CohortApplicationsQueryVariables>;
export const DecideTrainingApplicationDocument = {"__meta__":{"hash":"sha256:2ae8368815d03d22d879922146622f6e51460b0f8323f0e933e1625d991edbfb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideTrainingApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideTrainingApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideTrainingApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<DecideTrainingApplicationMutation, DecideTrainingApplicationMutationVariables>;
export const AuditTrailDocument = {"__meta__":{"hash":"sha256:5a20c4906d1c49fa22c96f39c4a6d4688393609f722a2759e16586ecefe25749"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const PeopleDocument = {"__meta__":{"hash":"sha256:826fe873dba19416736ea4e781891f0d511f7d66b32aeb6a7e4b2a4d9082cbf2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"People"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const CohortsDocument = {"__meta__":{"hash":"sha256:9b6cb11df020b5a74c0973687aa98e961a94f44feb7ff5600f774d9e59827dfb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CohortsQuery, CohortsQueryVariables>;
export const CreateCohortDocument = {"__meta__":{"hash":"sha256:efe8fb283f336a7ae4b40aafc6efc320b52861899828bb4fbfc69de231d146df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCohortMutation, CreateCohortMutationVariables>;
export const ViewerPermissionsDocument = {"__meta__":{"hash":"sha256:b18c3315bdd58d3ce727ac4765fc94dea6ec1f5ecb617a4503e2358094ab2a93"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerId"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"access"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerPermissionsQuery, ViewerPermissionsQueryVariables>;
export const MyMenteeDocument = {"__meta__":{"hash":"sha256:0501213ac816eb5f56a2f49193cdd2953a8375cf1fccabc4fd61392b6dfd0a73"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMentee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyMenteeQuery, MyMenteeQueryVariables>;
export const ApplyToCohortDocument = {"__meta__":{"hash":"sha256:ee680ca7f835fd06bfac00681564f65e32501a63d317ace8dc66015f5063fc71"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyToCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyToCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyToCohortMutation, ApplyToCohortMutationVariables>;
export const MyApplicationsDocument = {"__meta__":{"hash":"sha256:3049d533dc1f11d00a5e050350906d0e20af98fe200b176b96e3af6de7698ecf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"trainingApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyApplicationsQuery, MyApplicationsQueryVariables>;
export const OpenCohortsDocument = {"__meta__":{"hash":"sha256:3606a1cc9ce2395fd8a6fe71738f2a126c2863b1c667c67be6e85a12b1d9d547"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenCohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenCohortsQuery, OpenCohortsQueryVariables>;