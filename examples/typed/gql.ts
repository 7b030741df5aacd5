/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CohortApplications($cohortId: ID!, $after: String) {\n  cohort(id: $cohortId) {\n    id\n    number\n    capacity\n    applications(first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          version\n          statement\n          applicant {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n}": typeof types.CohortApplicationsDocument,
    "mutation DecideTrainingApplication($input: DecideTrainingApplicationInput!) {\n  decideTrainingApplication(input: $input) {\n    application {\n      id\n      status\n      declineReason\n      version\n    }\n  }\n}": typeof types.DecideTrainingApplicationDocument,
    "query AuditTrail($subjectId: ID!) {\n  auditTrail(subjectId: $subjectId, first: 20) {\n    totalCount\n    edges {\n      node {\n        at\n        actorId\n        decision\n        fields\n        rule\n      }\n    }\n  }\n}": typeof types.AuditTrailDocument,
    "query People($role: Role, $after: String) {\n  people(role: $role, first: 50, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n}": typeof types.PeopleDocument,
    "query Cohorts {\n  cohorts(first: 20) {\n    totalCount\n    edges {\n      node {\n        id\n        number\n        startDate\n        status\n        capacity\n        applications {\n          totalCount\n        }\n        enrolments {\n          totalCount\n        }\n        facilitators {\n          displayName\n        }\n      }\n    }\n  }\n}": typeof types.CohortsDocument,
    "mutation CreateCohort($input: CreateCohortInput!) {\n  createCohort(input: $input) {\n    cohort {\n      id\n      number\n      startDate\n      capacity\n      status\n      version\n    }\n  }\n}": typeof types.CreateCohortDocument,
    "query ViewerPermissions {\n  viewerPermissions {\n    viewerId\n    roles\n    operations {\n      name\n      kind\n      access\n    }\n  }\n}": typeof types.ViewerPermissionsDocument,
    "query MyMentee($personId: ID!) {\n  person(id: $personId) {\n    id\n    displayName\n    enrolments(first: 5) {\n      edges {\n        node {\n          id\n          status\n          cohort {\n            number\n            startDate\n          }\n        }\n      }\n    }\n  }\n}": typeof types.MyMenteeDocument,
    "mutation ApplyToCohort($input: ApplyToCohortInput!) {\n  applyToCohort(input: $input) {\n    application {\n      id\n      status\n      version\n    }\n  }\n}": typeof types.ApplyToCohortDocument,
    "query MyApplications {\n  me {\n    id\n    displayName\n    trainingApplications(first: 10) {\n      edges {\n        node {\n          id\n          status\n          submittedAt\n          cohort {\n            number\n            startDate\n          }\n        }\n      }\n    }\n    enrolments(first: 10) {\n      edges {\n        node {\n          id\n          status\n          cohort {\n            number\n          }\n        }\n      }\n    }\n  }\n}": typeof types.MyApplicationsDocument,
    "query OpenCohorts {\n  cohorts(first: 20) {\n    edges {\n      node {\n        id\n        number\n        startDate\n        weeks\n        status\n        capacity\n      }\n    }\n  }\n}": typeof types.OpenCohortsDocument,
};
const documents: Documents = {
    "query CohortApplications($cohortId: ID!, $after: String) {\n  cohort(id: $cohortId) {\n    id\n    number\n    capacity\n    applications(first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          version\n          statement\n          applicant {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n}": types.CohortApplicationsDocument,
    "mutation DecideTrainingApplication($input: DecideTrainingApplicationInput!) {\n  decideTrainingApplication(input: $input) {\n    application {\n      id\n      status\n      declineReason\n      version\n    }\n  }\n}": types.DecideTrainingApplicationDocument,
    "query AuditTrail($subjectId: ID!) {\n  auditTrail(subjectId: $subjectId, first: 20) {\n    totalCount\n    edges {\n      node {\n        at\n        actorId\n        decision\n        fields\n        rule\n      }\n    }\n  }\n}": types.AuditTrailDocument,
    "query People($role: Role, $after: String) {\n  people(role: $role, first: 50, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n}": types.PeopleDocument,
    "query Cohorts {\n  cohorts(first: 20) {\n    totalCount\n    edges {\n      node {\n        id\n        number\n        startDate\n        status\n        capacity\n        applications {\n          totalCount\n        }\n        enrolments {\n          totalCount\n        }\n        facilitators {\n          displayName\n        }\n      }\n    }\n  }\n}": types.CohortsDocument,
    "mutation CreateCohort($input: CreateCohortInput!) {\n  createCohort(input: $input) {\n    cohort {\n      id\n      number\n      startDate\n      capacity\n      status\n      version\n    }\n  }\n}": types.CreateCohortDocument,
    "query ViewerPermissions {\n  viewerPermissions {\n    viewerId\n    roles\n    operations {\n      name\n      kind\n      access\n    }\n  }\n}": types.ViewerPermissionsDocument,
    "query MyMentee($personId: ID!) {\n  person(id: $personId) {\n    id\n    displayName\n    enrolments(first: 5) {\n      edges {\n        node {\n          id\n          status\n          cohort {\n            number\n            startDate\n          }\n        }\n      }\n    }\n  }\n}": types.MyMenteeDocument,
    "mutation ApplyToCohort($input: ApplyToCohortInput!) {\n  applyToCohort(input: $input) {\n    application {\n      id\n      status\n      version\n    }\n  }\n}": types.ApplyToCohortDocument,
    "query MyApplications {\n  me {\n    id\n    displayName\n    trainingApplications(first: 10) {\n      edges {\n        node {\n          id\n          status\n          submittedAt\n          cohort {\n            number\n            startDate\n          }\n        }\n      }\n    }\n    enrolments(first: 10) {\n      edges {\n        node {\n          id\n          status\n          cohort {\n            number\n          }\n        }\n      }\n    }\n  }\n}": types.MyApplicationsDocument,
    "query OpenCohorts {\n  cohorts(first: 20) {\n    edges {\n      node {\n        id\n        number\n        startDate\n        weeks\n        status\n        capacity\n      }\n    }\n  }\n}": types.OpenCohortsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CohortApplications($cohortId: ID!, $after: String) {\n  cohort(id: $cohortId) {\n    id\n    number\n    capacity\n    applications(first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          version\n          statement\n          applicant {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query CohortApplications($cohortId: ID!, $after: String) {\n  cohort(id: $cohortId) {\n    id\n    number\n    capacity\n    applications(first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          version\n          statement\n          applicant {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideTrainingApplication($input: DecideTrainingApplicationInput!) {\n  decideTrainingApplication(input: $input) {\n    application {\n      id\n      status\n      declineReason\n      version\n    }\n  }\n}"): (typeof documents)["mutation DecideTrainingApplication($input: DecideTrainingApplicationInput!) {\n  decideTrainingApplication(input: $input) {\n    application {\n      id\n      status\n      declineReason\n      version\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditTrail($subjectId: ID!) {\n  auditTrail(subjectId: $subjectId, first: 20) {\n    totalCount\n    edges {\n      node {\n        at\n        actorId\n        decision\n        fields\n        rule\n      }\n    }\n  }\n}"): (typeof documents)["query AuditTrail($subjectId: ID!) {\n  auditTrail(subjectId: $subjectId, first: 20) {\n    totalCount\n    edges {\n      node {\n        at\n        actorId\n        decision\n        fields\n        rule\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query People($role: Role, $after: String) {\n  people(role: $role, first: 50, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n}"): (typeof documents)["query People($role: Role, $after: String) {\n  people(role: $role, first: 50, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        displayName\n        roles\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Cohorts {\n  cohorts(first: 20) {\n    totalCount\n    edges {\n      node {\n        id\n        number\n        startDate\n        status\n        capacity\n        applications {\n          totalCount\n        }\n        enrolments {\n          totalCount\n        }\n        facilitators {\n          displayName\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query Cohorts {\n  cohorts(first: 20) {\n    totalCount\n    edges {\n      node {\n        id\n        number\n        startDate\n        status\n        capacity\n        applications {\n          totalCount\n        }\n        enrolments {\n          totalCount\n        }\n        facilitators {\n          displayName\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCohort($input: CreateCohortInput!) {\n  createCohort(input: $input) {\n    cohort {\n      id\n      number\n      startDate\n      capacity\n      status\n      version\n    }\n  }\n}"): (typeof documents)["mutation CreateCohort($input: CreateCohortInput!) {\n  createCohort(input: $input) {\n    cohort {\n      id\n      number\n      startDate\n      capacity\n      status\n      version\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewerPermissions {\n  viewerPermissions {\n    viewerId\n    roles\n    operations {\n      name\n      kind\n      access\n    }\n  }\n}"): (typeof documents)["query ViewerPermissions {\n  viewerPermissions {\n    viewerId\n    roles\n    operations {\n      name\n      kind\n      access\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyMentee($personId: ID!) {\n  person(id: $personId) {\n    id\n    displayName\n    enrolments(first: 5) {\n      edges {\n        node {\n          id\n          status\n          cohort {\n            number\n            startDate\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query MyMentee($personId: ID!) {\n  person(id: $personId) {\n    id\n    displayName\n    enrolments(first: 5) {\n      edges {\n        node {\n          id\n          status\n          cohort {\n            number\n            startDate\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApplyToCohort($input: ApplyToCohortInput!) {\n  applyToCohort(input: $input) {\n    application {\n      id\n      status\n      version\n    }\n  }\n}"): (typeof documents)["mutation ApplyToCohort($input: ApplyToCohortInput!) {\n  applyToCohort(input: $input) {\n    application {\n      id\n      status\n      version\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyApplications {\n  me {\n    id\n    displayName\n    trainingApplications(first: 10) {\n      edges {\n        node {\n          id\n          status\n          submittedAt\n          cohort {\n            number\n            startDate\n          }\n        }\n      }\n    }\n    enrolments(first: 10) {\n      edges {\n        node {\n          id\n          status\n          cohort {\n            number\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query MyApplications {\n  me {\n    id\n    displayName\n    trainingApplications(first: 10) {\n      edges {\n        node {\n          id\n          status\n          submittedAt\n          cohort {\n            number\n            startDate\n          }\n        }\n      }\n    }\n    enrolments(first: 10) {\n      edges {\n        node {\n          id\n          status\n          cohort {\n            number\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpenCohorts {\n  cohorts(first: 20) {\n    edges {\n      node {\n        id\n        number\n        startDate\n        weeks\n        status\n        capacity\n      }\n    }\n  }\n}"): (typeof documents)["query OpenCohorts {\n  cohorts(first: 20) {\n    edges {\n      node {\n        id\n        number\n        startDate\n        weeks\n        status\n        capacity\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;