import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Context as LambdaContext } from 'aws-lambda';
import { handler } from '../../functions/handler';
import { db, tableName } from '../../functions/db/client';
import { itemOf, roleMemberItem } from '../../functions/db/entities';
import type { RelationRecord } from '../../functions/db/records';
import type { Relation, Role } from '../../functions/lib/vocabulary';
import { apiGatewayEvent } from '../../functions/local/apiGatewayEvent';
import { DEV_AUDIENCE, signToken, type TokenRequest } from '../../functions/local/devIssuer';
import { PEOPLE, PERSONAS } from '../../functions/local/paperData';
import { personRecord } from '../../functions/local/seed';

/**
 * The harness every API test uses: requests go through the real Lambda handler, as API Gateway events,
 * with tokens signed by the development issuer and verified against its published JWKS, against
 * DynamoDB Local. "Run this query as this person" is one line.
 */

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; reason?: string; [k: string]: unknown };
}

export interface GqlResponse<T = any> {
  status: number;
  data?: T;
  errors?: GqlError[];
  extensions?: {
    requestId?: string;
    dynamodb?: { calls: number; roundTrips: number; byCommand: Record<string, number>; readUnits?: number; writeUnits?: number };
  };
  headers: Record<string, string>;
}

const lambdaContext = { awsRequestId: 'test', functionName: 'lxp-graphql-test' } as LambdaContext;

/** Sends one HTTP request to the handler, as API Gateway would. */
export async function send(request: {
  method?: string;
  url?: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<GqlResponse> {
  const result = await handler(
    apiGatewayEvent({
      method: request.method ?? 'POST',
      url: request.url ?? '/graphql',
      headers: request.headers ?? {},
      body: request.body,
    }),
    lambdaContext,
  );
  const body = result.body ? JSON.parse(result.body) : {};
  return { status: result.statusCode ?? 200, headers: (result.headers ?? {}) as Record<string, string>, ...body };
}

export async function graphql<T = any>(
  token: string | undefined,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GqlResponse<T>> {
  return send({
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
}

/** A token from the development issuer, valid for this run's API unless options say otherwise. */
export function tokenFor(sub: string, roles: readonly Role[], options: Partial<TokenRequest> = {}): Promise<string> {
  return signToken({ sub, roles, issuer: process.env.AUTH_ISSUER!, audience: DEV_AUDIENCE, ...options });
}

export interface Caller {
  id: string;
  roles: Role[];
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
}

export function caller(id: string, roles: Role[]): Caller {
  let token: Promise<string> | undefined;
  return {
    id,
    roles,
    query: async (query, variables) => graphql(await (token ??= tokenFor(id, roles)), query, variables),
  };
}

/** The seeded persona for a role (e.g. the Lead LXP), or a seeded person by id. */
export function as(who: Role | string): Caller {
  const id = who in PERSONAS ? PERSONAS[who as Role] : who;
  const person = PEOPLE.find((p) => p.id === id);
  if (!person) throw new Error(`No seeded person ${who}`);
  return caller(person.id, person.roles);
}

const put = (item: Record<string, unknown>) => db().send(new PutCommand({ TableName: tableName(), Item: item }));

/** A new person holding these roles, stored as the directory would hold them. */
export async function newPerson(roles: Role[], name = `Test ${roles.join('+')} ${randomUUID().slice(0, 6)}`): Promise<Caller> {
  const person = personRecord(
    { id: `per_t${randomUUID().replace(/-/g, '').slice(0, 16)}`, displayName: name, roles },
    new Date().toISOString(),
  );
  await put(itemOf(person));
  await Promise.all(roles.map((role) => put(roleMemberItem(person, role))));
  return caller(person.id, roles);
}

/** Stores "person holds relation to anchor" (e.g. a clinician mentors a trainee), as the programme's own writes do. */
export async function relate(personId: string, relation: Exclude<Relation, 'SELF'>, anchor: string): Promise<void> {
  const record: RelationRecord = { type: 'Relation', personId, relation, anchor, createdAt: new Date().toISOString() };
  await put(itemOf(record));
}

/**
 * A cohort number unlikely to be in use. Numbers are unique in the table and every suite of a run shares it,
 * creating well over a thousand cohorts between them: draws do collide, so newCohort draws again when one has.
 */
export const uniqueNumber = () => 100_000 + Math.floor(Math.random() * 899_999);

const CREATE_COHORT = `mutation($input: CreateCohortInput!) { createCohort(input: $input) { cohort { id number startDate capacity status version } } }`;

/** Creates an open cohort through the API, as the Lead LXP. */
export async function newCohort(options: { capacity?: number; startDate?: string; facilitatorIds?: string[] } = {}) {
  const input = () => ({
    number: uniqueNumber(),
    startDate: options.startDate ?? '2030-01-07',
    capacity: options.capacity ?? 10,
    facilitatorIds: options.facilitatorIds ?? [],
  });
  let res = await as('LEAD_LXP').query(CREATE_COHORT, { input: input() });
  for (let attempt = 1; attempt < 5 && res.errors?.[0]?.extensions?.reason === 'COHORT_NUMBER_TAKEN'; attempt += 1) {
    res = await as('LEAD_LXP').query(CREATE_COHORT, { input: input() });
  }
  expectNoErrors(res);
  return res.data.createCohort.cohort as {
    id: string;
    number: number;
    startDate: string;
    capacity: number;
    status: string;
    version: number;
  };
}

/** Applies to a cohort as `who`, returning the application. */
export async function apply(who: Caller, cohortId: string, statement = 'My lived experience of recovery') {
  const res = await who.query(
    `mutation($input: ApplyToCohortInput!) { applyToCohort(input: $input) { application { id status version } } }`,
    { input: { cohortId, statement } },
  );
  expectNoErrors(res);
  return res.data.applyToCohort.application as { id: string; status: string; version: number };
}

export function expectNoErrors(res: GqlResponse): void {
  if (res.errors?.length || res.status !== 200) throw new Error(`Expected success, got ${res.status}: ${JSON.stringify(res.errors)}`);
}

/** The one error of a response, for asserting its code, reason, field and path. */
export function onlyError(res: GqlResponse): GqlError {
  if (res.errors?.length !== 1) throw new Error(`Expected one error, got ${JSON.stringify(res.errors)}`);
  return res.errors[0]!;
}

/**
 * A response's DynamoDB request counts (development mode's `extensions.dynamodb`) without the capacity
 * units, which grow with the items read: what a test about request counts compares.
 */
export function requestCounts(res: {
  extensions?: { dynamodb?: { calls: number; roundTrips: number; byCommand: Record<string, number> } };
}) {
  const d = res.extensions?.dynamodb;
  return d && { calls: d.calls, roundTrips: d.roundTrips, byCommand: d.byCommand };
}
