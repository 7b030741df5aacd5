import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import * as typed from '../../examples/typed/graphql';
import { apply, as, newCohort, newPerson, send, tokenFor, type Caller, type GqlResponse } from '../support/api';

/**
 * Every front-end operation in examples/operations/<role>/ runs here as a person of that role, through the
 * handler, sent by its document id as the typed client sends it. An operation its role cannot run (an error,
 * a refused field) fails its test; an operation with no test fails the last one.
 */

type Document<R, V> = TypedDocumentNode<R, V> & { __meta__?: { hash: string } };

async function run<R, V>(who: Caller, document: Document<R, V>, variables?: V): Promise<GqlResponse<R>> {
  const token = await tokenFor(who.id, who.roles);
  return send({
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ documentId: document.__meta__!.hash, variables }),
  });
}

function ok<R>(res: GqlResponse<R>): R {
  expect(res.errors ?? [], JSON.stringify(res.errors)).toEqual([]);
  expect(res.status).toBe(200);
  return res.data!;
}

const covered = new Set<string>();
const operation = (role: string, name: string, fn: () => Promise<void>) => {
  covered.add(`${role}/${name}`);
  it(`${role}: ${name} runs as its role`, fn);
};

describe('the typed front-end operations, each as its role', () => {
  operation('trainee', 'MyApplications', async () => {
    const data = ok(await run(as('SERVICE_USER'), typed.MyApplicationsDocument));
    expect(data.me?.trainingApplications?.edges.length).toBeGreaterThan(0);
  });

  operation('trainee', 'OpenCohorts', async () => {
    const data = ok(await run(as('SERVICE_USER'), typed.OpenCohortsDocument));
    expect(data.cohorts.edges.map((e) => e.node?.number)).toEqual(expect.arrayContaining([1, 2]));
  });

  operation('trainee', 'ApplyToCohort', async () => {
    const cohort = await newCohort();
    const trainee = await newPerson(['SERVICE_USER']);
    const data = ok(await run(trainee, typed.ApplyToCohortDocument, { input: { cohortId: cohort.id, statement: 'My recovery' } }));
    expect(data.applyToCohort?.application?.status).toBe('SUBMITTED');
  });

  operation('mentor', 'MyMentee', async () => {
    const data = ok(await run(as('per_mentor_02'), typed.MyMenteeDocument, { personId: 'per_trainee_02' }));
    expect(data.person?.enrolments?.edges[0]?.node?.cohort?.number).toBe(1);
  });

  operation('facilitator', 'CohortApplications', async () => {
    const data = ok(await run(as('CLINICIAN'), typed.CohortApplicationsDocument, { cohortId: 'coh_1' }));
    expect(data.cohort?.applications?.totalCount).toBe(18);
    expect(data.cohort?.applications?.edges[0]?.node?.statement).toEqual(expect.any(String));
  });

  operation('facilitator', 'DecideTrainingApplication', async () => {
    const facilitator = as('CLINICIAN');
    const cohort = await newCohort({ facilitatorIds: [facilitator.id] });
    const application = await apply(await newPerson(['SERVICE_USER']), cohort.id);
    const data = ok(
      await run(facilitator, typed.DecideTrainingApplicationDocument, {
        input: { applicationId: application.id, decision: 'OFFER', expectedVersion: application.version },
      }),
    );
    expect(data.decideTrainingApplication?.application?.status).toBe('OFFERED');
  });

  operation('hr', 'People', async () => {
    const data = ok(await run(as('HR'), typed.PeopleDocument, { role: 'LEAD_LXP' }));
    expect(data.people?.edges.map((e) => e.node?.id)).toContain('per_lead_lxp');
    expect(data.people?.edges.every((e) => e.node?.roles?.includes('LEAD_LXP'))).toBe(true);
  });

  operation('hr', 'AuditTrail', async () => {
    const data = ok(await run(as('HR'), typed.AuditTrailDocument, { subjectId: 'per_trainee_02' }));
    expect(data.auditTrail?.totalCount).toEqual(expect.any(Number));
  });

  operation('lead-lxp', 'Cohorts', async () => {
    const data = ok(await run(as('LEAD_LXP'), typed.CohortsDocument));
    const paper = data.cohorts.edges.filter((e) => e.node && e.node.number <= 2).map((e) => e.node!.applications?.totalCount);
    expect(paper).toEqual([18, 20]);
  });

  operation('lead-lxp', 'CreateCohort', async () => {
    const number = 900_000 + Math.floor(Math.random() * 99_999);
    const data = ok(await run(as('LEAD_LXP'), typed.CreateCohortDocument, { input: { number, startDate: '2031-01-06', capacity: 12 } }));
    expect(data.createCohort?.cohort).toMatchObject({ number, status: 'OPEN' });
  });

  operation('lead-lxp', 'ViewerPermissions', async () => {
    const data = ok(await run(as('LEAD_LXP'), typed.ViewerPermissionsDocument));
    expect(data.viewerPermissions.roles).toContain('LEAD_LXP');
  });

  it("a role that may not run an operation fails it: HR reading a cohort's applications is refused", async () => {
    const res = await run(as('HR'), typed.CohortApplicationsDocument, { cohortId: 'coh_1' });
    expect(res.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
  });

  it('has a test above for every operation in examples/operations/', () => {
    const root = join(import.meta.dirname, '..', '..', 'examples', 'operations');
    const files = readdirSync(root).flatMap((role) =>
      readdirSync(join(root, role))
        .filter((f) => f.endsWith('.graphql'))
        .map((f) => `${role}/${f.replace(/\.graphql$/, '')}`),
    );
    expect(new Set(files)).toEqual(covered);
  });
});
