import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { as } from '../support/api';

const PERMISSIONS = `{ viewerPermissions { viewerId roles operations { name kind access relations rows } fields(type: "TrainingApplication") { field access relations specialCategory } } }`;

async function permissionsOf(who: string) {
  const res = await as(who).query(PERMISSIONS);
  expect(res.errors).toBeUndefined();
  return res.data.viewerPermissions;
}

const typeNames = async (who: string) => {
  const res = await as(who).query(getIntrospectionQuery());
  expect(res.errors).toBeUndefined();
  return res.data.__schema;
};

describe('viewerPermissions', () => {
  it('tells a service user what they may call, and that statements are theirs only', async () => {
    const p = await permissionsOf('SERVICE_USER');
    expect(p.viewerId).toBe('per_trainee_20');
    expect(p.roles).toEqual(['SERVICE_USER']);
    const ops = Object.fromEntries(p.operations.map((o: any) => [o.name, o]));
    expect(ops.applyToCohort).toEqual({ name: 'applyToCohort', kind: 'MUTATION', access: 'ALWAYS', relations: [], rows: null });
    expect(ops.enrol).toMatchObject({ access: 'WITH_RELATION', relations: ['SELF'] });
    expect(ops.createCohort).toBeUndefined();
    expect(ops.decideTrainingApplication).toBeUndefined();
    expect(ops.people).toBeUndefined();
    const statement = p.fields.find((f: any) => f.field === 'statement');
    expect(statement).toEqual({ field: 'statement', access: 'WITH_RELATION', relations: ['SELF'], specialCategory: 'LIVED_EXPERIENCE' });
  });

  it('tells a clinician that decisions and statements need the FACILITATOR relation', async () => {
    const p = await permissionsOf('CLINICIAN');
    expect(p.operations.find((o: any) => o.name === 'decideTrainingApplication')).toMatchObject({
      access: 'WITH_RELATION',
      relations: ['FACILITATOR'],
    });
    expect(p.fields.find((f: any) => f.field === 'statement')).toMatchObject({
      access: 'WITH_RELATION',
      relations: ['SELF', 'FACILITATOR'],
    });
    expect(p.fields.find((f: any) => f.field === 'status')).toMatchObject({ access: 'ALWAYS' });
  });

  it('tells a clinician they list only staff in the directory, and HR that they list everyone', async () => {
    const clinician = await permissionsOf('CLINICIAN');
    expect(clinician.operations.find((o: any) => o.name === 'people')).toEqual({
      name: 'people',
      kind: 'QUERY',
      access: 'ALWAYS',
      relations: [],
      rows: 'STAFF',
    });
    const hr = await permissionsOf('HR');
    expect(hr.operations.find((o: any) => o.name === 'people')).toMatchObject({ access: 'ALWAYS', rows: null });
  });

  it('shows HR training-application fields only on their own applications', async () => {
    const fields = (await permissionsOf('HR')).fields;
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.every((f: any) => f.access === 'WITH_RELATION' && f.relations.join() === 'SELF')).toBe(true);
  });
});

describe('introspection', () => {
  it('shows each role only the part of the schema it may use', async () => {
    const hr = await typeNames('HR');
    const su = await typeNames('SERVICE_USER');
    const lead = await typeNames('LEAD_LXP');
    const names = (s: any) => s.types.map((t: any) => t.name);
    const fieldsOf = (s: any, type: string) => s.types.find((t: any) => t.name === type)?.fields?.map((f: any) => f.name) ?? [];

    // HR may not list a cohort's applications, nor decide them, nor plan cohorts.
    expect(fieldsOf(hr, 'Cohort')).not.toContain('applications');
    expect(fieldsOf(hr, 'Mutation')).not.toEqual(expect.arrayContaining(['decideTrainingApplication']));
    expect(names(hr)).not.toContain('CreateCohortInput');
    expect(fieldsOf(hr, 'Query')).toContain('auditTrail');
    // A service user sees their statement field but no createCohort or directory.
    expect(fieldsOf(su, 'TrainingApplication')).toContain('statement');
    expect(fieldsOf(su, 'Mutation')).not.toContain('createCohort');
    expect(fieldsOf(su, 'Query')).not.toContain('people');
    // The Lead LXP sees the lot.
    expect(fieldsOf(lead, 'Mutation')).toEqual(
      expect.arrayContaining(['applyToCohort', 'createCohort', 'decideTrainingApplication', 'enrol']),
    );
  });

  it('answers __type for a type the role may not use with null', async () => {
    expect((await as('SERVICE_USER').query(`{ __type(name: "CreateCohortInput") { name } }`)).data).toEqual({ __type: null });
    expect((await as('LEAD_LXP').query(`{ __type(name: "CreateCohortInput") { name } }`)).data).toEqual({
      __type: { name: 'CreateCohortInput' },
    });
  });
});
